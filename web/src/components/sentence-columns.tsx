// Outlets side by side: each sentence marked shared or unique; choosing one (click, Enter, hover) lights up its
// counterparts in the other columns and lists them with their scores.
import { useState } from 'preact/hooks';
import type { CmpArticle, CmpSentence } from '../comparison.ts';
import { score } from '../format.ts';
import { OutletBadge } from './outlet.tsx';

const key = (articleId: string, index: number) => `${articleId}#${index}`;

export function SentenceColumns({ articles, sentences }: { articles: CmpArticle[]; sentences: CmpSentence[] }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const byKey = new Map(sentences.map((s) => [key(s.article_id, s.index), s]));
  const focusKey = hovered ?? selected;
  const chosen = focusKey ? byKey.get(focusKey) : undefined;
  const lit = new Set(chosen?.counterparts.map((c) => key(c.article_id, c.index)) ?? []);
  const sourceOf = new Map(articles.map((a) => [a.id, a.source]));

  return (
    <div>
      <p class="legend">
        <span class="key shared">shared</span> another outlet reports it · <span class="key unique">unique</span> only this outlet ·
        select a sentence to see its counterparts
      </p>
      <div class="columns" style={{ '--cols': String(Math.max(articles.length, 1)) }}>
        {articles.map((a) => (
          <article key={a.id} class="column" aria-label={`${a.source}: ${a.title}`}>
            <header>
              <OutletBadge source={a.source} />
              <h3>{a.title}</h3>
            </header>
            <p class="column-text">
              {sentences.filter((s) => s.article_id === a.id).map((s) => {
                const k = key(s.article_id, s.index);
                const cls = ['sent', s.shared ? 'shared' : 'unique', focusKey === k ? 'selected' : '', lit.has(k) ? 'lit' : ''].join(' ');
                return (
                  <span
                    key={k}
                    class={cls}
                    role="button"
                    tabIndex={0}
                    aria-pressed={selected === k}
                    aria-label={`${s.shared ? 'Shared' : 'Unique'} sentence: ${s.text}`}
                    onClick={() => setSelected(k)}
                    onMouseEnter={() => setHovered(k)}
                    onMouseLeave={() => setHovered(null)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        setSelected(selected === k ? null : k);
                      } else if (e.key === 'Escape') setSelected(null);
                    }}
                  >
                    {s.text}{' '}
                  </span>
                );
              })}
            </p>
          </article>
        ))}
      </div>
      <div class="counterparts" aria-live="polite">
        {chosen ? (
          chosen.counterparts.length ? (
            <>
              <p><strong>Said elsewhere:</strong></p>
              <ul>
                {chosen.counterparts.map((c) => (
                  <li key={key(c.article_id, c.index)}>
                    <OutletBadge source={sourceOf.get(c.article_id)} /> <span class="score">{score(c.score)}</span>{' '}
                    {byKey.get(key(c.article_id, c.index))?.text ?? ''}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>Only {sourceOf.get(chosen.article_id) ?? 'this outlet'} reports this.</p>
          )
        ) : null}
      </div>
    </div>
  );
}
