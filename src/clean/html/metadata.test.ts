// Page metadata (title, author, date) read from minimal pages, one behaviour per test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allElements, parseHtml } from './dom.ts';
import { readMetadata, type PageMetadata } from './metadata.ts';
import { dateFromSelfTeaser } from './page-dates.ts';
import { stripNamedSite } from './title.ts';

const page = (head: string, body: string): string => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
function metadataOf(html: string, url: string | null = null): PageMetadata {
  const document = parseHtml(html);
  return readMetadata(document, allElements(document), url);
}

test('a one-word og:title naming the section gives way to a <title> that is a headline', () => {
  const html = page('<title>Impfen und Boostern ist bis Ende Februar noch überall möglich</title><meta property="og:title" content="Medienmitteilungen"><meta property="og:site_name" content="Kanton Bern">',
    '<h1>Medienmitteilung der Direktion : Impfen und Boostern ist bis Ende Februar noch überall möglich</h1>');
  assert.equal(metadataOf(html, 'https://www.be.ch/de/medienmitteilungen.html').title, 'Impfen und Boostern ist bis Ende Februar noch überall möglich');
});

test('of two og:title declarations, the one the page shows as its headline wins', () => {
  const html = page('<title>Wine decanting: all you need to know</title><meta property="og:title" content="Wine decanting: all you need to know"><meta property="og:title" content="Wine decanting: everything about a special step">',
    '<h1>Wine decanting: everything about a special step</h1><p>Text.</p>');
  assert.equal(metadataOf(html).title, 'Wine decanting: everything about a special step');
});

test('a headline the page shows reworded from the one title every metadata slot carries wins', () => {
  const title = 'Brexit: Nervenkrieg geht in nächste Runde';
  const html = page(`<title>${title}</title><meta property="og:title" content="${title}"><meta name="twitter:title" content="${title}">`,
    '<h1>Der Nervenkrieg um den Brexit geht in die nächste Runde</h1><p>Text.</p>');
  assert.equal(metadataOf(html).title, 'Der Nervenkrieg um den Brexit geht in die nächste Runde');
});

test('a meta title repeating the shown headline backs it against the reworded title in the other slots', () => {
  const seo = 'Interview mit Nora Berg über ihren neuen Roman "Schutzzone"';
  const shown = 'Die Autorin Nora Berg im Gespräch über ihren Roman „Schutzzone“';
  const html = page(`<title>${seo} › Litradio</title><meta property="og:site_name" content="Litradio"><meta property="og:title" content='${seo}'><meta name="twitter:title" content='${seo}'><meta name="title" content="${shown}">`,
    `<h1>${shown}</h1><p>Text.</p>`);
  assert.equal(metadataOf(html).title, shown);
  // A JSON-LD headline declares the headline on purpose: then it stands.
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: seo };
  const declared = page(`<title>${seo} › Litradio</title><script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="og:title" content="${shown}">`,
    `<h1>${shown}</h1><p>Text.</p>`);
  assert.equal(metadataOf(declared).title, seo);
});

test('a breadcrumb item repeating the title gives way to the headline shown with its kicker set apart', () => {
  const title = 'Covid-19: Lässt sich die Ausbreitung in Deutschland kontrollieren?';
  const menu = '<h2>Fachgebiete</h2>' + '<h2>Aktuell</h2>'.repeat(8);
  const trail = `<ol class="breadcrumbs"><li><a href="/">Startseite</a></li><li><h1>${title}</h1></li></ol>`;
  const headline = '<h2><span class="content__kicker">Covid-19</span><span class="sr-only">: </span><span>Lässt sich die Ausbreitung in Deutschland kontrollieren?</span></h2>';
  const html = page(`<title>${title} - Spektrum</title><meta property="og:title" content="${title}">`, `${menu}${trail}${headline}<p>Text.</p>`);
  assert.equal(metadataOf(html).title, 'Lässt sich die Ausbreitung in Deutschland kontrollieren?');
  // The trail's item stays the headline when the page shows no other version of it.
  const only = page(`<title>Fogo Unia Leszno - Falubaz Zielona Góra – 57 : 33 – Relacja na żywo - WP</title>`,
    '<ol class="breadcrumb"><li><a href="/">Żużel</a></li><li><h1>Fogo Unia Leszno - Falubaz Zielona Góra</h1></li></ol><h2>Relacja na żywo</h2><p>Tekst.</p>');
  assert.equal(metadataOf(only).title, 'Fogo Unia Leszno - Falubaz Zielona Góra');
});

test('inflected words count as shared when a headline rewords the metadata title', () => {
  const title = 'Firmenwagen: Leasen oder Finanzieren? Was lohnt sich?';
  const html = page(`<title>${title}</title><meta property="og:title" content="${title}">`, '<h1>Firmenwagen: Leasing oder Finanzierung?</h1><p>Text.</p>');
  assert.equal(metadataOf(html).title, 'Firmenwagen: Leasing oder Finanzierung?');
});

