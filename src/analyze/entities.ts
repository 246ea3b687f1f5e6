// Named entities: capitalised word sequences (any cased script) typed by compromise (English lead) or cue words.
import nlp from 'compromise';
import type { Entity, EntityKind } from '../model/analysis.ts';
import { foldDiacritics, latinFold, stripPossessive } from './normalize.ts';
import type { WordToken } from './segment.ts';
import { CALENDAR_WORDS, HONORIFICS, MONTHS, NAME_CONNECTORS, ORGANIZATION_CUES, PLACE_CUES } from './vocabulary.ts';

/** One capitalised sequence as found, before mentions are merged. */
export type EntityMention = {
  readonly text: string;
  readonly key: string;
  /** -1 for the title. */
  readonly sentence: number;
  /** Single word at the start of a sentence: capitalised by position, maybe not a name. */
  readonly initialSingle: boolean;
  /**
   * A run of words opening a sentence, whose first word may be capitalised by position only ("Dozens of Dutch"): that
   * word and the name without it, for `resolveOpeners` to choose once the whole article is read.
   */
  readonly opener?: SentenceOpener;
};

export type SentenceOpener = {
  /** The opening word's key. */
  readonly word: string;
  /** The opening word is joined to the rest by a connector ("Residents of Arequipa"). */
  readonly viaConnector: boolean;
  readonly rest: { readonly text: string; readonly key: string };
};

const UPPER_START = /^\p{Lu}/u;
/**
 * Words of one name are apart by spaces, or by a hyphen or dash with no space around it ("Jean-Pierre",
 * "Baden-Württemberg"). A spaced dash separates: "REYKJAVIK – The Nordic ministers" is a dateline, then a sentence.
 */
