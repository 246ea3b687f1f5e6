// Live updates from /api/events: one EventSource for the page, any component may listen.
import { useEffect } from 'preact/hooks';

/** `changed`: another process (an ingest in a terminal) wrote to the database; it carries no id. */
export type LiveEvent =
  | { type: 'article' | 'story'; id: string; story_id?: string | null; source?: string | null; title?: string | null }
  | { type: 'changed' };
type Listener = (e: LiveEvent) => void;

const listeners = new Set<Listener>();
let source: EventSource | null = null;

function connect(): void {
  if (source || typeof EventSource === 'undefined') return;
  source = new EventSource('/api/events');
  for (const type of ['article', 'story', 'changed'] as const) {
    source.addEventListener(type, (msg) => {
      const event = JSON.parse((msg as MessageEvent<string>).data) as LiveEvent;
      for (const l of listeners) l(event);
    });
  }
}

export function useLive(listener: Listener, deps: unknown[] = []): void {
  useEffect(() => {
    connect();
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, deps);
}
