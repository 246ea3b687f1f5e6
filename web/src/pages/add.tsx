// Add: paste a page's text or HTML, or upload files (text, HTML, JSON, JSON Lines, CSV, feeds); see what was stored or rejected.
import { useState } from 'preact/hooks';
import { api, type AddResult } from '../api.ts';
import { OutletBadge } from '../components/outlet.tsx';
import { articleHref, storyHref } from '../router.ts';
import { useDocumentTitle } from '../document-title.ts';

export function AddPage() {
  const [result, setResult] = useState<AddResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle('Add articles');
  const submit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const hasText = String(data.get('text') ?? '').trim() !== '';
    const hasFile = data.getAll('file').some((f) => f instanceof File && f.size > 0);
    if (!hasText && !hasFile) {
      setError('Paste some text or choose a file first.');
      return;
    }
    if (!hasFile) data.delete('file');
    setBusy(true);
    setError(null);
    try {
      setResult(await api.add(data));
      form.reset();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="add-title" class="add">
      <h1 id="add-title">Add articles</h1>
      <form onSubmit={submit} class="add-form">
        <label>
          <span>Page text or HTML</span>
          <textarea name="text" rows={12} placeholder="Paste the article page here…" />
        </label>
        <label>
          <span>Or files (text, HTML, JSON, JSON Lines, CSV, RSS/Atom, .gz)</span>
          <input type="file" name="file" multiple />
        </label>
        <div class="row">
          <label><span>Outlet</span><input name="source" placeholder="when the page does not name it" /></label>
          <label><span>Headline</span><input name="title" placeholder="optional" /></label>
          <label><span>URL</span><input name="url" type="url" placeholder="optional" /></label>
        </div>
        <button type="submit" disabled={busy}>{busy ? 'Adding…' : 'Add'}</button>
      </form>
      <div role="status" aria-live="polite">
        {error ? <p class="error">{error}</p> : null}
        {result ? <AddReport result={result} /> : null}
      </div>
    </section>
  );
}

function AddReport({ result }: { result: AddResult }) {
  return (
    <div class="add-result">
      <h2>Result</h2>
      <p>{result.stored.length} stored, {result.unchanged.length} already known, {result.rejected.length} rejected.</p>
      {result.stored.length ? (
        <ul class="stored">
          {result.stored.map((a) => (
            <li key={a.id}>
              <OutletBadge source={a.source} /> <a href={articleHref(a.id)}>{a.title ?? '(untitled)'}</a>
              {a.story_id ? <> · <a href={storyHref(a.story_id)}>its story</a></> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {result.rejected.length ? (
        <ul class="rejected">
          {result.rejected.map((r, i) => <li key={i}><code>{r.origin}</code>: {r.reason}</li>)}
        </ul>
      ) : null}
    </div>
  );
}
