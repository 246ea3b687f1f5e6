// Human-readable renderings of records for the terminal; JSON output bypasses these.
import pc from 'picocolors';
import type { Article } from '../model/index.ts';
import type { ArticleSummary } from '../store/index.ts';

export function formatArticle(a: Article): string {
  const meta = [
    a.source && `outlet: ${a.source}`,
    (a.published_at ?? a.partial_date?.text) && `date: ${a.published_at ?? `${a.partial_date!.text} (no year given)`}`,
    a.dateline && `dateline: ${[a.dateline.place, a.dateline.date, a.dateline.agency && `(${a.dateline.agency})`].filter(Boolean).join(' ')}`,
    a.agencies.length > 0 && `agencies: ${a.agencies.join(', ')}`,
    a.byline && `byline: ${a.byline}`,
    a.language && `language: ${a.language}`,
    `words: ${a.word_count}`,
    a.url && `url: ${a.url}`,
  ].filter(Boolean);
  return [pc.bold(a.title ?? '(untitled)'), pc.dim(`${a.id} · ${meta.join(' · ')}`), '', a.paragraphs.join('\n\n')].join('\n');
}

export function formatArticleRow(a: ArticleSummary): string {
  const date = a.published_at ? a.published_at.slice(0, 10) : '          ';
  return `${pc.dim(a.id)}  ${date}  ${pc.cyan(pad(a.source ?? '?', 22))}  ${a.title ?? '(untitled)'}`;
}

/** A column of `n` characters: padded, or cut with an ellipsis. */
export function pad(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n);
}
