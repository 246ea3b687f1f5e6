// Similarity, measured: Pearson r of each similarity dimension with the human scores of SemEval-2022 Task 8
// (../shared/data/semeval2022-dev/pairs.jsonl). Humans score 1 (very similar) to 4 (very dissimilar), so r is
// reported against (−human): positive r means the dimension agrees with people.
import { readFileSync } from 'node:fs';
import { addDocument, createAnalyzer, createDocumentFrequencies } from '../analyze/index.ts';
import { similarityFeatures, scoreSimilarity } from '../compare/similarity.ts';
import { storyEntityKeys } from '../compare/story-view.ts';
import type { Article, ArticleId, RawId } from '../model/index.ts';
import { pearson } from './metrics.ts';

/** The human-scored dimensions, named as in pairs.jsonl; `geography` is our `places`. */
export const SEMEVAL_DIMENSIONS = { overall: 'overall', geography: 'places', entities: 'entities', time: 'time', narrative: 'narrative', style: 'style', tone: 'tone' } as const;
export type SemevalDimension = keyof typeof SEMEVAL_DIMENSIONS;

export type SemevalPair = { readonly id1: string; readonly id2: string } & { readonly [D in SemevalDimension]: number };
type Record_ = { id: string; text: string; title: string | null; language: string | null; published_at: string | null; source: string | null; url: string | null };

export type SimilarityReport = {
  readonly dataset: string;
  readonly pairs: number;
  /** Pearson r per human dimension (against the matching score), and of `overall` against our overall. */
  readonly pearson: Readonly<Record<SemevalDimension, number>>;
};

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as T);
}

/** SemEval texts are title + body on one line: one paragraph per sentence-ish chunk is enough for analysis. */
function toArticle(record: Record_): Article {
  const paragraphs = record.text.split(/\n+/u).map((paragraph) => paragraph.trim()).filter(Boolean);
  const text = paragraphs.join('\n\n');
  return {
    id: record.id as ArticleId, raw_id: record.id as RawId, origin: { file: 'semeval' }, title: record.title, source: record.source, url: record.url,
    published_at: record.published_at, partial_date: null, dateline: null, agencies: [], byline: null, language: record.language,
    word_count: text.split(/\s+/u).length, paragraphs, text, extra: {},
  };
}

export function evaluateSimilarity(directory: string): SimilarityReport {
  const records = readJsonl<Record_>(`${directory}/articles.jsonl`);
  const pairs = readJsonl<SemevalPair>(`${directory}/pairs.jsonl`);
  const analyze = createAnalyzer();
  const byId = new Map(records.map((record) => {
    const article = toArticle(record);
    return [record.id, { article, analysis: analyze(article) }] as const;
  }));
  // IDF per language over the whole set, as a running corpus would have it.
  const frequencies = new Map<string, ReturnType<typeof createDocumentFrequencies>>();
  for (const { analysis } of byId.values()) {
    const key = analysis.language ?? '';
    const df = frequencies.get(key) ?? createDocumentFrequencies();
    addDocument(df, Object.keys(analysis.terms));
    frequencies.set(key, df);
  }
  const ours: Record<SemevalDimension, number[]> = { overall: [], geography: [], entities: [], time: [], narrative: [], style: [], tone: [] };
  const human: Record<SemevalDimension, number[]> = { overall: [], geography: [], entities: [], time: [], narrative: [], style: [], tone: [] };
  let used = 0;
  for (const pair of pairs) {
    const a = byId.get(pair.id1);
    const b = byId.get(pair.id2);
    if (a === undefined || b === undefined) continue;
    used++;
    const keyOf = storyEntityKeys([a.analysis, b.analysis]);
    const fa = similarityFeatures(a, keyOf, frequencies.get(a.analysis.language ?? ''));
    const fb = similarityFeatures(b, keyOf, frequencies.get(b.analysis.language ?? ''));
    const scores = scoreSimilarity(fa, fb);
    for (const dimension of Object.keys(SEMEVAL_DIMENSIONS) as SemevalDimension[]) {
      ours[dimension].push(scores[SEMEVAL_DIMENSIONS[dimension]]);
      human[dimension].push(-pair[dimension]);
    }
  }
  const r = Object.fromEntries((Object.keys(SEMEVAL_DIMENSIONS) as SemevalDimension[]).map((dimension) => [dimension, Math.round(pearson(ours[dimension], human[dimension]) * 1000) / 1000])) as Record<SemevalDimension, number>;
  return { dataset: directory, pairs: used, pearson: r };
}
