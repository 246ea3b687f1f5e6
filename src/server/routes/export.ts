// GET /api/export?format=jsonl|csv: the whole database, streamed.
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { exportChunks, EXPORT_CONTENT_TYPES } from '../export/write.ts';
import type { ExportSources } from '../export/records.ts';
import { ExportParams, parseParams } from '../params.ts';

export function exportRoutes(deps: { exportSources: () => ExportSources }): Hono {
  return new Hono().get('/export', (c) => {
    const { format } = parseParams(ExportParams, c.req.query());
    c.header('content-type', EXPORT_CONTENT_TYPES[format]);
    c.header('content-disposition', `attachment; filename="parallax-export.${format}"`);
    return stream(c, async (s) => {
      for await (const chunk of exportChunks(format, deps.exportSources())) await s.write(chunk);
    });
  });
}