test('a heading that only adds a section label to the metadata title does not replace it', () => {
  const title = 'Brothel catering to politicians busted in Boston';
  const html = page(`<title>${title}</title><meta property="og:title" content="${title}">`, `<h1>Local News | ${title}</h1><p>Text.</p>`);
  assert.equal(metadataOf(html).title, title);
});

test('a <title> encoded twice (UTF-8 read as Latin-1) is decoded again before the headline is cut from it', () => {
  const html = page('<title>Mein Blog : Neue Quests fÃ¼r NPCs</title>', '<h1>Neue Quests für NPCs</h1><p>Text.</p>');
  assert.equal(metadataOf(html).title, 'Neue Quests für NPCs');
});

test('a Chinese title drops the outlet joined without spaces', () => {
  const html = page('<title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title>', '<p>正文</p>');
  assert.equal(metadataOf(html).title, '武汉的声音：有英勇的你，才有英雄的城！');
});

test('an <h1> inside the logo banner is not taken for the headline', () => {
  const title = '新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::';
  const html = page(`<title>${title}</title>`, '<div class="topbar"><h1 class="topbar__logo__title">痞客邦 PIXNET</h1></div><h1>史蒂文的家_藍天</h1><h2>新竹尖石_美樹營地賞楓 (2)</h2>');
  assert.notEqual(metadataOf(html).title, '痞客邦 PIXNET');
});

test('an <h1> linking to the home page is the blog\'s name, stripped from the title, not the headline', () => {
  const html = page('<title>Rinderleber mit Apfel und Zwiebel | Liebe geht durch den Magen</title>',
    '<div id="header"><h1><a href="http://www.example-rezepte.de">Liebe geht durch den Magen</a></h1></div><p>Text.</p>');
  assert.equal(metadataOf(html, 'http://www.example-rezepte.de/rezepte/rinderleber.htm').title, 'Rinderleber mit Apfel und Zwiebel');
});

test('a personal site publishing under its owner still credits the owner as author', () => {
  const ld = { '@context': 'https://schema.org', '@type': 'BlogPosting', headline: '15 Jahre Blog', author: { '@type': 'Person', name: 'Andreas Kalt' }, publisher: { '@type': 'Person', name: 'Andreas Kalt' } };
  const html = page(`<title>15 Jahre Blog</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`, '<h1>15 Jahre Blog</h1><blockquote><p>Von Thomas Mann</p></blockquote>');
  assert.equal(metadataOf(html).byline, 'Andreas Kalt');
});

test('the Cxense author annotation names the writer when the author tag names the outlet', () => {
  const html = page('<title>Wohnungssuche</title><meta name="author" content="Badische Zeitung"><meta property="og:site_name" content="Badische Zeitung"><meta name="cXenseParse:author" content="Lisa Petrich">', '<h1>Wohnungssuche</h1>');
  assert.equal(metadataOf(html).byline, 'Lisa Petrich');
});

test('a first-name author is completed from the bio that opens with the full name', () => {
  const ld = { '@context': 'https://schema.org', '@graph': [
    { '@type': 'Article', headline: 'Das Patriarchat', author: { name: 'Nils', '@id': '#nils' } },
    { '@type': 'Person', '@id': '#nils', name: 'Nils', description: 'Nils Pickert ist freier Autor und Journalist.' },
  ] };
  const html = page(`<title>Das Patriarchat</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`, '<h1>Das Patriarchat</h1>');
  assert.equal(metadataOf(html).byline, 'Nils Pickert');
});

test('a signature line names the writer before the comma that introduces the role', () => {
  const html = page('<title>Große Aufgaben</title><meta name="author" content="Muster-Stiftung e.V.">',
    '<h1>Große Aufgaben</h1><p>Text.</p><p><strong>Autorin: Uta Staschewski, Projektleiterin der Stiftung in Tunesien.</strong></p>');
  assert.equal(metadataOf(html).byline, 'Uta Staschewski');
});

test('a Spanish "Por" line names the author, but "por" before a lower-case phrase does not', () => {
  const html = page('<title>Boric inicia gira</title>', '<h1>Boric inicia gira</h1><p><em><strong>Por Agencia EFE</strong></em></p><p>Texto.</p>');
  assert.equal(metadataOf(html).byline, 'Agencia EFE');
  const prose = page('<title>Boric inicia gira</title>', '<h1>Boric inicia gira</h1><p>Por eso viajará.</p>');
  assert.equal(metadataOf(prose).byline, null);
});

