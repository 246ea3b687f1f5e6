import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RawId } from '../model/index.ts';
import { createCleaner } from './cleaner.ts';
import { findDateIn } from './dates.ts';
import { extractPageText } from './page-text.ts';
import { wordSetCache, type Line } from './page-lines.ts';
import { headlineFeatures, isBylineOrDateAt, isHeadlineShaped, titleContext } from './page-title.ts';
import { countWords } from './text-features.ts';
import { NO_TEMPLATES } from './templates.ts';

const titleOf = (lines: readonly string[]): string | null => extractPageText(lines.join('\n'), null, NO_TEMPLATES).title;

const PARAGRAPHS = [
  'The harbour ferry between the north shore and the old town will stop running in the autumn, the city utility said on Tuesday in a paper for the transport committee.',
  'The utility blames higher costs for crews and fuel: the ferry loses about 400,000 euros a year, according to the paper, which the committee discusses next week.',
  'Residents on the north shore plan to collect signatures for keeping the ferry, and a local group said it would ask the council to find the money elsewhere.',
];

describe('page-text headline', () => {
  it('prefers a headline a few lines up, printed again in the breadcrumb, to a short label next to the article', () => {
    const page = [
      'Home', '* Local', '* Harbour ferry to stop running in the autumn',
      'Harbour ferry to stop running in the autumn',
      'Share on Facebook', 'Share on Twitter', 'Share by email', 'Print article', 'Save for later', 'Listen', 'Resize text',
      'North shore residents',
      ...PARAGRAPHS,
    ];
    assert.equal(titleOf(page), 'Harbour ferry to stop running in the autumn');
  });

  it('finds the headline under a notice that opens the body, across its share bar', () => {
    const page = [
      'Menu', 'Search',
      'Javascript is required for this page to work properly in your browser, please turn it on in the settings of your browser to see everything on this page.',
      'Harbour ferry between the shore and the old town to stop running',
      '* Share on Twitter', '* Share on Facebook',
      ...PARAGRAPHS,
    ];
    assert.equal(titleOf(page), 'Harbour ferry between the shore and the old town to stop running');
  });

  it('keeps the headline under a lower-case section line, which is no headline over a deck', () => {
    const page = ['Menu', 'in the harbour ferry news', 'Harbour ferry between the north shore and the old town to stop running', 'By Jana Berg', ...PARAGRAPHS];
    assert.equal(titleOf(page), 'Harbour ferry between the north shore and the old town to stop running');
  });

  it('drops a one-word kicker the headline opens with again', () => {
    const page = ['Menu', 'Ferry Ferry crews to lose their jobs', 'By Jana Berg', ...PARAGRAPHS];
    assert.equal(titleOf(page), 'Ferry crews to lose their jobs');
  });

  it('takes a question printed as the article\'s first line as its headline when the article repeats a third of its words', () => {
    const page = ['Home', 'Why does the harbour ferry keep losing money every winter?', ...PARAGRAPHS];
    assert.equal(titleOf(page), 'Why does the harbour ferry keep losing money every winter?');
  });

  it('counts a byline printed under the standfirst that opens the article for the headline above it', () => {
    const page = [
      'Menu',
      'Looking for a story about the old town? Search all our stories 💈',
      'Local', 'Weather',
      'Ferry crews to lose their jobs',
      'The city utility wants to stop the harbour ferry between the north shore and the old town, to save money.',
      'By Jana Berg',
      ...PARAGRAPHS,
    ];
    assert.equal(titleOf(page), 'Ferry crews to lose their jobs');
  });

  it('takes a one-word line right above the article for its headline when the article says the word, not one it does not say', () => {
    assert.equal(titleOf(['Menu', '* Lexicon', '* Contact', 'Ferries', ...PARAGRAPHS]), 'Ferries');
    assert.equal(titleOf(['Menu', '* Lexicon', '* Contact', 'Timetables', ...PARAGRAPHS]), null);
  });

  it('finds the headline with its date inside an article that opens with the site\'s own prose, but not in a list of dated posts', () => {
    const intro = 'Our association has worked for the towns along the harbour since 1950, and it brings together the people who live, work and travel on the water, from ferry crews to the families on the north shore.';
    assert.equal(titleOf(['Menu', intro, '* News', '* Events', 'Harbour ferry to stop running in the autumn', '12 March 2024', ...PARAGRAPHS]), 'Harbour ferry to stop running in the autumn');
    const posts = [
      'Harbour ferry to stop running in the autumn', '12 March 2024', PARAGRAPHS[0]!,
      'Ferry crews on the north shore ask for more pay', '10 March 2024', PARAGRAPHS[1]!,
      'Signatures for the harbour ferry', '8 March 2024', PARAGRAPHS[2]!,
    ];
    assert.equal(titleOf(['Menu', intro, '* News', '* Events', ...posts]), null);
  });

  it('prefers the headline inside the article to a tagline above it that the article repeats in part, not to a fair headline', () => {
    const intro = 'Our association has worked for the towns along the harbour since 1950, and it brings together the people who live, work and travel on the water, from ferry crews to the families on the north shore.';
    const page = (tagline: string) => ['Menu', tagline, intro, '* News', '* Events', 'Harbour ferry to stop running in the autumn', '12 March 2024', ...PARAGRAPHS];
    assert.equal(titleOf(page('The harbour towns')), 'Harbour ferry to stop running in the autumn');
    assert.equal(titleOf(page('Working for the harbour towns')), 'Working for the harbour towns');
  });

  it('reads the byline and date printed over a headline found inside the article', () => {
    const intro = 'Our association has worked for the towns along the harbour since 1950, and it brings together the people who live, work and travel on the water, from ferry crews to the families on the north shore.';
    const page = ['Menu', intro, '* News', '* Events', '12 March 2024 by Jana Berg', 'Harbour ferry to stop running in the autumn', ...PARAGRAPHS];
    const parts = extractPageText(page.join('\n'), null, NO_TEMPLATES);
    assert.equal(parts.title, 'Harbour ferry to stop running in the autumn');
    assert.equal(parts.byline, 'Jana Berg');
    assert.equal(findDateIn(parts.dateLines, 'day-first').published_at, '2024-03-12');
  });

  it('takes the line under a blog post\'s date for its headline rather than a subheading next to the text', () => {
    const page = ['Home', 'About', 'Archive', '5 April 2017', 'Ferry to stop in autumn', 'Signatures on the north shore', ...PARAGRAPHS];
    assert.equal(titleOf(page), 'Ferry to stop in autumn');
  });

  it('takes a headline that names a date, but no line that says little besides its date', () => {
    assert.equal(titleOf(['Menu', 'Harbour ferry board meeting of 10 October 2019 decides to stop the ferry', ...PARAGRAPHS]), 'Harbour ferry board meeting of 10 October 2019 decides to stop the ferry');
    const lineOf = (text: string): Line => ({ text, words: countWords(text), kind: 'short' });
    assert.equal(isHeadlineShaped(lineOf('Updated on Tuesday, 10 October 2019 at 14:30')), false);
    assert.equal(isHeadlineShaped(lineOf('Mittwoch, 31. Oktober 2023, 14:30 Uhr')), false);
  });

  it('marks a name of up to three words printed over a date', () => {
    const lineOf = (text: string): Line => ({ text, words: countWords(text), kind: 'short' });
    const context = titleContext(PARAGRAPHS.map(lineOf), wordSetCache(), () => false);
    const features = (texts: readonly string[]) => headlineFeatures(texts.map(lineOf), 0, 0, context);
    assert.equal(features(['Jana Berg', '3. März 2025']).nameOverDate, 1);
    assert.equal(features(['Jana Berg', 'Share']).nameOverDate, 0);
    assert.equal(features(['Harbour Ferry Stops Running', '3. März 2025']).nameOverDate, 0);
  });

  it('marks a standfirst by its second sentence and by its length past twelve words', () => {
    const lineOf = (text: string): Line => ({ text, words: countWords(text), kind: 'short' });
    const context = titleContext(PARAGRAPHS.map(lineOf), wordSetCache(), () => false);
    const features = (text: string) => headlineFeatures([lineOf(text)], 0, 0, context);
    assert.equal(features('Harbour ferry will stop. Residents plan to collect signatures').twoSentences, 1);
    assert.equal(features('Harbour ferry to stop running in the autumn').twoSentences, 0);
    assert.equal(features('Harbour ferry to stop running in the autumn').overLength, 0);
    assert.ok(features('Harbour ferry between the north shore and the old town to stop running in the autumn, says the utility').overLength > 0);
  });

  it('reads a date line by its opening words, past an update stamp that runs it long', () => {
    const lineOf = (text: string): Line => ({ text, words: countWords(text), kind: 'short' });
    assert.equal(isBylineOrDateAt([lineOf('AFP 30 April 2015 at 07:19 (Updated: 30 April 2015 at 07:38)')], 0), true);
    assert.equal(isBylineOrDateAt([lineOf('Residents on the north shore plan to collect signatures for keeping the ferry in 2024')], 0), false);
  });

  it('never takes a date label printed alone over its date ("Published on", "Erschienen am") for the headline', () => {
    for (const text of ['Published on', 'Erschienen am', 'Veröffentlicht:']) assert.equal(isHeadlineShaped({ text, words: countWords(text), kind: 'short' }), false, text);
    const page = ['Menu', 'Local', 'Harbour ferry to stop running in the autumn', 'Image: city utility', 'Share', 'Print', 'Erschienen am', '12.03.2024', ...PARAGRAPHS];
    assert.equal(titleOf(page), 'Harbour ferry to stop running in the autumn');
  });

  it('drops a kicker run into the headline when the page prints the headline alone, in its breadcrumb', () => {
    const page = (headline: string, crumb: string) => ['Home', '* Local', `* ${crumb}`, headline, 'By Jana Berg', ...PARAGRAPHS];
    assert.equal(titleOf(page('Harbour plans Ferry to stop running in the autumn', 'Ferry to stop running in the autumn')), 'Ferry to stop running in the autumn');
    // A lower-case ending is not a headline of its own: the breadcrumb shortens the headline, not the other way round.
    assert.equal(titleOf(page('No more ferry to the old town', 'to the old town')), 'No more ferry to the old town');
  });

  it('reads a headline in guillemets as a headline, not as a link ending in an arrow', () => {
    assert.equal(titleOf(['Menu', '«Die Fähre muss bleiben»', ...PARAGRAPHS]), '«Die Fähre muss bleiben»');
  });

  it('reads a headline that ends with an initialism as a headline, not as a sentence', () => {
    assert.equal(titleOf(['Menu', 'Section', 'Harbour ferry to stop running in the old town, N.Y.C.', ...PARAGRAPHS]), 'Harbour ferry to stop running in the old town, N.Y.C.');
    assert.equal(isHeadlineShaped({ text: 'The ferry stops.', words: 3, kind: 'short' }), false);
  });

  it('keeps the headline right above the article\'s byline over a subheading under the byline that repeats more of the article', () => {
    const page = ['Menu', 'Javascript is required for proper functioning of these web pages.', 'Friday Facts #282 - 0.17 in sight', 'Posted by Jana Berg on 2019-02-15, all posts', 'The harbour ferry plan (Jana)', ...PARAGRAPHS];
    assert.equal(titleOf(page), 'Friday Facts #282 - 0.17 in sight');
  });

  it('finds a headline with its dated byline under it further up than the window, past a long video player or gallery', () => {
    const player = Array.from({ length: 45 }, (_, i) => `Video ${i + 1} of 45`);
    const page = ['Menu', 'Harbour ferry to stop in the autumn', 'By Jana Berg March 11, 2015 3:46 PM', ...player, ...PARAGRAPHS];
    assert.equal(titleOf(page), 'Harbour ferry to stop in the autumn');
    const undated = ['Menu', 'Harbour ferry to stop in the autumn', 'von lupa', ...player, ...PARAGRAPHS];
    assert.notEqual(titleOf(undated), 'Harbour ferry to stop in the autumn');
  });

  it('keeps the headline printed again on the page over a shorter kicker above it', () => {
    const page = [
      'Menu',
      'North shore harbour ferry plans',
      'Harbour ferry between the north shore and the old town to stop running',
      'By Jana Berg',
      ...PARAGRAPHS,
      'Most read',
      'Harbour ferry between the north shore and the old town to stop running',
    ];
    assert.equal(titleOf(page), 'Harbour ferry between the north shore and the old town to stop running');
  });

  it('skips breadcrumbs, field lists, previous-post links and user bylines', () => {
    const page = [
      'Harbour ferry to stop running',
      'Home > Local > Ferry > Harbour ferry to stop running in the autumn',
      '← Harbour ferry loses money: the north shore residents plan to collect signatures',
      'Posted 3 Mar | Categories: Harbour, Ferry | Tags: north shore, old town',
      'von ferrywatcher',
      ...PARAGRAPHS,
    ];
    assert.equal(titleOf(page), 'Harbour ferry to stop running');
  });
});

