// Readability-style content scoring: paragraphs vote for their ancestors; the best container wins,
// then siblings that look like more of the same article join it.
import { attr, classAndId, hasHint, type AnyNode, type Element } from './dom.ts';
import { linkDensity, type TextStats } from './stats.ts';
import { ARTICLE_BODY_HINT, NEGATIVE_HINT, POSITIVE_HINT } from './vocabulary.ts';

/** Paragraphs shorter than this (characters) cast no vote: they are labels, buttons and dates (Readability's value). */
const MIN_SCORED_TEXT = 25;
/** One vote point per this many characters, capped, so one huge block cannot outvote many paragraphs. */
const CHARS_PER_POINT = 100;
const MAX_LENGTH_POINTS = 3;
/** How far up the tree a paragraph's vote reaches. */
const MAX_VOTE_DEPTH = 5;
/** Weight a class/id hint adds or removes (Readability's value). */
const HINT_WEIGHT = 25;
/** Alternative candidates scoring at least this share of the best are "close"; if enough share an
 *  ancestor, the article was split into sections and the ancestor is taken (Readability's values). */
const CLOSE_CANDIDATE_SHARE = 0.75;
const MIN_CLOSE_CANDIDATES = 3;
/** A sibling joins the content when its score reaches this share of the winner's (or the floor).
 *  Readability's values; on the dev sets 0.1–0.3 change F1 by under 0.0003. */
const SIBLING_SCORE_SHARE = 0.2;
const SIBLING_SCORE_FLOOR = 10;
/** Prose-like siblings join on their own: long with few links, or short and ending a sentence. */
const SIBLING_LONG_TEXT = 80;
const SIBLING_MAX_LINK_DENSITY = 0.25;
/** An element explicitly marked as the article body is trusted when it holds at least this many characters
 *  and this share of the statistical winner's text (calibrated on the dev sets: 0.2 loses 0.0015 F1 on
 *  trafilatura-dev, 0.3–0.5 score the same). */
const MIN_MARKED_BODY_TEXT = 200;
const MIN_MARKED_BODY_SHARE = 0.3;

const TABLE_PARTS: ReadonlySet<string> = new Set(['tr', 'tbody', 'thead', 'tfoot']);
const SCORED_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'td', 'section', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TEXT_CONTAINER_TAGS: ReadonlySet<string> = new Set(['div', 'article', 'section', 'main', 'span', 'font', 'center', 'blockquote', 'li', 'dd', 'form']);

function tagBaseScore(name: string): number {
  switch (name) {
    case 'div': case 'article': case 'main': return 5;
    case 'pre': case 'td': case 'blockquote': return 3;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': return -5;
    default: return 0;
  }
}

export function hintWeight(element: Element): number {
  const hints = `${classAndId(element)} ${element.attribs['itemprop'] ?? ''}`;
  if (hints.trim() === '') return 0;
  let weight = 0;
  if (NEGATIVE_HINT.test(hints)) weight -= HINT_WEIGHT;
  if (POSITIVE_HINT.test(hints)) weight += HINT_WEIGHT;
  return weight;
}

/** A class hint counts fully only for elements holding at least this much text; a "headline-text" label
 *  of 30 characters must not outrank the article (calibrated on the dev sets: 100–800 score within 0.001 F1; 100 slightly best). */
const HINT_FULL_WEIGHT_TEXT = 100;

type Scores = Map<Element, number>;

function voteOf(stats: TextStats, own: boolean): number {
  const length = own ? stats.inlineText : stats.text;
  const commas = own ? stats.inlineCommas : stats.commas;
  return 1 + commas + Math.min(Math.floor(length / CHARS_PER_POINT), MAX_LENGTH_POINTS);
}

