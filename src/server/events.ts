// In-process publish/subscribe for live updates: ingest publishes, every open /api/events stream listens.
import type { ArticleId, StoryId } from '../model/index.ts';

export type ServerEvent =
  | { readonly type: 'article'; readonly id: ArticleId; readonly source: string | null; readonly title: string | null; readonly story_id: StoryId | null }
  | { readonly type: 'story'; readonly id: StoryId; readonly article_count: number | null }
  /** The database changed under the server (another process wrote to it): what a page shows may be out of date. */
  | { readonly type: 'changed' };

export type EventListener = (event: ServerEvent) => void;

export class EventHub {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  publish(event: ServerEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  get size(): number {
    return this.listeners.size;
  }
}
