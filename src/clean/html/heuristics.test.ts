// Behaviours added while tuning on the dev sets, each pinned with a minimal page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanByline } from './byline.ts';
import { extractHtml } from './extract.ts';

const PROSE = 'The council voted on Tuesday to extend the program, citing rising demand, tighter budgets, and a backlog of applications.';
const page = (head: string, body: string): string => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

test('a story split into layout rows with the same class keeps every part', () => {
  const html = page('<title>Split story</title>', `
    <div class="row"><div class="story-text"><p>First part, ${PROSE}</p><p>Still first, ${PROSE}</p></div></div>
    <div class="row ad"><div class="ad-slot">Advertisement</div></div>
    <div class="row"><div class="story-text"><p>Second part, ${PROSE}</p><p>More second, ${PROSE}</p><p>End, ${PROSE}</p></div></div>`);
  const text = extractHtml(html).paragraphs.join('\n');
  assert.match(text, /First part/);
  assert.match(text, /Second part/);
});

test('a date stamp just above the headline dates the page', () => {
  const html = page('<title>Stamped</title>', `<div class="article-head"><p class="subline">21. Jan 2022 // Dominik Ricker</p><h1>Stamped</h1></div><p>${PROSE}</p>`);
  assert.equal(extractHtml(html).publishedAt, '2022-01-21');
});

test('comment dates do not date the article', () => {
  const html = page('<title>Commented</title>', `<h1>Commented</h1><p>Veröffentlicht am 16.08.2019</p><p>${PROSE}</p>
    <div class="comment-list"><div class="comment-metadata"><time datetime="2019-08-24T03:36:11+02:00">24. August 2019</time></div><p>Nice.</p></div>`);
  assert.equal(extractHtml(html).publishedAt, '2019-08-16');
});

test('a one-word section title gives way to the page headline', () => {
  const html = page('<title>Pressemitteilungen</title><meta property="og:title" content="Pressemitteilungen">', `<h1>Olafur Eliasson gestaltet Titelseite für die Zeitungen</h1><p>${PROSE}</p>`);
  assert.equal(extractHtml(html).title, 'Olafur Eliasson gestaltet Titelseite für die Zeitungen');
});

test('bylines: desk credit, trailing fields, wire credit, relative age, counters', () => {
  assert.equal(cleanByline('von Redaktion, 24. Januar 2022'), 'Redaktion');
  assert.equal(cleanByline('Redaktion: Max Muster'), 'Max Muster');
  assert.equal(cleanByline('Redaktion Polizeiticker Schweiz'), 'Redaktion Polizeiticker Schweiz');
  assert.equal(cleanByline('Autor: Gàbor Muniér , Datum: 15.Jun.19 , Anzahl der Kommentare: 0'), 'Gàbor Muniér');
  assert.equal(cleanByline('Von David Hutzler, dpa'), 'David Hutzler');
  assert.equal(cleanByline('AFP, Reuters'), 'AFP, Reuters');
  assert.equal(cleanByline('AFP · Tuesday 22 July 2025 16:02 BST'), 'AFP');
  assert.equal(cleanByline('Jane Doe · Mon, Mar 3, 2025'), 'Jane Doe');
  assert.equal(cleanByline('Tuesday Weld'), 'Tuesday Weld');
  assert.equal(cleanByline('James Akinaka • 8h'), 'James Akinaka');
  assert.equal(cleanByline('人氣( 23925)'), null);
  // A colon after the name opens the line's next field.
  assert.equal(cleanByline('Autor Mark Newton: EN Übersetzung Sarah-Indra Jungblut, 12.12.22'), 'Mark Newton');
});

test('a login slug gives way to the same person written out', () => {
  const html = page('<title>Sport</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Sport","author":{"@type":"Person","name":"arianschlichenmayer"}}</script>',
    `<h1>Sport</h1><p class="author">von Arian Schlichenmayer</p><p>${PROSE}</p>`);
  assert.equal(extractHtml(html).byline, 'Arian Schlichenmayer');
});

test('a lower-case login with a separator gives way to a name written out', () => {
  const html = page('<title>Clickbait</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Clickbait","author":{"@type":"Person","name":"sarah-indra"}}</script>',
    `<h1>Clickbait</h1><div class="author"><p>Autor <span>Mark Newton:</span></p></div><p>${PROSE}</p>`);
  assert.equal(extractHtml(html).byline, 'Mark Newton');
  // Alone, the login is still the author.
  const alone = page('<title>Clickbait</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Clickbait","author":{"@type":"Person","name":"sarah-indra"}}</script>', `<h1>Clickbait</h1><p>${PROSE}</p>`);
  assert.equal(extractHtml(alone).byline, 'sarah-indra');
});

test('an event line with a date is content, a bare stamp is not', () => {
  const html = page('<title>Tastings</title>', `<article><h1>Tastings</h1><p>${PROSE}</p><p>Termin: 29.02.2020, 19 Uhr</p><p>Posted on 3/9/2019</p><p>${PROSE} Again.</p></article>`);
  const text = extractHtml(html).paragraphs.join('\n');
  assert.match(text, /Termin: 29\.02\.2020/);
  assert.doesNotMatch(text, /Posted on/);
});
