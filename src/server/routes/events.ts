// GET /api/events: server-sent events for new articles and story changes, with a heartbeat to keep proxies open.
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { EventHub, ServerEvent } from '../events.ts';

/** Idle streams get a comment this often, so proxies and browsers do not time them out. */
const HEARTBEAT_MS = 15_000;

export function eventRoutes(deps: { events: EventHub }): Hono {
  return new Hono().get('/events', (c) =>
    streamSSE(c, async (stream) => {
      const pending: ServerEvent[] = [];
      let wake: (() => void) | null = null;
      const unsubscribe = deps.events.subscribe((e) => {
        pending.push(e);
        wake?.();
      });
      let open = true;
      stream.onAbort(() => {
        open = false;
        wake?.();
      });
      const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n').catch(() => undefined), HEARTBEAT_MS);
      try {
        await stream.writeSSE({ event: 'ready', data: '{}' });
        while (open) {
          if (pending.length === 0) await new Promise<void>((r) => (wake = r));
          wake = null;
          for (const e of pending.splice(0)) await stream.writeSSE({ event: e.type, data: JSON.stringify(e) });
        }
      } finally {
        clearInterval(heartbeat);
        unsubscribe();
      }
    }),
  );
}
