import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './extract.ts';

const LOREM = 'The council voted on Tuesday to extend the program, citing rising demand, tighter budgets, and a backlog of applications.';

function paragraphs(count: number, prefix: string): string {
  return Array.from({ length: count }, (_, i) => `<p>${prefix} ${i + 1}. ${LOREM}</p>`).join('\n');
}

const NEWS_PAGE = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Council extends housing program | The Daily Example</title>
  <meta property="og:site_name" content="The Daily Example">
  <meta property="og:title" content="Council extends housing program | The Daily Example">
  <link rel="canonical" href="https://news.example.com/2024/03/05/council-housing">
  <meta name="description" content="The council voted to extend the program.">
</head>
<body>
  <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
  <main>
    <article class="story">
      <h1>Council extends housing program</h1>
      <p class="byline">By <a rel="author" href="/staff/jane">Jane Doe</a></p>
      <time datetime="2024-03-05T09:30:00+01:00">5 March 2024</time>
      <figure><img src="a.jpg"><figcaption>The town hall on Monday. PHOTO: John Roe</figcaption></figure>
      ${paragraphs(5, 'Paragraph')}
      <h2>What happens next</h2>
      ${paragraphs(2, 'Later paragraph')}
      <p>Advertisement</p>
    </article>
    <section class="comments"><h3>Comments</h3><div class="comment"><p>${LOREM} I disagree with this decision entirely, frankly.</p></div></section>
    <div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Another story about housing in the city</a></li><li><a href="/b">Budget talks stall again</a></li></ul></div>
  </main>
  <footer>© 2024 The Daily Example. All rights reserved.</footer>
