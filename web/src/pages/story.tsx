// Story: how each outlet told it. Provenance, consensus, sentences side by side, quotes, unique facts,
// headlines, coverage over time and pairwise similarity, each with the evidence behind it.
import { api, type StoryDetail } from '../api.ts';
import { readComparison, type Comparison } from '../comparison.ts';
import { CopyLinks } from '../components/copy-links.tsx';
import { CoverageChart } from '../components/coverage-chart.tsx';
import { OutletBadge } from '../components/outlet.tsx';
import { Quotes } from '../components/quotes.tsx';
import { SentenceColumns } from '../components/sentence-columns.tsx';
import { SimilarityMatrix } from '../components/similarity-matrix.tsx';
import { ErrorBox, Loading, PageError } from '../components/status.tsx';
import { count, formatDate, formatSpan } from '../format.ts';
import { useLive } from '../live.ts';
import { languageName } from '../../../src/model/language-name.ts';
import { articleHref, useScrollRestore } from '../router.ts';
import { useAsync } from '../use-async.ts';
import { useDocumentTitle } from '../document-title.ts';

const SECTIONS = [
  ['summary', 'Consensus'], ['articles', 'Articles'], ['side-by-side', 'Side by side'], ['quotes', 'Quotes'],
  ['unique', 'Unique facts'], ['headlines', 'Headlines'], ['coverage', 'Coverage'], ['similarity', 'Similarity'],
] as const;
type SectionId = (typeof SECTIONS)[number][0];
/** A story of one article has nothing to compare yet: its page lists the article and what it quotes. */
const SINGLE_ARTICLE_SECTIONS: ReadonlySet<SectionId> = new Set(['articles', 'quotes']);

export function StoryPage({ id }: { id: string }) {
  const story = useAsync(() => api.story(id), [id]);
  const comparison = useAsync(async () => readComparison(await api.compare(id)), [id]);
  useLive((e) => {
    if (e.type === 'changed' || (e.type === 'story' && e.id === id) || (e.type === 'article' && e.story_id === id)) {
      story.reload();
      comparison.reload();
    }
  }, [id]);
  useScrollRestore(comparison.data !== null);
  useDocumentTitle(story.data ? story.data.story.title ?? '(untitled story)' : story.error ? 'Story not found' : 'Story');
  if (story.error) return <PageError what="story" error={story.error} />;
  if (!story.data) return <Loading what="story" />;
  const { story: s } = story.data;
  const single = story.data.articles.length === 1;
  const sections = SECTIONS.filter(([anchor]) => !single || SINGLE_ARTICLE_SECTIONS.has(anchor));
  return (
    <article class="story" aria-labelledby="story-title">
      <header class="story-head">
        <h1 id="story-title">{s.title ?? '(untitled story)'}</h1>
        <div class="badges">{s.sources.map((src) => <OutletBadge key={src} source={src} />)}</div>
        <p class="meta"><span>{count(s.article_count, 'article')}</span><span>{formatSpan(s.first_published, s.last_published)}</span></p>
        <nav class="toc" aria-label="Sections">
          {sections.map(([anchor, label]) => <a key={anchor} href={`#${anchor}`} onClick={(e) => jump(e, anchor)}>{label}</a>)}
        </nav>
      </header>
      {comparison.error ? <ErrorBox error={comparison.error} /> : null}
      {single ? <p class="note" role="note">Only one article so far: how the outlets told this story is compared once a second report joins it.</p> : null}
      {comparison.data ? <ComparisonSections detail={story.data} c={comparison.data} shown={new Set(sections.map(([anchor]) => anchor))} /> : comparison.loading ? <Loading what="comparison" /> : null}
    </article>
  );
}

/** In-page links move focus too, so keyboard users continue from the section they chose. */
function jump(e: Event, anchor: string) {
  const target = document.getElementById(anchor);
  if (!target) return;
  e.preventDefault();
  target.scrollIntoView({ behavior: 'smooth', block: 'start' });
  target.focus({ preventScroll: true });
}

