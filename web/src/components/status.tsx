// Loading and error states shared by the pages.
import type { ComponentChildren } from 'preact';

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