describe('page-text article start', () => {
  it('starts the article at the headline with its byline under it, not at a sign-up dialog\'s sentences above the menu', () => {
    const dialog = [
      'Save your routes to your profile so that you can open them again later on any device.',
      'Register for free to use this function and all the others we offer.',
      'Do you really want to delete this route from your profile and from the map?',
      'Please save your progress first, so that nothing you planned gets lost.',
    ];
    const article = [
      ...PARAGRAPHS,
      'The committee chair said the city had looked at a smaller boat, but that the savings would not cover the cost of the new pier the boat would need at the old town.',
      'The ferry has run since 1923 and carried about 250,000 passengers last year, most of them commuters who would now need to take the bus around the bay.',
      'A bus around the bay takes forty minutes at rush hour, against twelve minutes on the water, and the bus company said it had no spare vehicles for a new line.',
      'The council is due to vote on the paper in June, after a public hearing at which the utility will present its figures and residents can ask questions.',
    ];
    const menu = ['News', 'Local', 'Sport'];
    const page = [...dialog, ...menu, 'Harbour ferry to stop running in the autumn', 'By Anna Berg', '12 May 2023', ...article];
    const cleaned = extractPageText(page.join('\n'), null, NO_TEMPLATES);
    assert.equal(cleaned.title, 'Harbour ferry to stop running in the autumn');
    assert.deepEqual(cleaned.paragraphs, article);
  });
});