test('a byline inside another article\'s teaser card (a link around a headline) is not the page\'s author', () => {
  const teaser = '<a href="/politik/anderer-artikel.html"><h3>Die Wandlung des Olaf Scholz</h3><div class="badge"><div class="author-name">Von Andreas Hoffmann</div></div></a>';
  const html = page('<title>Parlament vertagt Votum</title><meta name="author" content="Jana Berg">', `<h1>Parlament vertagt Votum</h1><p>Text.</p>${teaser}`);
  assert.equal(metadataOf(html).byline, 'Jana Berg');
  const onlyTeaser = page('<title>Parlament vertagt Votum</title>', `<h1>Parlament vertagt Votum</h1><p>Text.</p>${teaser}`);
  assert.equal(metadataOf(onlyTeaser).byline, null);
  // The page's own byline linking to the author's page (no headline inside the link) still counts.
  const own = page('<title>Parlament vertagt Votum</title>', '<h1>Parlament vertagt Votum</h1><a href="/autor/jana-berg"><span class="author-name">Von Jana Berg</span></a><p>Text.</p>');
  assert.equal(metadataOf(own).byline, 'Jana Berg');
});

test('a byline inside a teaser link whose text runs on as a headline is the other article\'s', () => {
  const teaser = (author: string): string => `<li><a href="/article/autre">Abandon du projet dans le Gard : nouveau revers <small>(<span class="vcard author"><a href="/auteur/x">${author}</a></span>, Communiqués)</small></a></li>`;
  const html = page('<title>Les privatisations</title><meta property="og:site_name" content="Attac France">',
    `<h1>Les privatisations</h1><div class="publication">jeudi 13 juin 2019, par <span class="vcard author"><a href="/auteur/attac-france">Attac France</a></span></div><p>Texte.</p><ul>${teaser('Collectif')}${teaser('Jana Berg')}</ul>`);
  assert.equal(metadataOf(html).byline, 'Attac France');
  // "Von <a href=/autor/…>Name</a> (Redaktion)": a short link around the page's own byline is no teaser.
  const own = page('<title>Parlament vertagt Votum</title>', '<h1>Parlament vertagt Votum</h1><a href="/autor/jana-berg">Von <span class="author-name">Jana Berg</span> (Redaktion)</a><p>Text.</p>');
  assert.equal(metadataOf(own).byline, 'Jana Berg');
});

test('a signature closing the text names the author when nothing else does', () => {
  const dated = page('<title>Home</title>', '<article><h1>Time to say goodbye.</h1><p>So long, and thanks for all the fish!</p><p>Benni<br>10. September 2017</p></article>');
  assert.equal(metadataOf(dated).byline, 'Benni');
  const bold = page('<title>Buch der Woche</title>', '<div class="entry"><h1>Buch der Woche</h1><p>Eine bemerkenswerte Sammlung.</p><p class="clearfix"><strong>Marina Mucha</strong></p></div>');
  assert.equal(metadataOf(bold).byline, 'Marina Mucha');
  // A bold line with more text after it is a subheading, not a signature.
  const subheading = page('<title>Buch der Woche</title>', '<div><h1>Buch der Woche</h1><p>Text.</p><p><strong>Weitere Informationen</strong></p><ul><li>Link</li></ul></div>');
  assert.equal(metadataOf(subheading).byline, null);
});

test('a copyright line naming a person is the author only when nothing else names one', () => {
  const footer = '<div id="credits"><p><small>(<a href="https://creativecommons.org/licenses/by-nc-sa/2.0/de/">Creative Commons-Lizenz</a>) 2006-2008 by Martin Weber<br>Theme by <a href="https://example.org">Someone</a></small></p></div>';
  const html = page('<title>Was ist Virales Marketing? | DimidoBlog</title>', `<h2>Was ist Virales Marketing?</h2><p>Text.</p>${footer}`);
  assert.equal(metadataOf(html).byline, 'Martin Weber');
  const signed = page('<title>Was ist Virales Marketing?</title><meta name="author" content="Jana Berg">', `<h2>Was ist Virales Marketing?</h2><p>Text.</p>${footer}`);
  assert.equal(metadataOf(signed).byline, 'Jana Berg');
  // A company's copyright line names no person.
  const company = page('<title>Neuigkeiten</title>', '<h1>Neuigkeiten</h1><p>Text.</p><footer><p>© 2023 by Acme</p></footer>');
  assert.equal(metadataOf(company).byline, null);
});

test('the blog\'s banner name is the outlet, so a "vom" credit names the writer', () => {
  const html = page('<title>Das Musikvideo : Krimi-Archiv</title>',
    '<h1><a href="/">Krimi-Archiv</a></h1><div class="post"><h2>Das Musikvideo</h2><div class="author">Krimi-Archiv</div><div class="author">vom Krimiblogger</div><p>Text.</p></div>');
  assert.equal(metadataOf(html, 'http://archiv.example.de/?p=2895').byline, 'Krimiblogger');
});

test('a profession before the name is not part of the byline', () => {
  const html = page('<title>Kein Wohngeld</title>', '<h1>Kein Wohngeld</h1><p>Autor: Rechtsanwalt Sebastian Einbock</p>');
  assert.equal(metadataOf(html).byline, 'Sebastian Einbock');
});

