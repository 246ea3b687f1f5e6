// Article → its direct quotations (with speakers) and its reported speech. Quotes continued in the same paragraph
// or across paragraphs become one quotation; a quote with no attribution of its own inherits the speaker before it.
import type { Article } from '../../model/article.ts';
import type { Analysis } from '../../model/analysis.ts';
import type { ArticleId } from '../../model/ids.ts';
import { COMPARE_CONFIG } from '../config.ts';
import { bare, droppedSubject, speakerAfter, speakerBefore, speakerOfRun, isSpeechVerb, type AttributionContext, type Speaker } from './attribution.ts';
import { findQuoteSpans, startsWithQuote, type QuoteSpan } from './marks.ts';
import { arabicAttribution, arabicReportedSpeaker } from './arabic-attribution.ts';
import { japaneseAttribution } from './japanese-attribution.ts';
import { koreanAttribution } from './korean-attribution.ts';
import { fullNamesIn, hanAttribution, type FullNames } from './han-attribution.ts';
import type { ScriptAttribution } from './script-attribution.ts';
import { createPeople, opensSentenceAt } from './people.ts';
import { paragraphOffsets, tokenize, type Token } from './tokens.ts';
import { AFTER_TO_RECIPIENT, BEFORE_NOUN, CAPITALISES_NOUNS, DROPS_SUBJECTS, GERMAN_DETERMINERS, QUOTATIVE_PARTICLES, isCalendarName } from '../vocabulary.ts';
import { latinFold } from '../../analyze/index.ts';
import { createLanguageToolbox } from '../../analyze/language.ts';
import { countryNames } from '../../analyze/country-names.ts';
import { countWords, hasUnspacedScript, normaliseAgency } from '../../clean/index.ts';

export type Quote = {
  readonly article_id: ArticleId;
  readonly paragraph: number;
  /** Index of the sentence where it starts. */
  readonly sentence: number;
  /** Indices of the sentences its words lie in, in order (a quotation of several sentences, or continued). */
  readonly sentences: readonly number[];
  /** The same, one list per part between quote marks (so each within a paragraph). */
  readonly passages: readonly (readonly number[])[];
  /** The quoted words; parts of a continued quotation joined by a space. */
  readonly text: string;
  /** The speaker, with the affiliation or role the attribution gives ("Orin University"), if any. */
  readonly speaker: Speaker | null;
  readonly partial: boolean;
};

export type Reported = { readonly article_id: ArticleId; readonly index: number; readonly text: string; readonly speaker: Speaker };

/** A name as the text writes it, in a sentence (for what each outlet names that others do not). */
export type NameMention = { readonly sentence: number; readonly key: string; readonly name: string };

export type ArticleQuotes = {
  readonly quotes: readonly Quote[];
  readonly reported: readonly Reported[];
  /** Names outside quotations, titles stripped; a capitalised first word of a sentence only when named again elsewhere. */
  readonly names: readonly NameMention[];
};

type Located = QuoteSpan & { readonly paragraph: number; readonly base: number };

/** Stopwords per language, to tell a German adjective before a noun from a preposition or verb ending like one. */
const languageTools = createLanguageToolbox();

/** A quotation printed before its attribution ends in a comma that belongs to the sentence, not the speaker. */
const TRAILING_COMMA = /[,;:，；：]\s*$/u;
const WORDS = /[\p{L}\p{N}]+/gu;
const LOWER_START = /^\P{L}*\p{Ll}/u;
/** The text between a sentence start and a full quotation: an attribution ending "said:" or "said,". */
const INTRODUCES_QUOTE = /[:,：，]\s*$/u;

/** Runs of letters and digits; in scripts written without spaces a word per two characters (clean's countWords). */
function wordCount(text: string): number {
  return hasUnspacedScript(text) ? countWords(text) : (text.match(WORDS)?.length ?? 0);
}