const JOINING_GAP = /^(?:\s*|[-‐‑–])$/u;
/** A possessive ends a name: "Finland's Antti Rautio" is Finland and Antti Rautio. */
const POSSESSIVE_END = /['’]s$/u;

const LATIN_START = /^\P{L}*\p{Script=Latin}/u;
/**
 * One name is written in one script: "Ракета Ariane" (a Russian sentence opening with "rocket" before the rocket's
 * Latin name) is two runs, not a name. Pages mix Latin with their own script, so a run breaks where one starts.
 */
function sameScript(a: string, b: string): boolean {
  return LATIN_START.test(a) === LATIN_START.test(b);
}

function isCapitalised(word: string): boolean {
  return UPPER_START.test(word);
}

/** The name key: folded, no possessive (titles before the name are cut off the run before it is keyed). */
export function entityKey(words: readonly string[]): string {
  return words.map((word) => latinFold(stripPossessive(word))).filter((word) => word.length > 0).join(' ');
}

/** Words a run in capitals may hold before it reads as a shouted line rather than a name ("UNITED NATIONS"). */
const MAX_SHOUTED_NAME_WORDS = 3;
const SHOUTED_WORD = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/**
 * A run of four or more words in capitals, connectors aside, is a headline or link set in capitals and left in the
 * text ("WHITE HOUSE SAYS IT OPPOSES DESANTIS TAKING ACTION AGAINST DISNEY"), not one name.
 */
export function isShoutedLine(words: readonly string[]): boolean {
  let shouted = 0;
  for (const word of words) {
    if (NAME_CONNECTORS.has(word.toLowerCase())) continue;
    if (!SHOUTED_WORD.test(word)) return false;
    shouted++;
  }
  return shouted > MAX_SHOUTED_NAME_WORDS;
}

/**
 * Capitalised runs in one sentence (or the title, sentence -1), joined across connectors like "of" and "von".
 * `capitalisedAt` says whether the word at an index of `words` starts with a capital; analysis answers from the word
 * lookups it has already made instead of a pattern test per word.
 */
export function findCapitalisedMentions(
  text: string,
  words: readonly WordToken[],
  sentence: number,
  stopwords: ReadonlySet<string>,
  capitalisedAt: (index: number) => boolean = (index) => isCapitalised(words[index]!.text),
  /** The index of the word that opens the sentence's text after a dateline ("ROTTERDAM (Reuters) - Dock workers …"). */
  openingAfterDateline = -1,
): EntityMention[] {
  const mentions: EntityMention[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i];
    if (first === undefined || !capitalisedAt(i) || /^\d/u.test(first.text)) {
      i++;
      continue;
    }
    const run: WordToken[] = [first];
    let j = i + 1;
    while (j < words.length) {
      const previous = run[run.length - 1]!;
      const next = words[j]!;
      if (!JOINING_GAP.test(text.slice(previous.end, next.start)) || POSSESSIVE_END.test(previous.text) || !sameScript(previous.text, next.text)) break;
      if (capitalisedAt(j)) {
        run.push(next);
        j++;
        continue;
      }
      const after = words[j + 1];
      // "Lucía Benavides of Peru's Geophysical Institute": a possessive after the connector belongs to what follows it;
      // a name of two words or more does not take it in ("Bank of England's" still joins).
      const connectorJoins =
        NAME_CONNECTORS.has(next.text) &&
        after !== undefined &&
        capitalisedAt(j + 1) &&
        JOINING_GAP.test(text.slice(next.end, after.start)) &&
        !(run.length >= 2 && POSSESSIVE_END.test(after.text));
      if (!connectorJoins) break;
      run.push(next, after);
      j += 2;
    }
    if (isShoutedLine(run.map((word) => word.text))) {
      i = j;
      continue;
    }
    const atSentenceStart = i === 0 || i === openingAfterDateline;
    // A title before a name is not part of it: "Russian Foreign Minister Sergei Lavrov" → "Sergei Lavrov".
    let lastTitle = -1;
    run.forEach((word, k) => {
      // A title stands apart from the name: "Pan-American" is no "Pan" (Polish "Mr") before "American".
      if (k < run.length - 1 && HONORIFICS.has(latinFold(word.text)) && /^\s+$/u.test(text.slice(word.end, run[k + 1]!.start))) lastTitle = k;
    });
    // "Secretary of State John Kerry": the "of State" belongs to the title when a name follows it.
    if (lastTitle >= 0 && lastTitle + 3 < run.length && NAME_CONNECTORS.has(run[lastTitle + 1]!.text)) lastTitle += 2;
    if (lastTitle >= 0) run.splice(0, lastTitle + 1);
    // Drop capitalised function words that open a sentence or run ("The White House" → "White House").
    while (run.length > 0 && (NAME_CONNECTORS.has(foldDiacritics(run[0]!.text)) || stopwords.has(foldDiacritics(run[0]!.text)))) run.shift();
    while (run.length > 0 && NAME_CONNECTORS.has(foldDiacritics(run[run.length - 1]!.text))) run.pop();
    if (run.length > 0) {
      const surface = text.slice(run[0]!.start, run[run.length - 1]!.end);
      const key = entityKey(run.map((word) => word.text));
      const calendar = run.length === 1 && (CALENDAR_WORDS.has(key) || MONTHS[key] !== undefined);
      // An abbreviated title alone ("Dr." of "said Dr. Ana Ruiz", whose full stop ends the run) is no name.
      const bareTitle = run.length === 1 && HONORIFICS.has(key) && text[run[0]!.end] === '.';
      if (key.length > 1 && !calendar && !bareTitle && !(run.length === 1 && stopwords.has(key))) {
        const opensRun = atSentenceStart && run[0] === first;
        const mention: EntityMention = { text: stripPossessive(surface), key, sentence, initialSingle: opensRun && run.length === 1 };
        mentions.push(opensRun && run.length > 1 ? { ...mention, opener: openerOf(text, run, stopwords) } : mention);
      }
    }
    i = j;
  }
  return mentions;
}

function openerOf(text: string, run: readonly WordToken[], stopwords: ReadonlySet<string>): SentenceOpener | undefined {
  const viaConnector = NAME_CONNECTORS.has(run[1]!.text);
  const rest = run.slice(viaConnector ? 2 : 1);
  while (rest.length > 0 && (NAME_CONNECTORS.has(foldDiacritics(rest[0]!.text)) || stopwords.has(foldDiacritics(rest[0]!.text)))) rest.shift();
  if (rest.length === 0) return undefined;
  const key = entityKey(rest.map((word) => word.text));
  if (key.length <= 1 || (rest.length === 1 && stopwords.has(key))) return undefined;
  return { word: entityKey([run[0]!.text]), viaConnector, rest: { text: stripPossessive(text.slice(rest[0]!.start, rest[rest.length - 1]!.end)), key } };
}