describe('page-text footer links', () => {
  const login = [
    'Mit Konto anmelden und Beiträge für später merken, auf allen Geräten, jederzeit und ohne weitere Kosten.',
    'Diese E-Mail-Adresse scheint nicht korrekt zu sein, sie muss ein At-Zeichen und eine existierende Domain haben.',
    'Zu dieser E-Mail-Adresse ist kein Konto vorhanden oder das angegebene Passwort ist leider nicht richtig.',
    'Das Passwort muss mindestens acht Zeichen lang sein und einen Großbuchstaben und eine Ziffer enthalten.',
    'Du erhältst in Kürze eine E-Mail von uns mit Infos, wie du dein Passwort wieder zurücksetzen kannst.',
    'Leider hat die Registrierung nicht funktioniert, bitte überprüfe deine Angaben und versuche es noch einmal.',
  ];
  const footer = ['* Kontakt', '* Impressum', '* Datenschutz', '* Nutzungsbedingungen'];

  it('reads a short article above the footer\'s legal links, not a login dialog printed after them, and its date under it', () => {
    const page = ['Sport', 'Fährbetrieb am Nordufer endet im Herbst', 'von Anna Berg',
      'Die Fähre zwischen dem Nordufer und der Altstadt stellt im Herbst ihren Betrieb ein, teilten die Stadtwerke am Dienstag mit.',
      '2 min 04.04.2020', 'Auch interessant', ...footer, ...login];
    const cleaned = extractPageText(page.join('\n'), null, NO_TEMPLATES);
    assert.equal(cleaned.title, 'Fährbetrieb am Nordufer endet im Herbst');
    assert.deepEqual(cleaned.paragraphs, [page[3]]);
    assert.equal(findDateIn(cleaned.dateLines, 'day-first').published_at, '2020-04-04');
  });

  it('keeps an article opened as an overlay after the footer, with its headline and byline', () => {
    const teasers = ['Most read', 'Harbour ferry news', 'Weather this week', 'Markets today', 'Sport results', 'Local council'];
    const page = [...teasers, '* Help', '* Privacy', '* Terms', 'Harbour ferry to stop running in the autumn', 'ANNA BERG', 'Associated PressDecember 2, 2016', ...PARAGRAPHS];
    const cleaned = extractPageText(page.join('\n'), null, NO_TEMPLATES);
    assert.equal(cleaned.title, 'Harbour ferry to stop running in the autumn');
    assert.deepEqual(cleaned.paragraphs, PARAGRAPHS);
  });
});