export function castVotes(root: Element, stats: Map<Element, TextStats>): Scores {
  const scores: Scores = new Map();
  const ensure = (element: Element): void => {
    if (scores.has(element)) return;
    const text = stats.get(element)?.text ?? 0;
    scores.set(element, tagBaseScore(element.name) + hintWeight(element) * Math.min(1, text / HINT_FULL_WEIGHT_TEXT));
  };
  for (const [element, elementStats] of stats) {
    let vote: number;
    if (SCORED_TAGS.has(element.name) && element.name !== 'section') {
      if (elementStats.text < MIN_SCORED_TEXT) continue;
      vote = voteOf(elementStats, false);
    } else if (TEXT_CONTAINER_TAGS.has(element.name) || element.name === 'section') {
      // Text written straight into a div (no <p>) votes like a paragraph.
      if (elementStats.inlineText < MIN_SCORED_TEXT) continue;
      vote = voteOf(elementStats, true);
      ensure(element);
      scores.set(element, scores.get(element)! + vote / 2);
    } else continue;
    let ancestor = element.parent;
    for (let level = 0; level < MAX_VOTE_DEPTH && ancestor !== null && ancestor.type === 'tag'; level++) {
      const target = ancestor as Element;
      ensure(target);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(target, scores.get(target)! + vote / divider);
      if (target === root) break;
      ancestor = target.parent;
    }
  }
  for (const [element, score] of scores) scores.set(element, score * (1 - linkDensity(stats.get(element))));
  return scores;
}

function ancestorsOf(element: Element, root: Element): Element[] {
  const out: Element[] = [];
  for (let node = element.parent; node !== null && node.type === 'tag'; node = node.parent) {
    out.push(node as Element);
    if (node === root) break;
  }
  return out;
}

function pickTop(scores: Scores, root: Element, stats: Map<Element, TextStats>): Element {
  const ranked = [...scores.entries()].filter(([element]) => element !== root).sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (best === undefined) return root;
  let [top, topScore] = best;

  // Several close candidates under one ancestor: the article is split into blocks; take their ancestor.
  const close = ranked.slice(1, 6).filter(([, score]) => score >= topScore * CLOSE_CANDIDATE_SHARE).map(([element]) => element);
  if (close.length >= MIN_CLOSE_CANDIDATES - 1) {
    // A close candidate that itself encloses the winner shares that ancestry too (counted with itself).
    const closeAncestors = close.map((element) => new Set([element, ...ancestorsOf(element, root)]));
    for (const ancestor of ancestorsOf(top, root)) {
      const sharing = closeAncestors.filter((set) => set.has(ancestor)).length;
      if (sharing >= MIN_CLOSE_CANDIDATES - 1) {
        top = ancestor;
        break;
      }
    }
  }
  // Climb while a parent scores better (the winner was one section of a larger body).
  let lastScore = scores.get(top) ?? 0;
  const threshold = lastScore / 3;
  // A table row or row group is a slice of its table: compare parents from the table up.
  while (TABLE_PARTS.has(top.name) && top.parent !== null && top.parent !== root && top.parent.type === 'tag') top = top.parent as Element;
  for (let parent = top.parent; parent !== null && parent.type === 'tag' && parent !== root; parent = parent.parent) {
    const parentScore = scores.get(parent as Element);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      top = parent as Element;
      break;
    }
    lastScore = parentScore;
  }
  // A lone child adds nothing: use its parent, so siblings of the wrapper are considered.
  while (top.parent !== null && top.parent !== root && top.parent.type === 'tag' && (top.parent as Element).children.filter((c) => c.type === 'tag').length === 1) {
    top = top.parent as Element;
  }
  topScore = scores.get(top) ?? topScore;
  return preferMarkedBody(top, root, stats);
}

/** Pages that name their article body (itemprop=articleBody, class "article-body") are usually right. */
function preferMarkedBody(top: Element, root: Element, stats: Map<Element, TextStats>): Element {
  const topText = stats.get(top)?.text ?? 0;
  let best: Element | null = null;
  let bestText = 0;
  for (const element of stats.keys()) {
    // A body class names the body whatever else the element says; an itemprop alone does not outweigh a negative hint.
    const bodyHint = hasHint(element, ARTICLE_BODY_HINT);
    if (!bodyHint && (attr(element, 'itemprop') !== 'articleBody' || hasHint(element, NEGATIVE_HINT))) continue;
    const text = stats.get(element)?.text ?? 0;
    if (text > bestText) {
      best = element;
      bestText = text;
    }
  }
  if (best === null || bestText < MIN_MARKED_BODY_TEXT || bestText < topText * MIN_MARKED_BODY_SHARE) return top;
  return best;
}