/**
 * A name opening a sentence loses a first word joined by a connector when no name in the article holds that word away
 * from a sentence's start: it was capitalised by its position ("Dozens of Dutch", "Residents of Arequipa"). "Bank of
 * England" stays when the article names the Bank of England mid-sentence too, and "John Kerry" is never cut.
 * Dropping also a first word the article writes in lower case elsewhere ("Ракета Ariane") cost ECB+ 0.908 → 0.900,
 * so it is not done.
 */
export function resolveOpeners(mentions: readonly EntityMention[]): EntityMention[] {
  const heldInside = new Set<string>();
  for (const mention of mentions) {
    if (mention.initialSingle) continue;
    for (const word of (mention.opener?.rest.key ?? mention.key).split(' ')) heldInside.add(word);
  }
  return mentions.map((mention) => {
    const opener = mention.opener;
    if (opener === undefined) return mention;
    const positional = opener.viaConnector && !heldInside.has(opener.word);
    return positional ? { text: opener.rest.text, key: opener.rest.key, sentence: mention.sentence, initialSingle: false } : mention;
  });
}

/** Whether any term of a tagged document carries one of `tags`. */
function hasTag(doc: ReturnType<typeof nlp>, tags: readonly string[]): boolean {
  for (const sentence of doc.docs) for (const term of sentence) for (const tag of tags) if (term.tags?.has(tag) === true) return true;
  return false;
}

/**
 * Types a name with compromise (English lexicon and patterns); 'other' when it recognises nothing. `people()`,
 * `places()` and `organizations()` find something exactly when a term is tagged Person, Place or Address, or
 * Organization (their patterns start at any such term and only split what they match); reading the tags skips their
 * three match sweeps, 2% of the bench's time. Checked on 26,391 names (bench, ECB+ and PAC capitalised runs): the same
 * kind for every one.
 */
export function kindFromCompromise(name: string): EntityKind {
  const doc = nlp(name);
  if (hasTag(doc, ['Person'])) return 'person';
  if (hasTag(doc, ['Place', 'Address'])) return 'place';
  if (hasTag(doc, ['Organization'])) return 'organization';
  return 'other';
}

const COMPROMISE = nlp.model() as unknown as {
  one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents?: string[] }> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
};

/** Whether a compromise tag is `kind`'s tag or one under it in compromise's tag tree ("MaleName" → "Person"). */
function tagIs(tag: string, kind: string): boolean {
  return tag === kind || (Object.hasOwn(COMPROMISE.one.tagSet, tag) && COMPROMISE.one.tagSet[tag]!.parents?.includes(kind) === true);
}

/** The tags compromise's lexicon gives a phrase; own entries only ("constructor" is a name, not Object's member). */
function lexiconTags(phrase: string): readonly string[] {
  if (!Object.hasOwn(COMPROMISE.one.lexicon, phrase)) return [];
  const tags = COMPROMISE.one.lexicon[phrase];
  return typeof tags === 'string' ? [tags] : Array.isArray(tags) ? tags : [];
}

/**
 * Types a name from compromise's own lexicon and tag tree, without running its tagger: a word or pair of words it
 * knows as a first name, last name or title makes a person ("Sergei Lavrov"), one it knows as a city, region or country
 * a place ("Southern California"), one it knows as an organisation, or a last word such as "Agency" or "Bank", an
 * organisation; a first or last word such as "Gulf" or "Island" a place. Tagging each name cost about 0.4 ms, so
 * ingest typed one name per article; a lookup costs about 0.02 ms and types every name. On the 3,339 distinct ECB+
 * and PAC names not typed by cue words it gives compromise's tagger's kind for 94.6% (3,159).
 */
