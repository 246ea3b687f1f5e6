// The lead paragraph ("standfirst") that many layouts put in the article header, outside the body container.
import { hasHint, shortTextOf, type Element } from './dom.ts';
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
    if (!hasHint(element, LEAD_HINT)) continue;
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
  return best ?? firstBlockAfterHeadline(containers, stats, title);
}

/** Levels within which an unmarked lead and the headline share an ancestor, and the lead and the body. */
const MAX_HEADLINE_LEAD_DISTANCE = 2;
const MAX_HEADLINE_LEAD_BODY_DISTANCE = 6;
const LEAD_SENTENCE_END = /[.!?…"“”»]$/;
/** Characters an <h2> may exceed the title by and still be read in full for the comparison. */
const MAX_TITLE_SLACK = 20;

/** Whether a heading reads as the page title. */
function readsAsTitle(element: Element, titleKey: string): boolean {
  const text = shortTextOf(element, titleKey.length + MAX_TITLE_SLACK);
  return text !== null && normalizeForMatch(text) === titleKey;
}

/** Unmarked standfirsts: the first prose paragraph between the headline and the body, in the same article header.
 *  The headline is the last <h1> before the body, else (the page's only <h1> sat in dropped furniture such as a
 *  breadcrumb) the last <h2> before the body that reads as the title. Document order comes from the stats map,
 *  whose entries run in reverse document order, so no position index of the whole page is needed. */
function firstBlockAfterHeadline(containers: readonly Element[], stats: Map<Element, TextStats>, title: string | null): Element | null {
  const first = containers[0]!;
  // rank grows toward the top of the page: an element precedes another when its rank is larger.
  let rank = 0;
  let bodyRank = 0;
  const h1s: [Element, number][] = [];
  const h2s: [Element, number][] = [];
  const shaped: [Element, number][] = [];
  for (const [element, elementStats] of stats) {
    rank++;
    if (element === first) bodyRank = rank;
    if (element.name === 'h1') h1s.push([element, rank]);
    else if (element.name === 'h2') h2s.push([element, rank]);
    if (isLeadShaped(element, elementStats)) shaped.push([element, rank]);
  }
  const titleKey = title === null ? '' : normalizeForMatch(title);
  const headings = h1s.length > 0 ? h1s : titleKey === '' ? [] : h2s.filter(([element]) => readsAsTitle(element, titleKey));
  let headline: [Element, number] | null = null;
  for (const heading of headings) if (heading[1] > bodyRank && (headline === null || heading[1] < headline[1])) headline = heading;
  if (headline === null) return null;
  const [headlineElement, headlineRank] = headline;
  // Anchored at the headline, the lead must sit right by it; the body may be further off in the layout.
  const nearby = new Set(ancestors(first).slice(0, MAX_HEADLINE_LEAD_BODY_DISTANCE));
  const byHeadline = new Set(ancestors(headlineElement).slice(0, MAX_HEADLINE_LEAD_DISTANCE));
  const closeToBody = new Set(ancestors(first).slice(0, MAX_LEAD_DISTANCE));
  let best: [Element, number] | null = null;
  for (const [element, elementRank] of shaped) {
    if (elementRank >= headlineRank || elementRank <= bodyRank || (best !== null && elementRank <= best[1])) continue;
    if (!readsAsLead(element)) continue;
    if (containers.some((container) => contains(container, element) || contains(element, container))) continue;
    const elementAncestors = ancestors(element);
    const besideBody = elementAncestors.some((ancestor) => closeToBody.has(ancestor));
    const besideHeadline = elementAncestors.slice(0, MAX_HEADLINE_LEAD_DISTANCE).some((ancestor) => byHeadline.has(ancestor))
      && elementAncestors.some((ancestor) => nearby.has(ancestor));
    if (besideBody || besideHeadline) best = [element, elementRank];
  }
  return best === null ? null : best[0];
}

/** A paragraph-like block of lead length with little link text. */
function isLeadShaped(element: Element, elementStats: TextStats): boolean {
  if (element.name !== 'p' && element.name !== 'div' && element.name !== 'h2') return false;
  if (elementStats.inlineText !== elementStats.text) return false;
  return elementStats.text >= MIN_LEAD_TEXT && elementStats.text <= MAX_LEAD_TEXT && linkDensity(elementStats) <= MAX_LEAD_LINK_DENSITY;
}

/** Not furniture by class, and ending a sentence; a subtitle set as <h2> (a dek) often has no full stop. */
function readsAsLead(element: Element): boolean {
  return hintWeight(element) >= 0 && (element.name === 'h2' || LEAD_SENTENCE_END.test(lastText(element).trim()));
}
