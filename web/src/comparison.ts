// Reads the comparison JSON of "Compare coverage" into what the Story page draws. The parsing is lenient on
// purpose: optional parts may be missing, and a field of an unexpected shape is skipped rather than breaking the page.

export type CmpArticle = { id: string; source: string; title: string; published_at: string | null; dateline: string | null; agencies: string[]; word_count: number | null };
export type Counterpart = { article_id: string; index: number; score: number };
export type CmpSentence = { article_id: string; index: number; text: string; shared: boolean; counterparts: Counterpart[] };
export type DiffPart = { text: string; op: 'same' | 'added' | 'removed' };
export type QuoteVariant = { article_id: string | null; source: string; text: string; language: string | null };
/** How `other` words a quote against `base` (the fullest wording): `removed` parts are base's words, `added` other's. */
export type QuoteDiff = { base: QuoteVariant; other: QuoteVariant; parts: DiffPart[] };
/** `diffs`: only the wordings that differ; a second outlet printing the same words adds none. */
export type QuoteGroup = { speaker: string | null; variants: QuoteVariant[]; sources: string[]; diffs: QuoteDiff[] };
export type ReportedSpeech = { speaker: string | null; text: string; source: string };
/** `toldElsewhere`: another outlet reports the sentence too, and this one adds the listed details to it. */
export type UniqueFacts = { source: string; onlyLanguage: string | null; items: Array<{ text: string; adds: string[]; toldElsewhere: boolean }> };
export type Headline = { source: string; title: string; foregrounds: string[] };
export type PairSimilarity = { a: string; b: string; overall: number; dimensions: Array<{ name: string; value: number }>; evidence: Array<{ name: string; text: string }> };

export type Comparison = {
  articles: CmpArticle[];
  /** The article that reported first, when the dates (or copy links) tell; null when they cannot. */
  firstReport: string | null;
  sentences: CmpSentence[];
  quotes: QuoteGroup[];
  reported: ReportedSpeech[];
  unique: UniqueFacts[];
  headlines: Headline[];
  summary: string[];
  similarity: PairSimilarity[];
  /** Articles of a large story left out of the comparison. */
  omitted: string[];
};

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const str = (x: unknown): string | null => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : null);
const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const strings = (x: unknown): string[] => arr(x).map((v) => str(v) ?? (isObj(v) ? str(v.text) ?? str(v.name) ?? str(v.key) : null)).filter((v): v is string => v !== null);

export function readComparison(json: unknown): Comparison {
  const c = isObj(json) ? json : {};
  const articles = arr(c.articles).filter(isObj).map(readArticle);
  const sourceOf = new Map(articles.map((a) => [a.id, a.source]));
  return {
    articles,
    firstReport: str(c.first_report),
    sentences: arr(c.sentences).filter(isObj).map(readSentence),
    quotes: readQuoteGroups(c.quotes, sourceOf),
    reported: arr(c.reported_speech).filter(isObj).map((r) => ({
      speaker: str(r.speaker), text: str(r.text) ?? '', source: str(r.source) ?? sourceOf.get(str(r.article_id) ?? '') ?? '?',
    })),
    unique: readUnique(c.unique, sourceOf),
    headlines: arr(c.headlines).filter(isObj).map((h) => ({
      source: str(h.source) ?? sourceOf.get(str(h.article_id) ?? '') ?? '?',
      title: str(h.title) ?? str(h.text) ?? '',
      foregrounds: [...strings(h.entities), ...strings(h.terms), ...strings(h.foregrounds)],
    })),
    summary: readSummary(c.summary),
    similarity: arr(c.similarity).filter(isObj).map(readPair).filter((p): p is PairSimilarity => p !== null),
    omitted: strings(c.omitted_articles),
  };
}

function readArticle(a: Obj): CmpArticle {
  const d = a.dateline;
  const dateline = isObj(d) ? [str(d.place), str(d.date), str(d.agency) && `(${str(d.agency)})`].filter(Boolean).join(' ') : str(d);
  return {
    id: str(a.id) ?? '?', source: str(a.source) ?? str(a.label) ?? 'unknown outlet', title: str(a.title) ?? '(untitled)',
    published_at: str(a.published_at), dateline: dateline || null, agencies: strings(a.agencies), word_count: num(a.word_count),
  };
}

function readSentence(s: Obj): CmpSentence {
  return {
    article_id: str(s.article_id) ?? '?', index: num(s.index) ?? 0, text: str(s.text) ?? '',
    shared: s.status === 'shared',
    counterparts: arr(s.counterparts).filter(isObj).map((p) => ({ article_id: str(p.article_id) ?? '?', index: num(p.index) ?? 0, score: num(p.score) ?? 0 })),
  };
}

