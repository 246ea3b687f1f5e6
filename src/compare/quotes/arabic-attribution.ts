// Speakers of quotations in Arabic text, where no capital marks a name: the phrase a speech verb introduces, before
// the quotation ("وقال وزير الإعلام اليمني، معمر الإرياني، إن «…»", "وقال تبون، في تغريدة: "…"") or after it
// ("…"، قال الإرياني). Arabic drops a subject already named ("وأضاف: "…""): that quotation is the last speaker's.
import { caselessForm, latinFold } from '../../analyze/index.ts';
import type { Resolved } from './people.ts';
import { namedAttribution, sentenceBefore, type ScriptAttribution } from './script-attribution.ts';

/**
 * Verbs that report speech, with the conjunction or preposition Arabic joins to them (و, ف): said, added, stressed,
 * explained, pointed out, declared, went on, noted; and the adverbial forms that open a quotation after a sentence
 * ("مضيفا:" adding, "قائلا:" saying, "مؤكدا:" stressing).
 */
const SPEECH_VERB = String.raw`(?:[وف]?(?:قال|قالت|أضاف|أضافت|اضاف|اضافت|أكد|أكدت|اكد|اكدت|أوضح|أوضحت|اوضح|اوضحت|أشار|أشارت|اشار|اشارت|صرح|صرحت|تابع|تابعت|شدد|شددت|لفت|لفتت|أردف|أردفت|اردف|اردفت)|مضيفا|مضيفاً|قائلا|قائلاً|مؤكدا|مؤكداً)`;

/**
 * What may stand between the verb and its speaker's name ("وأشار إلى", "قال في بيان") and what ends the speaker phrase:
 * "that" (أن, إن, بأن), a preposition opening a circumstance (في, خلال, عبر, ل, أمام, لـ), a colon or a quotation mark.
 */
