// Display helpers: dates, spans and scores as people read them.

const DATE = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

export function formatDate(iso: string | null | undefined, withTime = false): string {
  if (!iso) return 'undated';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : (withTime ? DATE_TIME : DATE).format(d);
}

export function formatSpan(from: string | null, to: string | null): string {
  if (!from && !to) return 'undated';
  if (!from || !to || from === to) return formatDate(from ?? to);
  const hours = (Date.parse(to) - Date.parse(from)) / 3_600_000;
  const length = hours < 1 ? 'under an hour' : hours < 48 ? `${Math.round(hours)} h` : `${Math.round(hours / 24)} days`;
  return `${formatDate(from)} – ${formatDate(to)} (${length})`;
}

export const percent = (x: number) => `${Math.round(x * 100)}%`;
export const score = (x: number) => x.toFixed(2);

/** A stable colour per outlet, so the same outlet looks the same on every page. */
export function outletHue(source: string | null | undefined): number {
  let h = 0;
  for (const ch of source ?? '?') h = (h * 31 + ch.codePointAt(0)!) % 360;
  return h;
}
