// Picks the story service for a store: the one place that wires the cluster and compare stages to the server.
import { DEFAULT_ANALYZE_CONFIG } from '../analyze/index.ts';
import { DEFAULT_CLUSTER_CONFIG } from '../cluster/config.ts';
import { COMPARE_CONFIG, SIMILARITY_CONFIG } from '../compare/index.ts';
import type { Store } from '../store/index.ts';
import type { StoryService } from './stories.ts';
import { createComparer } from './comparisons.ts';
import { createStoreStories } from './store-stories.ts';

export function storyServiceFor(store: Store): StoryService {
  return createStoreStories(store, createComparer());
}

/** Stage settings an export cites, so a reader can reproduce the stories from the articles. */
export function stageSettings(): Record<string, unknown> {
  return { analyze: DEFAULT_ANALYZE_CONFIG, cluster: DEFAULT_CLUSTER_CONFIG, compare: COMPARE_CONFIG, similarity: SIMILARITY_CONFIG };
}
