import type BetterSqlite3 from 'better-sqlite3';
import { toSnakeCase } from 'drizzle-orm/casing';
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';

type Statement = BetterSqlite3.Statement<unknown[]>;

/**
 * Fast inserts through the app's schema: the SQL names and the value mapping (JSON, booleans) come
 * from the drizzle table definitions in db/schema, so the dataset has exactly the columns the app
 * reads; each row is one run of a cached prepared statement (drizzle would build and prepare SQL per
 * insert, which dominates at millions of rows). Ids are assigned here, in insertion order, so the
 * generator can relate rows without reading them back.
 */
export class BulkWriter {
  private readonly statements = new Map<string, Statement>();
  private readonly columns = new Map<SQLiteTable, { sqlName: string; byKey: Map<string, SQLiteColumn> }>();
  private readonly nextIds = new Map<SQLiteTable, number>();
  readonly counts = new Map<string, number>();

  constructor(private readonly sqlite: BetterSqlite3.Database) {}

  private tableInfo(table: SQLiteTable) {
    let info = this.columns.get(table);
    if (!info) {
      const config = getTableConfig(table);
      const byKey = new Map<string, SQLiteColumn>();
      // The table object's own keys are the camelCase names the app uses.
      for (const [key, column] of Object.entries(table as unknown as Record<string, unknown>)) {
        if (config.columns.includes(column as SQLiteColumn)) byKey.set(key, column as SQLiteColumn);
      }
      info = { sqlName: config.name, byKey };
      this.columns.set(table, info);
    }
    return info;
  }

  private sqlName(column: SQLiteColumn) {
    return column.keyAsName ? toSnakeCase(column.name) : column.name;
  }

  /** Inserts one row (camelCase keys of the schema) and returns its id. */
  insert<T extends SQLiteTable>(table: T, row: Partial<T['$inferInsert']>): number {
    const info = this.tableInfo(table);
    const id = (row as { id?: number }).id ?? this.nextId(table);
    const keys = ['id', ...Object.keys(row).filter((k) => k !== 'id')];
    const signature = `${info.sqlName}:${keys.join(',')}`;
    let statement = this.statements.get(signature);
    if (!statement) {
      const names = keys.map((key) => {
        const column = info.byKey.get(key);
        if (!column) throw new Error(`${info.sqlName} has no column ${key}`);
        return `"${this.sqlName(column)}"`;
      });
      statement = this.sqlite.prepare(
        `INSERT INTO "${info.sqlName}" (${names.join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`,
      );
      this.statements.set(signature, statement);
    }
    const values = keys.map((key) => {
      if (key === 'id') return id;
      const value = (row as Record<string, unknown>)[key];
      return value === null || value === undefined ? null : info.byKey.get(key)!.mapToDriverValue(value);
    });
    statement.run(...values);
    this.counts.set(info.sqlName, (this.counts.get(info.sqlName) ?? 0) + 1);
    return id;
  }

  private nextId(table: SQLiteTable): number {
    let next = this.nextIds.get(table);
    if (next === undefined) {
      const info = this.tableInfo(table);
      next =
        ((this.sqlite.prepare(`SELECT coalesce(max(id), 0) FROM "${info.sqlName}"`).pluck().get() as number) ?? 0) + 1;
    }
    this.nextIds.set(table, next + 1);
    return next;
  }
}