test('a credit label alone in its cell names the writer in the next cell; other credits and a lone label do not', () => {
  const credits = '<div class="credits"><div><div class="label">Interview</div><div class="value">SVEN MUSTER</div></div>'
    + '<div><div class="label">Fotograf</div><div class="value">ERIC ROY</div></div></div>';
  assert.equal(metadataOf(page('<title>Gespräch</title>', `<h1>Gespräch</h1><p>Text.</p>${credits}`)).byline, 'SVEN MUSTER');
  const list = '<dl><dt>Auteur</dt><dd><a href="/staff/jeanne">Jeanne Martin</a></dd><dt>Thème</dt><dd>Démographie</dd></dl>';
  assert.equal(metadataOf(page('<title>Entretien</title>', `<h1>Entretien</h1>${list}<p>Texte.</p>`)).byline, 'Jeanne Martin');
  // A section named "Interview" before a teaser is no credit: the next cell holds no name.
  const section = '<div><span>Interview</span><span>mit der Ministerin über den Haushalt</span></div>';
  assert.equal(metadataOf(page('<title>Haushalt</title>', `<h1>Haushalt</h1>${section}<p>Text.</p>`)).byline, null);
});

test('a Chinese byline label introduces the name', () => {
  const html = page('<title>武汉的声音</title>', '<h1>武汉的声音</h1><div><span>责任编辑： 焦鹏 </span></div>');
  assert.equal(metadataOf(html).byline, '焦鹏');
});

test('a byline listing co-authors wins over a source naming only the first', () => {
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Single an Weihnachten', author: { '@type': 'Person', name: "Sadhbh O'Sullivan" } };
  const html = page(`<title>Single an Weihnachten</title><meta name="author" content="Sadhbh O'Sullivan,Elisabeth Kochan"><script type="application/ld+json">${JSON.stringify(ld)}</script>`, '<h1>Single an Weihnachten</h1>');
  assert.equal(metadataOf(html).byline, "Sadhbh O'Sullivan,Elisabeth Kochan");
});

test('initials after the writer are a sign-off, not a co-author', () => {
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Zunehmen', author: { '@type': 'Person', name: 'Tina Klostermeier' } };
  const html = page(`<title>Zunehmen</title><meta name="author" content="Tina Klostermeier,TK"><script type="application/ld+json">${JSON.stringify(ld)}</script>`, '<h1>Zunehmen</h1>');
  assert.equal(metadataOf(html).byline, 'Tina Klostermeier');
});

test('when metadata dates disagree, the one the page prints under the headline wins', () => {
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Vanlife in Schweden', datePublished: '2022-01-04T07:29:00.000Z' };
  const html = page(`<title>Vanlife in Schweden</title><meta property="article:published_time" content="2022-01-06T08:29:34"><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    '<h1>Vanlife in Schweden</h1><div class="info"><div>06.01.2022</div></div><p>Text</p>');
  assert.equal(metadataOf(html).publishedAt, '2022-01-06T08:29:34');
});

test('without metadata dates, the date printed under the headline beats <time> elements that disagree with it and each other', () => {
  const html = page('<title>Wechsel beim Sender</title>', `<article><h1>Wechsel beim Sender</h1><p><span class="published">31. Oktober 2023</span></p><p>Text.</p></article>
    <aside><ul><li><time class="published" datetime="2020-12-03 07:32:49">3. Dezember 2020</time></li><li><time class="published" datetime="2017-09-06 10:30:55">6. September 2017</time></li></ul></aside>`);
  assert.equal(metadataOf(html).publishedAt, '2023-10-31');
});

test('a slashed meta date is read day first on a page that is not in American English', () => {
  const html = page('<title>Senador</title><meta property="article:published_time" content="10/05/2022 05:22 pm">', '<h1>Senador</h1>');
  assert.equal(metadataOf(html.replace('<html>', '<html lang="es">')).publishedAt, '2022-05-10');
  assert.equal(metadataOf(html.replace('<html>', '<html lang="en-US">')).publishedAt, '2022-10-05');
});

test('a dotted date that ends a sentence is read ("4. 2. 2022.")', () => {
  const html = page('<title>Kohlmann nominiert zwei Neulinge</title>', '<h1>Kohlmann nominiert zwei Neulinge</h1><p><span>Deutscher Tennis Bund</span> 4.&thinsp;2.&thinsp;2022.</p><p>Teamchef Michael Kohlmann hat die Mannschaft bekanntgegeben.</p>');
  assert.equal(metadataOf(html.replace('<html>', '<html lang="de">')).publishedAt, '2022-02-04');
});

test('a URL naming the month ("/2020/oct/02/") dates the article', () => {
  const html = page('<title>Halls too full</title><link rel="canonical" href="https://www.theguardian.com/education/2020/oct/02/halls-too-full">', '<h1>Halls too full</h1>');
  assert.equal(metadataOf(html).publishedAt, '2020-10-02');
});

test('a last-change stamp under the headline does not settle the publication date', () => {
  const ld = { '@context': 'https://schema.org', '@type': 'Article', headline: 'Fünf HR-Trends 2023', datePublished: '2022-12-30T07:00:40+01:00' };
  const html = page(`<title>Fünf HR-Trends 2023</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    '<h1>Fünf HR-Trends 2023</h1><time class="updated" itemprop="dateModified" datetime="2022-12-29T15:36:19+01:00">29. Dezember 2022</time> <time class="entry-date published" datetime="2022-12-30T07:00:40+01:00">30. Dezember 2022</time>');
  assert.equal(metadataOf(html).publishedAt, '2022-12-30T07:00:40+01:00');
});

