// The SQLite side of StoryStore: analyses, links, stories, memberships and merges (migration 3), splits (migration 5).
import type Database from 'better-sqlite3';
import type { Analysis, ArticleId, ArticleLink, Explanation, StoryId, StoryMerge, StorySplitOff, StorySummary } from '../../model/index.ts';
import type { StoredStory, StoredStoryMember, StoryBatch, StoryListQuery, StoryStore } from '../story-types.ts';

const DEFAULT_STORY_LIMIT = 100;
/** Merges are followed at most this deep (a chain longer than this would be a bug, not data). */
const MAX_MERGE_HOPS = 64;

export type StoryRow = {
  id: string; title: string | null; article_count: number; sources: string;
  first_published: string | null; last_published: string | null; top_entities: string; top_terms: string;
};
type MemberRow = {
  article_id: string; story_id: string; sequence: number; explanation: string | null;
  source: string | null; title: string | null; published_at: string | null; language: string | null; word_count: number | null;
};
type LinkRow = { from_id: string; to_id: string; kind: 'duplicate' | 'copy'; score: number; shared: number };

/** A stories row as the record the store returns. */
export function toSummary(row: StoryRow): StorySummary {
  return {
    id: row.id as StoryId,
    title: row.title,
    article_count: row.article_count,
    sources: JSON.parse(row.sources) as string[],
    first_published: row.first_published,
    last_published: row.last_published,
    top_entities: JSON.parse(row.top_entities) as string[],
    top_terms: JSON.parse(row.top_terms) as string[],
  };
}

const toLink = (row: LinkRow): ArticleLink => ({ from: row.from_id as ArticleId, to: row.to_id as ArticleId, kind: row.kind, score: row.score, shared: row.shared });