describe('page-text chrome lines are never the headline', () => {
  it('skips skip links, an address, a row of one button text and a caption whose credit is run into it', () => {
    const page = [
      'Zur Hauptnavigation springen Zur Suche springen Zum Inhalt springen',
      'presse@harbour-city.example',
      'Zu den Angeboten Zu den Angeboten Zu den Angeboten',
      'The ferry at the north shore pier on Tuesday.Foto: Jan Muster/Reuters',
      ...PARAGRAPHS,
    ];
    assert.equal(titleOf(page), null);
    // A subheading that starts like a skip link is still text.
    assert.equal(titleOf(['Zur Suche nach dem Fährmann der Stadt', ...PARAGRAPHS]), 'Zur Suche nach dem Fährmann der Stadt');
  });

  it('drops a caption credited in parentheses or labelled "Abb.:" from the text', () => {
    const cleaned = extractPageText(['Ferry to stop running', 'Die Fähre am Nordufer. (Bildquelle: Jan Muster)', 'Abb.: Karte der Fährlinie', ...PARAGRAPHS].join('\n'), null, NO_TEMPLATES);
    assert.deepEqual(cleaned.captions, ['Die Fähre am Nordufer. (Bildquelle: Jan Muster)', 'Abb.: Karte der Fährlinie']);
    assert.deepEqual(cleaned.paragraphs, PARAGRAPHS);
  });
});