test('an RSS-style JSON-LD date keeps its time', () => {
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Investigador', datePublished: 'Wed, 04 May 2022 02:41:00 GMT' };
  const html = page(`<title>Investigador</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`, '<h1>Investigador</h1>');
  assert.equal(metadataOf(html).publishedAt, '2022-05-04T02:41:00Z');
});

test('a comma list of single nouns after "von" is no byline', () => {
  const html = page('<title>Radio-Marathon</title><meta property="og:site_name" content="Mywakenews\'s Blog">',
    '<h1>Radio-Marathon</h1><span class="by-author">von mywakenews</span><p>Mit Beiträgen</p><p>von Künstlern, Bands, DJs</p>');
  assert.equal(metadataOf(html).byline, 'mywakenews');
});

test('a "von" line ends at its line break, and a user name with a figure after it is the author', () => {
  const html = page('<title>Tomaten richtig schneiden</title>', '<h1>Tomaten richtig schneiden</h1><div><span class="user-sub">von <span><a href="/user/Marianne1.html">Marianne1</a></span><br>am 20.09.2020</span></div><p>Text.</p>');
  assert.equal(metadataOf(html).byline, 'Marianne1');
  // Without a figure, a lower-case word after "von" is a sentence's, not a user's.
  const prose = page('<title>Tomaten</title>', '<h1>Tomaten</h1><div><span>von <span>morgens</span><br>bis abends</span></div><p>Text.</p>');
  assert.equal(metadataOf(prose).byline, null);
});

test('a "by" label followed by a heading names the author set in large type', () => {
  const html = page('<title>Chapter 1 - Melas</title>', '<div class="fic-header"><a href="/fiction/1"><h2>Melas</h2></a><span> by </span><h3><a href="/profile/1">Jana Berg</a></h3><h1>Chapter 1</h1></div><p>Text.</p>');
  assert.equal(metadataOf(html).byline, 'Jana Berg');
});

test('an author class inside a picture\'s caption or licence line names the photographer, not the writer', () => {
  const html = page('<title>Clickbait</title>', '<h1>Clickbait</h1><figure><img src="a.jpg"><figcaption>Eine Maus <span class="author">Nenad Stojkovic</span></figcaption></figure>'
    + '<div class="license-info"><span class="author-name"><a href="https://commons.wikimedia.org/">Lena Roth</a></span></div><div class="byline">Von Jana Berg</div><p>Text.</p>');
  assert.equal(metadataOf(html).byline, 'Jana Berg');
});

test('a Drupal "submitted by" line names the author', () => {
  const html = page('<title>FairCoin hackathon</title>', '<h1>FairCoin hackathon</h1><div class="submitted">Gespeichert von <span class="username">rasos</span> am 24. Juli 2017 - 18:55</div><p>Text</p>');
  assert.equal(metadataOf(html).byline, 'rasos');
});

test('a date printed just above the headline beats a generic dc.date, which CMSs fill with another date', () => {
  const html = page('<meta name="dc.date" content="2020-03-03">', '<div class="header"><span>Original Research</span><span>7 April 2020</span><h1>The effect of vaccination</h1></div><p>Text.</p>');
  assert.equal(metadataOf(html).publishedAt, '2020-04-07');
});

test('a news list dates the article through its teaser linking to the page itself', () => {
  const teaser = (href: string, title: string, date: string): string => `<li><div class="item"><span><a href="${href}">${title}</a></span><span class="item-time">${date}</span></div></li>`;
  const html = page('<title>Gaspreise</title>', `<h1>Energiepreiskrise</h1><p>Text.</p><ul>${teaser('/de/news/18726/', 'Other news', '29.11.2022')}${teaser('/de/news/18725/', 'Energiepreiskrise', '21.11.2022')}</ul>`);
  assert.equal(metadataOf(html, 'https://www.example.org/de/news/18725/').publishedAt, '2022-11-21');
});

