// The SQLite schema, as an ordered list of migrations; the database's user_version says how many have run.
// Append new migrations at the end; never edit one that has shipped.
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE raw_inputs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    origin_file TEXT NOT NULL,
    origin_line INTEGER,
    kind TEXT NOT NULL CHECK (kind IN ('text', 'html')),
    body TEXT NOT NULL,
    hints TEXT NOT NULL,
    rejected_reason TEXT,
    ingested_at TEXT NOT NULL
  );
  CREATE TABLE articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    raw_id TEXT NOT NULL REFERENCES raw_inputs(id),
    source TEXT,
    title TEXT,
    url TEXT,
    published_at TEXT,
    language TEXT,
    word_count INTEGER NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX articles_raw ON articles(raw_id);
  CREATE INDEX articles_source ON articles(source);
  CREATE INDEX articles_published ON articles(published_at);
  CREATE TABLE outlet_pages (source TEXT PRIMARY KEY, pages INTEGER NOT NULL);
  CREATE TABLE outlet_lines (
    source TEXT NOT NULL,
    line_hash TEXT NOT NULL,
    pages INTEGER NOT NULL,
    PRIMARY KEY (source, line_hash)
  ) WITHOUT ROWID;
  `,
  // Full-text search over article titles and bodies (for the server's story and article search). Kept in
  // step with the articles table by triggers, so every writer of that table keeps the index right without knowing of it.
  `
  CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
  INSERT INTO articles_fts(rowid, title, body) SELECT seq, coalesce(title, ''), coalesce(json_extract(data, '$.text'), '') FROM articles;
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, coalesce(new.title, ''), coalesce(json_extract(new.data, '$.text'), ''));
  END;
  CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    DELETE FROM articles_fts WHERE rowid = old.seq;
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, coalesce(new.title, ''), coalesce(json_extract(new.data, '$.text'), ''));
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM articles_fts WHERE rowid = old.seq;
  END;
  `,
  // Stories (issue 4): per-article analyses, duplicate/copy links, story memberships with the explanation
  // each article joined with, merges of converged stories, and each story's current summary.
  `
  CREATE TABLE analyses (article_id TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE article_links (
    from_id TEXT NOT NULL,
    to_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('duplicate', 'copy')),
    score REAL NOT NULL,
    shared REAL NOT NULL,
    PRIMARY KEY (from_id, to_id)
  ) WITHOUT ROWID;
  CREATE INDEX article_links_to ON article_links(to_id);
  CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT,
    article_count INTEGER NOT NULL,
    sources TEXT NOT NULL,
    first_published TEXT,
    last_published TEXT,
    top_entities TEXT NOT NULL,
    top_terms TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX stories_activity ON stories(last_published, article_count);
  CREATE TABLE story_members (
    article_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    explanation TEXT
  ) WITHOUT ROWID;
  CREATE INDEX story_members_story ON story_members(story_id, sequence);
  CREATE TABLE story_merges (absorbed TEXT PRIMARY KEY, into_id TEXT NOT NULL, score REAL NOT NULL) WITHOUT ROWID;
  CREATE INDEX story_merges_into ON story_merges(into_id);
  `,
  // The server's story list: newest activity first, paged by (activity, id), without sorting every story.
  `
  CREATE INDEX stories_recent ON stories(coalesce(last_published, first_published, ''), id);
  `,
  // Story splits (src/cluster/refine.ts): which story each split-off story came from, like story_merges.
  `
  CREATE TABLE story_splits (into_id TEXT PRIMARY KEY, from_id TEXT NOT NULL, score REAL NOT NULL) WITHOUT ROWID;
  CREATE INDEX story_splits_from ON story_splits(from_id);
  `,
  // An article updated with the same title and text (the same URL ingested again, from another copy of the page) keeps
  // its full-text entry: re-indexing it (the old text read back and tokenized to delete it, the new one tokenized to
  // insert it) was a fifth of the HTML bench's store time, for an identical index.
  `
  DROP TRIGGER articles_fts_update;
  CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles
  WHEN old.title IS NOT new.title OR json_extract(old.data, '$.text') IS NOT json_extract(new.data, '$.text') BEGIN
    DELETE FROM articles_fts WHERE rowid = old.seq;
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, coalesce(new.title, ''), coalesce(json_extract(new.data, '$.text'), ''));
  END;
  `,
  // A raw input's record number in a file of several (a JSON array, a feed, a WARC), apart from a line of JSON Lines.
  `
  ALTER TABLE raw_inputs ADD COLUMN origin_record INTEGER;
  `,
];
