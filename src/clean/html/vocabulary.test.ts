// Pins the phrase vocabularies: a few phrases of each group are recognised, and near misses (real sentences that
// begin like interface text, words that merely contain a phrase) are not.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { phrasePattern } from '../phrase-pattern.ts';
import { cleanByline } from './byline.ts';
import {
  AGENCY_CREDIT, BOILERPLATE_BLOCK, BYLINE_LINE_OPENER, BYLINE_TEXT_LABEL, CJK_BYLINE_LABEL, CREDIT_LABEL, DATE_HINT, DATED_BYLINE,
  MONTH_WORD, NEGATIVE_HINT, NOT_A_NAME, ROMANCE_BY, TRAILING_ROLE, UNLIKELY_CANDIDATE,
} from './vocabulary.ts';

const assertMatches = (pattern: RegExp, texts: readonly string[]): void => {
  for (const text of texts) assert.ok(pattern.test(text), `expected a match: ${JSON.stringify(text)}`);
};
const assertNoMatch = (pattern: RegExp, texts: readonly string[]): void => {
  for (const text of texts) assert.ok(!pattern.test(text), `expected no match: ${JSON.stringify(text)}`);
};

describe('phrasePattern', () => {
  test('anchors the phrase to the whole text by default, case-insensitively', () => {
    const pattern = phrasePattern(['read more', 'weitere (beiträge|artikel)( .*)?']);
    assertMatches(pattern, ['Read more', 'weitere Artikel', 'Weitere Beiträge zum Thema']);
    assertNoMatch(pattern, ['read more about it', 'please read more', 'weitere Meldungen']);
  });

  test('takes what must come before and after the phrase, and the flags', () => {
    assert.equal(phrasePattern(['a', 'b'], { before: String.raw`\b`, after: '', flags: 'iu' }).source, String.raw`\b(?:a|b)`);
    assert.equal(phrasePattern(['a', 'b'], { flags: 'iu' }).flags, 'iu');
  });

  test('keeps list order, which decides what replace() removes', () => {
    assert.equal('text und fotos'.replace(phrasePattern(['text', 'text und fotos'], { after: '' }), ''), ' und fotos');
  });

  test('rejects a phrase listed twice, in any case', () => {
    assert.throws(() => phrasePattern(['Read more', 'share', 'read more']), /listed twice: read more/);
  });
});

