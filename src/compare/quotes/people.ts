// The people an article names: capitalised name runs split into title and name ("US Secretary of State | John
// Kerry"), resolved to the analysis's full names ("Mr Kerry" → "John Kerry"), with titles and genders they imply.
import type { Analysis, Entity } from '../../model/analysis.ts';
import { isShoutedLine, kindFromCompromise } from '../../analyze/entities.ts';
import { countryNames } from '../../analyze/country-names.ts';
import {
  CAPITALISES_NOUNS,
  GENDERED_TITLES,
  GERMAN_DETERMINERS,
  INSTITUTION_WORDS,
  NAME_ABBREVIATIONS,
  NAME_CONNECTORS,
  NOT_NAMES,
  ROLE_DETERMINERS,
  SPEECH_VERBS,
  TITLE_PHRASE_LINKS,
  isTitleWord,
  type Gender,
} from '../vocabulary.ts';
import type { Token } from './tokens.ts';

/** One mention of a name in the text (outside quotations). */
export type NameRun = {
  /** Token indices of the whole run, titles included (inclusive). */
  readonly first: number;
  readonly last: number;
  readonly titles: readonly string[];
  /** Resolved match key ("john kerry") and display name ("John Kerry"). */
  readonly key: string;
  readonly name: string;
  readonly possessive: boolean;
  readonly sentence: number;
  readonly start: number;
};

export type Resolved = { readonly key: string; readonly name: string };

export type People = {
  readonly runs: readonly NameRun[];
  /** The run covering a token, if any. */
  runAt(token: number): NameRun | undefined;
  isPerson(key: string): boolean;
  genderOf(key: string): Gender | null;
  /** Marks a name as a person's (it was seen speaking). */
  markPerson(key: string): void;
  /** The latest person before `offset` whose titles include `role` ("minister"). */
  lastWithRole(role: string, offset: number): NameRun | undefined;
  /** The first person named in a sentence before `offset` (its subject, in most news sentences). */
  subjectOf(sentence: number, offset: number): NameRun | undefined;
};

const PARTICLE_NAME = /^(?:al|el|bin|ibn|de|van|von|da)[-‐]\p{Lu}/u;
const WHITESPACE_ONLY = /^\s+$/u;

function nameLike(token: Token): boolean {
  return !token.quoted && (token.capital || PARTICLE_NAME.test(token.text)) && !/^\d/u.test(token.text);
}

/** Whether a token follows the one before it across plain spacing (no punctuation between). */
export function joins(token: Token): boolean {
  return WHITESPACE_ONLY.test(token.gap);
}

const COMMA_ONLY = /^\s*,\s*$/u;
/** Whether a comma alone stands between a token and the one before it ("Its spokesman, Pieter van Dam"). */
export function followsComma(token: Token): boolean {
  return COMMA_ONLY.test(token.gap);
}