describe('page-text body', () => {
  it('does not read a long menu run together on one line, with no punctuation, as the article\'s prose', () => {
    const menu = 'Local News Harbour Ferry Timetables Old Town North Shore Council Transport Committee Sport Football Sailing Rowing Culture Theatre Music Film Books Food Travel Weather Traffic Jobs Homes Cars Obituaries Puzzles Podcasts Newsletters Archive Contact';
    const page = [
      'Please save your progress before you leave here.',
      menu,
      'Local',
      'Harbour ferry to stop running in the autumn',
      ...PARAGRAPHS,
    ];
    const parts = extractPageText(page.join('\n'), null, NO_TEMPLATES);
    assert.equal(parts.title, 'Harbour ferry to stop running in the autumn');
    assert.ok(!parts.paragraphs.includes(menu));
  });

  it('keeps a long sentence that lost its marks: it is written in lower-case words, a menu in names', () => {
    const sentence = 'Dozens of people in the old town who were waiting for the last ferry of the evening applauded when they heard that the council would keep the boat running for another year';
    assert.ok(extractPageText([sentence, ...PARAGRAPHS].join('\n'), null, NO_TEMPLATES).paragraphs.includes(sentence));
  });
  it('drops the site\'s cookie notice in the languages it knows, and keeps reporting about cookies', () => {
    const notices = [
      'Wir setzen auf unserer Website Cookies und andere Technologien ein, um Ihnen den vollen Funktionsumfang unseres Angebotes anzubieten.',
      'Diese Seite verwendet Cookies. Sie stimmen der Verwendung zu, indem Sie auf OK klicken.',
      'Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.',
      'Utilizamos cookies propias y de terceros para mejorar nuestros servicios.',
      'Deze website gebruikt cookies om uw ervaring te verbeteren.',
      'To use this website, cookies must be enabled in your browser.',
    ];
    const reporting = 'Viele Websites setzen Cookies, ohne ihre Besucher zu fragen, kritisierte die Datenschutzbehörde am Dienstag in einem Bericht.';
    const page = ['Harbour ferry to stop running in the autumn', ...notices, PARAGRAPHS[0]!, reporting, ...PARAGRAPHS.slice(1)];
    const parts = extractPageText(page.join('\n'), null, NO_TEMPLATES);
    for (const notice of notices) assert.ok(!parts.paragraphs.includes(notice), notice);
    assert.deepEqual(parts.paragraphs, [PARAGRAPHS[0], reporting, ...PARAGRAPHS.slice(1)]);
  });

  it('drops a consent manager\'s long notice that opens with the site\'s cookie sentence, not a long paragraph quoting one', () => {
    const notice = 'Wir setzen auf unserer Website Cookies und andere Technologien ein, um Ihnen den vollen Funktionsumfang unseres Angebotes anzubieten. ' +
      'Zudem ermöglichen Cookies die Personalisierung von Inhalten und dienen der Ausspielung von Werbung. Sie können der Verwendung jederzeit widersprechen, ' +
      'indem Sie die Einstellungen in Ihrem Browser ändern oder die Schaltfläche am Ende der Seite nutzen. Weitere Informationen, auch zu den Partnern, ' +
      'mit denen wir Daten teilen, finden Sie in unserer Datenschutzerklärung.';
    const quoting = 'The regulator fined the publisher on Tuesday after a two-year inquiry into how its pages tracked readers, and the ruling quotes the banner ' +
      'that greeted every visitor for years before anyone could read a word of the news, which said: "We use cookies to give you the best experience." ' +
      'The publisher said it would appeal, and that it had changed the banner in the spring after talks with the authority.';
    const page = ['Harbour ferry to stop running in the autumn', notice, PARAGRAPHS[0]!, quoting, ...PARAGRAPHS.slice(1)];
    assert.deepEqual(extractPageText(page.join('\n'), null, NO_TEMPLATES).paragraphs, [PARAGRAPHS[0], quoting, ...PARAGRAPHS.slice(1)]);
  });
});

