// Coverage by outlet over time (uPlot): one stepped line per outlet counting its articles as they appeared.
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { outletHue } from '../format.ts';

export type DatedArticle = { source: string | null; published_at: string | null };

export function CoverageChart({ articles }: { articles: DatedArticle[] }) {
  const host = useRef<HTMLDivElement>(null);
  const dated = articles.filter((a) => a.published_at && Number.isFinite(Date.parse(a.published_at)));
  useEffect(() => {
    const el = host.current;
    if (!el || dated.length === 0) return;
    const { times, series, outlets } = cumulative(dated);
    const plot = new uPlot(
      {
        width: Math.max(el.clientWidth, 280),
        height: 220,
        scales: { x: { time: true } },
        axes: [{}, { label: 'articles', values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? String(t) : '')) }],
        series: [{}, ...outlets.map((o) => ({ label: o, stroke: `hsl(${outletHue(o)} 65% 45%)`, width: 2, paths: uPlot.paths.stepped?.({ align: 1 }) }))],
      },
      [times, ...series],
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(el.clientWidth, 280), height: 220 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [JSON.stringify(dated)]);
  if (dated.length === 0) return <p class="muted">No article in this story carries a full publication date, so there is no timeline.</p>;
  return <div ref={host} class="chart" role="img" aria-label={`Articles over time by outlet: ${summary(dated)}`} />;
}

function cumulative(articles: DatedArticle[]) {
  const outlets = [...new Set(articles.map((a) => a.source ?? 'unknown'))].sort();
  const times = [...new Set(articles.map((a) => Date.parse(a.published_at!) / 1000))].sort((a, b) => a - b);
  const series = outlets.map((o) => {
    const mine = articles.filter((a) => (a.source ?? 'unknown') === o).map((a) => Date.parse(a.published_at!) / 1000);
    return times.map((t) => mine.filter((m) => m <= t).length);
  });
  return { times, series, outlets };
}

function summary(articles: DatedArticle[]): string {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.source ?? 'unknown', (counts.get(a.source ?? 'unknown') ?? 0) + 1);
  return [...counts].map(([o, n]) => `${o} ${n}`).join(', ');
}
