// Store on an embedded SQLite file (better-sqlite3): WAL mode, one transaction per batch.
import { isUtf8 } from 'node:buffer';
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { htmlContent, type Article, type ArticleId, type Origin, type RawBody, type RawId, type SourceHints } from '../../model/index.ts';
import type { ArticleListQuery, ArticleSearchQuery, ArticleSummary, IngestBatch, SourceCount, Store, StoredRaw, TemplateCounts } from '../store.ts';
import { ftsQuery } from './fts-query.ts';
import { MIGRATIONS } from './migrations.ts';
import { multiRowInsert } from './multi-row.ts';
import { createWriterLock } from './writer-lock.ts';
import { createStoryTables } from './story-tables.ts';
import { createStoryQueries } from './story-query.ts';
import type { StoryQueries, StoryQuery } from '../story-query.ts';
import type { StoredStory, StoryBatch, StoryListQuery, StoryStore } from '../story-types.ts';
import type { Analysis, StoryId, StorySummary } from '../../model/index.ts';

type RawRow = {
  id: string; origin_file: string; origin_line: number | null; origin_record: number | null; kind: 'text' | 'html'; body: string | Buffer;
  hints: string; rejected_reason: string | null; ingested_at: string;
};

/** Raw input rows with an HTML body read as its UTF-8 bytes (a BLOB of the stored text): recleaning parses the bytes
 *  as ingest does (RawBody's utf8), without decoding the page first. */
const RAW_COLUMNS = "seq, id, origin_file, origin_line, origin_record, kind, CASE kind WHEN 'html' THEN CAST(body AS BLOB) ELSE body END AS body, hints, rejected_reason, ingested_at";

/** Where the body is among insertRaws' columns. */
const RAW_BODY_COLUMN = 5;
/** Rows read per query when streaming all raw inputs, bounding memory during reclean. */
const RAW_PAGE_SIZE = 500;
/** Bytes per database page for new databases (SQLite's default is 4,096); see openSqliteStore. */
const PAGE_SIZE = 16_384;
const DEFAULT_LIST_LIMIT = 100;
/** Search hits returned when the caller names no limit; enough for a page of stories built from them. */
const DEFAULT_SEARCH_LIMIT = 1000;

export type OpenOptions = {
  /** Fail instead of creating an empty database: commands that only read should not invent one at a mistyped path. */
  readonly mustExist?: boolean;
};

/** A database that cannot be opened, with a reason naming the path and what to check. */
export class StoreOpenError extends Error {
  constructor(path: string, reason: string) {
    super(`cannot open database ${path}: ${reason}`);
    this.name = 'StoreOpenError';
  }
}

