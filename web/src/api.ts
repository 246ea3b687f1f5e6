// Typed calls to the Parallax JSON API. Every string in these records is untrusted text: render it as text only.

export type StorySummary = {
  id: string;
  title: string | null;
  article_count: number;
  sources: string[];
  first_published: string | null;
  last_published: string | null;
  top_entities: string[];
  top_terms: string[];
};
export type StoryPage = { stories: StorySummary[]; next_cursor: string | null };

export type Explanation = {
  score: number;
  parts: { body: number; title: number; entities: number; numbers: number; hours: number | null };
  entities: string[];
  terms: string[];
  summary: string;
};
export type StoryArticle = {
  id: string;
  source: string | null;
  title: string | null;
  published_at: string | null;
  language: string | null;
  word_count: number;
  sequence: number;
  explanation: Explanation | null;
  agencies: string[];
};
export type ArticleLink = { from: string; to: string; kind: 'duplicate' | 'copy'; score: number; shared: number };
export type StoryDetail = { story: StorySummary; articles: StoryArticle[]; links: ArticleLink[]; merges: unknown[]; splits: unknown[] };

export type Dateline = { place: string; date: string | null; agency: string | null };
export type Article = {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published_at: string | null;
  partial_date: { text: string } | null;
  dateline: Dateline | null;
  agencies: string[];
  byline: string | null;
  language: string | null;
  word_count: number;
  paragraphs: string[];
  text: string;
  origin: { file: string; line?: number };
};
export type RawSegment = { text: string; removed: boolean };
export type ArticleResponse = { article: Article; story_id: string | null; raw?: { kind: 'text' | 'html'; body: string; segments: RawSegment[] } | null };

export type AddResult = {
  stored: Array<{ id: string; source: string | null; title: string | null; story_id: string | null }>;
  unchanged: Array<{ origin: string; raw_id: string }>;
  rejected: Array<{ origin: string; reason: string }>;
};

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? 'http_error', body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

export type StoryFilters = { q?: string; source?: string; from?: string; to?: string; cursor?: string; limit?: number };

export function query(params: Record<string, string | number | undefined>): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
}

export const api = {
  stories: (f: StoryFilters) => call<StoryPage>(`/api/stories${query(f)}`),
  story: (id: string) => call<StoryDetail>(`/api/stories/${encodeURIComponent(id)}`),
  compare: (id: string) => call<unknown>(`/api/stories/${encodeURIComponent(id)}/compare`),
  article: (id: string, raw: boolean) => call<ArticleResponse>(`/api/articles/${encodeURIComponent(id)}${raw ? '?raw=1' : ''}`),
  sources: () => call<{ sources: Array<{ source: string; articles: number }> }>('/api/sources'),
  add: (form: FormData) => call<AddResult>('/api/articles', { method: 'POST', body: form }),
};
