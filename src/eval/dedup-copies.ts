// Derived copies of real articles, each of a known kind, for measuring the dedup stage (`npm run eval:dedup`).
// Every copy is made from an original by one general rule per kind, with choices drawn from a seeded generator,
// so the same seed gives the same copies on every machine.
import { countWords } from '../clean/text-features.ts';
import { seededRandom, seededShuffle } from './seeded-random.ts';

/** An article as a labeled set gives it: its story label says which other articles report the same event. */
export type SourceArticle = {
  readonly id: string;
  readonly story: string;
  readonly text: string;
  readonly title: string | null;
  readonly published_at: string | null;
};

export const COPY_KINDS = ['repost', 'near-duplicate', 'local-paragraph', 'shortened', 'boilerplate'] as const;
/**
 * - repost: the same text re-published with other whitespace, paragraph spacing, quotes and dashes;
 * - near-duplicate: a few words changed in one sentence or one sentence replaced, and a headline or sign-off line added;
 * - local-paragraph: wire copy plus 1-2 paragraphs from an unrelated article of another story, at a paragraph break;
 * - shortened: the first 40-70% of the paragraphs;
 * - boilerplate: the text wrapped in page furniture (a share line, "Advertisement", a newsletter line, "Related:" lines).
 */
export type CopyKind = (typeof COPY_KINDS)[number];

export type DerivedCopy = SourceArticle & {
  readonly kind: CopyKind;
  /** The original the copy was made from. */
  readonly of: string;
  /** For local-paragraph copies: the unrelated article the added paragraphs were taken from. */
  readonly donor: string | null;
};

/**
 * Both labeled sets are sentence-split (one sentence a line), so a "paragraph" is a run of consecutive lines of at
 * least this many words: a news paragraph of one to three sentences. A text already in paragraphs keeps them.
 */
export const PARAGRAPH_WORDS = 30;
/** Shortened copies keep the first 40-70% of the paragraphs; an original needs three to be cut that way. */
const MIN_PARAGRAPHS = 3;
const SHORTENED_SHARE = { min: 0.4, max: 0.7 } as const;

/** Page furniture of the kind extraction leaves in a text: the lines a boilerplate copy is wrapped in. */
const BOILERPLATE = {
  before: ['Advertisement', 'Share this article: Facebook Twitter Email', 'Skip to main content'],
  inside: ['Advertisement', 'Story continues below advertisement', 'Click here to read more'],
  after: [
    "Subscribe to our newsletter to get the day's top stories in your inbox.",
    'Sign up for our morning briefing and never miss a story.',
    'Follow us on Facebook and Twitter for the latest updates.',
  ],
} as const;
/** Lines a desk adds to a wire story: a headline over it or a sign-off under it. */
const UPDATE_PREFIXES = ['UPDATE:', 'BREAKING:', 'UPDATED:'] as const;
const SIGN_OFFS = ['(Reporting by staff; editing by the news desk)', '-- Staff and wire reports', 'Copyright 2024 News Desk. All rights reserved.'] as const;

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

export function linesOf(text: string): string[] {
  return text.split(/\n+/u).map((line) => line.trim()).filter((line) => line.length > 0);
}

/** The text's lines grouped into paragraphs of at least PARAGRAPH_WORDS words (a short tail joins the last one). */
export function paragraphsOf(text: string): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  let words = 0;
  for (const line of linesOf(text)) {
    current.push(line);
    words += countWords(line);
    if (words >= PARAGRAPH_WORDS) {
      paragraphs.push(current);
      current = [];
      words = 0;
    }
  }
  if (current.length > 0) {
    if (paragraphs.length > 0) paragraphs[paragraphs.length - 1]!.push(...current);
    else paragraphs.push(current);
  }
  return paragraphs;
}

/** An original long enough for every kind of copy (a shortened copy needs paragraphs to cut). */
export function canBeCopied(article: SourceArticle): boolean {
  return paragraphsOf(article.text).length >= MIN_PARAGRAPHS;
}

const joinParagraphs = (paragraphs: readonly (readonly string[])[]): string => paragraphs.map((lines) => lines.join('\n')).join('\n');