function Section({ id, title, shown, children }: { id: SectionId; title: string; shown: ReadonlySet<SectionId>; children: preact.ComponentChildren }) {
  if (!shown.has(id)) return null;
  return (
    <section id={id} tabIndex={-1} aria-labelledby={`${id}-h`} class="panel">
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

function ComparisonSections({ detail, c, shown }: { detail: StoryDetail; c: Comparison; shown: ReadonlySet<SectionId> }) {
  const articles = c.articles.length ? c.articles : detail.articles.map((a) => ({ id: a.id, source: a.source ?? 'unknown outlet', title: a.title ?? '(untitled)', published_at: a.published_at, dateline: null, agencies: a.agencies, word_count: a.word_count }));
  // The comparison names the first report only when the dates (or copy links) tell; a date without a time is its whole day.
  const first = detail.articles.find((a) => a.id === c.firstReport);
  return (
    <>
      {c.omitted.length ? <p class="note" role="note">This story is large: the comparison covers {articles.length} representative articles (each outlet's first report first); {c.omitted.length} more are listed under Articles.</p> : null}
      <Section id="summary" title="What the outlets agree on" shown={shown}>
        {c.summary.length ? <ul class="summary">{c.summary.map((t, i) => <li key={i}>{t}</li>)}</ul> : <p class="muted">No sentence is shared by most outlets.</p>}
      </Section>

      <Section id="articles" title="Articles and provenance" shown={shown}>
        {first && detail.articles.length > 1 ? <p>First to report: <OutletBadge source={first.source} /> {formatDate(first.published_at, true)}</p> : null}
        <div class="table-wrap">
          <table class="articles">
            <thead><tr><th scope="col">Outlet</th><th scope="col">Headline</th><th scope="col">Published</th><th scope="col">Dateline · wires</th><th scope="col">Words</th><th scope="col">Joined because</th></tr></thead>
            <tbody>
              {detail.articles.map((a) => {
                const cmp = articles.find((x) => x.id === a.id);
                return (
                  <tr key={a.id}>
                    <td><OutletBadge source={a.source} /></td>
                    <td class="headline"><a href={articleHref(a.id)}>{a.title ?? '(untitled)'}</a></td>
                    <td data-label="Published">{formatDate(a.published_at, true)}</td>
                    <td data-label="Dateline · wires">{[cmp?.dateline, (cmp?.agencies ?? a.agencies).join(', ')].filter(Boolean).join(' · ') || '—'}</td>
                    <td data-label="Words">{a.word_count}</td>
                    <td class="why" data-label="Joined because">{a.explanation ? a.explanation.summary : 'started the story'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {detail.links.length ? (
          <>
            <h3>Copies</h3>
            <CopyLinks links={detail.links} articles={detail.articles} />
          </>
        ) : detail.articles.length > 1 ? <p class="muted">No article copies another: these are independent reports.</p> : null}
      </Section>

      <Section id="side-by-side" title="Side by side" shown={shown}>
        <SentenceColumns articles={articles} sentences={c.sentences} />
      </Section>

      <Section id="quotes" title="Quotes" shown={shown}>
        <Quotes groups={c.quotes} reported={c.reported} outletCount={new Set(articles.map((a) => a.source)).size} />
      </Section>

      <Section id="unique" title="What only one outlet reports" shown={shown}>
        {c.unique.length === 0 ? <p class="muted">None.</p> : (
          <div class="unique-grid">
            {c.unique.map((u) => (
              <div key={u.source}>
                <h3><OutletBadge source={u.source} /></h3>
                {u.onlyLanguage ? <p class="muted">In {languageName(u.onlyLanguage)}: matched to the others by names and numbers only.</p> : null}
                <ol>
                  {u.items.map((item, i) => (
                    <li key={i}>
                      {item.text}
                      {item.toldElsewhere ? <span class="adds"> also told elsewhere{item.adds.length ? `; adds: ${item.adds.join(', ')}` : ''}</span> : item.adds.length ? <span class="adds"> new: {item.adds.join(', ')}</span> : null}
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </div>
        )}
      </Section>

      <Section id="headlines" title="Headlines and framing" shown={shown}>
        <ul class="headlines">
          {(c.headlines.length ? c.headlines : articles.map((a) => ({ source: a.source, title: a.title, foregrounds: [] as string[] }))).map((h, i) => (
            <li key={i}><OutletBadge source={h.source} /> <strong>{h.title}</strong>{h.foregrounds.length ? <span class="adds"> foregrounds: {h.foregrounds.join(', ')}</span> : null}</li>
          ))}
        </ul>
      </Section>

      <Section id="coverage" title="Coverage over time" shown={shown}>
        <CoverageChart articles={detail.articles} />
      </Section>

      <Section id="similarity" title="How similar the articles are" shown={shown}>
        <SimilarityMatrix articles={articles} pairs={c.similarity} />
      </Section>
    </>
  );
}
