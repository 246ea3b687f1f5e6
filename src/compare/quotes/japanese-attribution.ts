// Speakers of quotations in Japanese, where no capital or space marks a name: a quotation closes with the quotative と
// and a speech verb ("「……」と述べた", "「……」と、ケリー氏は語った"), and its speaker is the sentence's topic or subject,
// the phrase before は or が ("ケリー国務長官は記者団に「……」と語った"), without the titles and honorifics Japanese
// writes after a name.
import { namedAttribution, sentenceBefore, type ScriptAttribution } from './script-attribution.ts';

/** Speech verbs after the quotative と, in the forms news writes them (past, polite, continuing, plain). */
const SPEECH_VERB = '(?:付け加え|述べ|語っ|語り|語る|話し|話す|強調し|強調する|説明し|説明する|明らかにし|指摘し|指摘する|訴え|訴える|答え|答える|発言し|主張し|主張する|表明し|強調|説明|指摘)';
/** After the closing mark: と, an optional "、Xは" naming the speaker, a few words ("記者団に"), then the verb. */
const QUOTATIVE_AFTER = new RegExp(`^[」』]?\\s*と[、,]?\\s*(?:([^。、「」]{1,20}?)(?:は|が)[、,]?\\s*)?[^。「」]{0,16}?${SPEECH_VERB}`, 'u');
/** The sentence's topic or subject before the quotation: the words before its first は or が, after any clause set off
 *  before them ("一方、ラブロフ外相は"). */
const TOPIC = /([^。、「」]{1,24}?)(?:は|が)[、,]?/u;
const SENTENCE_END = /[。！？]/gu;

/** Titles and honorifics written after a name, longest first: "ケリー国務長官" is Kerry, "岸田首相" Kishida. */
const TITLE_AFTER_NAME = /(?:国務長官|官房長官|外務大臣|報道官|委員長|大統領|副大統領|首相|外相|長官|大臣|知事|市長|社長|会長|議員|代表|総裁|監督|教授|容疑者|被告|氏|さん)$/u;

/**
 * The speaker of a Japanese quotation: it must close with と and a speech verb; the speaker is named after the と or is
 * the topic of the quotation's sentence, else the last speaker (a sentence that names no one: "「……」と述べた").
 */
export function japaneseAttribution(paragraph: string, open: number, close: number | null): ScriptAttribution {
  if (close === null) return null;
  const after = QUOTATIVE_AFTER.exec(paragraph.slice(close));
  if (after === null) return null;
  if (after[1] !== undefined) return named(after[1]);
  const sentence = sentenceBefore(paragraph, open, SENTENCE_END);
  const topic = TOPIC.exec(sentence.trim());
  return topic === null ? { kind: 'pronoun' } : named(topic[1]!);
}

/** The name in a topic phrase: after its last の ("米国のケリー国務長官"), without the title after it. */
function named(phrase: string): ScriptAttribution {
  const name = phrase.split('の').pop()!.trim().replace(TITLE_AFTER_NAME, '');
  // "同外相", "同氏": the minister, the person just named.
  if (name === '同') return { kind: 'pronoun' };
  return /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(name) ? namedAttribution(name) : null;
}