export function createStoryTables(db: Database.Database): StoryStore {
  const insertAnalysis = db.prepare('INSERT INTO analyses (article_id, data) VALUES (?, ?) ON CONFLICT(article_id) DO UPDATE SET data = excluded.data');
  const insertLink = db.prepare(
    `INSERT INTO article_links (from_id, to_id, kind, score, shared) VALUES (@from, @to, @kind, @score, @shared)
     ON CONFLICT(from_id, to_id) DO UPDATE SET kind = excluded.kind, score = excluded.score, shared = excluded.shared`,
  );
  const insertMember = db.prepare(
    `INSERT INTO story_members (article_id, story_id, sequence, explanation) VALUES (?, ?, ?, ?)
     ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id, sequence = excluded.sequence, explanation = excluded.explanation`,
  );
  const moveMembers = db.prepare('UPDATE story_members SET story_id = ? WHERE story_id = ?');
  const insertMerge = db.prepare('INSERT INTO story_merges (absorbed, into_id, score) VALUES (?, ?, ?) ON CONFLICT(absorbed) DO UPDATE SET into_id = excluded.into_id, score = excluded.score');
  const insertSplit = db.prepare('INSERT INTO story_splits (into_id, from_id, score) VALUES (?, ?, ?) ON CONFLICT(into_id) DO UPDATE SET from_id = excluded.from_id, score = excluded.score');
  const deleteStory = db.prepare('DELETE FROM stories WHERE id = ?');
  const upsertStory = db.prepare(
    `INSERT INTO stories (id, title, article_count, sources, first_published, last_published, top_entities, top_terms)
     VALUES (@id, @title, @article_count, @sources, @first_published, @last_published, @top_entities, @top_terms)
     ON CONFLICT(id) DO UPDATE SET title = excluded.title, article_count = excluded.article_count, sources = excluded.sources,
       first_published = excluded.first_published, last_published = excluded.last_published,
       top_entities = excluded.top_entities, top_terms = excluded.top_terms`,
  );
  const mergedInto = db.prepare('SELECT into_id FROM story_merges WHERE absorbed = ?');

  const resolve = (id: StoryId): StoryId => {
    let current = id;
    for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
      const row = mergedInto.get(current) as { into_id: string } | undefined;
      if (row === undefined) return current;
      current = row.into_id as StoryId;
    }
    return current;
  };

  return {
    async saveStoryBatch(batch: StoryBatch) {
      db.transaction(() => {
        for (const analysis of batch.analyses) insertAnalysis.run(analysis.article_id, JSON.stringify(analysis));
        for (const link of batch.links) insertLink.run(link);
        for (const member of batch.members) {
          insertMember.run(member.article_id, member.story_id, member.sequence, member.explanation === null ? null : JSON.stringify(member.explanation));
        }
        for (const split of batch.splits ?? []) insertSplit.run(split.into, split.from, split.score);
        for (const merge of batch.merges) {
          insertMerge.run(merge.absorbed, merge.into, merge.score);
          moveMembers.run(merge.into, merge.absorbed);
          deleteStory.run(merge.absorbed);
        }
        for (const story of batch.stories) {
          upsertStory.run({
            ...story,
            sources: JSON.stringify(story.sources),
            top_entities: JSON.stringify(story.top_entities),
            top_terms: JSON.stringify(story.top_terms),
          });
        }
      })();
    },
    async getAnalysis(id) {
      const row = db.prepare('SELECT data FROM analyses WHERE article_id = ?').get(id) as { data: string } | undefined;
      return row === undefined ? null : (JSON.parse(row.data) as Analysis);
    },
    async listStories(query: StoryListQuery = {}) {
      const rows = db
        .prepare('SELECT * FROM stories ORDER BY last_published IS NULL, last_published DESC, article_count DESC, id LIMIT ? OFFSET ?')
        .all(query.limit ?? DEFAULT_STORY_LIMIT, query.offset ?? 0) as StoryRow[];
      return rows.map(toSummary);
    },
    async getStory(id) {
      const root = resolve(id);
      const row = db.prepare('SELECT * FROM stories WHERE id = ?').get(root) as StoryRow | undefined;
      if (row === undefined) return null;
      const memberRows = db
        .prepare(
          `SELECT m.article_id, m.story_id, m.sequence, m.explanation, a.source, a.title, a.published_at, a.language, a.word_count
           FROM story_members m LEFT JOIN articles a ON a.id = m.article_id WHERE m.story_id = ? ORDER BY m.sequence`,
        )
        .all(root) as MemberRow[];
      const members: StoredStoryMember[] = memberRows.map((m) => ({
        article_id: m.article_id as ArticleId,
        story_id: m.story_id as StoryId,
        sequence: m.sequence,
        explanation: m.explanation === null ? null : (JSON.parse(m.explanation) as Explanation),
        id: m.article_id as ArticleId,
        source: m.source,
        title: m.title,
        published_at: m.published_at,
        language: m.language,
        word_count: m.word_count ?? 0,
      }));
      const links = (
        db
          .prepare('SELECT l.* FROM article_links l JOIN story_members m ON m.article_id = l.from_id WHERE m.story_id = ? ORDER BY l.from_id, l.score DESC')
          .all(root) as LinkRow[]
      ).map(toLink);
      const merges = (db.prepare('SELECT absorbed, into_id, score FROM story_merges WHERE into_id = ? ORDER BY absorbed').all(root) as Array<{ absorbed: string; into_id: string; score: number }>).map(
        (m): StoryMerge => ({ absorbed: m.absorbed as StoryId, into: m.into_id as StoryId, score: m.score }),
      );
      const splits = (
        db.prepare('SELECT into_id, from_id, score FROM story_splits WHERE into_id = ? OR from_id = ? ORDER BY into_id').all(root, root) as Array<{ into_id: string; from_id: string; score: number }>
      ).map((s): StorySplitOff => ({ from: s.from_id as StoryId, into: s.into_id as StoryId, score: s.score }));
      const stored: StoredStory = { story: toSummary(row), members, links, merges, splits };
      return stored;
    },
    async countStories() {
      return (db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n;
    },
    async articleStories() {
      const stories = new Map<ArticleId, StoryId>();
      const rows = db.prepare('SELECT article_id, story_id FROM story_members').iterate() as Iterable<{ article_id: string; story_id: string }>;
      for (const row of rows) stories.set(row.article_id as ArticleId, row.story_id as StoryId);
      return stories;
    },
    async clearStories() {
      db.exec('DELETE FROM stories; DELETE FROM story_members; DELETE FROM story_merges; DELETE FROM story_splits; DELETE FROM article_links;');
    },
  };
}