export function openSqliteStore(path: string, options: OpenOptions = {}): SqliteStore {
  // SQLite opens "" as a private temporary database, deleted on close: everything stored in it would vanish.
  if (path === '') throw new StoreOpenError('""', 'an empty file name (is --db or $PARALLAX_DB set to an empty value?)');
  const file = path === ':memory:' ? undefined : statSync(path, { throwIfNoEntry: false });
  if (file?.isDirectory()) throw new StoreOpenError(path, 'it is a folder, not a database file');
  if (file === undefined && path !== ':memory:' && options.mustExist) {
    throw new StoreOpenError(path, 'no database there (ingest something first, or check --db and $PARALLAX_DB)');
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    refuseForeignDatabase(db);
    // Takes effect only in a new, empty database (never in one already in WAL mode). Raw HTML pages average about
    // 150 KB: on 4 KB pages each spans some 37 overflow pages, each a separate WAL frame written, then read and
    // written again by the checkpoint; 16 KB pages took the HTML bench's store time from about 0.85 to 0.6 CPU ms
    // a page, most of it the kernel's.
    db.pragma(`page_size = ${PAGE_SIZE}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return new SqliteStore(db);
  } catch (e) {
    db?.close();
    throw new StoreOpenError(path, openFailure(e as Error & { code?: string }));
  }
}

/** How many of another program's tables are named in the error. */
const FOREIGN_TABLES_NAMED = 3;

/**
 * Another program's database (tables, but no Parallax schema version) is refused before anything is set, since WAL mode
 * stays in the file: it was switched to WAL, then the migrations failed on a table of the same name ("table
 * articles already exists") or added Parallax's tables beside the program's own.
 */
function refuseForeignDatabase(db: Database.Database): void {
  if ((db.pragma('user_version', { simple: true }) as number) !== 0) return;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").pluck().all() as string[];
  if (tables.length === 0) return;
  const named = tables.slice(0, FOREIGN_TABLES_NAMED).join(', ') + (tables.length > FOREIGN_TABLES_NAMED ? ', …' : '');
  throw new Error(`not a Parallax database (it holds tables of another program: ${named}; is --db the right file?)`);
}

/** SQLite's and better-sqlite3's reasons, in words that say what to check. */
function openFailure(error: Error & { code?: string }): string {
  if (error.code === 'SQLITE_NOTADB') return 'not a SQLite database (is --db the right file?)';
  if (error.code?.startsWith('SQLITE_READONLY')) return 'read-only: the file and its folder must be writable';
  if (error.code?.startsWith('SQLITE_BUSY')) return 'locked by another process';
  if (error.code?.startsWith('SQLITE_CANTOPEN')) return 'unable to open the file (check that its folder exists and that it and the folder are writable)';
  if (/directory does not exist/.test(error.message)) return 'its folder does not exist';
  return error.message;
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new Error(`database schema version ${version} is newer than this Parallax (${MIGRATIONS.length}); upgrade Parallax`);
  }
  db.transaction(() => {
    for (let v = version; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  })();
}

export class SqliteStore implements Store {
  private readonly insertRaws;
  private readonly upsertArticles;
  private readonly bumpOutletPages;
  private readonly bumpOutletLines;
  private readonly rawRejection;
  private readonly stories: StoryStore;
  private readonly storyQueries: StoryQueries;
  private readonly writerLock: <T>(work: () => Promise<T>, onWait?: () => void) => Promise<T>;

  constructor(readonly db: Database.Database) {
    // A database in memory is this connection's alone: there is no other writer to wait for.
    this.writerLock = db.memory ? (work) => work() : createWriterLock(db.name);
    this.stories = createStoryTables(db);
    this.storyQueries = createStoryQueries(db);
    // A body given as its UTF-8 bytes (RawBody's utf8) is cast to text: SQLite takes the bytes as they are, the same
    // text as binding the string, which better-sqlite3 would first encode to UTF-8 again (a quarter of the time raw rows take).
    this.insertRaws = multiRowInsert(
      db,
      'INSERT INTO raw_inputs (id, origin_file, origin_line, origin_record, kind, body, hints, rejected_reason, ingested_at)',
      9,
      'ON CONFLICT(id) DO NOTHING',
      (column) => (column === RAW_BODY_COLUMN ? 'CAST(? AS TEXT)' : '?'),
    );
    // FTS5 writes the index data it holds to a new segment at the start of every statement that may change it (the
    // articles triggers do): a statement per article left a segment per article to merge, over a fifth of an ingest.
    this.upsertArticles = multiRowInsert(
      db,
      'INSERT INTO articles (id, raw_id, source, title, url, published_at, language, word_count, data)',
      9,
      `ON CONFLICT(id) DO UPDATE SET raw_id = excluded.raw_id, source = excluded.source, title = excluded.title,
         url = excluded.url, published_at = excluded.published_at, language = excluded.language,
         word_count = excluded.word_count, data = excluded.data`,
    );
    this.bumpOutletPages = db.prepare(
      `INSERT INTO outlet_pages (source, pages) VALUES (?, ?) ON CONFLICT(source) DO UPDATE SET pages = pages + excluded.pages`,
    );
    this.bumpOutletLines = multiRowInsert(
      db,
      'INSERT INTO outlet_lines (source, line_hash, pages)',
      3,
      'ON CONFLICT(source, line_hash) DO UPDATE SET pages = pages + excluded.pages',
    );
    this.rawRejection = db.prepare<[string], { rejected_reason: string | null }>('SELECT rejected_reason FROM raw_inputs WHERE id = ?');
  }

  async saveBatch(batch: IngestBatch): Promise<void> {
    const now = new Date().toISOString();
    this.db.transaction(() => {
      const raws: unknown[] = [];
      for (const { raw, rejectedReason } of batch.raws) {
        const body = raw.body.kind === 'text' ? raw.body.text : htmlContent(raw.body);
        raws.push(raw.id, raw.origin.file, raw.origin.line ?? null, raw.origin.record ?? null, raw.body.kind, body, JSON.stringify(raw.hints), rejectedReason, now);
      }
      this.insertRaws(raws);
      this.writeArticles(batch.articles);
      // Counted per batch first: an outlet's chrome lines recur on most of its pages, so one write per line instead of one per page.
      const pages = new Map<string, number>();
      const lines = new Map<string, Map<string, number>>();
      for (const t of batch.templateLines) {
        pages.set(t.source, (pages.get(t.source) ?? 0) + 1);
        let outletLines = lines.get(t.source);
        if (outletLines === undefined) lines.set(t.source, (outletLines = new Map()));
        for (const hash of t.lineHashes) outletLines.set(hash, (outletLines.get(hash) ?? 0) + 1);
      }
      for (const [source, n] of pages) this.bumpOutletPages.run(source, n);
      const lineCounts: unknown[] = [];
      for (const [source, outletLines] of lines) for (const [hash, n] of outletLines) lineCounts.push(source, hash, n);
      this.bumpOutletLines(lineCounts);
    })();
  }

  private writeArticles(articles: readonly Article[]): void {
    const values: unknown[] = [];
    for (const a of articles) values.push(a.id, a.raw_id, a.source, a.title, a.url, a.published_at, a.language, a.word_count, JSON.stringify(a));
    this.upsertArticles(values);
  }

  async knownRaws(ids: readonly RawId[]): Promise<Map<RawId, string | null>> {
    const known = new Map<RawId, string | null>();
    for (const id of ids) {
      const row = this.rawRejection.get(id);
      if (row !== undefined) known.set(id, row.rejected_reason);
    }
    return known;
  }

  async getRaw(id: RawId): Promise<StoredRaw | null> {
    const row = this.db.prepare(`SELECT ${RAW_COLUMNS} FROM raw_inputs WHERE id = ?`).get(id) as RawRow | undefined;
    return row ? rowToRaw(row) : null;
  }

  async *allRaws(): AsyncIterable<StoredRaw> {
    const page = this.db.prepare(`SELECT ${RAW_COLUMNS} FROM raw_inputs WHERE seq > ? ORDER BY seq LIMIT ?`);
    let after = 0;
    for (;;) {
      const rows = page.all(after, RAW_PAGE_SIZE) as Array<RawRow & { seq: number }>;
      if (rows.length === 0) return;
      for (const row of rows) yield rowToRaw(row);
      after = rows[rows.length - 1]!.seq;
    }
  }

  async replaceArticles(batch: { articles: readonly Article[]; rejected: ReadonlyArray<{ rawId: RawId; reason: string }> }): Promise<void> {
    const dropForRaw = this.db.prepare('DELETE FROM articles WHERE raw_id = ?');
    const markRejected = this.db.prepare('UPDATE raw_inputs SET rejected_reason = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const a of batch.articles) {
        dropForRaw.run(a.raw_id);
        this.writeArticles([a]);
        markRejected.run(null, a.raw_id);
      }
      for (const r of batch.rejected) {
        dropForRaw.run(r.rawId);
        markRejected.run(r.reason, r.rawId);
      }
    })();
  }

  async getArticle(id: ArticleId): Promise<Article | null> {
    const row = this.db.prepare('SELECT data FROM articles WHERE id = ?').pluck().get(id) as string | undefined;
    return row ? (JSON.parse(row) as Article) : null;
  }

  async listArticles(query: ArticleListQuery = {}): Promise<ArticleSummary[]> {
    const where = query.source ? 'WHERE source = @source' : '';
    return this.db
      .prepare(`SELECT id, source, title, published_at, language, word_count FROM articles ${where} ORDER BY seq LIMIT @limit OFFSET @offset`)
      .all({ source: query.source, limit: query.limit ?? DEFAULT_LIST_LIMIT, offset: query.offset ?? 0 }) as ArticleSummary[];
  }

  async countArticles(): Promise<number> {
    return this.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  }

  async searchArticles(query: ArticleSearchQuery): Promise<ArticleId[]> {
    const match = ftsQuery(query.text);
    if (!match) return [];
    // The outlet is matched in the query, not after it: a page of hits filtered afterwards came back short or empty.
    return this.db
      .prepare(
        `SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
         WHERE articles_fts MATCH @match AND (@source IS NULL OR a.source = @source)
         ORDER BY bm25(articles_fts, 3.0, 1.0) LIMIT @limit OFFSET @offset`,
      )
      .pluck()
      .all({ match, source: query.source ?? null, limit: query.limit ?? DEFAULT_SEARCH_LIMIT, offset: query.offset ?? 0 }) as ArticleId[];
  }

  async *iterateArticles(): AsyncIterable<Article> {
    const page = this.db.prepare('SELECT seq, data FROM articles WHERE seq > ? ORDER BY seq LIMIT ?');
    let after = 0;
    for (;;) {
      const rows = page.all(after, RAW_PAGE_SIZE) as Array<{ seq: number; data: string }>;
      if (rows.length === 0) return;
      for (const row of rows) yield JSON.parse(row.data) as Article;
      after = rows[rows.length - 1]!.seq;
    }
  }

  async listSources(): Promise<SourceCount[]> {
    return this.db
      .prepare('SELECT source, count(*) AS articles FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY articles DESC, source')
      .all() as SourceCount[];
  }

  async loadTemplateCounts(): Promise<TemplateCounts> {
    const pages = new Map<string, number>();
    for (const r of this.db.prepare('SELECT source, pages FROM outlet_pages').iterate() as Iterable<{ source: string; pages: number }>) {
      pages.set(r.source, r.pages);
    }
    const lines: TemplateCounts['lines'] = new Map();
    const rows = this.db.prepare('SELECT source, line_hash, pages FROM outlet_lines WHERE pages >= 2').iterate();
    for (const r of rows as Iterable<{ source: string; line_hash: string; pages: number }>) {
      let outletLines = lines.get(r.source);
      if (outletLines === undefined) lines.set(r.source, (outletLines = new Map()));
      outletLines.set(r.line_hash, r.pages);
    }
    return { pages, lines };
  }

  // Stories: kept in story-tables.ts (migration 3); delegated so this class stays about articles.
  saveStoryBatch(batch: StoryBatch): Promise<void> { return this.stories.saveStoryBatch(batch); }
  getAnalysis(id: ArticleId): Promise<Analysis | null> { return this.stories.getAnalysis(id); }
  listStories(query?: StoryListQuery): Promise<StorySummary[]> { return this.stories.listStories(query); }
  getStory(id: StoryId): Promise<StoredStory | null> { return this.stories.getStory(id); }
  countStories(): Promise<number> { return this.stories.countStories(); }
  articleStories(): Promise<Map<ArticleId, StoryId>> { return this.stories.articleStories(); }
  clearStories(): Promise<void> { return this.stories.clearStories(); }
  // The server's story list and lookups (story-query.ts).
  queryStories(query: StoryQuery): Promise<StorySummary[]> { return this.storyQueries.queryStories(query); }
  storyOfArticle(id: string): Promise<StoryId | null> { return this.storyQueries.storyOfArticle(id); }
  dataVersion(): Promise<string> { return this.storyQueries.dataVersion(); }

  writeExclusively<T>(work: () => Promise<T>, onWait?: () => void): Promise<T> {
    return this.writerLock(work, onWait);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function originOf(row: RawRow): Origin {
  if (row.origin_line !== null) return { file: row.origin_file, line: row.origin_line };
  return row.origin_record === null ? { file: row.origin_file } : { file: row.origin_file, record: row.origin_record };
}

function rowToRaw(row: RawRow): StoredRaw {
  // HTML bodies come as bytes (RAW_COLUMNS). What Parallax wrote is valid UTF-8; text another writer left invalid is
  // decoded as any other text would be.
  const body: RawBody = typeof row.body === 'string' ? { kind: 'text', text: row.body }
    : isUtf8(row.body) ? { kind: 'html', utf8: row.body } : { kind: 'html', html: row.body.toString('utf8') };
  return {
    id: row.id as RawId,
    origin: originOf(row),
    body,
    hints: JSON.parse(row.hints) as SourceHints,
    ingested_at: row.ingested_at,
    rejected_reason: row.rejected_reason,
  };
}
