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
];
