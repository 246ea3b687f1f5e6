// Settings of the pairwise similarity dimensions. The model weights are fitted to the human scores of the
// SemEval-2022 Task 8 dev pairs in ../shared/data/semeval2022-dev by `node --import tsx src/eval/similarity-fit.ts`,
// which writes similarity-weights.ts; `npm run eval:similarity` prints the Pearson r they reach, in-sample and
// 5-fold cross-validated (the honest number).
import { SIMILARITY_WEIGHTS } from './similarity-weights.ts';
import type { SimilarityModel } from './similarity-model.ts';

export const SIMILARITY_CONFIG = {
  grams: {
    /**
     * Character 4-grams: on the dev pairs, the body cosine alone reaches r 0.654 with `overall` (3-grams 0.594,
     * 5-grams 0.635, stems 0.612), and 0.705 on the German–English pairs, where stems compare nothing.
     */
    size: 4,
    /**
     * The whole-text vector keeps one gram in this many (the same ones in every article): dot products over a
     * story's n² / 2 pairs cost a third as much; the model's cross-validated overall r was unchanged (0.714 with
     * every gram, 0.715 with one in three).
     */
    bodySampleModulus: 3,
    /** Capitalised words in 3-grams: short names ("Kim", "Iran") still give grams; r 0.568 alone, 0.668 cross-lingual. */
    nameSize: 3,
    /** Words shorter than this give no grams (articles, prepositions). */
    minWordLength: 3,
    /** The lead: title plus the first words. 80 words reach r 0.649 alone, nearly the whole text's 0.654. */
    leadWords: 80,
    /** The headline, where a source glues it to the text: about the first 25 words. */
    titleWords: 25,
  },
  /** Time closeness when neither publication times nor dates tell. */
  unknownTime: 0.5,
  timeDecayHours: 72,
  /** Style closeness: weights of length, sentence length and quoting, and the log-ratio spans that count as unlike. */
  style: { length: 0.4, sentence: 0.3, quotes: 0.3, lengthSpan: 3, sentenceSpan: 1.5 },
  /** Per-dimension linear weights over `MODEL_FEATURES` (see similarity-model.ts). */
  model: SIMILARITY_WEIGHTS as SimilarityModel,
  /** Items of evidence listed per dimension. */
  evidenceItems: 8,
} as const;