/** First token at or after `offset`. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function extractQuotes(article: Article, analysis: Analysis): ArticleQuotes {
  const bases = paragraphOffsets(article);
  const spans: Located[] = article.paragraphs.flatMap((paragraph, index) =>
    findQuoteSpans(paragraph).map((span) => ({ ...span, paragraph: index, base: bases[index] ?? 0 })),
  );
  const tokens = tokenize(article, analysis, spans.map((span) => ({ start: span.base + span.start, end: span.base + span.end })));
  const people = createPeople(tokens, analysis);
  const context: AttributionContext = { tokens, people, lastSpeaker: null };
  const dropsSubjects = DROPS_SUBJECTS.has(analysis.language ?? article.language ?? '');
  const sentenceAt = (offset: number) => analysis.sentences.find((sentence) => sentence.end > offset) ?? analysis.sentences[analysis.sentences.length - 1];
  const sentencesOf = (span: Located) =>
    analysis.sentences.filter((sentence) => sentence.start < span.base + span.end && sentence.end > span.base + span.start).map((sentence) => sentence.index);

  type Draft = { paragraph: number; sentence: number; passages: number[][]; parts: string[]; speaker: Speaker | null; partial: boolean; open: boolean };
  const drafts: Draft[] = [];
  let fullNames: FullNames | undefined;
  spans.forEach((span, k) => {
    const previous = k > 0 ? spans[k - 1] : undefined;
    const paragraphText = article.paragraphs[span.paragraph] ?? '';
    const inner = paragraphText.slice(span.start, span.end).trim();
    const openOffset = span.base + span.open;
    const sentence = sentenceAt(openOffset);
    const sentenceStart = sentence?.start ?? span.base;
    const before = article.text.slice(Math.max(sentenceStart, previous !== undefined && previous.paragraph === span.paragraph ? previous.base + (previous.close ?? previous.end) + 1 : 0), openOffset);
    const partial = LOWER_START.test(inner) || wordCount(inner) < COMPARE_CONFIG.minUnattributedQuoteWords || (wordCount(before) >= 3 && !INTRODUCES_QUOTE.test(before));

    let speaker: Speaker | null = null;
    if (span.close !== null && !/\.\s*$/u.test(inner)) speaker = speakerAfter(context, tokenAt(tokens, span.base + span.close + 1), span.paragraph);
    if (speaker === null) {
      const from = tokenAt(tokens, Math.max(sentenceStart, previous !== undefined && previous.paragraph === span.paragraph && previous.close !== null ? previous.base + previous.close + 1 : sentenceStart));
      speaker = speakerBefore(context, from, tokenAt(tokens, openOffset));
    }
    // "Koca, “…” dedi.", "Erdoğan “…” diye konuştu.": where the verb after the quote ends the sentence (verb-final
    // languages), the person named before the quote speaks.
    const verbFinal = span.close !== null && endsWithSpeechVerb(tokens, tokenAt(tokens, span.base + span.close + 1));
    if (speaker === null && sentence !== undefined && ((INTRODUCES_QUOTE.test(before) && /:\s*$/u.test(before)) || verbFinal)) {
      const subject = people.subjectOf(sentence.index, openOffset);
      if (subject !== undefined) speaker = speakerOfRun(tokens, subject);
    }
    // "“…”, apuntó.", "Y agregó: «…»": no one named in the sentence, in a language that drops a subject named before.
    if (speaker === null && dropsSubjects) {
      const opening = tokenAt(tokens, openOffset);
      if (verbFinal) speaker = droppedSubject(context, tokenAt(tokens, span.base + span.close! + 1));
      else if (/:\s*$/u.test(before) && isSpeechVerb(tokens[opening - 1])) speaker = droppedSubject(context, opening - 1);
    }

    const last = drafts[drafts.length - 1];
    // A few quoted words in Arabic are more often a name (a channel, a programme, "واس") than words someone said.
    if (speaker === null && ARABIC.test(inner) && wordCount(inner) >= COMPARE_CONFIG.minUnattributedQuoteWords) {
      speaker = scriptSpeaker(arabicAttribution(paragraphText, span.open, span.close), context);
    }
    if (speaker === null && KANA.test(paragraphText)) speaker = scriptSpeaker(japaneseAttribution(paragraphText, span.open, span.close), context);
    if (speaker === null && HANGUL.test(paragraphText)) speaker = scriptSpeaker(koreanAttribution(paragraphText, span.open, span.close), context);
    if (speaker === null && HAN.test(inner)) {
      const han = scriptSpeaker(hanAttribution(paragraphText, span.open, span.close, (fullNames ??= fullNamesIn(article.text))), context);
      // "“……，”比利亚努埃瓦说，“……”": the name between the parts attributes both, which are one quotation.
      const samePassage = han !== null && last !== undefined && previous?.paragraph === span.paragraph && last.speaker?.key === han.key;
      if (!samePassage) speaker = han;
    }

    const continuesOpen = last !== undefined && last.open && previous !== undefined && previous.paragraph === span.paragraph - 1 && startsWithQuote(paragraphText);
    // A quotation left open at a paragraph's end goes on in the next paragraph that opens with a quote mark, even
    // when that part names the speaker ("…eleven cables. ¶ "Some have lost…," Berg said.): one quotation, not two.
    if (continuesOpen && speaker !== null && (last.speaker === null || last.speaker.key === speaker.key)) {
      last.parts.push(inner);
      last.passages.push(sentencesOf(span));
      last.open = span.close === null;
      last.speaker = speaker;
      context.lastSpeaker = speaker;
      people.markPerson(speaker.key);
      return;
    }
    const followsInParagraph = last !== undefined && previous !== undefined && previous.paragraph === span.paragraph && !last.partial && !partial;
    const followsParagraph = last !== undefined && previous !== undefined && previous.paragraph === span.paragraph - 1 && startsWithQuote(paragraphText) && !partial;
    if (speaker === null && last !== undefined && (continuesOpen || followsInParagraph)) {
      last.parts.push(inner);
      last.passages.push(sentencesOf(span));
      last.open = span.close === null;
      return;
    }
    if (speaker === null && last !== undefined && followsParagraph) speaker = last.speaker;
    if (speaker !== null) {
      context.lastSpeaker = speaker;
      people.markPerson(speaker.key);
    }
    if (speaker === null && partial && wordCount(inner) < COMPARE_CONFIG.minUnattributedQuoteWords) return;
    drafts.push({ paragraph: span.paragraph, sentence: sentence?.index ?? 0, passages: [sentencesOf(span)], parts: [inner], speaker, partial, open: span.close === null });
  });

  const quotes: Quote[] = drafts.map((draft) => ({
    article_id: article.id,
    paragraph: draft.paragraph,
    sentence: draft.sentence,
    sentences: [...new Set(draft.passages.flat())],
    passages: draft.passages,
    text: draft.parts.map((part) => part.trim().replace(TRAILING_COMMA, '').trimEnd()).join(' … '),
    speaker: draft.speaker,
    partial: draft.partial,
  }));
  const keyCounts = new Map<string, number>();
  for (const run of people.runs) keyCounts.set(run.key, (keyCounts.get(run.key) ?? 0) + 1);
  // A lone word opening sentences is a name only if analysis found it one: "El ministro …", "Die Polizei …" open
  // sentences again and again with a capitalised article, which analysis knows as a stopword of the language.
  const entityKeys = new Set(analysis.entities.map((entity) => entity.key));
  // The outlet's own name and the agencies it credits are provenance, not names it reports ("ВАШИНГТОН, 9 августа —
  // Вечерняя газета.", "Kerry said, The Associated Press reported").
  const outletKey = article.source === null ? '' : latinFold(article.source);
  const credited = new Set(article.agencies);
  // A credit no agency table knows ("NWS" of a "COPENHAGEN (NWS) –" dateline) is the agencies list's own spelling.
  const creditedKeys = new Set(article.agencies.map((agency) => latinFold(agency)));
  const isOwnCredit = (name: string, key: string): boolean =>
    (outletKey !== '' && (key === outletKey || (outletKey.startsWith(`${key} `) && key.length >= MIN_OUTLET_WORD_CHARS))) ||
    (credited.size > 0 && (credited.has(normaliseAgency(name) ?? '') || creditedKeys.has(key)));
  const capitalisedNouns = CAPITALISES_NOUNS.has(analysis.language ?? article.language ?? '');
  const stopwords = languageTools(analysis.language ?? article.language ?? null).stopwords;
  const countries = countryNames(analysis.language);
  const names = people.runs
    .filter((run) => {
      const opensSentence = opensSentenceAt(tokens, run.first);
      if (isCalendarName(run.key) || isOwnCredit(run.name, run.key)) return false;
      // The noun a possessive name owns ("St. Brendan's Church", "Kerry's Office") is no name of its own; a surname the
      // article gives in full elsewhere ("Russia's Lavrov") has resolved to that full name.
      if (run.first === run.last && !opensSentence && !run.key.includes(' ') && tokens[run.first - 1]!.possessive && /^\s+$/u.test(tokens[run.first]!.gap)) return false;
      if (capitalisedNouns && run.titles.length === 0 && isCommonNounPosition(tokens, loneNameWord(tokens, run), stopwords)) return false;
      // Nor is a lone capitalised word there that the analysis did not keep as a name (mentioned once, after the lead):
      // "so wenig Wasser", "seit Monatsbeginn", "für Rohstoffe" are nouns without a determiner before them.
      if (capitalisedNouns && !run.key.includes(' ') && run.titles.length === 0 && !entityKeys.has(run.key) && countries.keyOf(run.key) === undefined) return false;
      return !opensSentence || run.titles.length > 0 || run.key.includes(' ') || ((keyCounts.get(run.key) ?? 0) > 1 && entityKeys.has(run.key));
    })
    .map((run) => ({ sentence: run.sentence, key: run.key, name: run.name }));
  return { quotes, reported: findReportedSpeech(article, analysis, context, spans), names };
}

const HAN = /\p{Script=Han}/u;
const ARABIC = /\p{Script=Arabic}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;

/** The speaker a Chinese, Japanese, Korean or Arabic attribution names (`hanAttribution`, `japaneseAttribution`, `koreanAttribution`, `arabicAttribution`), or, where it names no one ("他说", "「……」と述べた", "وأضاف:"), the last speaker. */
function scriptSpeaker(found: ScriptAttribution, context: AttributionContext): Speaker | null {
  if (found === null) return null;
  if (found.kind === 'pronoun') return context.lastSpeaker === null ? null : bare(context.lastSpeaker);
  return bare(found.speaker);
}