/** Typography a re-post changes: curly quotes and apostrophes, dashes, doubled spaces, blank lines between lines. */
function repost(source: SourceArticle, random: Random): string {
  let open = true;
  const retyped = linesOf(source.text).map((line) =>
    line
      .replace(/"/gu, () => ((open = !open) ? '\u201d' : '\u201c'))
      .replace(/'/gu, '\u2019')
      .replace(/ - /gu, ' \u2013 ')
      .replace(/\. /gu, random() < 0.5 ? '.  ' : '. '),
  );
  return retyped.map((line) => `${line}${random() < 0.3 ? ' ' : ''}`).join(random() < 0.5 ? '\n\n' : '\n \n');
}

/**
 * A desk's edit: three words of one sentence changed (to words found elsewhere in the text), or one sentence
 * replaced by a sentence from another article (an update); then a headline over it or a sign-off under it.
 */
function nearDuplicate(source: SourceArticle, random: Random, other: SourceArticle): string {
  const lines = linesOf(source.text);
  const at = between(random, 1, lines.length - 1);
  if (random() < 0.5) {
    const words = lines[at]!.split(/\s+/u);
    const vocabulary = lines.filter((_, i) => i !== at).join(' ').split(/\s+/u);
    for (const position of seededShuffle(words.map((_, i) => i), between(random, 1, 1e9)).slice(0, 3)) words[position] = pick(random, vocabulary);
    lines[at] = words.join(' ');
  } else {
    lines[at] = pick(random, linesOf(other.text));
  }
  if (random() < 0.5) {
    const headline = source.title ?? lines[0]!.split(/\s+/u).slice(0, 10).join(' ');
    return [`${pick(random, UPDATE_PREFIXES)} ${headline}`, ...lines].join('\n');
  }
  return [...lines, pick(random, SIGN_OFFS)].join('\n');
}

/** Wire copy plus 1-2 of another article's paragraphs, put in at a paragraph break (before, between or after). */
function localParagraph(source: SourceArticle, random: Random, donor: SourceArticle): string {
  const paragraphs = paragraphsOf(source.text);
  const donated = paragraphsOf(donor.text);
  const count = Math.min(donated.length, between(random, 1, 2));
  const from = between(random, 0, donated.length - count);
  const at = between(random, 0, paragraphs.length);
  return joinParagraphs([...paragraphs.slice(0, at), ...donated.slice(from, from + count), ...paragraphs.slice(at)]);
}

/** The first 40-70% of the paragraphs (never all, never none). */
function shortened(source: SourceArticle, random: Random): string {
  const paragraphs = paragraphsOf(source.text);
  const share = SHORTENED_SHARE.min + random() * (SHORTENED_SHARE.max - SHORTENED_SHARE.min);
  const kept = Math.min(paragraphs.length - 1, Math.max(1, Math.round(share * paragraphs.length)));
  return joinParagraphs(paragraphs.slice(0, kept));
}

/** The text between page furniture: a line before, one inside, a newsletter line and 1-3 "Related:" headlines after. */
function boilerplate(source: SourceArticle, random: Random, related: readonly SourceArticle[]): string {
  const paragraphs = paragraphsOf(source.text);
  const at = between(random, 1, paragraphs.length - 1);
  const headlines = related.slice(0, between(random, 1, 3)).map((article) => `Related: ${article.title ?? linesOf(article.text)[0]!.split(/\s+/u).slice(0, 12).join(' ')}`);
  return [
    pick(random, BOILERPLATE.before),
    joinParagraphs(paragraphs.slice(0, at)),
    pick(random, BOILERPLATE.inside),
    joinParagraphs(paragraphs.slice(at)),
    pick(random, BOILERPLATE.after),
    ...headlines,
  ].join('\n');
}

export type CopyOptions = {
  readonly seed: number;
  /** Originals copied per kind; each original is copied at most once, so the kinds do not share sources. */
  readonly perKind: number;
};

/**
 * Derived copies of a seeded sample of the originals that can be copied: the first `perKind` sampled originals
 * become reposts, the next near duplicates, and so on. Sentences and paragraphs added to a copy come from originals
 * of other stories, so an added paragraph is never a second report of the copy's own event.
 */
export function generateCopies(originals: readonly SourceArticle[], options: CopyOptions): DerivedCopy[] {
  const random = seededRandom(options.seed);
  const sample = seededShuffle(originals.filter(canBeCopied), options.seed);
  const copies: DerivedCopy[] = [];
  COPY_KINDS.forEach((kind, k) => {
    for (const source of sample.slice(k * options.perKind, (k + 1) * options.perKind)) {
      const others = seededShuffle(sample.filter((other) => other.story !== source.story), between(random, 1, 1e9)).slice(0, 3);
      const donor = others[0] ?? null;
      if (donor === null) continue;
      const text =
        kind === 'repost'
          ? repost(source, random)
          : kind === 'near-duplicate'
            ? nearDuplicate(source, random, donor)
            : kind === 'local-paragraph'
              ? localParagraph(source, random, donor)
              : kind === 'shortened'
                ? shortened(source, random)
                : boilerplate(source, random, others);
      copies.push({ ...source, id: `${source.id}~${kind}`, text, kind, of: source.id, donor: kind === 'local-paragraph' ? donor.id : null });
    }
  });
  return copies;
}
