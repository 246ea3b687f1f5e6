// Serialises export records as JSON Lines or CSV, one chunk per record, so exports stream in bounded memory.
import { CSV_COLUMNS, csvLine, csvRow } from './csv.ts';
import { exportRecords, type ExportSources } from './records.ts';

export type ExportFormat = 'jsonl' | 'csv';

export async function* exportChunks(format: ExportFormat, src: ExportSources): AsyncGenerator<string> {
  if (format === 'csv') yield csvLine(CSV_COLUMNS);
  for await (const record of exportRecords(src)) {
    if (format === 'jsonl') yield JSON.stringify(record) + '\n';
    else {
      const row = csvRow(record);
      if (row) yield row;
    }
  }
}

export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};
