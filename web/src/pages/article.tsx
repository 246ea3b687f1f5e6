// Article: clean text with its metadata, wire credits and copy links; optionally the raw input with what
// cleaning removed struck through.
import { useState } from 'preact/hooks';
import { api } from '../api.ts';
import { CopyLinks } from '../components/copy-links.tsx';
import { OutletBadge } from '../components/outlet.tsx';
import { Loading, PageError } from '../components/status.tsx';
import { formatDate } from '../format.ts';
import { storyHref, useScrollRestore } from '../router.ts';
import { useAsync } from '../use-async.ts';
import { languageName } from '../../../src/model/language-name.ts';
import { useDocumentTitle } from '../document-title.ts';

export function ArticlePage({ id }: { id: string }) {
  const [showRaw, setShowRaw] = useState(false);
  const res = useAsync(() => api.article(id, true), [id]);
  const story = useAsync(async () => (res.data?.story_id ? api.story(res.data.story_id) : null), [res.data?.story_id]);
  useScrollRestore(res.data !== null);
  useDocumentTitle(res.data ? res.data.article.title ?? '(untitled)' : res.error ? 'Article not found' : 'Article');
  if (res.error) return <PageError what="article" error={res.error} />;
  if (!res.data) return <Loading what="article" />;
  const { article: a, raw, story_id } = res.data;
  const links = story.data?.links.filter((l) => l.from === a.id || l.to === a.id) ?? [];
  return (
    <article class="article" aria-labelledby="article-title">
      <header>
        <OutletBadge source={a.source} />
        <h1 id="article-title" lang={a.language ?? undefined}>{a.title ?? '(untitled)'}</h1>
        <dl class="facts">
          <div><dt>Published</dt><dd>{a.published_at ? formatDate(a.published_at, true) : a.partial_date ? `${a.partial_date.text} (no year given)` : 'undated'}</dd></div>
          {a.dateline ? <div><dt>Dateline</dt><dd>{[a.dateline.place, a.dateline.date, a.dateline.agency && `(${a.dateline.agency})`].filter(Boolean).join(' ')}</dd></div> : null}
          <div><dt>Wire credits</dt><dd>{a.agencies.length ? a.agencies.join(', ') : 'none'}</dd></div>
          {a.byline ? <div><dt>Byline</dt><dd>{a.byline}</dd></div> : null}
          <div><dt>Language</dt><dd>{a.language ? languageName(a.language) : 'unknown'}</dd></div>
          <div><dt>Words</dt><dd>{a.word_count}</dd></div>
          {a.url ? <div><dt>URL</dt><dd><a href={safeUrl(a.url)} rel="noopener noreferrer nofollow" target="_blank">{a.url}</a></dd></div> : null}
          {story_id ? <div><dt>Story</dt><dd><a href={storyHref(story_id)}>{story.data?.story.title ?? 'open the story'}</a></dd></div> : null}
          <div><dt>Id</dt><dd><code>{a.id}</code></dd></div>
        </dl>
        {links.length && story.data ? <CopyLinks links={links} articles={story.data.articles} current={a.id} /> : null}
      </header>
      <div class="view-switch" role="group" aria-label="View">
        <button type="button" aria-pressed={!showRaw} onClick={() => setShowRaw(false)}>Clean text</button>
        <button type="button" aria-pressed={showRaw} onClick={() => setShowRaw(true)}>Raw input</button>
      </div>
      {showRaw ? (
        raw ? (
          <section aria-label="Raw input" class="raw">
            <p class="muted">The {raw.kind === 'html' ? 'visible text of the HTML page' : 'page text'} as received; <del>struck through</del> is what cleaning removed.</p>
            <pre class="raw-text">{raw.segments.map((s, i) => (s.removed ? <del key={i}>{s.text}</del> : <span key={i}>{s.text}</span>))}</pre>
          </section>
        ) : <p class="muted">The raw input is not stored.</p>
      ) : (
        <section aria-label="Clean text" class="body" lang={a.language ?? undefined}>
          {a.paragraphs.map((p, i) => <p key={i}>{p}</p>)}
        </section>
      )}
    </article>
  );
}

/** Only web links are followed; a `javascript:` or `data:` URL from an ingested page is shown but not linked. */
function safeUrl(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