</body>
</html>`;

test('extracts the article text and leaves navigation, sharing, comments, related links and captions out', () => {
  const result = extractHtml(NEWS_PAGE);
  assert.equal(result.paragraphs.length, 8);
  assert.ok(result.paragraphs[0]!.startsWith('Paragraph 1.'));
  assert.ok(result.paragraphs.includes('What happens next'));
  assert.ok(result.paragraphs.at(-1)!.startsWith('Later paragraph 2.'));
  const text = result.paragraphs.join('\n');
  for (const unwanted of ['Home', 'Share on Facebook', 'I disagree', 'Budget talks stall', 'PHOTO', 'Advertisement', 'All rights reserved', 'Jane Doe']) {
    assert.ok(!text.includes(unwanted), `should not contain ${unwanted}`);
  }
});

test('reads title without the site name, outlet, canonical URL, byline, date and language', () => {
  const result = extractHtml(NEWS_PAGE, { url: 'https://news.example.com/x?utm=1' });
  assert.equal(result.title, 'Council extends housing program');
  assert.equal(result.siteName, 'The Daily Example');
  assert.equal(result.url, 'https://news.example.com/2024/03/05/council-housing');
  assert.equal(result.byline, 'Jane Doe');
  assert.equal(result.publishedAt, '2024-03-05T09:30:00+01:00');
  assert.equal(result.language, 'en');
  assert.equal(result.description, 'The council voted to extend the program.');
});

test('prefers JSON-LD metadata and cleans the author list', () => {
  const html = `<html><head>
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"Example Wire"},
      {"@type":"NewsArticle","headline":"Storm closes ports","datePublished":"2023-11-02T18:05:00-05:00",
       "author":[{"@type":"Person","name":"Ana Lima"},{"@type":"Person","name":"Bo Chen"}],
       "publisher":{"@type":"Organization","name":"Example Wire"},"inLanguage":"pt-BR"}]}</script>
    <title>Ports shut | Example Wire</title></head>
    <body><article>${paragraphs(4, 'Storm')}</article></body></html>`;
  const result = extractHtml(html);
  assert.equal(result.title, 'Storm closes ports');
  assert.equal(result.siteName, 'Example Wire');
  assert.equal(result.byline, 'Ana Lima, Bo Chen');
  assert.equal(result.publishedAt, '2023-11-02T18:05:00-05:00');
  assert.equal(result.language, 'pt');
  assert.equal(result.paragraphs.length, 4);
});

test('falls back to a printed date and a "By" line when nothing is machine-readable', () => {
  const html = `<html><body><div class="post">
    <h1>Local library reopens</h1><div class="post-meta">Posted on 12. März 2021</div>
    <div class="author-line">von Max Mustermann</div>
    ${paragraphs(3, 'Library')}</div></body></html>`;
  const result = extractHtml(html);
  assert.equal(result.publishedAt, '2021-03-12');
  assert.equal(result.byline, 'Max Mustermann');
  assert.equal(result.title, 'Local library reopens');
});

test('drops photo credits, boilerplate lines and template repeats, keeps author-written sibling repeats', () => {
  const html = `<html><body>
    <div class="teaser"><p>${LOREM} Teaser copy.</p></div>
    <div class="article-body">
      <p>${LOREM} Teaser copy.</p>
      ${paragraphs(3, 'Body')}
      <p>Chant: ${LOREM}</p>
      <p>Chant: ${LOREM}</p>
      <p>Photo by Jane Roe / Getty Images</p>
      <p>Read more</p>
      <p>Subscribe to our newsletter</p>
    </div></body></html>`;
  const result = extractHtml(html);
  assert.equal(result.paragraphs.filter((p) => p.endsWith('Teaser copy.')).length, 1);
  assert.equal(result.paragraphs.filter((p) => p.startsWith('Chant:')).length, 2);
  assert.ok(!result.paragraphs.some((p) => /Photo by|Read more|Subscribe/.test(p)));
});

test('splits text written straight into divs at <br><br> and keeps single line breaks inside a paragraph', () => {
  const html = `<html><body><div id="content">First line of the story, with details<br>continues here.<br><br>Second paragraph of the story, written without p tags, as old pages do.<br><br>${LOREM}</div></body></html>`;
  const result = extractHtml(html);
  assert.deepEqual(result.paragraphs.slice(0, 2), [
    'First line of the story, with details continues here.',
    'Second paragraph of the story, written without p tags, as old pages do.',
  ]);
});

test('copes with pages lacking <html>, <head> or <body>, and with empty input', () => {
  const bare = `<title>Bare page</title><h1>Bare page</h1>${paragraphs(3, 'Bare')}`;
  assert.equal(extractHtml(bare).paragraphs.length, 3);
  assert.deepEqual(extractHtml('').paragraphs, []);
  assert.equal(extractHtml('').title, null);
});

test('takes the lead paragraph from the article header and the headline without its kicker', () => {
  const html = `<html><head><meta property="og:title" content="Climate: Drilling until it gets hot | Example"></head><body>
    <article>
      <header><h1><span class="article-heading__kicker">Climate</span><span class="visually-hidden">: </span><span>Drilling until it gets hot</span></h1>
        <p class="article__lead">Banks keep financing new oil and gas fields, even as they promise to protect the climate, an analysis shows.</p></header>
      <div class="article-body">${paragraphs(4, 'Body')}</div>
    </article></body></html>`;
  const result = extractHtml(html);
  assert.equal(result.title, 'Drilling until it gets hot');
  assert.ok(result.paragraphs[0]!.startsWith('Banks keep financing'));
  assert.equal(result.paragraphs.length, 5);
});

test('drops a trailing box label whose links were removed, keeps a final list item', () => {
  const html = `<html><body><div class="entry-content">${paragraphs(3, 'Body')}
    <ul><li>Flour, 200 g</li><li>Sugar, 100 g</li></ul>
    <h3>Weitere Informationen</h3><ul><li><a href="/a">Link one to elsewhere</a></li><li><a href="/b">Link two to elsewhere</a></li></ul>
    </div></body></html>`;
  const result = extractHtml(html);
  assert.equal(result.paragraphs.at(-1), 'Sugar, 100 g');
});

test('reads JSON-LD wrapped in CDATA and never dates a page by the clock ("today")', () => {
  const html = `<html><head><script type="application/ld+json">//<![CDATA[
    {"@type":"NewsArticle","headline":"Harbour reopens","datePublished":"2019-06-01T08:00:00Z"}
  //]]></script></head><body><p class="date">Updated today</p>${paragraphs(3, 'Harbour')}</body></html>`;
  assert.equal(extractHtml(html).publishedAt, '2019-06-01T08:00:00Z');
  const undated = `<html><body><h1>No date here at all</h1><p>Posted today</p>${paragraphs(3, 'Undated')}</body></html>`;
  assert.equal(extractHtml(undated).publishedAt, null);
});

