// Who said it: the speaker phrase next to a speech verb ("Kerry said", "said the minister", "he told reporters",
// "according to X"), resolved from pronouns and roles back to the full name introduced earlier.
import {
  BETWEEN_SPEAKER_AND_VERB,
  COLLECTIVE_SPEAKERS,
  OBJECT_PREPOSITIONS,
  PARTICIPLE_SPEECH_VERBS,
  ROLE_DETERMINERS,
  ADDRESSEE_VERBS,
  AUXILIARIES,
  ENGLISH_DETERMINERS,
  isCalendarName,
  isRoleNoun,
  isTitleWord,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  type Gender,
} from '../vocabulary.ts';
import { followsComma, joins, joinsAfterAbbreviation, type NameRun, type People, type Resolved } from './people.ts';
import type { Token } from './tokens.ts';
import { COMPARE_CONFIG } from '../config.ts';

/** Who said it, with the affiliation or role the attribution writes beside the name ("Orin University", "a spokesman for the ministry"). */
export type Speaker = Resolved & { readonly affiliation: string | null };

/** What the speaker rules read: the article's tokens and people, and the last speaker resolved so far. */
export type AttributionContext = {
  readonly tokens: readonly Token[];
  readonly people: People;
  lastSpeaker: Resolved | null;
};

/** A speaker phrase found next to a verb, before resolution. */
type Candidate =
  | { readonly kind: 'name'; readonly token: number }
  | { readonly kind: 'pronoun'; readonly token: number; readonly gender: Gender | null }
  | { readonly kind: 'role'; readonly token: number; readonly role: string; readonly determiner: string }
  | { readonly kind: 'collective'; readonly token: number };