describe('BOILERPLATE_BLOCK', () => {
  test('advertising labels', () => {
    assertMatches(BOILERPLATE_BLOCK, ['Advertisement', 'Sponsored content', 'Anzeige', 'Publicité', 'Reklama']);
    assertNoMatch(BOILERPLATE_BLOCK, ['Advertising revenue fell by a third last year.']);
  });

  test('related-content labels in every language', () => {
    assertMatches(BOILERPLATE_BLOCK, [
      'Read more', 'Related stories', 'Related coverage', 'You might also like these', 'More from Europe',
      'Mehr zum Thema: Klima', 'Lesen Sie auch', 'Das könnte Sie auch interessieren', 'Dies könnte dich auch interessieren:',
      'Weitere Artikel', 'Weitere Beiträge zum Thema', 'Lust auf mehr?',
      'Noticias relacionadas', 'À lire aussi', 'Leggi anche', 'Czytaj także',
    ]);
    assertNoMatch(BOILERPLATE_BLOCK, [
      'Read more about the council’s plan to extend the program to every district next year.',
      'Dies könnte euch auch interessieren', 'Weiterhin gilt die alte Regel.', 'Relatedness',
    ]);
  });

  test('share, print and cite widgets', () => {
    assertMatches(BOILERPLATE_BLOCK, ['Share', 'Share this article on Facebook', 'Tweet', 'E-Mail', 'Drucken', 'Jetzt teilen', 'Artikel als PDF herunterladen', 'Zitiervorschlag: Muster 2020']);
    assertNoMatch(BOILERPLATE_BLOCK, ['Share prices fell sharply on Monday.', 'Printing presses ran all night.']);
  });

  test('subscription and follow prompts', () => {
    assertMatches(BOILERPLATE_BLOCK, ['Follow us on Twitter', 'Follow The Daily Planet on Instagram', 'Subscribe now', 'Newsletter abonnieren', 'Abonnieren', 'Síguenos en Twitter']);
    assertNoMatch(BOILERPLATE_BLOCK, ['Followers of the movement gathered outside.', 'Subscription prices rose again in May.', 'Subscribers were told on Monday.', 'Newsletters went out late.', 'Sign upon arrival.']);
  });

  test('cookie and consent notices', () => {
    assertMatches(BOILERPLATE_BLOCK, ['We use cookies to improve your experience.', 'This website uses cookies', 'Accept all cookies', 'Cookies zulassen und zustimmen']);
    assertNoMatch(BOILERPLATE_BLOCK, ['Regulators fined the company for its use of tracking cookies.']);
  });

  test('comment prompts and counters', () => {
    assertMatches(BOILERPLATE_BLOCK, ['Comments', '12 Kommentare', 'Leave a reply', 'Kommentar schreiben', 'Comments total: 3', 'Sie müssen angemeldet sein, um einen Kommentar abzugeben.']);
    assertNoMatch(BOILERPLATE_BLOCK, ['Comments from the minister drew criticism from the opposition.']);
  });

  test('navigation, loading, media, taxonomy, legal, rating and reading-time lines', () => {
    assertMatches(BOILERPLATE_BLOCK, [
      'Back to top', 'Nächste', 'Previous article', 'Skip to main content', 'Inhaltsverzeichnis', 'Zum nächsten Artikel',
      'Loading...', 'Load more stories', 'Mehr laden', 'Bildergalerie', 'View gallery', 'Tags: Politik, Wahl',
      'Filed under Europe', '© 2024 Example Media', 'Alle Rechte vorbehalten.', '(Noch keine Bewertungen)', '5 min read',
    ]);
    assertNoMatch(BOILERPLATE_BLOCK, ['Next year the city will vote again.', 'Home owners face higher taxes.', 'Tagesschau']);
  });
});

describe('class and id hints', () => {
  test('furniture words are found inside class names', () => {
    assertMatches(UNLIKELY_CANDIDATE, ['cookiebar', 'site-footer', 'share-buttons', 'sr-only', 'paywall-teaser']);
    assertNoMatch(UNLIKELY_CANDIDATE, ['non-paywall', 'article-body']);
    assertMatches(NEGATIVE_HINT, ['post-footer', 'footnotes', 'weitere-artikel']);
    assertMatches(DATE_HINT, ['dateline', 'entry-meta', 'post-meta', 'veroeffentlicht-datum']);
    assertNoMatch(DATE_HINT, ['headline']);
  });

  test('month words start a word in any listed language', () => {
    assertMatches(MONTH_WORD, ['3. März 2020', '12 décembre', '1 października']);
    assertNoMatch(MONTH_WORD, ['Ramadan', 'Smarter']);
  });
});