test('prefers a person over the outlet as byline and reads "Autor:" lines', () => {
  const html = `<html><head><meta property="og:site_name" content="Example Post"><meta name="author" content="Example Post"></head>
    <body><article>${paragraphs(3, 'Body')}<p><strong>Autor:</strong> Erika Musterfrau</p></article></body></html>`;
  assert.equal(extractHtml(html).byline, 'Erika Musterfrau');
});

test('falls back to JSON-LD articleBody when the markup holds almost no text', () => {
  const body = `${LOREM}\n\nSecond paragraph. ${LOREM}\n\nThird paragraph. ${LOREM}\n\nFourth. ${LOREM}`;
  const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Rendered by script', articleBody: body })}</script></head>
    <body><div id="app">Loading…</div></body></html>`;
  const result = extractHtml(html);
  assert.equal(result.paragraphs.length, 4);
  assert.ok(result.paragraphs[1]!.startsWith('Second paragraph.'));
  assert.ok(!('embeddedBody' in result));
});

test('a date in the URL outranks a rewritten metadata date; the same day keeps the metadata timestamp', () => {
  const page = (published: string): string => `<html><head><meta property="article:published_time" content="${published}"></head><body>${paragraphs(3, 'Body')}</body></html>`;
  assert.equal(extractHtml(page('2021-03-14T20:10:50Z'), { url: 'https://example.org/2021/03/08/story.html' }).publishedAt, '2021-03-08');
  assert.equal(extractHtml(page('2021-03-08T11:15:28Z'), { url: 'https://example.org/2021/03/08/story.html' }).publishedAt, '2021-03-08T11:15:28Z');
});

test('a wire credit closing the text is the byline when the page credits only its desk or outlet, never over a person', () => {
  const article = (head: string, closing: string): string => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Kim Jong Un</title>
    <meta property="og:site_name" content="Frankfurter Rundschau">${head}</head><body><article><h1>Kim Jong Un</h1>${paragraphs(4, 'Absatz')}
    <p>Die Zyste könne sich jederzeit neu bilden, hieß es. ${closing}</p><p><em>Rubriklistenbild: © KCNA/dpa</em></p></article></body></html>`;
  const desk = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kim Jong Un","author":{"@type":"Person","name":"Redaktion"}}</script>';
  assert.equal(extractHtml(article(desk, '(FR mit dpa)')).byline, 'FR mit dpa');
  assert.equal(extractHtml(article('<meta name="author" content="Frankfurter Rundschau">', '(dpa/gem)')).byline, 'dpa/gem');
  assert.equal(extractHtml(article('<meta name="author" content="Jana Berg">', '(FR mit dpa)')).byline, 'Jana Berg');
  // A picture credit or a remark in parentheses is no wire credit.
  assert.equal(extractHtml(article(desk, '(Foto: dpa)')).byline, 'Redaktion');
  assert.equal(extractHtml(article(desk, '(siehe unseren Bericht über die Lage)')).byline, 'Redaktion');
});

test('a page nested 100,000 elements deep is extracted, not a stack overflow', () => {
  const html = `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(100_000)}${paragraphs(5, 'Deep')}${'</div>'.repeat(100_000)}</body></html>`;
  const result = extractHtml(html);
  assert.ok(result.paragraphs.join('\n').includes('Deep 5. The council voted'));
});