describe('page-text footer', () => {
  it('looks for the article above the legal footer, not in the consent manager printed after it', () => {
    const consent = [
      'Storage or technical access is strictly necessary for the legitimate purpose of enabling the use of a specific service explicitly requested by the subscriber or user, or for the sole purpose of carrying out the transmission of a communication over an electronic communications network.',
      'Storage or technical access is necessary for the legitimate purpose of storing preferences that are not requested by the subscriber or user, such as the language of the page, the region and the size of the text, across visits to the site.',
      'Storage or technical access that is used exclusively for statistical purposes, anonymously, so that without a subpoena, voluntary compliance by your internet service provider or additional records from a third party it cannot be used to identify you.',
      'Storage or technical access is required to create user profiles to send advertising, or to track the user on a website or across several websites for similar marketing purposes, including the measurement of the advertising shown to the user.',
    ];
    const page = [
      'Menu', 'Harbour ferry to stop running in the autumn', 'By Jana Berg',
      ...PARAGRAPHS,
      'Local', 'Sport', 'Culture', 'Weather', 'Contact', 'Imprint', 'Privacy', 'Jobs', 'Advertise', 'Archive',
      'Copyright © 2023 Harbour News. All rights reserved.',
      'Manage cookie consent',
      'Functional Functional Always active', consent[0]!, 'Preferences Preferences', consent[1]!,
      'Statistics Statistics', consent[2]!, 'Marketing Marketing', consent[3]!,
    ];
    const parts = extractPageText(page.join('\n'), null, NO_TEMPLATES);
    assert.equal(parts.title, 'Harbour ferry to stop running in the autumn');
    assert.deepEqual(parts.paragraphs, PARAGRAPHS);
  });
});

describe('page-text byline', () => {
  it('reads a byline printed over two lines under the headline', () => {
    const page = ['Menu', 'Harbour ferry to stop running in the autumn', 'Von', 'Jana Berg', '3. März 2025', ...PARAGRAPHS];
    assert.equal(extractPageText(page.join('\n'), null, NO_TEMPLATES).byline, 'Jana Berg');
  });

  it('reads the author from a short sentence its label leads under the article, but not what a label says that is no name', () => {
    const signed = (line: string) => extractPageText(['Menu', 'Harbour ferry to stop running in the autumn', ...PARAGRAPHS, line].join('\n'), null, NO_TEMPLATES).byline;
    assert.equal(signed('Autorin: Jana Berg, Projektleiterin im Hafenamt von Nordhafen.'), 'Jana Berg');
    assert.equal(signed('Text: nach Angaben des Hafenamts und der Stadtwerke.'), null);
  });

  it('reads the byline under another printing of the headline when none is printed under the one found', () => {
    const byline = (under: string[]) => extractPageText(['Menu', 'Harbour ferry to stop running in the autumn', ...PARAGRAPHS, 'Comments', 'Entering a modal', 'Harbour ferry to stop running in the autumn', ...under].join('\n'), null, NO_TEMPLATES).byline;
    assert.equal(byline(['JANA BERG', 'Associated Press December 2, 2016']), 'JANA BERG');
    assert.equal(byline(['The Day Before', 'Release: 10.11.2023']), null);
  });
});

describe('page-text byline cleaned as the HTML extractor cleans it', () => {
  it('drops a profession before the name and the date after it', () => {
    const clean = createCleaner();
    const bylineOf = (lines: readonly string[]): string | null => {
      const result = clean({ id: 'r_byline' as RawId, origin: { file: 'test' }, body: { kind: 'text', text: lines.join('\n') }, hints: {} });
      assert.ok(result.ok);
      return result.article.byline;
    };
    assert.equal(bylineOf(['Menu', 'Harbour ferry to stop running in the autumn', 'Autor: Rechtsanwalt Sebastian Muster', ...PARAGRAPHS]), 'Sebastian Muster');
    assert.equal(bylineOf(['Menu', 'Harbour ferry to stop running in the autumn', 'Posted by Bo2man am 29.12.2010', ...PARAGRAPHS]), 'Bo2man');
  });
});

