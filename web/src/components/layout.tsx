// The frame of every page: skip link, header with navigation, main landmark.
import type { ComponentChildren } from 'preact';

export function Layout({ current, children }: { current: string; children: ComponentChildren }) {
  const link = (href: string, label: string, page: string) => (
    <a href={href} aria-current={current === page ? 'page' : undefined}>{label}</a>
  );
  return (
    <>
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <a class="brand" href="/">Parallax</a>
        <nav aria-label="Main">
          {link('/', 'Stories', 'stories')}
          {link('/add', 'Add articles', 'add')}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
    </>
  );
}
