// Main-text behaviours added while tuning on trafilatura-dev, each pinned with a minimal page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './extract.ts';

const PROSE = 'The council voted on Tuesday to extend the program, citing rising demand, tighter budgets, and a backlog of applications.';
const page = (body: string): string => `<!doctype html><html><head><meta charset="utf-8"><title>Council extends program</title></head><body>${body}</body></html>`;
const textOf = (body: string): string => extractHtml(page(body)).paragraphs.join('\n');

test('an accordion whose tablist holds its panels keeps the panel text; a plain tab strip stays out', () => {
  const text = textOf(`<article><h1>Council extends program</h1>
    <ul role="tablist"><li><a href="#a">Tab label one</a></li></ul>
    <div role="tablist" class="accordion"><div class="panel"><h2><a href="#p1">January</a></h2>
      <div id="p1" role="tabpanel"><p>Panel one, ${PROSE}</p><p>Panel two, ${PROSE}</p><p>Panel three, ${PROSE}</p></div></div></div></article>`);
  assert.match(text, /Panel one/);
  assert.doesNotMatch(text, /Tab label one/);
});

test('the first prose paragraph between headline and body is the lead', () => {
  const text = textOf(`<article><header><div class="head"><h1>Council extends program</h1>
    <p>The program now runs until 2030, the council decided after a long debate on Tuesday.</p></div></header>
    <div class="body"><div class="col"><div class="text">${[1, 2, 3, 4].map((i) => `<p>Body ${i}, ${PROSE}</p>`).join('')}</div></div></div></article>`);
  assert.match(text, /^The program now runs until 2030/);
});

test('a furniture-named wrapper holding the marked article body is not pruned', () => {
  const text = textOf(`<div class="pane-taxomenu"><div class="articleContent">${[1, 2, 3].map((i) => `<p>Body ${i}, ${PROSE}</p>`).join('')}</div></div>
    <div class="more">${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => `<div class="item"><p>Teaser ${i} about something else entirely, with a comma, and another one, and more.</p></div>`).join('')}</div>`);
  assert.match(text, /Body 1/);
  assert.doesNotMatch(text, /Teaser 1/);
});

test('inside the article, compound classes headed by a furniture word, credits, disclaimers and teaser components are skipped', () => {
  const text = textOf(`<article><h1>Council extends program</h1>
    <div class="entry__meta"><span>Last modified 3 March</span></div>
    ${[1, 2, 3].map((i) => `<p>Body ${i}, ${PROSE}</p>`).join('')}
    <p class="media__caption caption--source">Jane Roe, Main Street</p>
    <p class="aawp-disclaimer">Links on this page are affiliate links.</p>
    <pp-inline-teaser><p>Read our FAQ about the program.</p></pp-inline-teaser>
    <div class="meta-content"><p>Closing, ${PROSE}</p></div></article>`);
  assert.match(text, /Closing/);
  for (const unwanted of ['Last modified', 'Jane Roe', 'affiliate', 'FAQ']) assert.ok(!text.includes(unwanted), `should not contain ${unwanted}`);
});

test('a heading never ends the article, and widget lines are boilerplate', () => {
  const text = textOf(`<article><h1>Council extends program</h1>${[1, 2, 3].map((i) => `<p>Body ${i}, ${PROSE}</p>`).join('')}
    <p>Beitragsbild: Rathaus am Montag</p><p>Gefällt mir Lade …</p><h3>Keine Lust alleine zu lesen?</h3></article>`);
  assert.match(text, /Body 3/);
  for (const unwanted of ['Beitragsbild', 'Gefällt mir', 'Keine Lust']) assert.ok(!text.includes(unwanted), `should not contain ${unwanted}`);
});

test('a section whose id is a heading slug is not pruned for the words in it', () => {
  const text = textOf(`<div class="content"><div class="section" id="intro">${[1, 2, 3, 4, 5].map((i) => `<p>Intro ${i}, ${PROSE}</p>`).join('')}</div>
    <div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2><p>Shared, ${PROSE}</p><p>Shared again, ${PROSE}</p></div></div>`);
  assert.match(text, /Shared again/);
});

test('a table row that outscores the prose around it brings the prose along', () => {
  const names = Array.from({ length: 60 }, (_, i) => `<strong>Person ${i}</strong>, University of Somewhere, writer<br>`).join('');
  const text = textOf(`<article><h1>Council extends program</h1><div class="wysiwyg">
    ${[1, 2, 3].map((i) => `<p>Letter ${i}, ${PROSE}</p>`).join('')}
    <table><tbody><tr><td><span>${names}</span></td><td><span>${names}</span></td></tr><tr><td>Signatures as of July 7</td></tr></tbody></table></div></article>`);
  assert.match(text, /Letter 3/);
  assert.match(text, /Person 59/);
});

test('with the only <h1> in a dropped breadcrumb, an <h2> reading as the title anchors the lead', () => {
  const text = textOf(`<nav><ol><li><h1>Council extends program</h1></li></ol></nav>
    <header><h2>Council extends program</h2><p>The program now runs until 2030, the council decided after a long debate on Tuesday.</p></header>
    <div class="body"><div class="col"><div class="text">${[1, 2, 3, 4].map((i) => `<p>Body ${i}, ${PROSE}</p>`).join('')}</div></div></div>`);
  assert.match(text, /^The program now runs until 2030/);
});

test('a class saying a thing is absent ("no_caption") does not make a block furniture', () => {
  const text = textOf(`<article><h1>Council extends program</h1><div class="list">
    <div class="item item_image no_caption"><h2>The council kept the program alive for another decade, to the relief of many applicants.</h2><p>First, ${PROSE}</p></div>
    ${[2, 3, 4].map((i) => `<div class="item item_text"><p>Item ${i}, ${PROSE}</p></div>`).join('')}</div></article>`);
  assert.match(text, /kept the program alive/);
});

test('numbered parts of one story body ("story-body-1", "story-body-2") in separate wrappers are one article', () => {
  const text = textOf(`<article><h1>Council extends program</h1>
    <div class="supplemental"><div class="story-body story-body-1"><p>Opening, ${PROSE}</p><p>Opening two, ${PROSE}</p></div><div class="ad">Advertisement</div></div>
    <div class="supplemental"><div class="story-body story-body-2">${[1, 2, 3, 4, 5, 6].map((i) => `<p>Part ${i}, ${PROSE}</p>`).join('')}</div><div class="ad">Advertisement</div></div></article>`);
  assert.match(text, /Opening two/);
  assert.match(text, /Part 6/);
});

test('a consent notice inside the article column is dropped in any language it is written in, reporting about cookies kept', () => {
  const notice = 'Wir setzen auf unserer Website Cookies und andere Technologien ein, um Ihnen den vollen Funktionsumfang unseres Angebotes anzubieten. Zudem ermöglichen Cookies die Personalisierung von Inhalten.';
  const reporting = 'Many websites set cookies without asking their visitors first, the data protection authority said in its yearly report on Tuesday.';
  const text = textOf(`<article><h1>Council extends program</h1><p>${notice}</p><p>${PROSE}</p><p>${reporting}</p><p>Again, ${PROSE}</p><p>Once more, ${PROSE}</p></article>`);
  assert.doesNotMatch(text, /Wir setzen/);
  assert.match(text, /Many websites set cookies/);
});