/** Words a title phrase may hold after its title word: "The Minister of the Interior, Jorge Villanueva". */
const TITLE_PHRASE_WORDS = 5;
/** A capitalised word behind an elided French article: "Le ministre de l’Intérieur". */
const ELIDED_CAPITAL = /^[ld][’']\p{Lu}/u;

/**
 * "Its spokesman, Pieter van Dam, said", "El ministro del Interior, Jorge Villanueva, precisó": a title (or a title
 * phrase ending in what it is the title of) set off by a comma before a name is that person's title too, so a later
 * "the minister said" or "declaró el ministro" finds them.
 */
function appositiveTitle(tokens: readonly Token[], head: number): string[] {
  if (!followsComma(tokens[head]!)) return [];
  const titles: string[] = [];
  for (let k = head - 1; k >= Math.max(0, head - 1 - TITLE_PHRASE_WORDS); k--) {
    const token = tokens[k]!;
    if (token.quoted || (k < head - 1 && !joins(tokens[k + 1]!))) break;
    if (isTitleWord(token.fold)) titles.push(token.fold);
    else if (!token.capital && !ELIDED_CAPITAL.test(token.text) && !NAME_CONNECTORS.has(token.fold) && !TITLE_PHRASE_LINKS.has(token.fold)) break;
  }
  return titles;
}

const PERIOD_THEN_SPACE = /^\.\s+$/u;
/** A US politician's party and state, written after the name: "D-Calif.", "R-NC", "I-Vt.". */
const PARTY_AND_STATE = /^[DRI]-\p{Lu}[\p{L}.]{0,5}$/u;
/** The state of a party and state written apart, as tokenized text has it: "McConnell , R - Ky. , said". */
function afterPartyLetter(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return before !== undefined && /^[DRI]$/u.test(before.text) && /^\s*-\s*$/u.test(tokens[at]!.gap) && tokens[at]!.text.length <= 5;
}

/** A word in capitals of two to four letters ("США", "UN", "EU"). */
const ACRONYM = /^\p{Lu}{2,4}$/u;
/** Longest abbreviated title written with a period ("Dr.", "Prof.", "Gen."): longer words end sentences. */
const ABBREVIATION_MAX_LENGTH = 4;

/** "Dr. Ana Ruiz": a short title with a period joins the name after it (the sentence splitter may have cut there). */
export function joinsAfterAbbreviation(previous: Token, next: Token): boolean {
  return (
    PERIOD_THEN_SPACE.test(next.gap) && previous.capital && previous.text.length <= ABBREVIATION_MAX_LENGTH &&
    (isTitleWord(previous.fold) || NAME_ABBREVIATIONS.has(previous.fold)) && nameLike(next)
  );
}

/** Whether the token at `at` is the first of its sentence. */
export function opensSentenceAt(tokens: readonly Token[], at: number): boolean {
  return at === 0 || tokens[at - 1]!.sentence !== tokens[at]!.sentence;
}

/**
 * Where the capitalised run starting at `i` ends: across plain spaces, a title's or an initial's full stop, and
 * connectors before more name ("Bashar al-Assad", "Secretary of State"); a possessive ends it unless the name after it
 * is an institution's ("Sudanese People's Liberation Army"). Where nouns are capitalised, a lone article is no
 * connector: "Angaben der Bundesanstalt" is two nouns and a genitive, while "von der Leyen" joins across two connectors.
 */
function runEnd(tokens: readonly Token[], i: number, nounsCapitalised: boolean): number {
  let j = i;
  for (;;) {
    while (!tokens[j]!.possessive) {
      const next = tokens[j + 1];
      if (next !== undefined && (joinsAfterAbbreviation(tokens[j]!, next) || (j > i && joinsAfterInitial(tokens[j]!, next)))) {
        j++;
        continue;
      }
      if (next === undefined || !joins(next) || next.sentence !== tokens[j]!.sentence) break;
      if (nameLike(next)) {
        j++;
        continue;
      }
      const after = tokens[j + 2];
      if (next.fold === 'of' && endsBeforeAffiliation(tokens, i, j)) break;
      const article = nounsCapitalised && GERMAN_DETERMINERS.has(next.fold);
      if (!article && NAME_CONNECTORS.has(next.fold) && after !== undefined && nameLike(after) && joins(after)) {
        j += 2;
        continue;
      }
      // Two connectors: "Dirección de Hidrografía de la Marina", "Ludwig van der Rohe".
      const third = tokens[j + 3];
      if (NAME_CONNECTORS.has(next.fold) && after !== undefined && NAME_CONNECTORS.has(after.fold) && joins(after) && third !== undefined && nameLike(third) && joins(third)) {
        j += 3;
        continue;
      }
      break;
    }
    const owned = tokens[j]!.possessive ? institutionOwnedAt(tokens, j) : -1;
    if (owned < 0) return j;
    j = owned;
  }
}


/** After a possessive ending a name at `at`: the last token of the institution's name that follows, or -1. */
function institutionOwnedAt(tokens: readonly Token[], at: number): number {
  let end = at;
  while (end + 1 < tokens.length && nameLike(tokens[end + 1]!) && joins(tokens[end + 1]!) && tokens[end + 1]!.sentence === tokens[at]!.sentence) {
    end++;
    if (tokens[end]!.possessive) break;
  }
  return end > at && INSTITUTION_WORDS.has(tokens[end]!.fold) ? end : -1;
}

/** "Rogelio V. Solis": a middle initial inside a name joins the name after it ("V." is no sentence end). */
function joinsAfterInitial(previous: Token, next: Token): boolean {
  return PERIOD_THEN_SPACE.test(next.gap) && previous.capital && previous.text.length === 1 && nameLike(next);
}

/**
 * "Maria Lopez of Orin University": at "of", a run that already holds a person's name (two or more words after any
 * title, not introduced by "the") ends, and what follows is an affiliation, not more name. "Secretary of State",
 * "Bank of England" and "the University of Orin" hold fewer name words, or a determiner, and stay whole.
 */
function endsBeforeAffiliation(tokens: readonly Token[], first: number, last: number): boolean {
  if (ROLE_DETERMINERS.has(tokens[first]!.fold) || (first > 0 && ROLE_DETERMINERS.has(tokens[first - 1]!.fold))) return false;
  let nameWords = 0;
  for (let k = first; k <= last; k++) {
    const fold = tokens[k]!.fold;
    if (isTitleWord(fold)) nameWords = 0;
    else if (!NAME_CONNECTORS.has(fold) && !NOT_NAMES.has(fold)) nameWords++;
  }
  return nameWords >= 2;
}

/**
 * A name right before a speech verb ("harbor master Denise Okafor said") that analysis left untyped (named once, after
 * the lead) is typed here, so a following "she said" finds her; only such names, as typing costs a tagger pass each.
 */
function speaksNext(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && !next.quoted && joins(next) && SPEECH_VERBS.has(next.fold);
}

/**
 * The same for a name that is its sentence's subject (only capitalised words, as "Finland's", before it) and whose
 * sentence goes on to a speech verb past an apposition ("Lucía Benavides, a seismologist at the Institute, said …"):
 * left untyped, the "she said" after it went to the last person quoted before.
 */
function speaksInItsSentence(tokens: readonly Token[], head: number, last: number): boolean {
  const sentence = tokens[head]!.sentence;
  for (let k = head - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) if (!tokens[k]!.capital) return false;
  for (let k = last + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const token = tokens[k]!;
    if (!token.quoted && !token.capital && SPEECH_VERBS.has(token.fold)) return true;
  }
  return false;
}

/** The tagger's answer per name: a story's articles name the same speakers, and a comparison reads them all. */
const personNames = new Map<string, boolean>();
const MAX_PERSON_NAMES = 10_000;

function isPersonName(name: string): boolean {
  let known = personNames.get(name);
  if (known === undefined) {
    if (personNames.size >= MAX_PERSON_NAMES) personNames.clear();
    known = kindFromCompromise(name) === 'person';
    personNames.set(name, known);
  }
  return known;
}

export function createPeople(tokens: readonly Token[], analysis: Analysis): People {
  const english = analysis.language === 'en';
  // German capitalises its nouns: "Die Frachtraten" opening a sentence is an article and a noun, not a name.
  const nounsCapitalised = CAPITALISES_NOUNS.has(analysis.language ?? '');
  const lowerCaseFolds = new Set(nounsCapitalised ? tokens.filter((token) => !token.capital).map((token) => token.fold) : []);
  const countries = countryNames(analysis.language);
  const byKey = new Map<string, Entity>();
  const byLastWord = new Map<string, Entity[]>();
  for (const entity of analysis.entities) {
    byKey.set(entity.key, entity);
    const last = entity.key.split(' ').pop() ?? entity.key;
    const list = byLastWord.get(last) ?? [];
    list.push(entity);
    byLastWord.set(last, list);
  }
  for (const list of byLastWord.values()) {
    list.sort((a, b) => Number(b.kind === 'person') - Number(a.kind === 'person') || b.key.split(' ').length - a.key.split(' ').length || b.count - a.count);
  }
  // Full names the text itself introduces ("John Kerry"), so a later "Mr Kerry" finds them even when the analysis
  // kept only the surname; filled in the first pass below.
  const fullNames = new Map<string, Resolved>();
  const resolve = (words: readonly Token[]): Resolved => {
    const key = words.map((word) => word.fold).join(' ');
    const exact = byKey.get(key);
    if (exact !== undefined && exact.key.includes(' ')) return { key: exact.key, name: exact.text };
    const last = words[words.length - 1]?.fold ?? key;
    const introduced = fullNames.get(last);
    if (introduced !== undefined && (words.length === 1 || introduced.key.endsWith(key))) return introduced;
    // A lone surname takes the analysis's full name; a full name stays as written (the analysis may have kept a title).
    const owner = words.length === 1 ? byLastWord.get(last)?.[0] : undefined;
    if (owner !== undefined && owner.key.includes(' ')) return { key: owner.key, name: owner.text };
    if (exact !== undefined) return { key: exact.key, name: exact.text };
    // An initial or abbreviation keeps its full stop ("Rogelio V. Solis", "St. Brendan").
    const written = (word: Token, k: number) =>
      PERIOD_THEN_SPACE.test(words[k + 1]?.gap ?? '') ? `${word.text}.` : k < words.length - 1 ? word.text : word.text.replace(/['’]s?$/u, '');
    return { key, name: words.map(written).join(' ') };
  };

  const runs: NameRun[] = [];
  const runOfToken = new Map<number, NameRun>();
  const persons = new Set<string>();
  const genders = new Map<string, Gender>();
  const titlesOf = new Map<string, Set<string>>();

  type Found = { head: number; j: number; words: Token[]; lastTitle: number; nameWords: Token[] };
  const found: Found[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    if (!nameLike(first)) {
      i++;
      continue;
    }
    const j = runEnd(tokens, i, nounsCapitalised);
    // Lower-case titles just before the run belong to it ("the foreign minister Sergei Lavrov").
    let head = i;
    while (head > 0 && isTitleWord(tokens[head - 1]!.fold) && !tokens[head - 1]!.quoted && joins(tokens[head]!)) head--;
    const words = tokens.slice(head, j + 1);
    let lastTitle = -1;
    words.forEach((word, k) => {
      if (k < words.length - 1 && isTitleWord(word.fold)) lastTitle = k;
    });
    // "Minister of Energy Ingrid Halvorsen": "of Energy" belongs to the title when a name of two words or more follows it.
    if (lastTitle >= 0 && words[lastTitle + 1]?.fold === 'of' && words.length - (lastTitle + 3) >= 2) lastTitle += 2;
    const nameWords = words.slice(lastTitle + 1);
    while (nameWords.length > 0 && (NAME_CONNECTORS.has(nameWords[0]!.fold) || NOT_NAMES.has(nameWords[0]!.fold) || (nounsCapitalised && GERMAN_DETERMINERS.has(nameWords[0]!.fold)))) nameWords.shift();
    // A sentence's capitalised first word that the article also writes in lower case is a word, not a name's
    // ("Nach Angaben …" where "nach Basel" is written too); in German it would otherwise join the noun after it.
    if (nounsCapitalised && nameWords.length > 1 && nameWords[0] === tokens[head] && opensSentenceAt(tokens, head) && lowerCaseFolds.has(nameWords[0]!.fold)) nameWords.shift();
    // "министр иностранных дел России Сергей Лавров", "Госсекретарь США Джон Керри": a country (inflected) or, after a
    // title, an acronym before a full name is whom the person serves, as "US" is in "US Secretary of State John Kerry".
    while (nameWords.length > 2 && (countries.keyOf(nameWords[0]!.fold) !== undefined || (lastTitle >= 0 && ACRONYM.test(nameWords[0]!.text)))) nameWords.shift();
    // A letter alone is an abbreviation's ("U.S.", "H.B. 1125"), and a party and state ("D-Calif.", "R-NC") says where
    // a person sits, not who: neither is a name.
    const single = nameWords.length === 1 ? nameWords[0]!.text : null;
    const partyAndState = single !== null && (PARTY_AND_STATE.test(single) || afterPartyLetter(tokens, head));
    if ((nameWords.length > 1 && !isShoutedLine(nameWords.map((word) => word.text))) || (single !== null && single.length > 1 && !partyAndState)) {
      found.push({ head, j, words, lastTitle, nameWords });
    }
    i = j + 1;
  }
  for (const { nameWords } of found) {
    if (nameWords.length < 2) continue;
    const last = nameWords[nameWords.length - 1]!.fold;
    const full = resolve(nameWords);
    const known = fullNames.get(last);
    if (known === undefined || full.key.split(' ').length > known.key.split(' ').length) fullNames.set(last, full);
  }
  for (const { head, j, words, lastTitle, nameWords } of found) {
    const titles = [...words.slice(0, lastTitle + 1).map((word) => word.fold).filter((fold) => isTitleWord(fold)), ...appositiveTitle(tokens, head)];
    const { key, name } = resolve(nameWords);
    const run: NameRun = { first: head, last: j, titles, key, name, possessive: tokens[j]!.possessive, sentence: tokens[head]!.sentence, start: tokens[head]!.start };
    runs.push(run);
    for (let k = head; k <= j; k++) runOfToken.set(k, run);
    if (byKey.get(nameWords.map((word) => word.fold).join(' '))?.kind === 'person' || byKey.get(key)?.kind === 'person') persons.add(key);
    else if (english && nameWords.length >= 2 && !persons.has(key) && (speaksNext(tokens, j) || speaksInItsSentence(tokens, head, j)) && isPersonName(name)) persons.add(key);
    if (titles.length === 0) continue;
    persons.add(key);
    const known = titlesOf.get(key) ?? new Set();
    for (const title of titles) known.add(title);
    titlesOf.set(key, known);
    const gender = titles.map((title) => GENDERED_TITLES[title]).find((implied) => implied !== undefined);
    if (gender !== undefined && !genders.has(key)) genders.set(key, gender);
  }

  return {
    runs,
    runAt: (token) => runOfToken.get(token),
    isPerson: (key) => persons.has(key),
    genderOf: (key) => genders.get(key) ?? null,
    markPerson: (key) => void persons.add(key),
    lastWithRole(role, offset) {
      for (let k = runs.length - 1; k >= 0; k--) {
        const run = runs[k]!;
        // A title ending in the role holds it too: "der Minister" is the Bundesinnenminister named before.
        if (run.start < offset && [...(titlesOf.get(run.key) ?? [])].some((title) => title.endsWith(role))) return run;
      }
      return undefined;
    },
    subjectOf(sentence, offset) {
      return runs.find((run) => run.sentence === sentence && run.start < offset && !run.possessive && persons.has(run.key));
    },
  };
}