export function kindFromLexicon(name: string): EntityKind {
  const words = name.toLowerCase().replace(/['’]s$/u, '').split(/[\s-]+/u).filter((word) => word.length > 0);
  if (words.length === 0) return 'other';
  const tags: string[] = [...lexiconTags(words.join(' '))];
  words.forEach((word, i) => {
    tags.push(...lexiconTags(word));
    if (i + 1 < words.length) tags.push(...lexiconTags(`${word} ${words[i + 1]}`));
  });
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (words.length > 1) {
    if (tags.includes('Honorific')) tags.push('Person');
    if (Object.hasOwn(COMPROMISE.two.orgWords, last)) tags.push('Organization');
    if (Object.hasOwn(COMPROMISE.two.placeWords, last) || Object.hasOwn(COMPROMISE.two.placeWords, first)) tags.push('Place');
  }
  if (tags.some((tag) => tagIs(tag, 'Person'))) return 'person';
  if (tags.some((tag) => tagIs(tag, 'Place'))) return 'place';
  if (tags.some((tag) => tagIs(tag, 'Organization'))) return 'organization';
  return 'other';
}

/** Types a name by its last word ('... Bank', '... County'); 'other' when no cue fits. */
export function kindFromCues(key: string): EntityKind {
  const last = key.split(' ').pop() ?? '';
  if (ORGANIZATION_CUES.has(last)) return 'organization';
  if (PLACE_CUES.has(last)) return 'place';
  return 'other';
}

export type MergeOptions = {
  readonly minMentions: number;
  readonly leadSentences: number;
  /** Folded words seen in lower case in the text: a sentence-initial "Police" is then a word, not a name. */
  readonly lowercaseWords: ReadonlySet<string>;
  /** Types a merged entity; called once per distinct key. */
  readonly kindOf: (key: string, text: string) => EntityKind;
};

/**
 * Names of more than one word by their last word, each list in the order given: one pass over the names, where each
 * one-word name filtered all of them (splitting every key again) to find those it ends.
 */
function namesByLastWord<T extends { readonly key: string }>(names: readonly T[]): Map<string, T[]> {
  const byLastWord = new Map<string, T[]>();
  for (const name of names) {
    const space = name.key.lastIndexOf(' ');
    if (space < 0) continue;
    const last = name.key.slice(space + 1);
    const list = byLastWord.get(last);
    if (list === undefined) byLastWord.set(last, [name]);
    else list.push(name);
  }
  return byLastWord;
}

const isShouted = (form: string): boolean => form.length > 1 && SHOUTED_WORD.test(form.replace(/[\s\p{P}]+/gu, ''));

/** Merges mentions by key, folds a lone surname into the full name, keeps the ones mentioned enough or early. */
export function mergeMentions(mentions: readonly EntityMention[], options: MergeOptions): Entity[] {
  type Tally = { key: string; forms: Map<string, number>; count: number; first: number };
  const tallies = new Map<string, Tally>();
  // A lone capitalised word that only ever opens sentences ("Traders said…") is a common noun, not a name.
  const seenMidSentence = new Set(mentions.filter((mention) => !mention.initialSingle).flatMap((mention) => mention.key.split(' ')));
  for (const mention of mentions) {
    if (mention.initialSingle && (options.lowercaseWords.has(mention.key) || !seenMidSentence.has(mention.key))) continue;
    const key = mention.key;
    let tally = tallies.get(key);
    if (tally === undefined) {
      tally = { key, forms: new Map(), count: 0, first: mention.sentence };
      tallies.set(key, tally);
    }
    tally.count++;
    tally.forms.set(mention.text, (tally.forms.get(mention.text) ?? 0) + 1);
    tally.first = Math.min(tally.first, mention.sentence);
  }
  // "Kerry" after "John Kerry" is the same person: credit the longest name ending (or starting) with it.
  const byLastWord = namesByLastWord([...tallies.values()]);
  for (const tally of [...tallies.values()]) {
    if (tally.key.includes(' ')) continue;
    const owner = [...(byLastWord.get(tally.key) ?? [])].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))[0];
    if (owner === undefined) continue;
    owner.count += tally.count;
    owner.first = Math.min(owner.first, tally.first);
    tallies.delete(tally.key);
  }
  // Most mentioned first, so a limited typing budget goes to the names that matter.
  const kept = [...tallies.values()]
    .filter((tally) => tally.count >= options.minMentions || tally.first < options.leadSentences)
    .sort((a, b) => b.count - a.count || a.first - b.first || (a.key < b.key ? -1 : 1));
  return kept.map((tally): Entity => {
    // A form in capitals comes last: "REYKJAVIK" of a dateline is Reykjavik where the text writes it so.
    const text = [...tally.forms.entries()].sort((a, b) => Number(isShouted(a[0])) - Number(isShouted(b[0])) || b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? tally.key;
    return { text, key: tally.key, kind: options.kindOf(tally.key, text), count: tally.count, first_sentence: tally.first };
  });
}