const SENTENCE_END = /[.!?]/u;
/** An abbreviation's full stop before a comma ("McConnell, R-Ky., said") ends no sentence. */
const STOP_THEN_COMMA = /^\s*\.\s*,/u;
const endsSentence = (gap: string): boolean => SENTENCE_END.test(gap) && !STOP_THEN_COMMA.test(gap);
/** A closing quote mark followed by a sentence's end ("…».", "…”. "). */
const STOP_AFTER_CLOSING_MARK = /["”»“’']\s*[.!?]/u;
/** Punctuation that closes an apposition (", a spokesman for the ministry, said"). */
const PHRASE_END = /[,.;:!?()]/u;
const WHITESPACE_ONLY = /^\s+$/u;
/** Words linking a name to where the person works ("Maria Lopez of Orin University", "Ana Ruiz from the Institute"). */
const AFFILIATION_LINKS: ReadonlySet<string> = new Set(['of', 'from', 'at']);
/** Longest role apposition read after a name (", a senior adviser to the health minister in Orin"). */
const APPOSITION_MAX_TOKENS = 10;

/** The words of tokens `from`…`to` as written. */
function phrase(tokens: readonly Token[], from: number, to: number): string {
  let text = tokens[from]!.text;
  for (let k = from + 1; k <= to; k++) text += tokens[k]!.gap.replace(/\s+/gu, ' ') + tokens[k]!.text;
  return text;
}

/**
 * What follows a speaker's name and says where they work or what they are: "of/from/at [the] Orin University"
 * (a capitalised run) or ", a spokesman for the ministry" (an apposition holding a role word or a name).
 */
function affiliationAfter(tokens: readonly Token[], last: number): string | null {
  const link = tokens[last + 1];
  if (link === undefined || link.quoted) return null;
  if (AFFILIATION_LINKS.has(link.fold) && WHITESPACE_ONLY.test(link.gap)) {
    let start = last + 2;
    if (tokens[start]?.fold === 'the' && !tokens[start]!.capital) start++;
    const first = tokens[start];
    if (first === undefined || first.quoted || !first.capital || !WHITESPACE_ONLY.test(first.gap)) return null;
    let end = start;
    while (end + 1 < tokens.length) {
      const next = tokens[end + 1]!;
      if (next.quoted || !WHITESPACE_ONLY.test(next.gap)) break;
      if (next.capital) end++;
      else if (AFFILIATION_LINKS.has(next.fold) && tokens[end + 2]?.capital === true && WHITESPACE_ONLY.test(tokens[end + 2]!.gap)) end += 2;
      else break;
    }
    return phrase(tokens, start, end);
  }
  if (!/^\s*,\s*$/u.test(link.gap) || !(ROLE_DETERMINERS.has(link.fold) || isTitleWord(link.fold))) return null;
  let end = last + 1;
  let telling = isTitleWord(link.fold) || isRoleNoun(link.fold);
  while (end + 1 < tokens.length && end - last < APPOSITION_MAX_TOKENS) {
    const next = tokens[end + 1]!;
    if (next.quoted || PHRASE_END.test(next.gap) || isSpeechVerb(next)) break;
    end++;
    telling ||= next.capital || isTitleWord(next.fold) || isRoleNoun(next.fold);
  }
  return telling ? phrase(tokens, last + 1, end) : null;
}

/** A name run as a speaker, with the affiliation written after it. */
export function speakerOfRun(tokens: readonly Token[], run: NameRun): Speaker {
  return { key: run.key, name: run.name, affiliation: affiliationAfter(tokens, run.last) };
}

/**
 * "Maria Lopez of Orin University said": the run before the verb is the affiliation; the speaker is the person
 * run linked to it by "of/from/at [the]".
 */
function personBeforeAffiliation(context: AttributionContext, run: NameRun, floor: number): NameRun | undefined {
  const { tokens, people } = context;
  let k = run.first - 1;
  if (k >= floor && tokens[k]!.fold === 'the' && WHITESPACE_ONLY.test(tokens[run.first]!.gap)) k--;
  const link = tokens[k];
  if (k - 1 < floor || link === undefined || !AFFILIATION_LINKS.has(link.fold) || link.quoted || !WHITESPACE_ONLY.test(link.gap)) return undefined;
  const person = people.runAt(k - 1);
  return person !== undefined && !person.possessive && person.last === k - 1 ? person : undefined;
}

export function isSpeechVerb(token: Token | undefined): boolean {
  return token !== undefined && !token.quoted && !token.capital && SPEECH_VERBS.has(token.fold);
}


/** The speaker phrase ending at token `at` (reading backwards), if it is one. */
function candidateEndingAt(context: AttributionContext, at: number, floor: number): Candidate | null {
  const { tokens, people } = context;
  const token = tokens[at];
  if (token === undefined || at < floor || token.quoted) return null;
  // Italian "il" is French "he" and an article: before a role ("il ministro") it is the article.
  const next = tokens[at + 1];
  const beforeRole = next !== undefined && (isRoleNoun(next.fold) || isTitleWord(next.fold));
  if (Object.hasOwn(SUBJECT_PRONOUNS, token.fold) && !beforeRole) {
    return { kind: 'pronoun', token: at, gender: SUBJECT_PRONOUNS[token.fold] ?? null };
  }
  if (COLLECTIVE_SPEAKERS.has(token.fold)) return { kind: 'collective', token: at };
  const run = people.runAt(at);
  // German capitalises role nouns: "sagte der Minister", "ein Sprecher der Polizei" name a role, not a person called
  // Minister ("der Minister Horst Seehofer" is Horst Seehofer: the title is not part of that run's key).
  const capitalisedRole =
    run !== undefined && run.first === at && isRoleNoun(token.fold) && run.key.split(' ')[0] === token.fold && ROLE_DETERMINERS.has(tokens[at - 1]?.fold ?? '');
  // A month or weekday is no speaker ("Women's March said", "said Monday").
  if (run !== undefined && !run.possessive && !capitalisedRole && !isCalendarName(run.key)) return { kind: 'name', token: personBeforeAffiliation(context, run, floor)?.last ?? at };
  if (isRoleNoun(token.fold)) {
    for (let k = at - 1; k >= Math.max(floor, at - 3); k--) {
      if (ROLE_DETERMINERS.has(tokens[k]!.fold)) return { kind: 'role', token: at, role: token.fold, determiner: tokens[k]!.fold };
    }
  }
  return null;
}

/** The speaker phrase starting at token `at` (reading forwards: "said the minister", "according to analyst John Smith"). */
function candidateStartingAt(context: AttributionContext, at: number, ceiling: number): Candidate | null {
  const { tokens } = context;
  for (let k = at; k <= Math.min(ceiling, at + 3); k++) {
    const token = tokens[k];
    if (token === undefined || token.quoted) return null;
    // A name opening the next sentence is not who spoke ('"…" dedi. Erdoğan ise …').
    if (k > 0 && endsSentence(token.gap) && !joinsAfterAbbreviation(tokens[k - 1]!, token)) return null;
    // Languages without articles name the role right after the verb: "powiedział minister zdrowia".
    if (k === at && isRoleNoun(token.fold) && isSpeechVerb(tokens[k - 1]) && context.people.runAt(k) === undefined) {
      return { kind: 'role', token: k, role: token.fold, determiner: 'the' };
    }
    const found = candidateEndingAt(context, k, at);
    if (found !== null) return found;
  }
  return null;
}

function compatible(people: People, key: string, gender: Gender | null): boolean {
  const known = people.genderOf(key);
  return gender === null || known === null || known === gender;
}

/** The person a pronoun at token `at` points back to: the subject of the nearest sentence naming one. */
function resolvePronoun(context: AttributionContext, at: number, gender: Gender | null): Resolved | null {
  const { tokens, people } = context;
  const token = tokens[at]!;
  const here = people.subjectOf(token.sentence, token.start);
  if (here !== undefined && compatible(people, here.key, gender)) return here;
  for (let sentence = token.sentence - 1; sentence >= Math.max(0, token.sentence - COMPARE_CONFIG.pronounLookbackSentences); sentence--) {
    const subject = people.subjectOf(sentence, Number.POSITIVE_INFINITY);
    if (subject !== undefined && compatible(people, subject.key, gender)) return subject;
  }
  const last = context.lastSpeaker;
  return last !== null && compatible(people, last.key, gender) ? last : null;
}

/** The person a speech verb without a subject at token `at` speaks for, in a language that drops subjects
 *  (`DROPS_SUBJECTS`): resolved as a pronoun of either gender is. */
export function droppedSubject(context: AttributionContext, at: number): Speaker | null {
  const resolved = context.lastSpeaker ?? resolvePronoun(context, at, null);
  return resolved === null ? null : bare(resolved);
}

/** A speaker the attribution names without saying where they work ("he said", "the minister said"). */
export function bare(resolved: Resolved): Speaker {
  return { key: resolved.key, name: resolved.name, affiliation: null };
}

function resolve(context: AttributionContext, candidate: Candidate): Speaker | null {
  const { tokens, people } = context;
  const token = tokens[candidate.token]!;
  switch (candidate.kind) {
    case 'name':
      return speakerOfRun(tokens, people.runAt(candidate.token)!);
    case 'pronoun': {
      const resolved = token.fold === 'they' ? null : resolvePronoun(context, candidate.token, candidate.gender);
      return resolved === null ? null : bare(resolved);
    }
    case 'role': {
      // "said the association's president, Marco Salas": the name set off after the role is the speaker.
      const named = appositiveName(context, candidate.token);
      if (named !== undefined) return speakerOfRun(tokens, named);
      const run = people.lastWithRole(candidate.role, token.start);
      // Unresolved, the role is the speaker as the article's language writes it ("the minister", "el ministro", "der Minister").
      const article = ENGLISH_DETERMINERS.has(candidate.determiner) ? 'the' : candidate.determiner;
      const name = `${article} ${token.capital ? token.text : candidate.role}`;
      return bare(run !== undefined ? run : { key: `${article} ${candidate.role}`, name });
    }
    case 'collective':
      return bare({ key: token.fold, name: token.text.toLowerCase() });
  }
}

/** `,” Kerry said` / `,” said the minister` / `,” he told reporters` right after a closing mark. */
export function speakerAfter(context: AttributionContext, from: number, paragraph: number): Speaker | null {
  const { tokens } = context;
  const opening = context.people.runAt(from);
  const setOff = opening !== undefined && opening.first === from && (tokens[opening.last + 1]?.gap.includes(',') ?? false);
  const limit = from + (setOff ? COMPARE_CONFIG.appositiveWindowTokens : COMPARE_CONFIG.attributionWindowTokens);
  // "… necesario». Asimismo, resaltó que …": a full stop after the closing mark ends the quote's sentence, and what
  // follows attributes something else (languages that set the stop outside the marks).
  if (tokens[from] !== undefined && STOP_AFTER_CLOSING_MARK.test(tokens[from]!.gap)) return null;
  for (let v = from; v < Math.min(limit, tokens.length); v++) {
    const token = tokens[v]!;
    if (token.quoted || token.paragraph !== paragraph) return null;
    // "…," Mr. Villanueva said: the full stop of a title is no sentence end.
    if (v > from && endsSentence(token.gap) && !joinsAfterAbbreviation(tokens[v - 1]!, token)) return null;
    if (!isSpeechVerb(token)) continue;
    if (token.fold === 'according') return tokens[v + 1]?.fold === 'to' ? resolveFound(context, candidateStartingAt(context, v + 2, limit + 2)) : null;
    if (v === from || (v === from + 1 && AUXILIARIES.has(tokens[from]!.fold))) return resolveFound(context, candidateStartingAt(context, v + 1, limit));
    let end = v - 1;
    while (end >= from && BETWEEN_SPEAKER_AND_VERB.has(tokens[end]!.fold)) end--;
    return resolveFound(context, appositiveSubject(context, end, from) ?? candidateEndingAt(context, end, from));
  }
  return null;
}

/** `Kerry said: “…”`, `Kerry said that ties were “strained”`, `…, saying that “…”`: the verb before an opening mark. */
export function speakerBefore(context: AttributionContext, from: number, to: number): Speaker | null {
  const { tokens, people } = context;
  for (let v = to - 1; v >= from; v--) {
    const token = tokens[v]!;
    if (namesQuoteAt(tokens, v, to)) {
      // Only a person (or "he", "the minister") right before it names the thing: "a measure dubbed the “Stop WOKE
      // Act”" and "Dishonestly called “Medicare for All”" are no one's words.
      const namer = candidateEndingAt(context, v - 1, from);
      const person = namer !== null && (namer.kind !== 'name' || people.isPerson(people.runAt(namer.token)?.key ?? ''));
      if (person) return resolveFound(context, namer);
      continue;
    }
    if (!isSpeechVerb(token)) continue;
    if (token.fold === 'according') {
      if (tokens[v + 1]?.fold === 'to') return resolveFound(context, candidateStartingAt(context, v + 2, to - 1));
      continue;
    }
    // "sagte der Kanzler: „…“", "said Kerry: “…”", "dijo el ministro: «…»": the speaker named right after the verb.
    const inverted = speakerNamedAfter(context, v, to);
    if (inverted !== null) return resolveFound(context, inverted);
    let end = v - 1;
    while (end >= from && BETWEEN_SPEAKER_AND_VERB.has(tokens[end]!.fold)) end--;
    const found = PARTICIPLE_SPEECH_VERBS.has(token.fold) ? null : appositiveSubject(context, end, from) ?? candidateEndingAt(context, end, from);
    const direct = found === null || isPrepositionalObject(context, found) ? null : resolveFound(context, found);
    if (direct !== null) return direct;
    // "Mr Kerry acknowledged … and said he hoped for a “candid” exchange": the sentence's subject speaks.
    const subject = people.subjectOf(token.sentence, token.start);
    if (subject !== undefined) return speakerOfRun(tokens, subject);
    // A verb with no speaker may sit inside what an earlier one reports ("X, said the company had promised…"): try that.
  }
  return null;
}

/**
 * Verbs that name a thing in the speaker's words ("Sanne de Groot called the offer “a guarantee with an expiry date”",
 * "what Norway's minister called “the first real step”"): an attribution only a few words before the quote itself,
 * for "called" is as often "called for" or "called off".
 */
const NAMING_VERBS: ReadonlySet<string> = new Set(['called', 'calls', 'dubbed', 'termed']);
const NAMING_REACH_TOKENS = 4;

function namesQuoteAt(tokens: readonly Token[], v: number, to: number): boolean {
  const token = tokens[v]!;
  return NAMING_VERBS.has(token.fold) && !token.quoted && !token.capital && to - v <= NAMING_REACH_TOKENS && tokens[to]?.quoted === true;
}

/** The name right after a role and a comma ("the president, Marco Salas"), if any. */
function appositiveName(context: AttributionContext, role: number): NameRun | undefined {
  const next = context.tokens[role + 1];
  if (next === undefined || next.quoted || !followsComma(next)) return undefined;
  const run = context.people.runAt(role + 1);
  return run !== undefined && run.first === role + 1 && !run.possessive ? run : undefined;
}



/** A name, or an article and a role noun, right after the verb at `v` and ending where the quote is introduced. */
function speakerNamedAfter(context: AttributionContext, v: number, to: number): Candidate | null {
  const { tokens, people } = context;
  const next = tokens[v + 1];
  // "told Fox News: “…”", "asked reporters": after these verbs comes who was told ("said Monday:" names a day, which
  // candidateEndingAt turns down).
  if (next === undefined || v + 1 >= to || next.quoted || !joins(next) || ADDRESSEE_VERBS.has(tokens[v]!.fold)) return null;
  const run = people.runAt(v + 1);
  const end = run !== undefined && run.first === v + 1 ? run.last : ROLE_DETERMINERS.has(next.fold) && isRoleNoun(tokens[v + 2]?.fold ?? '') ? v + 2 : -1;
  if (end < 0 || end + 1 !== to) return null;
  return candidateEndingAt(context, end, v + 1);
}

/** The word right before a candidate name, when only a space parts them ("for" of "bound for Rotterdam"). */
function wordBeforeName(context: AttributionContext, candidate: Candidate): string | undefined {
  if (candidate.kind !== 'name') return undefined;
  const first = context.people.runAt(candidate.token)?.first ?? candidate.token;
  return joins(context.tokens[first]!) ? context.tokens[first - 1]?.fold : undefined;
}

/**
 * A name found before a verb that a preposition governs ("bound for Rotterdam had asked"): no subject, so no speaker.
 * So is a place set off after such a name: "Ground controllers in Darmstadt, Germany, confirmed contact" has no named
 * speaker, and "Germany" is where Darmstadt is.
 */
function isPrepositionalObject(context: AttributionContext, candidate: Candidate): boolean {
  if (OBJECT_PREPOSITIONS.has(wordBeforeName(context, candidate) ?? '')) return true;
  if (candidate.kind !== 'name') return false;
  const first = context.people.runAt(candidate.token)?.first ?? candidate.token;
  const token = context.tokens[first]!;
  if (!followsComma(token) || context.people.runAt(first - 1) === undefined) return false;
  return isPrepositionalObject(context, { kind: 'name', token: first - 1 });
}

/** Tokens an apposition may span ("Dr Samuel Mensah, a biologist at Orin University, warned"). */
const APPOSITIVE_MAX_TOKENS = 12;

/**
 * `Name, <apposition>, said`: when a comma closes the phrase before the verb, the speaker is the name before the
 * apposition, not the last name inside it ("Orin University").
 */
function appositiveSubject(context: AttributionContext, end: number, floor: number): Candidate | null {
  const { tokens } = context;
  if (!(tokens[end + 1]?.gap.includes(',') ?? false)) return null;
  for (let k = end; k > Math.max(floor, end - APPOSITIVE_MAX_TOKENS); k--) {
    const token = tokens[k]!;
    if (token.quoted || endsSentence(token.gap)) return null;
    if (!token.gap.includes(',')) continue;
    // "The Minister of the Interior, Jorge Villanueva, said": a full name set off alone is the speaker, not the title's
    // last capitalised word before it.
    const set = context.people.runAt(k);
    if (set !== undefined && set.first === k && set.last === end && set.last > set.first) return null;
    const candidate = candidateEndingAt(context, k - 1, floor);
    // "Marianne Duddy-Burke, executive director of DignityUSA, a Catholic LGBTQ organization, told": the name a
    // preposition governs is where the person works; the person is set off further back.
    // "Of" counts here, as "Bank of England" keeps it inside a name, never before one.
    if (candidate !== null && (isPrepositionalObject(context, candidate) || wordBeforeName(context, candidate) === 'of')) continue;
    return candidate !== null && (candidate.kind === 'name' || candidate.kind === 'pronoun') ? candidate : null;
  }
  return null;
}

function resolveFound(context: AttributionContext, candidate: Candidate | null): Speaker | null {
  return candidate === null ? null : resolve(context, candidate);
}
