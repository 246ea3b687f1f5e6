// Stories: search, filter by outlet and dates, newest activity first; refreshes live as articles arrive.
import { useEffect, useState } from 'preact/hooks';
import { api, type StorySummary } from '../api.ts';
import { OutletBadge } from '../components/outlet.tsx';
import { SpanBar, timeRange } from '../components/span-bar.tsx';
import { ErrorBox, Loading } from '../components/status.tsx';
import { count, formatSpan } from '../format.ts';
import { useLive } from '../live.ts';
import { entryState, navigate, rememberInEntry, storyHref, useScrollRestore } from '../router.ts';
import { useAsync } from '../use-async.ts';
import { useDocumentTitle } from '../document-title.ts';

type Filters = { q: string; source: string; from: string; to: string };
const SEARCH_DELAY_MS = 250;
/** Stories a page of the list holds (the API's default), and the most one request may ask for (the API's limit). */
const PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;

/** As many stories as the list had shown in this history entry ("More stories"), so Back returns to the same list. */
const shownBefore = (): number => Math.min(Math.max(entryState().shown ?? PAGE_SIZE, PAGE_SIZE), MAX_PAGE_SIZE);

function readFilters(search: URLSearchParams): Filters {
  return { q: search.get('q') ?? '', source: search.get('source') ?? '', from: search.get('from') ?? '', to: search.get('to') ?? '' };
}

export function StoriesPage({ search }: { search: URLSearchParams }) {
  const filters = readFilters(search);
  const key = JSON.stringify(filters);
  const [more, setMore] = useState<StorySummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [liveNote, setLiveNote] = useState('');
  useDocumentTitle(filters.q ? `Stories about ${filters.q}` : 'Stories');
  const page = useAsync(() => api.stories({ ...filters, limit: shownBefore() }), [key]);
  const sources = useAsync(() => api.sources(), []);
  useEffect(() => {
    setMore([]);
    setCursor(page.data?.next_cursor ?? null);
  }, [page.data]);
  useLive((e) => {
    if (e.type === 'story') return;
    setLiveNote(e.type === 'changed' ? 'Updated: articles were added to the database.' : `New article: ${e.title ?? 'untitled'}${e.source ? ` (${e.source})` : ''}`);
    page.reload();
    sources.reload();
  });

  const stories = [...(page.data?.stories ?? []), ...more];
  useScrollRestore(page.data !== null);
  const range = timeRange(stories);
  const loadMore = async () => {
    if (!cursor) return;
    const next = await api.stories({ ...filters, cursor, limit: PAGE_SIZE });
    setMore((m) => [...m, ...next.stories]);
    setCursor(next.next_cursor);
    rememberInEntry({ shown: stories.length + next.stories.length });
  };

  return (
    <section aria-labelledby="stories-title">
      <h1 id="stories-title">Stories</h1>
      <FilterBar filters={filters} sources={sources.data?.sources ?? []} />
      <p class="live-note" role="status" aria-live="polite">{liveNote}</p>
      {/* A filter the server refused (a hand-edited address) may not show in its field, so the way out is a link. */}
      {page.error ? <ErrorBox error={page.error}><p><a href="/">Show all stories</a></p></ErrorBox> : page.loading && !page.data ? <Loading what="stories" /> : null}
      {page.data && stories.length === 0 ? <NoStories filtered={Object.values(filters).some(Boolean)} /> : null}
      <ol class="story-list">
        {stories.map((s) => (
          <li key={s.id} class="story-card">
            <h2><a href={storyHref(s.id)}>{s.title ?? '(untitled story)'}</a></h2>
            <div class="badges">{s.sources.map((src) => <OutletBadge key={src} source={src} />)}</div>
            <p class="meta">
              <span>{count(s.article_count, 'article')}</span>
              <span>{formatSpan(s.first_published, s.last_published)}</span>
            </p>
            <SpanBar from={s.first_published} to={s.last_published} range={range} />
            {s.top_entities.length ? <p class="entities">{s.top_entities.slice(0, 6).join(' · ')}</p> : null}
          </li>
        ))}
      </ol>
      {cursor ? <button type="button" class="more" onClick={loadMore}>More stories</button> : null}
    </section>
  );
}

/** An empty list says why: nothing matches the filters (and how to drop them), or nothing is stored yet (and how to add some). */
function NoStories({ filtered }: { filtered: boolean }) {
  if (filtered) return <p class="muted">No story matches these filters. <a href="/">Show all stories</a></p>;
  return (
    <div class="empty">
      <p>No stories yet. Stories form as articles arrive: <a href="/add">add articles</a> here (paste a page, or upload files or feeds), or from a terminal:</p>
      <pre><code>npx parallax ingest &lt;files or folders…&gt;</code></pre>
    </div>
  );
}

function FilterBar({ filters, sources }: { filters: Filters; sources: Array<{ source: string; articles: number }> }) {
  const [q, setQ] = useState(filters.q);
  const apply = (next: Partial<Filters>) => {
    const merged = { ...filters, ...next };
    const params = new URLSearchParams(Object.entries(merged).filter(([, v]) => v));
    navigate(`/${params.size ? `?${params}` : ''}`, true);
  };
  // The box follows the address too: a link to all stories, or the header's "Stories", clears it.
  useEffect(() => setQ(filters.q), [filters.q]);
  useEffect(() => {
    if (q === filters.q) return;
    const t = setTimeout(() => apply({ q }), SEARCH_DELAY_MS);
    return () => clearTimeout(t);
  }, [q]);
  return (
    <form class="filters" role="search" onSubmit={(e) => { e.preventDefault(); apply({ q }); }}>
      <label class="grow">
        <span>Search</span>
        <input type="search" name="q" value={q} placeholder="Kerry Lavrov…" onInput={(e) => setQ(e.currentTarget.value)} />
      </label>
      <label>
        <span>Outlet</span>
        <select name="source" value={filters.source} onChange={(e) => apply({ source: e.currentTarget.value })}>
          <option value="">All outlets</option>
          {sources.map((s) => <option key={s.source} value={s.source}>{s.source} ({s.articles})</option>)}
        </select>
      </label>
      <label>
        <span>From</span>
        <input type="date" name="from" value={filters.from} onChange={(e) => apply({ from: e.currentTarget.value })} />
      </label>
      <label>
        <span>To</span>
        <input type="date" name="to" value={filters.to} onChange={(e) => apply({ to: e.currentTarget.value })} />
      </label>
    </form>
  );
}