const PHRASE_END = /\s(?:إن|أن|ان|بأن|بان|في|فى|إلى|الى|خلال|عبر|أمام|امام|على|لوكالة|لقناة|لصحيفة)(?=\s|$)|\s[-–—]\s|[:：«»"“”]/u;
/** Only the last few speech verbs of a sentence are read, and this much text after each: a speaker phrase is short,
 *  and a transcript without full stops is one sentence of thousands of words. */
const MAX_VERBS_READ = 4;
const MAX_PHRASE_CHARS = 240;
/** A speaker phrase is at most this many words: a role and a name ("وزير الخارجية الأمريكي مايك بومبيو"). */
const MAX_PHRASE_WORDS = 7;
/** A name set off by commas after its role runs to this many words ("، صائب عريقات،"). */
const MAX_NAME_WORDS = 4;

/** Speech verbs in the sentence before a quotation, each with the words after it. */
const VERBS_BEFORE_QUOTE = new RegExp(String.raw`(?:^|[\s،,؛])${SPEECH_VERB}(?=[\s:،,])`, 'gu');
const VERB_AFTER_QUOTE = new RegExp(String.raw`^\s*[،,]?\s*${SPEECH_VERB}(?=[\s.،,])([^.؟!«"“]{0,${MAX_PHRASE_CHARS}})`, 'u');
const SENTENCE_END = /[.؟!](?=\s|$)/gu;

/**
 * The speaker named around a quotation in Arabic text: the phrase after a speech verb after it, or before it in its
 * sentence (the nearest verb naming someone: "أعلن … ماكرون …، مضيفا: "…"" is Macron's), else the last speaker when a
 * verb there names no one.
 */
export function arabicAttribution(paragraph: string, open: number, close: number | null): ScriptAttribution {
  const after = close === null ? null : VERB_AFTER_QUOTE.exec(paragraph.slice(close + 1));
  if (after !== null) return speakerOfPhrase(after[1]!);
  const sentence = sentenceBefore(paragraph, open, SENTENCE_END);
  const verbs = [...sentence.matchAll(VERBS_BEFORE_QUOTE)].slice(-MAX_VERBS_READ).reverse();
  let found: ScriptAttribution = null;
  for (const verb of verbs) {
    found = speakerOfPhrase(textAfterVerb(sentence, verb));
    if (found?.kind === 'name') return found;
  }
  return found;
}

/** The text a speech verb's phrase is read from: what follows the verb, as far as a speaker phrase may run. */
function textAfterVerb(sentence: string, verb: RegExpMatchArray): string {
  const start = verb.index! + verb[0].length;
  return sentence.slice(start, start + MAX_PHRASE_CHARS);
}

/** "That" with a pronoun joined to it (إنه, إنها, أنهم …), right after the verb. */
const THAT_WITH_PRONOUN = /^\s*[،,]?\s*(?:إن|أن|ان|بأن)(?:ه|ها|هم|هما|هن|نا|ني)(?=\s|$)/u;
/** "That" opening what a speech verb reports in indirect speech ("وقال الوزير إن …", "وأكد أن …"). */
const THAT = /\s(?:إن|أن|ان|بأن|بان)\s/u;

/**
 * Who a sentence reports the words of in indirect speech, without quotation marks: the speaker a speech verb names
 * before "that" ("وقال وزير الإعلام اليمني، معمر الإرياني، إن التقرير …"); null when no verb of the sentence does.
 */
export function arabicReportedSpeaker(sentence: string): Resolved | null {
  for (const verb of [...sentence.matchAll(VERBS_BEFORE_QUOTE)].slice(0, MAX_VERBS_READ)) {
    const words = textAfterVerb(sentence, verb);
    const that = THAT.exec(words);
    if (that === null || /[:«»"“”]/u.test(words.slice(0, that.index))) continue;
    const found = speakerOfPhrase(words.slice(0, that.index + 1));
    if (found?.kind === 'name') return found.speaker;
  }
  return null;
}

/**
 * The speaker in the words after a speech verb: none (the verb's subject was named before), the name a role sets off
 * with commas ("وزير الإعلام اليمني، معمر الإرياني،"), or the words up to where the phrase ends.
 */
function speakerOfPhrase(words: string): ScriptAttribution {
  // "وقالت إنها …", "وأضاف أنه …": "that" with the pronoun joined to it; the verb's subject was named before.
  if (THAT_WITH_PRONOUN.test(words)) return { kind: 'pronoun' };
  const phrase = words.split(PHRASE_END)[0]!.trim();
  const parts = phrase.split(/\s*[،,]\s*/u).filter((part) => part !== '');
  if (parts.length === 0) return { kind: 'pronoun' };
  // "وزير الإعلام اليمني، معمر الإرياني،": a role, then the name; "طارق فايد، رئيس مجلس الإدارة،": a name, then the role.
  const [first, second] = parts;
  const roleFirst = ROLE_WORD.test(first!) && second !== undefined && wordCount(second) <= MAX_NAME_WORDS && !ROLE_WORD.test(second);
  const speaker = withoutRoleAfter((roleFirst ? second! : first!).replace(HONORIFIC, ''));
  if (speaker === '') return null;
  if (wordCount(speaker) > MAX_PHRASE_WORDS || !/\p{Script=Arabic}/u.test(speaker)) return null;
  return namedAttribution(speaker, latinFold(caselessForm(speaker)));
}

/** Words that open a role rather than a name ("وزير …", "المتحدث باسم …", "رئيس …"). */
const ROLE_WORD = /^(?:ال)?(?:وزير|وزيرة|رئيس|رئيسة|متحدث|متحدثة|ناطق|مدير|مديرة|أمين|امين|عضو|نائب|سفير|قائد|مستشار|محافظ|مسؤول|مسئول|زعيم|ملك|أمير|امير|شيخ)(?=\s|$)/u;
/** A name with its role run on after it, without a comma ("طارق جسارفيتش المتحدث باسم المنظمة"): the name alone. */
function withoutRoleAfter(phrase: string): string {
  const words = phrase.split(/\s+/u);
  const role = words.findIndex((word, k) => k > 0 && ROLE_WORD.test(word));
  return role > 0 ? words.slice(0, role).join(' ') : phrase;
}

/** Honorifics before a name, left out of it ("الدكتور طارق فايد" is Tariq Fayed). */
const HONORIFIC = /^(?:(?:ال)?(?:دكتور|سيد|سيدة|مهندس|أستاذ|استاذ|لواء|عميد|فريق)|د\.)\s+/u;

const wordCount = (text: string): number => text.split(/\s+/u).filter((word) => word !== '').length;
