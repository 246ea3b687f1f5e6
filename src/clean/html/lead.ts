// The lead paragraph ("standfirst") that many layouts put in the article header, outside the body container.
import { classAndId, shortTextOf, type Element } from './dom.ts';
import { hintWeight, lastText } from './score.ts';
import { linkDensity, type TextStats } from './stats.ts';
import { normalizeForMatch } from './title.ts';
import { LEAD_HINT } from './vocabulary.ts';

/** A lead is a sentence or a few: shorter is a label, longer is a body of its own. */
const MIN_LEAD_TEXT = 80;
const MAX_LEAD_TEXT = 1000;
const MAX_LEAD_LINK_DENSITY = 0.2;
/** The lead and the body must share an ancestor within this many levels above the body (same article). */
const MAX_LEAD_DISTANCE = 4;

function ancestors(element: Element): Element[] {
  const out: Element[] = [];
  for (let node = element.parent; node !== null && node.type === 'tag'; node = node.parent) out.push(node as Element);
  return out;
}

function contains(container: Element, element: Element): boolean {
  for (let node: Element | null = element; node !== null; node = node.parent !== null && node.parent.type === 'tag' ? (node.parent as Element) : null) {
    if (node === container) return true;
  }
  return false;
}

/** The lead paragraph near the chosen body that the body does not already hold: one the page marks by class,
 *  else the first prose block after the headline. */
export function findLead(containers: readonly Element[], stats: Map<Element, TextStats>, positions: () => Map<Element, number>, title: string | null = null): Element | null {
  const first = containers[0];
  if (first === undefined) return null;
  // Document positions are needed only once a marked lead exists, which most pages lack.
  let order: Map<Element, number> | null = null;
  let firstPosition = 0;
  const nearby = new Set(ancestors(first).slice(0, MAX_LEAD_DISTANCE));
  let best: Element | null = null;
  for (const [element, elementStats] of stats) {
    if (element.name !== 'p' && element.name !== 'div' && element.name !== 'h2') continue;
    if (!LEAD_HINT.test(classAndId(element))) continue;
    if (elementStats.text < MIN_LEAD_TEXT || elementStats.text > MAX_LEAD_TEXT || linkDensity(elementStats) > MAX_LEAD_LINK_DENSITY) continue;
    if (order === null) {
      order = positions();
      firstPosition = order.get(first) ?? 0;
    }
    if ((order.get(element) ?? Infinity) >= firstPosition) continue;
    if (containers.some((container) => contains(container, element) || contains(element, container))) continue;
    if (!ancestors(element).some((ancestor) => nearby.has(ancestor))) continue;
    if (best === null || (order.get(element) ?? 0) > (order.get(best) ?? 0)) best = element;
  }
  return best ?? firstBlockAfterHeadline(containers, stats, positions, title);
}

/** Levels within which an unmarked lead and the headline share an ancestor, and the lead and the body. */
const MAX_HEADLINE_LEAD_DISTANCE = 2;
const MAX_HEADLINE_LEAD_BODY_DISTANCE = 6;
const LEAD_SENTENCE_END = /[.!?…"“”»]$/;
/** Characters an <h2> may exceed the title by and still be read in full for the comparison. */
const MAX_TITLE_SLACK = 20;

/** The headline element: the last <h1> before the body, else (the page's only <h1> sat in dropped furniture such
 *  as a breadcrumb) the last <h2> before the body that reads as the title. */
function findHeadline(stats: Map<Element, TextStats>, title: string | null, before: Element, positions: () => Map<Element, number>): [Element, number] | null {
  const titleKey = title === null ? null : normalizeForMatch(title);
  const candidates: Element[] = [];
  for (const element of stats.keys()) if (element.name === 'h1') candidates.push(element);
  if (candidates.length === 0) {
    if (titleKey === null || titleKey === '') return null;
    for (const element of stats.keys()) {
      if (element.name !== 'h2') continue;
      const text = shortTextOf(element, titleKey.length + MAX_TITLE_SLACK);
      if (text !== null && normalizeForMatch(text) === titleKey) candidates.push(element);
    }
    if (candidates.length === 0) return null;
  }
  const order = positions();
  const bodyPosition = order.get(before) ?? 0;
  let headline: [Element, number] | null = null;
  for (const element of candidates) {
    const position = order.get(element) ?? Infinity;
    if (position < bodyPosition && (headline === null || position > headline[1])) headline = [element, position];
  }
  return headline;
}

/** Unmarked standfirsts: the first prose paragraph between the headline and the body, in the same article header. */
function firstBlockAfterHeadline(containers: readonly Element[], stats: Map<Element, TextStats>, positions: () => Map<Element, number>, title: string | null): Element | null {
  const first = containers[0]!;
  const found = findHeadline(stats, title, first, positions);
  if (found === null) return null;
  const [headline, headlinePosition] = found;
  const order = positions();
  const bodyPosition = order.get(first) ?? 0;
  // Anchored at the headline, the lead must sit right by it; the body may be further off in the layout.
  const nearby = new Set(ancestors(first).slice(0, MAX_HEADLINE_LEAD_BODY_DISTANCE));
  const byHeadline = new Set(ancestors(headline).slice(0, MAX_HEADLINE_LEAD_DISTANCE));
  const closeToBody = new Set(ancestors(first).slice(0, MAX_LEAD_DISTANCE));
  let best: Element | null = null;
  let bestPosition = Infinity;
  for (const [element, elementStats] of stats) {
    if (element.name !== 'p' && element.name !== 'div' && element.name !== 'h2') continue;
    if (elementStats.inlineText !== elementStats.text) continue;
    const position = order.get(element) ?? Infinity;
    if (position <= headlinePosition || position >= bodyPosition || position >= bestPosition) continue;
    if (elementStats.text < MIN_LEAD_TEXT || elementStats.text > MAX_LEAD_TEXT || linkDensity(elementStats) > MAX_LEAD_LINK_DENSITY) continue;
    // A paragraph must end a sentence; a subtitle set as <h2> (a dek) often has no full stop.
    if (hintWeight(element) < 0 || (element.name !== 'h2' && !LEAD_SENTENCE_END.test(lastText(element).trim()))) continue;
    if (containers.some((container) => contains(container, element) || contains(element, container))) continue;
    const elementAncestors = ancestors(element);
    const besideBody = elementAncestors.some((ancestor) => closeToBody.has(ancestor));
    const besideHeadline = elementAncestors.slice(0, MAX_HEADLINE_LEAD_DISTANCE).some((ancestor) => byHeadline.has(ancestor))
      && elementAncestors.some((ancestor) => nearby.has(ancestor));
    if (!besideBody && !besideHeadline) continue;
    best = element;
    bestPosition = position;
  }
  return best;
}
