// Public face of the cluster stage: the streaming story clusterer, its configuration, and story summaries.
//
// How it works: each article becomes a signal (TF-IDF body and lead vectors over document frequencies that
// grow with the stream, name words, numbers, dates, character grams). Candidate stories come from an
// inverted index over the strongest terms and names of the stories in the time window; a cheap body + names
// overlap shortlists them; each shortlisted story is scored by a logistic regression over named features
// (features.ts), whose weights and join threshold are learned from labeled data (src/eval/train-cli.ts →
// weights.ts). The best story at or above the threshold is joined, with an explanation of what matched;
// otherwise the article starts a story. A story that took in a member is re-checked: when its members fall
// into groups that match each other poorly (two similar events), it splits (refine.ts). Every `mergeEvery`
// articles, stories that changed are compared with their candidates and near-certain pairs merge (the older
// absorbs the newer). Stories whose newest member is older than the window leave memory (they stay in the store).
export {
  assignArticle,
  createClusterState,
  mergeConverged,
  resolveStory,
  scoreCandidates,
  scoreFeatures,
  signalOf,
  storyIdFor,
  type Assignment,
  type ClusterState,
  type ClusterStep,
  type ScoredCandidate,
} from './clusterer.ts';
export { DEFAULT_CLUSTER_CONFIG, type ClusterConfig } from './config.ts';
export { FEATURE_NAMES, computeFeatures, articleAsComparable, type Features, type FeatureName } from './features.ts';
export { summarizeStory } from './summary.ts';
export type { StorySplit } from './refine.ts';
export { toSignal, createCorpusStats, type ArticleSignal, type CorpusStats } from './signal.ts';
export type { StoryState } from './story-state.ts';