/** Whether the tokens from `at` are a speech verb (after a quotative particle) that ends its sentence. */
function endsWithSpeechVerb(tokens: readonly Token[], at: number): boolean {
  const verb = QUOTATIVE_PARTICLES.has(tokens[at]?.fold ?? '') ? at + 1 : at;
  const after = tokens[verb + 1];
  return isSpeechVerb(tokens[verb]) && (after === undefined || after.sentence !== tokens[verb]!.sentence || after.paragraph !== tokens[verb]!.paragraph);
}

/** The first word of an outlet's name counts as the outlet only this long ("Вечерняя" of "Вечерняя газета", not "The"). */
const MIN_OUTLET_WORD_CHARS = 4;

/** The token of a run's one name word past a determiner ("Viele Schiffe" is "Schiffe"), or -1 when it has more or none. */
function loneNameWord(tokens: readonly Token[], run: { readonly first: number; readonly last: number }): number {
  let found = -1;
  for (let k = run.first; k <= run.last; k++) {
    if (GERMAN_DETERMINERS.has(tokens[k]!.fold)) continue;
    if (found !== -1) return -1;
    found = k;
  }
  return found;
}

/**
 * A lone capitalised word after an article, a possessive, a quantity word or a number (and perhaps an adjective) is,
 * in German, a common noun ("sein Haus", "in dieser Galerie", "84 Jahre", "ein internationales Gericht", "viele
 * Schiffe"), not a name the outlet adds; so is one after a declined adjective alone ("flachere Schiffe", "zusätzliche
 * Güterzüge"), which a name seldom follows: not after a word ending like one that is a stopword ("gegen Russland",
 * "über Berlin") or a verb's past ("besuchte Paris"). Names after articles ("die Bundeswehr") are lost from the list
 * of names too; a name written in two words or with a title stays. The words before must be in its sentence.
 */
