// Who said it: the speaker phrase next to a speech verb ("Kerry said", "said the minister", "he told reporters",
// "according to X"), resolved from pronouns and roles back to the full name introduced earlier.
import {
  BETWEEN_SPEAKER_AND_VERB,
  COLLECTIVE_SPEAKERS,
  PARTICIPLE_SPEECH_VERBS,
  ROLE_DETERMINERS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  type Gender,
} from '../vocabulary.ts';
import type { People, Resolved } from './people.ts';
import type { Token } from './tokens.ts';
import { COMPARE_CONFIG } from '../config.ts';

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
  | { readonly kind: 'role'; readonly token: number; readonly role: string }
  | { readonly kind: 'collective'; readonly token: number };

const SENTENCE_END = /[.!?]/u;

export function isSpeechVerb(token: Token | undefined): boolean {
  return token !== undefined && !token.quoted && !token.capital && SPEECH_VERBS.has(token.fold);
}

/** The speaker phrase ending at token `at` (reading backwards), if it is one. */
function candidateEndingAt(context: AttributionContext, at: number, floor: number): Candidate | null {
  const { tokens, people } = context;
  const token = tokens[at];
  if (token === undefined || at < floor || token.quoted) return null;
  if (Object.hasOwn(SUBJECT_PRONOUNS, token.fold)) {
    return { kind: 'pronoun', token: at, gender: SUBJECT_PRONOUNS[token.fold] ?? null };
  }
  if (COLLECTIVE_SPEAKERS.has(token.fold)) return { kind: 'collective', token: at };
  const run = people.runAt(at);
  if (run !== undefined && !run.possessive) return { kind: 'name', token: at };
  if (ROLE_NOUNS.has(token.fold)) {
    for (let k = at - 1; k >= Math.max(floor, at - 3); k--) {
      if (ROLE_DETERMINERS.has(tokens[k]!.fold)) return { kind: 'role', token: at, role: token.fold };
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
    if (k > at && SENTENCE_END.test(token.gap)) return null;
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

function resolve(context: AttributionContext, candidate: Candidate): Resolved | null {
  const { tokens, people } = context;
  const token = tokens[candidate.token]!;
  switch (candidate.kind) {
    case 'name': {
      const run = people.runAt(candidate.token)!;
      return { key: run.key, name: run.name };
    }
    case 'pronoun':
      return token.fold === 'they' ? null : resolvePronoun(context, candidate.token, candidate.gender);
    case 'role': {
      const run = people.lastWithRole(candidate.role, token.start);
      return run !== undefined ? { key: run.key, name: run.name } : { key: `the ${candidate.role}`, name: `the ${candidate.role}` };
    }
    case 'collective':
      return { key: token.fold, name: token.text.toLowerCase() };
  }
}

/** `,” Kerry said` / `,” said the minister` / `,” he told reporters` right after a closing mark. */
export function speakerAfter(context: AttributionContext, from: number, paragraph: number): Resolved | null {
  const { tokens } = context;
  const limit = from + COMPARE_CONFIG.attributionWindowTokens;
  for (let v = from; v < Math.min(limit, tokens.length); v++) {
    const token = tokens[v]!;
    if (token.quoted || token.paragraph !== paragraph) return null;
    if (v > from && SENTENCE_END.test(token.gap)) return null;
    if (!isSpeechVerb(token)) continue;
    if (token.fold === 'according') return tokens[v + 1]?.fold === 'to' ? resolveFound(context, candidateStartingAt(context, v + 2, limit + 2)) : null;
    if (v === from) return resolveFound(context, candidateStartingAt(context, v + 1, limit));
    let end = v - 1;
    while (end >= from && BETWEEN_SPEAKER_AND_VERB.has(tokens[end]!.fold)) end--;
    return resolveFound(context, candidateEndingAt(context, end, from));
  }
  return null;
}

/** `Kerry said: “…”`, `Kerry said that ties were “strained”`, `…, saying that “…”`: the verb before an opening mark. */
export function speakerBefore(context: AttributionContext, from: number, to: number): Resolved | null {
  const { tokens, people } = context;
  for (let v = to - 1; v >= from; v--) {
    const token = tokens[v]!;
    if (!isSpeechVerb(token)) continue;
    if (token.fold === 'according') {
      if (tokens[v + 1]?.fold === 'to') return resolveFound(context, candidateStartingAt(context, v + 2, to - 1));
      continue;
    }
    let end = v - 1;
    while (end >= from && BETWEEN_SPEAKER_AND_VERB.has(tokens[end]!.fold)) end--;
    const direct = PARTICIPLE_SPEECH_VERBS.has(token.fold) ? null : resolveFound(context, appositiveSubject(context, end, from) ?? candidateEndingAt(context, end, from));
    if (direct !== null) return direct;
    // "Mr Kerry acknowledged … and said he hoped for a “candid” exchange": the sentence's subject speaks.
    const subject = people.subjectOf(token.sentence, token.start);
    return subject === undefined ? null : { key: subject.key, name: subject.name };
  }
  return null;
}

/** Tokens an apposition may span ("Dr Samuel Mensah, a biologist at Orin University, warned"). */
const APPOSITIVE_MAX_TOKENS = 8;

/**
 * `Name, <apposition>, said`: when a comma closes the phrase before the verb, the speaker is the name before the
 * apposition, not the last name inside it ("Orin University").
 */
function appositiveSubject(context: AttributionContext, end: number, floor: number): Candidate | null {
  const { tokens } = context;
  if (!(tokens[end + 1]?.gap.includes(',') ?? false)) return null;
  for (let k = end; k > Math.max(floor, end - APPOSITIVE_MAX_TOKENS); k--) {
    const token = tokens[k]!;
    if (token.quoted || SENTENCE_END.test(token.gap)) return null;
    if (!token.gap.includes(',')) continue;
    const candidate = candidateEndingAt(context, k - 1, floor);
    return candidate !== null && (candidate.kind === 'name' || candidate.kind === 'pronoun') ? candidate : null;
  }
  return null;
}

function resolveFound(context: AttributionContext, candidate: Candidate | null): Resolved | null {
  return candidate === null ? null : resolve(context, candidate);
}
