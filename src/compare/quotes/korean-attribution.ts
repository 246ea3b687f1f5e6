// Speakers of quotations in Korean, where no capital marks a name: a quotation closes with the quotative (라)고 and a
// speech verb ('"……"라고 말했다', '"……"고 밝혔다'), and its speaker is the sentence's topic or subject, the words up to the
// first one that takes 은/는/이/가 ('존 케리 미 국무장관은 "……"라고 말했다'), less the titles Korean writes after a name.
import { namedAttribution, sentenceBefore, type ScriptAttribution } from './script-attribution.ts';

/** After the closing mark: the quotative, up to three words ("기자들에게"), then a speech verb. */
const QUOTATIVE_AFTER = /^["”’]?\s*(?:이?라)?고\s*(?:\S+\s+){0,3}?(?:말했|밝혔|강조했|설명했|덧붙였|전했|지적했|주장했|말한|밝힌|강조한|설명한)/u;
/** A word carrying the topic particle, and one carrying the subject particle (which ends many nouns too: 국가, 나이). */
const TOPIC_WORD = /^(\S+?)(?:은|는)[,，]?$/u;
const SUBJECT_WORD = /^(\S+?)(?:이|가)[,，]?$/u;
/** Pronouns as topic ("그는" he, "그녀는" she): the last speaker. */
const PRONOUN = /^(?:그|그녀|이들|그들)$/u;
/** Titles after a name, and the one-syllable country before a title ("미 국무장관": the US secretary of state). */
const TITLE = /^(?:국무장관|외무장관|외교부|장관|대통령|부통령|총리|대변인|의원|위원장|대표|총재|회장|사장|시장|지사|씨|교수|감독|미|러|중|일|한|북|영|프|독)$/u;
const SENTENCE_END = /[.!?。](?=\s|$)/gu;

/** The speaker of a Korean quotation closed by (라)고 and a speech verb: its sentence's topic, else the last speaker. */
export function koreanAttribution(paragraph: string, open: number, close: number | null): ScriptAttribution {
  if (close === null || !QUOTATIVE_AFTER.test(paragraph.slice(close))) return null;
  const sentence = sentenceBefore(paragraph, open, SENTENCE_END);
  const words = sentence.trim().split(/\s+/u);
  const marker = words.some((word) => TOPIC_WORD.test(word)) ? TOPIC_WORD : SUBJECT_WORD;
  const topic = words.findIndex((word) => marker.test(word));
  if (topic < 0) return { kind: 'pronoun' };
  const phrase = [...words.slice(0, topic), marker.exec(words[topic]!)![1]!];
  if (phrase.length === 1 && PRONOUN.test(phrase[0]!)) return { kind: 'pronoun' };
  while (phrase.length > 0 && TITLE.test(phrase[phrase.length - 1]!)) phrase.pop();
  // The name is the last words before the title: "존 케리"; the words before it say when, where or to whom
  // ("이날 회견에서", "9일", "한편,"), with a particle, a figure or a comma.
  const nameWords: string[] = [];
  for (let k = phrase.length - 1; k >= 0 && nameWords.length < MAX_NAME_WORDS; k--) {
    const word = phrase[k]!;
    if (NOT_IN_NAME.test(word)) break;
    nameWords.unshift(word);
  }
  const name = nameWords.join(' ');
  return /\p{Script=Hangul}/u.test(name) ? namedAttribution(name) : null;
}

/** Korean writes a person's name in one word, a foreign name in two or three. */
const MAX_NAME_WORDS = 3;
/** A word with a case particle, a figure or a comma after it is no part of a name. */
const NOT_IN_NAME = /(?:에서|에게|에|을|를|으로|로|와|과|의|도|만)$|\d|[,，]$/u;