test('a comment\'s permalink to a place in the page is no teaser of the page', () => {
  const elementsOf = (href: string) => allElements(parseHtml(page('', `<h1>Episode 158</h1><div class="comment"><a href="${href}">24. August 2019</a></div>`)));
  assert.equal(dateFromSelfTeaser(elementsOf('https://example.org/2019/ep158/#comment-1'), 'https://example.org/2019/ep158/'), null);
  assert.equal(dateFromSelfTeaser(elementsOf('https://example.org/2019/ep158/'), 'https://example.org/2019/ep158/'), '2019-08-24');
});

test('the headline the page shows wins when only the JSON-LD WebPage declares it', () => {
  const headline = 'The royal split, racism and family struggles: 11 things we learned';
  const html = page(`<meta property="og:title" content="What we learned from the interview"><script type="application/ld+json">{"@type":"WebPage","name":"${headline}"}</script>`,
    `<h1>${headline}</h1><p>Text.</p>`);
  assert.equal(metadataOf(html).title, headline);
});

test('a WordPress comment feed named after the shown headline outranks a rewritten SEO title', () => {
  const headline = 'Kaufratgeber: elektronisches Katzenspielzeug für Abwechslung';
  const html = page(`<meta property="og:title" content="Das beste Katzenspielzeug 2022 - Vergleich"><link rel="alternate" type="application/rss+xml" title="Magazin &raquo; ${headline} Kommentar-Feed" href="/x/feed/">`,
    `<h1>${headline}</h1><p>Text.</p>`);
  assert.equal(metadataOf(html).title, headline);
});

test('a declared title the headline shows after a kicker is kept over the feed\'s copy of the whole heading', () => {
  const html = page('<meta property="og:title" content="Klimavorreiter Oberland? - Stimme"><meta property="og:site_name" content="Stimme"><link rel="alternate" type="application/rss+xml" title="Stimme &raquo; Energiewende Oberland: Klimavorreiter Oberland? Kommentar-Feed" href="/x/feed/">',
    '<h1><span class="sub-heading">Energiewende Oberland:</span> Klimavorreiter Oberland?</h1><p>Text.</p>');
  assert.equal(metadataOf(html).title, 'Klimavorreiter Oberland?');
});

test('a declared title the page shows as its <h1> beats one it shows only as a lesser heading', () => {
  const html = page('<meta property="og:title" content="Char Kway Teow (Stir Fry Flat Rice Noodles) - Eat Tonight"><meta property="og:site_name" content="Eat Tonight"><script type="application/ld+json">{"@type":"BlogPosting","headline":"Char Kway Teow (Stir Fry Flat Noodles)"}</script>',
    '<h1>Char Kway Teow (Stir Fry Flat Rice Noodles)</h1><p>Text.</p><h2>Char Kway Teow (Stir Fry Flat Noodles)</h2>');
  assert.equal(metadataOf(html).title, 'Char Kway Teow (Stir Fry Flat Rice Noodles)');
});

test('on a page without <h1> titled by its section, a news list\'s link to the page itself names the article', () => {
  const html = page('<title>energieverbraucher.de | Gaspreise</title>',
    '<p>Text.</p><ul><li><a href="/de/news/18726/">Staat übernimmt Abschlag</a></li><li><a href="/de/news/18725/">Energiepreiskrise: Entlastungen und Rechte auf einen Blick</a></li></ul>');
  assert.equal(metadataOf(html, 'https://www.energieverbraucher.de/de/news/18725/').title, 'Energiepreiskrise: Entlastungen und Rechte auf einen Blick');
  assert.equal(metadataOf(html, 'https://www.energieverbraucher.de/de/news/').title, 'Gaspreise');
});

test('a teaser linking to the page dates it with its <time> stamp, time of day included, but an archive list linking elsewhere too does not', () => {
  const url = 'https://example.org/2016/12/python-360.html';
  const elementsOf = (body: string) => allElements(parseHtml(page('', body)));
  assert.equal(dateFromSelfTeaser(elementsOf(`<div class="meta"><a href="${url}" rel="bookmark"><time datetime="2016-12-23T05:11:00-05:00">23.12.2016</time></a></div>`), url), '2016-12-23T05:11:00-05:00');
  assert.equal(dateFromSelfTeaser(elementsOf(`<ul class="archive"><li><a href="${url}">Python 3.6.0</a></li><li><a href="/2013/07/other.html">Other</a> 02.07.2013</li></ul>`), url), null);
});

test('a title part that names the outlet among many other words is the headline, not the site label', () => {
  const html = page('<title>Fox News poll: Biden approval slips among independents | Fox News</title><meta property="og:site_name" content="Fox News">', '<p>Text.</p>');
  assert.equal(metadataOf(html, 'https://www.foxnews.com/politics/poll').title, 'Fox News poll: Biden approval slips among independents');
  // A part that only adds a word or two to the outlet's name is still its label.
  const labelled = page('<title>Talks resume in Geneva after a week of delays - Sputnik International</title><meta property="og:site_name" content="Sputnik">', '<p>Text.</p>');
  assert.equal(metadataOf(labelled, 'https://sputniknews.com/world/talks').title, 'Talks resume in Geneva after a week of delays');
});

