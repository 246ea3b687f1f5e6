// A story's time span drawn on the shared time axis of the list: where and how long the coverage ran.
export type TimeRange = { min: number; max: number };

export function SpanBar({ from, to, range }: { from: string | null; to: string | null; range: TimeRange | null }) {
  if (!range || !from) return <span class="spanbar spanbar-empty" aria-hidden="true" />;
  const total = Math.max(range.max - range.min, 1);
  const start = (Date.parse(from) - range.min) / total;
  const end = (Date.parse(to ?? from) - range.min) / total;
  const left = Math.min(Math.max(start, 0), 1) * 100;
  const width = Math.max((end - start) * 100, 1.5);
  return (
    <span class="spanbar" aria-hidden="true">
      <span class="spanbar-fill" style={{ left: `${left}%`, width: `${Math.min(width, 100 - left)}%` }} />
    </span>
  );
}

export function timeRange(items: Array<{ first_published: string | null; last_published: string | null }>): TimeRange | null {
  const times = items.flatMap((s) => [s.first_published, s.last_published]).filter((t): t is string => !!t).map(Date.parse).filter(Number.isFinite);
  return times.length ? { min: Math.min(...times), max: Math.max(...times) } : null;
}