function readQuoteGroups(x: unknown, sourceOf: Map<string, string>): QuoteGroup[] {
  const groups = isObj(x) ? arr(x.groups) : arr(x);
  return groups.filter(isObj).map((g) => {
    const variants = arr(g.variants).filter(isObj).map((v) => ({
      article_id: str(v.article_id), source: str(v.source) ?? sourceOf.get(str(v.article_id) ?? '') ?? '?', text: str(v.text) ?? '', language: str(v.language),
    }));
    return {
      speaker: str(g.speaker) ?? (isObj(g.speaker) ? str(g.speaker.name) : null),
      variants,
      sources: strings(g.sources).length ? strings(g.sources) : [...new Set(variants.map((v) => v.source))],
      diffs: readQuoteDiffs(g, variants),
    };
  });
}

/** Each `diffs` entry names its two variants; an older comparison's lone `diff` runs from the first to the second. */
function readQuoteDiffs(g: Obj, variants: QuoteVariant[]): QuoteDiff[] {
  const listed = arr(g.diffs).filter(isObj).map((d) => ({ base: variants[num(d.base) ?? -1], other: variants[num(d.other) ?? -1], parts: readDiff(d.parts) }));
  const diffs = Array.isArray(g.diffs) ? listed : [{ base: variants[0], other: variants[1], parts: readDiff(g.diff) }];
  return diffs.filter((d): d is QuoteDiff => d.base !== undefined && d.other !== undefined && d.parts.some((p) => p.op !== 'same'));
}

/** Accepts jsdiff-style changes ({value, added, removed}), {text, op} parts, or {op: 'equal'|'insert'|'delete'}. */
function readDiff(x: unknown): DiffPart[] {
  const list = isObj(x) ? arr(x.parts ?? x.changes ?? x.words) : arr(x);
  const flat = list.length && Array.isArray(list[0]) ? (list[0] as unknown[]) : list;
  return flat.filter(isObj).map((p): DiffPart => {
    const text = str(p.value) ?? str(p.text) ?? str(p.word) ?? '';
    const op = str(p.op) ?? str(p.type) ?? str(p.kind) ?? '';
    if (p.added === true || /^(added|insert|ins|add|\+)$/.test(op)) return { text, op: 'added' };
    if (p.removed === true || /^(removed|delete|del|remove|-)$/.test(op)) return { text, op: 'removed' };
    return { text, op: 'same' };
  });
}

function readUnique(x: unknown, sourceOf: Map<string, string>): UniqueFacts[] {
  const item = (u: unknown) => {
    if (!isObj(u)) return { text: str(u) ?? '', adds: [], toldElsewhere: false };
    const toldElsewhere = u.status === 'shared';
    const details = [...strings(u.entities), ...strings(u.numbers), ...strings(u.places), ...strings(u.adds)];
    // A shared sentence that adds no name or number is listed for its words, as the CLI does.
    return { text: str(u.text) ?? '', adds: details.length === 0 && toldElsewhere ? strings(u.terms).slice(0, 5) : details, toldElsewhere };
  };
  if (isObj(x)) return Object.entries(x).map(([source, items]) => ({ source: sourceOf.get(source) ?? source, onlyLanguage: null, items: arr(isObj(items) ? items.sentences : items).map(item) }));
  return arr(x).filter(isObj).map((u) => ({
    source: str(u.source) ?? sourceOf.get(str(u.article_id) ?? '') ?? '?',
    onlyLanguage: str(u.only_language) ?? null,
    items: arr(u.sentences ?? u.facts ?? u.items).map(item),
  }));
}

function readSummary(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (isObj(x)) return strings(x.sentences);
  return strings(x);
}

function readPair(p: Obj): PairSimilarity | null {
  const ids = Array.isArray(p.pair) ? p.pair : Array.isArray(p.articles) ? p.articles : [p.a ?? p.article_a ?? p.from ?? p.left, p.b ?? p.article_b ?? p.to ?? p.right];
  const a = str(ids[0]);
  const b = str(ids[1]);
  if (!a || !b) return null;
  const dims = isObj(p.dimensions) ? p.dimensions : p;
  const dimensions = Object.entries(dims)
    .map(([name, v]) => ({ name, value: num(v) ?? (isObj(v) ? num(v.score) ?? num(v.value) : null) }))
    .filter((d): d is { name: string; value: number } => d.value !== null && d.name !== 'overall' && d.value >= 0 && d.value <= 1);
  const ev = p.evidence;
  const evidence = isObj(ev) ? Object.entries(ev).map(([name, v]) => ({ name, text: describe(v) })) : strings(ev).map((text) => ({ name: '', text }));
  const overallRaw = p.overall;
  const overall = num(overallRaw) ?? (isObj(overallRaw) ? num(overallRaw.score) ?? num(overallRaw.value) : null) ?? 0;
  return { a, b, overall, dimensions, evidence };
}

/** Evidence as one readable line: `shared: Kerry, Lavrov; only_a: Hagel` (nested records flattened, lists joined). */
function describe(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length ? v.map(describe).join(', ') : 'none';
  if (isObj(v)) return Object.entries(v).map(([k, x]) => `${k.replace(/_/g, ' ')}: ${describe(x)}`).join('; ');
  return '';
}
