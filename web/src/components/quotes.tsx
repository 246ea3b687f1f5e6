// Quote groups: the same utterance as each outlet printed it, who said it, and the word-level differences.
import type { QuoteDiff, QuoteGroup, ReportedSpeech } from '../comparison.ts';
import { OutletBadge } from './outlet.tsx';
import { languageName } from '../../../src/model/language-name.ts';

export function Quotes({ groups, reported, outletCount }: { groups: QuoteGroup[]; reported: ReportedSpeech[]; outletCount: number }) {
  if (groups.length === 0 && reported.length === 0) return <p class="muted">No quotations found.</p>;
  return (
    <>
      {groups.length ? <ul class="quote-groups">
        {groups.map((g, i) => (
          <li key={i} class="quote-group" data-sources={g.sources.length}>
            <p class="speaker">
              <strong>{g.speaker ?? 'Unattributed'}</strong>{' '}
              {g.sources.length < outletCount && g.sources.length === 1 ? <span class="tag">only in {g.sources[0]}</span> : <span class="tag shared-tag">{g.sources.length} outlets</span>}
            </p>
            {g.variants.map((v, j) => (
              <blockquote key={j} lang={v.language ?? undefined}>
                <OutletBadge source={v.source} /> <q>{v.text}</q>
                {translated(g) && v.language ? <span class="tag">{languageName(v.language)}</span> : null}
              </blockquote>
            ))}
            {g.diffs.map((d, k) => <WordDiff key={k} diff={d} />)}
          </li>
        ))}
      </ul> : null}
      {reported.length ? (
        <>
          <h3>Reported speech</h3>
          <ul class="reported">
            {reported.map((r, i) => (
              <li key={i}><OutletBadge source={r.source} /> <strong>{r.speaker ?? '?'}</strong>: {r.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** One outlet's wording against the fullest: which words it adds and which it leaves out or words otherwise. */
function WordDiff({ diff }: { diff: QuoteDiff }) {
  return (
    <figure class="diff">
      <figcaption>
        <OutletBadge source={diff.other.source} /> words it differently: <ins>its words</ins>, <del>{diff.base.source}'s</del>
      </figcaption>
      <p>
        {diff.parts.map((d, k) =>
          d.op === 'added' ? <ins key={k}>{d.text}</ins> : d.op === 'removed' ? <del key={k}>{d.text}</del> : <span key={k}>{d.text}</span>,
        )}
      </p>
    </figure>
  );
}

/** A group holding a remark and its translation: each wording says its language. */
const translated = (g: QuoteGroup): boolean => new Set(g.variants.map((v) => v.language)).size > 1;
