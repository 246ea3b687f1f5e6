// One INSERT statement for many rows: fewer calls into SQLite, and one full-text index segment per statement.
import type Database from 'better-sqlite3';

/** SQLite binds at most 32,766 parameters per statement; runs stay well under it. */
const MAX_PARAMETERS = 16_384;
/** Rows per statement beyond this save little more. */
const MAX_ROWS = 1024;

/**
 * Inserts rows given as one flat list of values (`columns` per row, in order) through `INSERT … VALUES (…), (…) …`
 * statements: `head` is the text before VALUES, `tail` what follows the rows (an ON CONFLICT clause). Runs are cut in
 * powers of two, so a handful of prepared statements serves every count of rows. `valueOf` wraps a column's parameter
 * in an expression (a cast) where a value needs one.
 */
export function multiRowInsert(
  db: Database.Database,
  head: string,
  columns: number,
  tail: string,
  valueOf: (column: number) => string = () => '?',
): (values: readonly unknown[]) => void {
  const maxRows = Math.min(MAX_ROWS, 2 ** Math.floor(Math.log2(MAX_PARAMETERS / columns)));
  const row = `(${Array.from({ length: columns }, (_, column) => valueOf(column)).join(', ')})`;
  const statements = new Map<number, Database.Statement<unknown[]>>();
  const statementFor = (rows: number): Database.Statement<unknown[]> => {
    let statement = statements.get(rows);
    if (statement === undefined) {
      statement = db.prepare(`${head} VALUES ${Array.from({ length: rows }, () => row).join(', ')} ${tail}`);
      statements.set(rows, statement);
    }
    return statement;
  };
  return (values) => {
    const total = values.length / columns;
    for (let from = 0; from < total; ) {
      const rows = Math.min(maxRows, 2 ** Math.floor(Math.log2(total - from)));
      statementFor(rows).run(values.slice(from * columns, (from + rows) * columns));
      from += rows;
    }
  };
}
