// Entry point: picks the page for the current path and keeps the document title in step.
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Layout } from './components/layout.tsx';
import { AddPage } from './pages/add.tsx';
import { ArticlePage } from './pages/article.tsx';
import { StoriesPage } from './pages/stories.tsx';
import { StoryPage } from './pages/story.tsx';
import { useRoute } from './router.ts';
import { useDocumentTitle } from './document-title.ts';
import './styles.css';

function App() {
  const route = useRoute();
  const firstRender = useRef(true);
  useEffect(() => {
    // After client navigation (not on first load), move focus to the new content so screen readers announce it.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [route.page, 'id' in route ? route.id : '']);
  switch (route.page) {
    case 'stories':
      return <Layout current="stories"><StoriesPage search={route.search} /></Layout>;
    case 'story':
      return <Layout current="story"><StoryPage id={route.id} /></Layout>;
    case 'article':
      return <Layout current="article"><ArticlePage id={route.id} /></Layout>;
    case 'add':
      return <Layout current="add"><AddPage /></Layout>;
    default:
      return <Layout current="missing"><NotFound /></Layout>;
  }
}

function NotFound() {
  useDocumentTitle('Not found');
  return <><h1>Not found</h1><p><a href="/">Back to stories</a></p></>;
}

render(<App />, document.getElementById('app')!);
