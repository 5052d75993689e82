import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from '@/db/schema';

export const defaultDatabasePath = 'data/zhibu.sqlite';
export const migrationsFolder = 'db/migrations';

export function databasePath(): string {
  return process.env.DATABASE_PATH || defaultDatabasePath;
}

/**
 * Opens a SQLite file with the settings every process of the app uses:
 * - WAL: readers never block the writer, and a crash at any moment leaves the file consistent (the
 *   next open rolls back a half-written transaction);
 * - synchronous FULL: every commit is flushed to disk before it returns, so a write the user was told
 *   is saved survives a killed process (`npm run crashtest`) and a power cut too. NORMAL would survive
 *   the first but could lose the last commits to the second; writes here are people typing, so the
 *   flush per commit costs nothing anyone notices;
 * - foreign keys enforced, and a busy timeout so concurrent writers queue instead of failing.
 */
export function openDatabase(file: string = databasePath()) {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new BetterSqlite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return drizzle({ client: sqlite, schema, casing: 'snake_case' });
}

export type Database = ReturnType<typeof openDatabase>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Transaction;

/**
 * Applies the pending migrations with foreign keys off, as SQLite's procedure for rebuilding a table
 * requires (the migrator runs in one transaction, where a migration's own PRAGMA cannot take effect).
 * When a migration was applied, every reference is checked after it: one left dangling stops the start
 * (the migration is committed by then; the message names the damage, and a backup restores what was).
 */
export function applyMigrations(db: Database) {
  const applied = () => migrationsApplied(db);
  const before = applied();
  db.$client.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder });
    if (applied() === before) return;
    const dangling = db.$client.pragma('foreign_key_check') as unknown[];
    if (dangling.length > 0) throw new Error(`迁移后有${dangling.length}处外键引用失效，请从备份恢复`);
  } finally {
    db.$client.pragma('foreign_keys = ON');
  }
}

/** How many migrations the database has applied (0 for a new one). */
function migrationsApplied(db: Database): number {
  const table = db.$client
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  return table ? (db.$client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number) : 0;
}