describe('page-text byline beside the date', () => {
  it('takes a name printed alone under the headline, beside the date, when no line says "by"', () => {
    const page = ['Menu', 'Harbour ferry to stop running in the autumn', 'Jana Berg', '3. März 2025', ...PARAGRAPHS];
    assert.equal(extractPageText(page.join('\n'), null, NO_TEMPLATES).byline, 'Jana Berg');
  });
  it('takes it under the lead image, its caption and the share bar too', () => {
    const page = [
      'Menu', 'Harbour ferry to stop running in the autumn', 'The utility wants to save money',
      'Photo: Harbour Archive', 'Share on Facebook', 'Share on Twitter', 'Share by email', 'Print article',
      'Jana Berg', '3. März 2025', ...PARAGRAPHS,
    ];
    assert.equal(extractPageText(page.join('\n'), null, NO_TEMPLATES).byline, 'Jana Berg');
  });
  it('takes a labelled sign-off under the article when no byline is printed by the headline', () => {
    const page = ['Menu', 'Harbour ferry to stop running in the autumn', ...PARAGRAPHS, 'Share on Facebook', 'Autor: Jana Berg', 'Keine Kommentare'];
    assert.equal(extractPageText(page.join('\n'), null, NO_TEMPLATES).byline, 'Jana Berg');
    const created = ['Menu', 'Harbour ferry to stop running in the autumn', ...PARAGRAPHS, 'Tags: Ferry', 'Erstellt von Jana Berg'];
    assert.equal(extractPageText(created.join('\n'), null, NO_TEMPLATES).byline, 'Jana Berg');
    const split = ['Menu', 'Harbour ferry to stop running in the autumn', ...PARAGRAPHS, 'Share on Facebook', 'Von:', 'Jana Berg', 'Meist gesucht:'];
    assert.equal(extractPageText(split.join('\n'), null, NO_TEMPLATES).byline, 'Jana Berg');
    const glued = ['Menu', 'Harbour ferry to stop running in the autumn', ...PARAGRAPHS, 'Share on Facebook', 'Geschrieben vonJana Berg'];
    assert.equal(extractPageText(glued.join('\n'), null, NO_TEMPLATES).byline, 'Jana Berg');
    const box = ['Menu', 'Harbour ferry to stop running in the autumn', ...PARAGRAPHS, 'Share on Facebook', 'Jana Berg', 'Alles von Jana Berg'];
    assert.equal(extractPageText(box.join('\n'), null, NO_TEMPLATES).byline, 'Jana Berg');
    const handle = ['Menu', 'Harbour ferry to stop running in the autumn', ...PARAGRAPHS, 'Weitere Rezepte von hafenkoch'];
    assert.equal(extractPageText(handle.join('\n'), null, NO_TEMPLATES).byline, 'hafenkoch');
    const section = ['Menu', 'Harbour ferry to stop running in the autumn', ...PARAGRAPHS, 'More from The Guardian', 'More from Politics'];
    assert.equal(extractPageText(section.join('\n'), null, NO_TEMPLATES).byline, null);
    const widget = ['Menu', 'Harbour ferry to stop running in the autumn', ...PARAGRAPHS, 'Share on Facebook', 'von Gesponserte Inhalte'];
    assert.equal(extractPageText(widget.join('\n'), null, NO_TEMPLATES).byline, null);
  });
  it('takes a name over its role, handle or a dash, with the date two or three lines under it', () => {
    const role = ['Menu', 'Harbour ferry to stop running in the autumn', 'Jana Berg', 'Transport Editor', '@janaberg', 'Monday 3 March 2025', ...PARAGRAPHS];
    assert.equal(extractPageText(role.join('\n'), null, NO_TEMPLATES).byline, 'Jana Berg');
    const dash = ['Menu', 'Harbour ferry to stop running in the autumn', 'Jana Berg', '—', '3. März 2025', ...PARAGRAPHS];
    assert.equal(extractPageText(dash.join('\n'), null, NO_TEMPLATES).byline, 'Jana Berg');
    // A paragraph between the name and the date breaks the link.
    const apart = ['Menu', 'Harbour ferry to stop running in the autumn', 'Jana Berg', PARAGRAPHS[0]!, '3. März 2025', ...PARAGRAPHS.slice(1)];
    assert.equal(extractPageText(apart.join('\n'), null, NO_TEMPLATES).byline, null);
  });
  it('takes no section label beside the date that the menu or breadcrumb above the headline prints', () => {
    const page = ['Home >> Recipes >> Ferry Recipes', 'Harbour ferry to stop running in the autumn', '* March 3, 2025', '* Ferry Recipes', '* 80 Comments', '* Updated: March 4, 2025', ...PARAGRAPHS];
    assert.equal(extractPageText(page.join('\n'), null, NO_TEMPLATES).byline, null);
  });
  it('prefers a "by" line to a label printed beside the date', () => {
    const page = ['Menu', 'Harbour ferry to stop running in the autumn', 'Local News', 'March 3, 2025', 'By Jana Berg', ...PARAGRAPHS];
    assert.equal(extractPageText(page.join('\n'), null, NO_TEMPLATES).byline, 'Jana Berg');
  });
});