function isCommonNounPosition(tokens: readonly Token[], at: number, stopwords: ReadonlySet<string>): boolean {
  const noun = tokens[at];
  if (noun === undefined) return false;
  const inSentence = (token: Token | undefined): token is Token => token !== undefined && token.sentence === noun.sentence && !token.quoted;
  const determines = (token: Token | undefined) => inSentence(token) && (GERMAN_DETERMINERS.has(token.fold) || /^\d/u.test(token.text));
  const before = tokens[at - 1];
  if (determines(before)) return true;
  if (!inSentence(before) || before.capital || !DECLINED_ADJECTIVE.test(before.fold)) return false;
  // An adjective declined between them: "ein internationales Gericht", "die französische Kriminalpolizei".
  return determines(tokens[at - 2]) || (!stopwords.has(before.text.toLowerCase()) && !VERB_PAST.test(before.fold));
}
const DECLINED_ADJECTIVE = /\p{L}{2,}(?:e|en|er|es|em)$/u;
/** "besuchte", "kritisierten": a verb's past, before its object. */
const VERB_PAST = /ten?$/u;

/**
 * Reported speech is told in full sentences: a subheading ("Company says offer is generous", "Baltic states watching")
 * has no full stop, and its "says" or "states" is a headline's.
 */
export const ENDS_SENTENCE = /[.!?…。！？]["'”’»」)\]]*\s*$/u;

/**
 * A speech verb that reports what was said: not "reported" (an outlet crediting another), not a noun of the same form
 * ("as states such as Texas have banned…"), and not one taking an infinitive ("Democrats promised to do", "is said to
 * be"): that is a commitment or a rumour, not a report.
 */
function reportsSpeechAt(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (!isSpeechVerb(token) || token!.fold === 'reported') return false;
  const previous = tokens[k - 1];
  if (previous !== undefined && !previous.quoted && BEFORE_NOUN.has(previous.fold)) return false;
  const next = tokens[k + 1];
  const after = tokens[k + 2];
  return !(next?.fold === 'to' && after !== undefined && !after.capital && !AFTER_TO_RECIPIENT.has(after.fold));
}

/**
 * Whether a quotation opened before the sentence and runs into it: the sentence is the tail of a quotation of several
 * sentences ("Some roads are closed», declaró el ministro."), its speech verb the quotation's attribution, not a report.
 */
function opensBefore(span: Located, sentence: { readonly start: number }): boolean {
  return span.base + span.open < sentence.start && span.base + span.end > sentence.start;
}

/** Sentences that report what someone said without quoting it whole ("Kerry said that both had played hockey"). */
function findReportedSpeech(article: Article, analysis: Analysis, context: AttributionContext, spans: readonly Located[]): Reported[] {
  const { tokens } = context;
  const reported: Reported[] = [];
  for (const sentence of analysis.sentences) {
    const quotedWords = spans
      .filter((span) => span.base + span.open >= sentence.start && span.base + span.open < sentence.end)
      .reduce((sum, span) => sum + wordCount((article.paragraphs[span.paragraph] ?? '').slice(span.start, span.end)), 0);
    const words = wordCount(sentence.text);
    if (quotedWords * 2 > words || !ENDS_SENTENCE.test(sentence.text) || spans.some((span) => opensBefore(span, sentence))) continue;
    const from = tokenAt(tokens, sentence.start);
    const to = tokenAt(tokens, sentence.end);
    let hasVerb = false;
    for (let k = from; k < to; k++) if (reportsSpeechAt(tokens, k)) hasVerb = true;
    if (!hasVerb) {
      // Arabic reports most speech indirectly, with no name a capital marks ("وقال الوزير … إن …").
      const arabic = ARABIC.test(sentence.text) ? arabicReportedSpeaker(sentence.text) : null;
      if (arabic !== null) reported.push({ article_id: article.id, index: sentence.index, text: sentence.text, speaker: bare(arabic) });
      continue;
    }
    const speaker = speakerBefore(context, from, to);
    if (speaker !== null) reported.push({ article_id: article.id, index: sentence.index, text: sentence.text, speaker });
  }
  return reported;
}
