// Similarity between every pair of articles; choosing a cell shows each dimension and the evidence behind it.
import { useState } from 'preact/hooks';
import type { CmpArticle, PairSimilarity } from '../comparison.ts';
import { score } from '../format.ts';

export function SimilarityMatrix({ articles, pairs }: { articles: CmpArticle[]; pairs: PairSimilarity[] }) {
  const [chosen, setChosen] = useState<PairSimilarity | null>(null);
  if (pairs.length === 0) return <p class="muted">No pairwise similarity available.</p>;
  const find = (a: string, b: string) => pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
  const label = (id: string) => articles.find((a) => a.id === id)?.source ?? id;
  return (
    <div class="matrix-wrap">
      <table class="matrix">
        <thead>
          <tr>
            <td />
            {articles.map((a) => <th key={a.id} scope="col">{a.source}</th>)}
          </tr>
        </thead>
        <tbody>
          {articles.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.source}</th>
              {articles.map((col) => {
                if (row.id === col.id) return <td key={col.id} class="diag">—</td>;
                const p = find(row.id, col.id);
                if (!p) return <td key={col.id} />;
                return (
                  <td key={col.id} style={{ '--s': String(p.overall) }} class="cell">
                    <button type="button" aria-pressed={chosen === p} onClick={() => setChosen(chosen === p ? null : p)} aria-label={`${row.source} and ${col.source}: overall ${score(p.overall)}`}>
                      {score(p.overall)}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {chosen ? (
        <div class="evidence" aria-live="polite">
          <h3>{label(chosen.a)} · {label(chosen.b)}: overall {score(chosen.overall)}</h3>
          <dl class="dims">
            {chosen.dimensions.map((d) => (
              <div key={d.name}>
                <dt>{d.name}</dt>
                <dd><meter min={0} max={1} value={d.value} /> {score(d.value)}</dd>
              </div>
            ))}
          </dl>
          {chosen.evidence.length ? (
            <ul class="evidence-list">
              {chosen.evidence.map((e, i) => <li key={i}>{e.name ? <strong>{e.name}: </strong> : null}{e.text}</li>)}
            </ul>
          ) : null}
        </div>
      ) : <p class="muted">Select a score to see its dimensions and evidence.</p>}
    </div>
  );
}