describe('page-text date', () => {
  const dateOf = (lines: readonly string[]): string | null => findDateIn(extractPageText(lines.join('\n'), null, NO_TEMPLATES).dateLines, 'month-first').published_at;

  it('reads the date a line opens with under the headline, even when the line reads as prose', () => {
    const page = ['Menu', 'Harbour ferry to stop running in the autumn', 'PUBLISHED: March 3, 2025 at 4:56 p.m. | UPDATED: March 4, 2025 at 9:10 a.m.', ...PARAGRAPHS];
    assert.equal(dateOf(page), '2025-03-03');
  });

  it('reads the date a long paragraph opens with, the date line run into it', () => {
    const page = [
      'Menu', 'Harbour ferry to stop running in the autumn',
      'March 3, 2025, 4:56 p.m.The harbour ferry between the north shore and the old town will stop running in the autumn, the city utility said in a paper for the committee.',
      ...PARAGRAPHS.slice(1),
    ];
    assert.equal(dateOf(page), '2025-03-03');
  });

  it('falls back to a short date line inside the article, never to a date its sentences report', () => {
    const page = ['Menu', 'Harbour ferry to stop running in the autumn', ...PARAGRAPHS, 'Erscheinungsdatum: 07.02.2022', 'The ferry has crossed the harbour every half hour since 1952, and its crews say they will keep it running until the last day of service.'];
    assert.equal(dateOf(page), '2022-02-07');
    const reported = ['Menu', 'Harbour ferry to stop running in the autumn', ...PARAGRAPHS, 'The committee meets again on 14 March 2025, when the council will also decide.'];
    assert.equal(dateOf(reported), null);
  });

  it('falls back last to a line that says it dates the article, wherever the page prints it', () => {
    const page = ['Menu', 'Harbour ferry to stop running in the autumn', ...PARAGRAPHS, 'Share this', 'Related stories', 'Ferry fares rise again', 'Comments', ...Array.from({ length: 12 }, (_, i) => `Reader ${i + 1} says the ferry must stay.`), '* Published: 03 December 2019'];
    assert.equal(dateOf(page), '2019-12-03');
  });

  it('reads "3/5/2022" the way the page\'s language writes dates: day first in Spanish, month first in English', () => {
    const clean = createCleaner();
    const dateOfPage = (lines: readonly string[]): string | null => {
      const result = clean({ id: 'r_slash' as RawId, origin: { file: 'test' }, body: { kind: 'text', text: lines.join('\n') }, hints: {} });
      assert.ok(result.ok);
      return result.article.published_at;
    };
    const spanish = [
      'Inicio', 'El puerto cierra el muelle norte por obras', 'Ana Torres 3/5/2022 22:41',
      'El puerto de la ciudad cerrará el muelle norte durante seis semanas para reparar los pilotes dañados por el temporal de invierno.',
      'Los transbordadores atracarán mientras tanto en el muelle sur, según informó la autoridad portuaria en un comunicado.',
    ];
    assert.equal(dateOfPage(spanish), '2022-05-03');
    const english = ['Menu', 'Harbour ferry to stop running in the autumn', 'Jana Berg 3/5/2022 10:41', ...PARAGRAPHS];
    assert.equal(dateOfPage(english), '2022-03-05');
    // An English page whose own dates can only be day first ("14/04/2020" in its comments) reads its "3/5/2022" so too.
    const british = [...english, 'Comments', 'Tom 14/04/2022: lovely ferry, shame to lose it.'];
    assert.equal(dateOfPage(british), '2022-05-03');
  });
});

describe('the article\'s closing lines', () => {
  const page = (closing: string[]): string[] =>
    extractPageText(
      ['Sea Daily', 'Home', 'World', 'Quake off southern Peru kills four', 'March 10, 2025', 'By Kim Minsu',
        'LIMA (Yonhap) - A magnitude 6.3 earthquake struck off southern Peru early on Monday, killing at least four people and injuring dozens.',
        'The epicentre was about 40 km southwest of the coastal town of Camana, at a depth of 28 km, the Geophysical Institute said.',
        ...closing, 'Share this article', '© 2025 Sea Daily'].join('\n'),
      null, NO_TEMPLATES,
    ).paragraphs;

  it('keeps a closing sentence too short to count as prose', () => {
    assert.equal(page(['Officials said 62 people were treated.']).at(-1), 'Officials said 62 people were treated.');
    // In a script without capitals no lower-case word is asked for.
    const korean = extractPageText(
      ['바다일보', '홈', '국제', '페루 남부 해역서 규모 6.3 지진…4명 사망', '2025년 3월 10일', '(리마=연합뉴스) 김민수 기자 = 페루 남부 해역에서 10일 새벽 규모 6.3의 지진이 발생해 최소 4명이 숨지고 수십 명이 다쳤다.',
        '페루 지구물리연구소에 따르면 진앙은 해안 도시 카마나 남서쪽 약 40㎞ 해역이며, 진원 깊이는 28㎞다.', '내무장관은 62명이 치료를 받았다고 밝혔다.', '이 기사를 공유하세요', '© 2025 바다일보'].join('\n'),
      null, NO_TEMPLATES,
    ).paragraphs;
    assert.equal(korean.at(-1), '내무장관은 62명이 치료를 받았다고 밝혔다.');
  });

  it('leaves the calls and labels that follow an article', () => {
    assert.equal(page(['Follow us everywhere now!']).length, 2);
    assert.equal(page(['Read More From Sea Daily.']).length, 2);
  });
});
