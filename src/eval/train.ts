// Learns the match score's weights from labeled data: teacher-forced streaming over story-labeled articles
// (each article against the candidate stories the index returns) plus labeled article pairs.
import type { Article } from '../model/index.ts';
import { createAnalyzer, type Analyzer } from '../analyze/index.ts';
import { createClusterState, joinStory, scoreCandidates, signalOf, startStory } from '../cluster/clusterer.ts';
import type { ClusterConfig } from '../cluster/config.ts';
import { FEATURE_NAMES, type FeatureName, type Features } from '../cluster/features.ts';
import { trainLogisticRegression, type Sample } from '../cluster/logistic.ts';
import type { StoryState } from '../cluster/story-state.ts';
import { pairFeatures, SAME_STORY_MAX_OVERALL } from './pairs.ts';
import type { PairRecord } from './labeled.ts';

export type LabeledArticle = { readonly article: Article; readonly story: string };

/** Negatives kept per article: the candidates most like it (body + names), which decide assignments. */
export const HARD_NEGATIVES_PER_ARTICLE = 3;

const vectorOf = (features: Features): number[] => FEATURE_NAMES.map((name) => features[name]);

/** Samples from replaying the stream with the true assignments (so every candidate set is realistic). */
export function clusteringSamples(items: readonly LabeledArticle[], config: Partial<ClusterConfig> = {}, analyzer: Analyzer = createAnalyzer()): Sample[] {
  const state = createClusterState(config);
  const goldStories = new Map<string, StoryState>();
  const samples: Sample[] = [];
  for (const { article, story } of items) {
    const signal = signalOf(state, article, analyzer(article));
    state.sequence++;
    // Easy negatives (nothing in common) teach nothing and drown the hard ones: keep the strongest few.
    const candidates = scoreCandidates(state, signal);
    const gold = goldStories.get(story);
    const negatives = candidates
      .filter((candidate) => candidate.story !== gold)
      .sort((a, b) => b.features.body + b.features.entities - (a.features.body + a.features.entities))
      .slice(0, HARD_NEGATIVES_PER_ARTICLE);
    for (const candidate of candidates) {
      if (candidate.story === gold) samples.push({ x: vectorOf(candidate.features), y: 1 });
    }
    for (const candidate of negatives) samples.push({ x: vectorOf(candidate.features), y: 0 });
    const existing = goldStories.get(story);
    if (existing === undefined) goldStories.set(story, startStory(state, signal));
    else joinStory(state, existing, signal);
  }
  return samples;
}

export function pairSamples(pairs: readonly PairRecord[], config?: ClusterConfig, analyzer?: Analyzer): Sample[] {
  const features = pairFeatures(pairs, config, analyzer);
  return pairs.map((pair, i) => ({ x: vectorOf(features[i]!), y: (pair.same_story ?? pair.overall <= SAME_STORY_MAX_OVERALL) ? 1 : 0 }));
}

/** Gives each data set the same total weight, so a large set does not drown the others. */
export function balance(sets: readonly Sample[][]): Sample[] {
  return sets.flatMap((set) => set.map((sample) => ({ ...sample, weight: (sample.weight ?? 1) / Math.max(1, set.length) })));
}

export function learnWeights(samples: readonly Sample[]): Record<FeatureName, number> {
  const weights = trainLogisticRegression(samples, FEATURE_NAMES.length);
  return Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, Math.round((weights[i] ?? 0) * 1000) / 1000])) as Record<FeatureName, number>;
}