describe('byline vocabularies', () => {
  test('agency and desk credits are the whole name', () => {
    assertMatches(AGENCY_CREDIT, ['dpa', 'Associated Press', 'Redaktion', 'Rédaction']);
    assertNoMatch(AGENCY_CREDIT, ['dpa-AFX Reporter', 'Apart']);
  });

  test('field labels and placeholders are not names', () => {
    assertMatches(NOT_A_NAME, ['Name', 'Name *', 'Veröffentlicht am', 'Anna says', 'Bitte geben Sie Ihren Namen ein', 'admin']);
    assertNoMatch(NOT_A_NAME, ['Anna Name', 'Max Muster', 'Dateline Staff Writer']);
  });

  test('labels and roles around the name are removed', () => {
    assert.match('Ben Silverman Games Editor', TRAILING_ROLE);
    assert.equal(cleanByline('Veröffentlicht von Max Muster'), 'Max Muster');
    assert.equal(cleanByline('Rechtsanwalt Sebastian Einbock'), 'Sebastian Einbock');
    assert.equal(cleanByline('Max Muster, Datum: 15.Jun.19, Anzahl der Kommentare: 0'), 'Max Muster');
    assert.equal(cleanByline('Text und Fotos: Max Muster'), 'Max Muster');
    assert.equal(cleanByline('Text & Foto: Max Muster'), 'Max Muster');
  });

  test('stamps, reading times, photographers and wire credits after the name are removed', () => {
    assert.equal(cleanByline('By Jane Doe Updated: 10:42 AM EST, Mon March 8, 2021'), 'Jane Doe');
    assert.equal(cleanByline('Par Jean Dupont, publié le 3 mai 2022'), 'Jean Dupont');
    assert.equal(cleanByline('Jane Doe 3 min read'), 'Jane Doe');
    assert.equal(cleanByline('By Jane Doe Photography by John Roe'), 'Jane Doe');
    assert.equal(cleanByline('Text: Max Muster, Fotos: Erika Muster'), 'Max Muster');
    assert.equal(cleanByline('Jane Doe (Reuters)'), 'Jane Doe');
    // A name in parentheses that is no wire service stays, and so does a name that merely contains a label word.
    assert.equal(cleanByline('Richard (R.J.) Eskow'), 'Richard (R.J.) Eskow');
    assert.equal(cleanByline('Max Postedorf'), 'Max Postedorf');
  });

  test('a job title after a comma is no second author', () => {
    assert.equal(cleanByline('Jane Doe, Senior Political Correspondent'), 'Jane Doe');
    assert.equal(cleanByline('Jane Doe, Correspondent in Berlin'), 'Jane Doe');
    assert.equal(cleanByline('Max Muster, Chefredakteur'), 'Max Muster');
    assert.equal(cleanByline('Jane Doe, John Roe'), 'Jane Doe, John Roe');
  });
});

/** Splits regular expression source at its top-level '|' (not inside a group or a character class). */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0, inClass = false, start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  return [...alternatives, source.slice(start)];
}

/** The characters a pattern's source can open with, read from its leading alternatives, groups and character classes
 *  (enough for the byline patterns: literal words, '\\d', '[Pp]'). */
function openingCharacters(source: string): string[] {
  const body = source.replace(/^\^/, '');
  if (body.startsWith('(?:')) {
    let depth = 0, end = 0;
    for (let i = 0; i < body.length; i++) {
      if (body[i] === '\\') i++;
      else if (body[i] === '(') depth++;
      else if (body[i] === ')' && --depth === 0) { end = i; break; }
    }
    return topLevelAlternatives(body.slice(3, end)).flatMap(openingCharacters);
  }
  if (body.startsWith('\\d')) return ['0'];
  if (body.startsWith('[')) return [...body.slice(1, body.indexOf(']'))];
  return [body[0]!];
}

test('every byline line pattern opens with a character BYLINE_LINE_OPENER lets through', () => {
  // The opener is a hand-kept pre-check: a label added to a pattern with a new first letter would silently never match.
  for (const pattern of [DATED_BYLINE, CREDIT_LABEL, ROMANCE_BY, BYLINE_TEXT_LABEL, CJK_BYLINE_LABEL]) {
    const openers = openingCharacters(pattern.source);
    assert.ok(openers.length > 0);
    for (const opener of openers) assert.ok(BYLINE_LINE_OPENER.test(opener), `${pattern.source} can open with ${opener}`);
  }
  assert.deepEqual(openingCharacters('^(?:ab|(?:cd|ef)g|[Hh]i|\\d)x'), ['a', 'c', 'e', 'H', 'h', '0']);
});
