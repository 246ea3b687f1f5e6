// Quotes from different outlets that are one utterance in different wording (translation, transcription, trimming):
// grouped by how much of the shorter version's content words the longer holds, with a word diff of the variants.
import type { DiffPart, QuoteDiff, QuoteGroup, QuoteVariant } from '../../model/comparison.ts';
import { COMPARE_CONFIG, type CompareConfig } from '../config.ts';
import { isCaselessWord, latinFold, sameNameAcrossLanguages, sameTransliteratedName } from '../../analyze/index.ts';
import { diffTokens } from './diff.ts';
import type { Quote } from './extract.ts';

/** `language`: the article's, where known; quotes in two languages share no terms and are matched by speaker instead. */
export type QuoteInput = { readonly quote: Quote; readonly source: string; readonly terms: ReadonlySet<string>; readonly language?: string | null };

/** Apostrophes and quote marks written differently are the same word. */
function normalizeForDiff(text: string): string {
  return text.replace(/[’‘`´]/gu, "'").replace(/\s+/gu, ' ').trim();
}

export function wordDiff(from: string, to: string): DiffPart[] {
  return diffTokens(normalizeForDiff(from), normalizeForDiff(to));
}

function surname(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

function sameUtterance(a: QuoteInput, b: QuoteInput, config: CompareConfig): boolean {
  // The same words from two different named speakers are two utterances (or one misattribution), not variants.
  const sa = a.quote.speaker;
  const sb = b.quote.speaker;
  if (sa !== null && sb !== null && surname(sa.key) !== surname(sb.key)) return false;
  let shared = 0;
  for (const term of a.terms) if (b.terms.has(term)) shared++;
  const smaller = Math.min(a.terms.size, b.terms.size);
  if (smaller === 0) return false;
  if (shared === a.terms.size && shared === b.terms.size) return true;
  // A few words quoted from a longer quote the same person is quoted in ("candid", "shared interests") are a fragment
  // of it, too short to share the usual number of words.
  const fragment = (x: QuoteInput, y: QuoteInput) => x.quote.partial && shared === x.terms.size && y.terms.size > x.terms.size;
  if (sa !== null && sb !== null && (fragment(a, b) || fragment(b, a))) return true;
  return shared >= config.quoteMinSharedTerms && shared / smaller >= config.quoteContainment;
}

/** The speaker most variants name, spelled as fully as any variant spells it. */
function groupSpeaker(inputs: readonly QuoteInput[]): string | null {
  const votes = new Map<string, { count: number; name: string }>();
  for (const input of inputs) {
    const speaker = input.quote.speaker;
    if (speaker === null) continue;
    const key = surname(speaker.key);
    const vote = votes.get(key) ?? { count: 0, name: speaker.name };
    vote.count++;
    if (speaker.name.length > vote.name.length) vote.name = speaker.name;
    votes.set(key, vote);
  }
  return [...votes.values()].sort((a, b) => b.count - a.count || b.name.length - a.name.length)[0]?.name ?? null;
}

/** Groups quotes (in article order) into utterances; candidates come from shared words, not from all pairs. */
export function groupQuotes(inputs: readonly QuoteInput[], config: CompareConfig = COMPARE_CONFIG): QuoteGroup[] {
  return groupMembers(inputs, config).map((members) => describeGroup(inputs, members));
}

/** The utterances among `inputs`, each as the indices of its quotes (in input order). */
export function groupMembers(inputs: readonly QuoteInput[], config: CompareConfig = COMPARE_CONFIG): number[][] {
  const parent = inputs.map((_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]!]!;
    return k;
  };
  const membersOf = inputs.map((_, k) => [k]);
  // Joining on any one matching pair chains distinct quotes through a fragment they share ("lack of industry
  // interest" held by a statement, a rebuttal citing it and a reply): two quotes of one article join only when they
  // are one utterance themselves (a lede's fragment and the full quote later).
  const compatible = (a: number, b: number): boolean =>
    membersOf[a]!.every((x) => membersOf[b]!.every((y) => inputs[x]!.quote.article_id !== inputs[y]!.quote.article_id || sameUtterance(inputs[x]!, inputs[y]!, config)));
  const join = (a: number, b: number): void => {
    parent[b] = a;
    membersOf[a]!.push(...membersOf[b]!);
    membersOf[b] = [];
  };
  const postings = new Map<string, number[]>();
  inputs.forEach((input, k) => {
    for (const term of input.terms) {
      const list = postings.get(term) ?? [];
      for (const other of list) {
        const [a, b] = [find(other), find(k)];
        if (a !== b && sameUtterance(inputs[other]!, input, config) && compatible(a, b)) join(a, b);
      }
      list.push(k);
      postings.set(term, list);
    }
  });
  joinTranslations(inputs, find, join, compatible);
  const groups = new Map<number, number[]>();
  inputs.forEach((_, k) => {
    const root = find(k);
    groups.set(root, [...(groups.get(root) ?? []), k]);
  });
  return [...groups.values()];
}

/** One utterance as its variants, speaker and word diffs. */
export function describeGroup(inputs: readonly QuoteInput[], members: readonly number[]): QuoteGroup {
  const memberInputs = members.map((k) => inputs[k]!);
  const variants: QuoteVariant[] = memberInputs.map(({ quote, source, language }) => ({
    article_id: quote.article_id,
    source,
    language: language ?? null,
    text: quote.text,
    speaker: quote.speaker?.name ?? null,
    speaker_affiliation: quote.speaker?.affiliation ?? null,
    paragraph: quote.paragraph,
    sentence: quote.sentence,
    partial: quote.partial,
  }));
  const sources = [...new Set(variants.map((variant) => variant.source))];
  // Diff every other outlet's wording against the fullest version.
  const base = variants.reduce((best, variant, k) => (variant.text.length > variants[best]!.text.length ? k : best), 0);
  // Each other article's fullest wording: a fragment it also quotes ("candid") says nothing a diff could show.
  const fullestOf = new Map<string, number>();
  variants.forEach((variant, k) => {
    const known = fullestOf.get(variant.article_id);
    if (known === undefined || variant.text.length > variants[known]!.text.length) fullestOf.set(variant.article_id, k);
  });
  const diffs: QuoteDiff[] = [];
  variants.forEach((variant, k) => {
    // A translation has no word diff worth showing.
    const sameLanguage = variant.language === variants[base]!.language;
    if (k !== base && sameLanguage && variant.article_id !== variants[base]!.article_id && fullestOf.get(variant.article_id) === k) {
      diffs.push({ base, other: k, parts: wordDiff(variants[base]!.text, variant.text) });
    }
  });
  return { speaker: groupSpeaker(memberInputs), variants, sources, single_source: sources.length === 1, diff: diffs[0]?.parts ?? [], diffs };
}

/**
 * Quotes of one speaker in different languages are one utterance in translation when there is no choosing to do: the
 * speaker (by surname) has exactly one group of quotes in each language, and no article quotes them twice apart.
 * "Nuestra prioridad es llegar a los caseríos de los valles" and "The priority now is to reach the communities in the
 * valleys", both Interior Minister Villanueva's, are one remark; two remarks of his in English and one in Spanish
 * stay apart, for nothing here tells which one the Spanish translates.
 */
function joinTranslations(
  inputs: readonly QuoteInput[],
  find: (k: number) => number,
  join: (a: number, b: number) => void,
  compatible: (a: number, b: number) => boolean,
): void {
  const speakerOf = speakerAcrossScripts(inputs);
  const rootsBySpeaker = new Map<string, Set<number>>();
  inputs.forEach((input, k) => {
    if (input.quote.speaker === null || !input.language) return;
    const key = speakerOf(surname(input.quote.speaker.key));
    rootsBySpeaker.set(key, (rootsBySpeaker.get(key) ?? new Set()).add(find(k)));
  });
  for (const roots of rootsBySpeaker.values()) {
    if (roots.size < 2) continue;
    const languageOf = new Map<number, string>();
    let oneLanguageEach = true;
    for (const root of roots) {
      const languages = new Set(inputs.flatMap((input, k) => (find(k) === root ? [input.language ?? ''] : [])));
      if (languages.size !== 1) oneLanguageEach = false;
      languageOf.set(root, [...languages][0]!);
    }
    const languages = [...languageOf.values()];
    if (!oneLanguageEach || new Set(languages).size !== languages.length) continue;
    const [first, ...rest] = [...roots];
    for (const other of rest) if (compatible(find(first!), other)) join(find(first!), other);
  }
}

/**
 * One key per speaker across spellings: a surname written in another script or transliterated ("Фонтен", "Fontaine")
 * is the same speaker when `sameNameAcrossLanguages` says the Latin spellings are one name; a surname in a script
 * without capitals ("比利亚努埃瓦", "ビリャヌエバ") when its sounds are those of exactly one Latin surname quoted here
 * (`sameTransliteratedName`). The first spelling met names them all.
 */
function speakerAcrossScripts(inputs: readonly QuoteInput[]): (surname: string) => string {
  const surnames = distinctSurnames(inputs);
  const latinSurnames = surnames.filter((entry) => entry.caseless === null);
  // A caseless surname that sounds like two Latin ones is neither: nothing tells which.
  const transliterationOf = new Map<string, string>();
  for (const entry of surnames) {
    if (entry.caseless === null) continue;
    const matches = latinSurnames.filter((latin) => sameTransliteratedName(entry.caseless!, latin.latin));
    if (matches.length === 1) transliterationOf.set(entry.surname, matches[0]!.surname);
  }
  const sameSpeaker = (a: SurnameEntry, b: SurnameEntry): boolean =>
    sameNameAcrossLanguages(a.latin, b.latin) || transliterationOf.get(a.surname) === b.surname || transliterationOf.get(b.surname) === a.surname;
  const keys: SurnameEntry[] = [];
  const keyOf = new Map<string, string>();
  for (const entry of surnames) {
    const known = keys.find((key) => sameSpeaker(key, entry));
    if (known === undefined) keys.push(entry);
    keyOf.set(entry.surname, known?.surname ?? entry.surname);
  }
  return (name) => keyOf.get(name) ?? name;
}

/** A speaker's surname key, its Latin spelling, and as written when that is in a script without capitals. */
type SurnameEntry = { readonly surname: string; readonly latin: string; readonly caseless: string | null };

/** The quotes' speakers' surnames, each once, in the order met. */
function distinctSurnames(inputs: readonly QuoteInput[]): SurnameEntry[] {
  const entries = new Map<string, SurnameEntry>();
  for (const input of inputs) {
    const speaker = input.quote.speaker;
    if (speaker === null) continue;
    const name = surname(speaker.key);
    if (entries.has(name)) continue;
    const written = speaker.name.split(/[\s·・]+/u).pop() ?? '';
    entries.set(name, { surname: name, latin: latinFold(name), caseless: isCaselessWord(written) ? written : null });
  }
  return [...entries.values()];
}