test('an exported headline that opens with its author\'s name keeps it when the export gives the author as the outlet', () => {
  assert.equal(stripNamedSite('Opinion | Joe Biden: My Plan to Extend Medicare for Another Generation', 'Joe Biden', null), 'Opinion | Joe Biden: My Plan to Extend Medicare for Another Generation');
  assert.equal(stripNamedSite('Harbour plan approved | Harbour Gazette', 'Harbour Gazette', null), 'Harbour plan approved');
});

test('a kicker set in its own element before the headline inside the <h1> is left out when the title shows it as a separate part', () => {
  const html = page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Olympische Spiele in Paris - Getränke per Schiff ins Stadtzentrum"}</script>',
    '<h1><span class="subtitle">Olympische Spiele in Paris</span> Getränke per Schiff ins Stadtzentrum</h1><p>Text.</p>');
  assert.equal(metadataOf(html).title, 'Getränke per Schiff ins Stadtzentrum');
});

test('a JSON-LD headline that is only the kicker over a heading gives way to the declared title the heading shows under it', () => {
  const html = page('<meta name="title" content="Skandinavien im Wohnmobil erleben"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Vanlife in Schweden"}</script>',
    '<h1>Vanlife in Schweden - Skandinavien im Wohnmobil</h1><h2><span class="subline">Vanlife in Schweden</span> <span class="headline">Skandinavien im Wohnmobil erleben</span></h2><p>Text.</p>');
  assert.equal(metadataOf(html).title, 'Skandinavien im Wohnmobil erleben');
});

test('a date printed inside the link to the writer\'s profile dates the article', () => {
  const html = page('<title>Tomaten richtig schneiden</title>',
    '<div><div><div><div><h1>Tomaten richtig schneiden</h1></div></div></div></div><div><p>Text.</p></div><div><a href="https://example.org/user/Marianne1.html"><span>Marianne1</span><br><span>am 20.09.2020</span></a></div>');
  assert.equal(metadataOf(html).publishedAt, '2020-09-20');
});

test('section labels and a byline set between the headline and the site name leave the title with the site name', () => {
  const titled = (title: string, head = ''): string => page(`<title>${title}</title>${head}`, '<p>Text.</p>');
  assert.equal(metadataOf(titled('Council approves new budget for schools | Politics | The Daily Planet', '<meta property="og:site_name" content="The Daily Planet">')).title, 'Council approves new budget for schools');
  assert.equal(metadataOf(titled('Stadtrat beschließt neuen Haushalt – Lokales – tagesblatt.de'), 'https://www.tagesblatt.de/lokales/haushalt.html').title, 'Stadtrat beschließt neuen Haushalt');
  assert.equal(metadataOf(titled('Council approves new budget for schools | By Jane Doe | Daily Planet')).title, 'Council approves new budget for schools');
  // Without the headline's four words left, the short part is the headline's own ("Liverpool 2 - 1 Chelsea").
  assert.equal(stripNamedSite('Liverpool 2 - 1 Chelsea - BBC Sport', 'BBC Sport', null), 'Liverpool 2 - 1 Chelsea');
});

test('a date line that prints the last change before the first publication is dated by the publication', () => {
  const en = page('<title>A story</title>', '<article><h1>A story</h1><div class="dates">Updated March 14, 2023 · Published March 12, 2023</div><p>Text.</p></article>');
  assert.equal(metadataOf(en).publishedAt, '2023-03-12');
  const de = page('<title>Ein Artikel</title>', '<article><h1>Ein Artikel</h1><p class="dateline">Aktualisiert am 14.10.2023, erstmals veröffentlicht am 12.10.2023</p><p>Text.</p></article>');
  assert.equal(metadataOf(de).publishedAt, '2023-10-12');
});

test('today\'s date in the page\'s header bar does not date the article; its own date line does', () => {
  const html = page('<title>Kolumne über Drag</title>', '<header><div class="navtop"><time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time></div><nav><a href="/">Home</a></nav></header>'
    + '<main><h1>Kolumne über Drag</h1><p><span class="text_datum">31. Oktober 2023.</span> Text beginnt hier.</p></main>');
  assert.equal(metadataOf(html).publishedAt, '2023-10-31');
  // The article's own header and footer lines still date it, with or without the headline inside.
  const own = page('<title>Vegetarier zu sein</title>', '<h1>Vegetarier zu sein</h1><article><header><p class="submitted">Gespeichert am <time datetime="2019-07-07T18:44:31+02:00">7. Juli 2019</time></p></header><p>Text.</p></article>');
  assert.equal(metadataOf(own).publishedAt, '2019-07-07T18:44:31+02:00');
});

