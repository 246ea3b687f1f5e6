// Loading and error states shared by the pages.
import type { ComponentChildren } from 'preact';
import { ApiError } from '../api.ts';

export function Loading({ what }: { what: string }) {
  return <p class="muted" role="status">Loading {what}…</p>;
}

export function ErrorBox({ error, children }: { error: Error; children?: ComponentChildren }) {
  return (
    <div class="error" role="alert">
      <strong>Could not load this.</strong> {error.message}
      {children}
    </div>
  );
}

/** A page that could not load: a heading saying so (not found, or another failure), the server's reason, the way back. */
export function PageError({ what, error }: { what: 'story' | 'article'; error: Error }) {
  const missing = error instanceof ApiError && error.status === 404;
  return (
    <>
      <h1>{missing ? `${what === 'story' ? 'Story' : 'Article'} not found` : `Could not load this ${what}`}</h1>
      <ErrorBox error={error}><p><a href="/">Back to stories</a></p></ErrorBox>
    </>
  );
}
