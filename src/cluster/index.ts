// Public face of the cluster stage: the streaming story clusterer, its configuration, and story summaries.
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
export { toSignal, createCorpusStats, type ArticleSignal, type CorpusStats } from './signal.ts';
export type { StoryState } from './story-state.ts';