function endsSentence(element: Element): boolean {
  return /[.!?…"“”»]\s*$/.test(lastText(element));
}

export function lastText(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!('children' in node)) return '';
  for (let i = node.children.length - 1; i >= 0; i--) {
    const text = lastText(node.children[i]!);
    if (text.trim() !== '') return text;
  }
  return '';
}

/** The winning container plus qualifying siblings, in document order. */
export function selectContent(root: Element, stats: Map<Element, TextStats>): Element[] {
  const scores = castVotes(root, stats);
  const top = pickTop(scores, root, stats);
  return withTwinBlocks(joinSiblings(top, root, scores, stats), root, scores, stats);
}

/** Another block of the same tag and class as the best-scoring text block, elsewhere on the page, is more of
 *  the same article (a story split into layout rows: "story-text" … ad … "story-text"). */
const TWIN_SCORE_SHARE = 0.2;
const TWIN_MAX_LINK_DENSITY = 0.25;

/** Numbered parts of one block are one family ("story-body story-body-1", "story-body story-body-2"). */
function sameBlockFamily(classes: string | undefined, bestClasses: string): boolean {
  if (classes === undefined) return false;
  if (classes === bestClasses) return true;
  const unnumbered = (text: string): string => text.trim().replace(/[-_]?\d+(?=\s|$)/g, '');
  return /\d/.test(classes) && unnumbered(classes) === unnumbered(bestClasses);
}

function withTwinBlocks(selected: Element[], root: Element, scores: Scores, stats: Map<Element, TextStats>): Element[] {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (element !== root && score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  const bestClass = best === null ? '' : best.attribs['class'] ?? '';
  if (best === null || bestClass.trim() === '') return selected;
  const inside = (element: Element, container: Element): boolean => {
    for (let node: AnyNode | null = element; node !== null; node = node.parent) if (node === container) return true;
    return false;
  };
  const twins: Element[] = [];
  for (const [element, score] of scores) {
    if (element === best || element.name !== best.name || !sameBlockFamily(element.attribs['class'], bestClass)) continue;
    if (score < Math.max(SIBLING_SCORE_FLOOR, bestScore * TWIN_SCORE_SHARE) || linkDensity(stats.get(element)) > TWIN_MAX_LINK_DENSITY) continue;
    if (selected.some((container) => inside(element, container) || inside(container, element))) continue;
    twins.push(element);
  }
  if (twins.length === 0) return selected;
  const wanted = new Set([...selected, ...twins]);
  const ordered: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const element = node as Element;
    if (wanted.has(element)) {
      ordered.push(element);
      continue;
    }
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  }
  return ordered;
}

function joinSiblings(top: Element, root: Element, scores: Scores, stats: Map<Element, TextStats>): Element[] {
  const parent = top.parent;
  if (parent === null || top === root || parent.type !== 'tag') return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(SIBLING_SCORE_FLOOR, topScore * SIBLING_SCORE_SHARE);
  const topClass = top.attribs['class'] ?? '';
  const selected: Element[] = [];
  for (const sibling of (parent as Element).children) {
    if (sibling.type !== 'tag' && sibling.type !== 'script' && sibling.type !== 'style') continue;
    const element = sibling as Element;
    if (element === top) {
      selected.push(element);
      continue;
    }
    const siblingStats = stats.get(element);
    if (siblingStats === undefined || siblingStats.text === 0) continue;
    const bonus = topClass !== '' && element.attribs['class'] === topClass ? topScore * SIBLING_SCORE_SHARE : 0;
    const score = scores.get(element);
    if (score !== undefined && score + bonus >= threshold && hintWeight(element) >= 0) {
      selected.push(element);
      continue;
    }
    if (element.name === 'p' || (element.name === 'div' && siblingStats.inlineText === siblingStats.text)) {
      const density = linkDensity(siblingStats);
      if (siblingStats.text > SIBLING_LONG_TEXT && density < SIBLING_MAX_LINK_DENSITY) selected.push(element);
      else if (siblingStats.text <= SIBLING_LONG_TEXT && density === 0 && endsSentence(element)) selected.push(element);
    }
  }
  return selected;
}
