import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitRunInHeadline } from './run-in-headline.ts';

const split = (text: string, language = 'en') => splitRunInHeadline(text, language);

describe('splitRunInHeadline: a headline an export ran into the body', () => {
  it('ends where a function word opens prose, past a Title Case headline', () => {
    const text = 'Harbour Festival Returns After Three Quiet Years While some of the stalls will open late, the harbour authority said the boats would sail on time.';
    assert.deepEqual(split(text), {
      headline: 'Harbour Festival Returns After Three Quiet Years',
      rest: 'While some of the stalls will open late, the harbour authority said the boats would sail on time.',
    });
  });

  it('keeps capitalised function words that a Title Case headline has ("But", "For")', () => {
    const text = 'Ferry Operator Cuts Winter Routes But Keeps Island Link For 2026 Season The operator said on Monday that it would drop two of its winter routes.';
    assert.equal(split(text)?.headline, 'Ferry Operator Cuts Winter Routes But Keeps Island Link For 2026 Season');
  });

  it('ends before a dateline, a byline or the date line of a page', () => {
    assert.equal(split('Storm knocks out power across the valley PORTVILLE, Ore. (KXYZ) – Thousands of homes lost power overnight as a storm swept through.')?.headline, 'Storm knocks out power across the valley');
    assert.equal(split('Take a winter walk and help the river, too By Jane Doe Staff Writer Since the walks began, volunteers have planted trees.')?.headline, 'Take a winter walk and help the river, too');
    const dated = split('Dredging of the harbour begins next week May 3, 2013 at 7: 31 AM ET Updated 5: 40 p. m. The harbour authority said the work would take a month.');
    assert.equal(dated?.headline, 'Dredging of the harbour begins next week');
    assert.ok(dated?.rest.startsWith('The harbour authority'), dated?.rest);
  });

  it('takes a headline printed twice once', () => {
    assert.deepEqual(split('Can the old ferry be saved? Can the old ferry be saved? Volunteers have raised half of the money needed to repair it.'), {
      headline: 'Can the old ferry be saved?',
      rest: 'Volunteers have raised half of the money needed to repair it.',
    });
  });

  it('drops the outlet after a "|" separator', () => {
    // German capitalises nouns: an opener must also be written lower-case in the text ("bei"), which a real article does.
    const text = 'Fünf Segler vor der Küste gerettet | Küstenbote Online Bei einem Unglück vor der Küste sind fünf Segler gerettet worden, sagte die Polizei. Das Boot war bei starkem Wind gekentert.';
    assert.equal(split(text, 'de')?.headline, 'Fünf Segler vor der Küste gerettet');
  });

  it('finds nothing in a text that opens with its body', () => {
    for (const text of [
      'The harbour authority said on Monday that dredging of the main channel would begin in April. The work will take a month.',
      'Officials in Portville confirmed the launch in Dec. 2018, Portville’s own payment app has struggled since then to find users.',
      'After more than three years of delays, the council approved the bridge. Work starts in spring.',
    ]) assert.equal(split(text), null, text);
  });

  it('does not take a content word from a stopword list for a sentence opener ("New", "Year")', () => {
    assert.equal(split("Singer's emotional New Year message will melt your heart The singer took to social media on Tuesday to thank her fans.")?.headline,
      "Singer's emotional New Year message will melt your heart");
  });

  it('takes a question word or a contraction for an opener only where a sentence starts ("When we", "It’s our", not "Doctor Who fans")', () => {
    assert.equal(split('The Biggest Harbour Stories of the Decade When we think back on the decade, the new quay stands out.')?.headline, 'The Biggest Harbour Stories of the Decade');
    assert.equal(split('The 20 Best Harbours to Visit in 2026 It’s our favourite time of year, when we ask sailors where to go.')?.headline, 'The 20 Best Harbours to Visit in 2026');
    assert.equal(split('This weekend Doctor Who fans finally learned who would play the next Doctor on the show.'), null);
  });

  it('ends before a place with a known agency and a dash, but not before a parenthesis that is the headline\'s', () => {
    assert.equal(split('Euro sinkt auf Monatstief Frankfurt (dpa-AFX) - Der Euro ist am Donnerstag gefallen, sagte ein Händler am Abend.', 'de')?.headline, 'Euro sinkt auf Monatstief');
    assert.equal(split('Harbour Board Lost Its Mind (Again): Guess How Long the New Meeting Lasts The board met on Monday for nine hours.')?.headline,
      'Harbour Board Lost Its Mind (Again): Guess How Long the New Meeting Lasts');
  });

  it('needs capitals: scripts without them are left alone', () => {
    assert.equal(split('عاصفة تقطع الكهرباء عن الوادي وقالت الشركة إن آلاف المنازل فقدت الكهرباء خلال الليل', 'ar'), null);
  });
});
