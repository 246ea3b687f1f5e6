// Speakers of quotations in Chinese text, where no capital marks a name: the name written straight before a speech
// verb, either side of the quotation ("“……，”比利亚努埃瓦说", "罗莎·基斯佩说：“……”", "王芳表示，“……”").
import { latinFold } from '../../analyze/index.ts';
import { namedAttribution, type ScriptAttribution } from './script-attribution.ts';

/** Verbs that report speech, longest first so "补充说" is not read as "说". */
const SPEECH_VERB = '(?:对记者说|告诉记者|补充说|补充道|说道|表示|指出|强调|透露|坦言|直言|称|说)';
/** A name transliterated from another language: its parts joined by a middle dot ("豪尔赫·比利亚努埃瓦"). */
const DOTTED_NAME = /\p{Script=Han}+(?:[·・]\p{Script=Han}+)+$/u;
/** "他说", "她表示": the last speaker named. */
const PRONOUN = /(?:他|她)$/u;
/**
 * The most common Chinese surnames: a name written without spaces starts at one, so "市场商贩王芳" gives "王芳" and not
 * "贩王芳". A name with a rarer surname is left unattributed rather than cut wrong.
 */
const SURNAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习']);
/** A transliterated given name is this long at most: "豪尔赫", "罗莎", "埃马纽埃尔". */
const MAX_GIVEN_NAME = 5;
/** Words that end the text before a transliterated name: a role or a place ("内政部长", "市场商贩", "卡马纳一名"). */
const BEFORE_GIVEN_NAME = /[长员人者家贩商官的名位在和与是国市省区县队手师生]/u;


/** Transliterated names an article writes in full, by their last part ("比利亚努埃瓦" → "豪尔赫·比利亚努埃瓦"). */
export type FullNames = ReadonlyMap<string, string>;

const DOTTED_NAMES = /\p{Script=Han}+(?:[·・]\p{Script=Han}+)+/gu;

/** The transliterated names a text writes in full, by their last part (the first full form of each). */
export function fullNamesIn(text: string): FullNames {
  const names = new Map<string, string>();
  for (const [written] of text.matchAll(DOTTED_NAMES)) {
    const name = transliteratedName(written);
    const last = name.split(/[·・]/u).pop()!;
    if (!names.has(last)) names.set(last, name);
  }
  return names;
}

/** The words before a speech verb just after a quotation's close ("，”比利亚努埃瓦说"). */
const SPEAKER_AFTER_QUOTE = new RegExp(`^[，,。]?\\s*(\\p{Script=Han}[\\p{Script=Han}·・]{0,20}?)${SPEECH_VERB}`, 'u');
/** The words before a speech verb just before a quotation's opening ("罗莎·基斯佩说：“"). */
const SPEAKER_BEFORE_QUOTE = new RegExp(`(\\p{Script=Han}[\\p{Script=Han}·・]{0,20}?)${SPEECH_VERB}[：:，,]?\\s*$`, 'u');

/** The speaker named after a quotation's close ("，”比利亚努埃瓦说") or before its opening ("罗莎·基斯佩说：“"). */
export function hanAttribution(paragraph: string, open: number, close: number | null, fullNames: FullNames): ScriptAttribution {
  if (close !== null) {
    const after = SPEAKER_AFTER_QUOTE.exec(paragraph.slice(close + 1));
    const found = after === null ? null : speakerEndingAt(after[1]!, fullNames);
    if (found !== null) return found;
  }
  const before = SPEAKER_BEFORE_QUOTE.exec(paragraph.slice(0, open));
  return before === null ? null : speakerEndingAt(before[1]!, fullNames);
}

/** The name that ends `text` (the words before a speech verb), if one does. */
function speakerEndingAt(text: string, fullNames: FullNames): ScriptAttribution {
  if (PRONOUN.test(text)) return { kind: 'pronoun' };
  const dotted = DOTTED_NAME.exec(text)?.[0];
  if (dotted !== undefined) return named(transliteratedName(dotted));
  // A transliterated name the article gave in full, written again by its last part.
  for (const [last, full] of fullNames) if (text.endsWith(last)) return named(full);
  for (const length of [3, 2]) {
    const name = text.slice(-length);
    if (name.length === length && SURNAMES.has(name[0]!)) return named(name);
  }
  return null;
}

/**
 * Characters that start the words after a name in running text (a verb, a preposition, a particle: "比利亚努埃瓦对记者表示",
 * "基斯佩说"), which transliterations do not use.
 */
const AFTER_NAME = /[对说表在和与的是称指等告认宣向将已也还就于为被从同跟今昨周]/u;

/**
 * A transliterated name without the role or place written into its first part ("内政部长豪尔赫·…" → "豪尔赫·…") and the
 * words run into its last ("…·比利亚努埃瓦对记者表示" → "…·比利亚努埃瓦").
 */
function transliteratedName(written: string): string {
  const parts = written.split(/[·・]/u);
  const last = parts[parts.length - 1]!;
  const cut = last.search(AFTER_NAME);
  if (cut > 0) parts[parts.length - 1] = last.slice(0, cut);
  const given = parts[0]!;
  let start = Math.max(0, given.length - MAX_GIVEN_NAME);
  for (let k = given.length - 1; k >= start; k--) {
    if (BEFORE_GIVEN_NAME.test(given[k]!)) {
      start = k + 1;
      break;
    }
  }
  parts[0] = given.slice(start);
  return parts.filter((part) => part.length > 0).join('·');
}

/** A transliterated name is keyed by its last part, which reports write alone after the first mention. */
function named(name: string): ScriptAttribution {
  const parts = name.split(/[·・]/u);
  return namedAttribution(name, latinFold(parts[parts.length - 1]!));
}