test('a list of other articles above the headline does not date it with their dates', () => {
  const html = page('<title>Ein Artikel</title>', '<aside><ul><li><a href="/a">Anderer Artikel</a> <time datetime="2023-10-01">1.10.2023</time></li><li><a href="/b">Noch einer</a> <time datetime="2023-09-30">30.9.2023</time></li></ul></aside>'
    + '<article><h1>Ein Artikel</h1><p>Veröffentlicht am 12.10.2023</p><p>Text.</p></article>');
  assert.equal(metadataOf(html).publishedAt, '2023-10-12');
});

test('on a page without <h1>, the <h2> showing the title is the headline the page\'s furniture is told apart from', () => {
  const html = page('<title>Kolumne: Queer Royal</title>', '<header><div class="navtop"><span class="mod_datetime"><time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time></span></div></header>'
    + '<div class="page"><h2 itemprop="name">Kolumne: Queer Royal</h2><p><span class="text_datum">31. Oktober 2023.</span> Text beginnt hier.</p></div>');
  assert.equal(metadataOf(html).publishedAt, '2023-10-31');
});

test('a byline in the page\'s furniture (a sidebar, the header\'s menu) is not the article\'s', () => {
  const html = page('<title>Council approves budget</title>', '<aside><h3>Our writers</h3><ul><li><span class="author">Mary Major</span></li></ul></aside>'
    + '<main><h1>Council approves budget</h1><div class="byline">By Jane Doe</div><p>Text.</p></main>');
  assert.equal(metadataOf(html).byline, 'Jane Doe');
  const menu = page('<title>Council approves budget</title>', '<header><nav><ul><li><a rel="author" href="/autor/fidel/">Reflexiones de Fidel</a></li></ul></nav></header><h1>Council approves budget</h1><p>Text.</p>');
  assert.equal(metadataOf(menu).byline, null);
});

test('author properties set side by side in one byline name co-authors; those of separate teasers do not', () => {
  const byline = page('<title>Council approves budget</title>', '<h1>Council approves budget</h1><p class="meta">By <span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span> and <span itemprop="author" itemscope><span itemprop="name">John Roe</span></span></p><p>Text.</p>');
  assert.equal(metadataOf(byline).byline, 'Jane Doe, John Roe');
  const teasers = page('<title>Council approves budget</title>', '<h1>Council approves budget</h1><p class="meta">By <span itemprop="author">Jane Doe</span></p><p>Text.</p>'
    + '<section><div class="teaser"><h3><a href="/b">Other story</a></h3><p><span itemprop="author">John Roe</span></p></div></section>');
  assert.equal(metadataOf(teasers).byline, 'Jane Doe');
});

test('a title giving the kicker and a shortened headline gives way to the whole headline the heading shows under its kicker', () => {
  const html = page('<title>Initiative EnergieEffizienz - kostenloser Stromcheck | Ökologisch Bauen</title>',
    '<h1><span class="h1small">Initiative EnergieEffizienz</span> Kostenloser Stromcheck für private Haushalte</h1><p>Text.</p>');
  assert.equal(metadataOf(html).title, 'Kostenloser Stromcheck für private Haushalte');
});

test('an <h1> that writes a kicker with a colon into its own text before the declared title is the headline', () => {
  const title = 'Marita Kramer verpasst Olympische Spiele in Peking - skispringen.com';
  const html = page(`<title>${title}</title><meta property="og:title" content="${title}"><meta property="og:site_name" content="skispringen.com">`,
    '<h1>"Pure Leere": Marita Kramer verpasst Olympische Spiele in Peking</h1><p>Text.</p>');
  assert.equal(metadataOf(html).title, '"Pure Leere": Marita Kramer verpasst Olympische Spiele in Peking');
  // Extra words without a colon are a label or the title's own, and the declared title stands.
  const label = page(`<title>${title}</title><meta property="og:title" content="${title}"><meta property="og:site_name" content="skispringen.com">`,
    '<h1>Aktuell Marita Kramer verpasst Olympische Spiele in Peking</h1><p>Text.</p>');
  assert.equal(metadataOf(label).title, 'Marita Kramer verpasst Olympische Spiele in Peking');
});

test('a <time> or stamp labelled as the last change gives way to the publication date, and dates the page only when alone', () => {
  const both = page('<title>A story</title>', '<article><h1>A story</h1><p>Last updated: <time datetime="2023-03-14">March 14, 2023</time></p><p>Text.</p><p>Published <time datetime="2023-03-12">March 12, 2023</time></p></article>');
  assert.equal(metadataOf(both).publishedAt, '2023-03-12');
  const alone = page('<title>Kinder und Arbeit</title>', '<div><h1>Kinder und Arbeit</h1><p>Text.</p><p class="info">Aktualisiert: 30.12.2016</p></div>');
  assert.equal(metadataOf(alone).publishedAt, '2016-12-30');
});
