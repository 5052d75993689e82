import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, inject } from 'vitest';
import type { Database } from '@/db/client';

export type TestDatabase = { db: Database; file: string };

/**
 * Gives the calling test file its own database: a fresh SQLite file in the temp directory, migrated
 * and seeded with the demo. Call it with top-level `await` BEFORE anything that imports `db/index.ts`
 * is loaded (import action modules afterwards with `await import(...)`), because `db/index.ts` opens
 * the handle from `DATABASE_PATH` when it is first imported.
 *
 * Each test file runs in its own process (`pool: 'forks'`), so each file gets its own database.
 */
export async function setupTestDatabase(): Promise<TestDatabase> {
  const file = path.join(os.tmpdir(), `zhibu-test-${process.pid}-${crypto.randomUUID()}.sqlite`);
  process.env.DATABASE_PATH = file;
  // The run's seeded demo (tests/support/demo-template.ts), when this file runs on the same day.
  const template = inject('demoTemplate');
  const fromTemplate =
    !!template && (process.env.ZHIBU_TODAY || template.today) === template.today && fs.existsSync(template.file);
  if (fromTemplate) fs.copyFileSync(template.file, file);

  const { db } = await import('@/db');
  // If `db/index.ts` was loaded before the env var was set, the handle points at the real database:
  // refuse to migrate and seed it.
  if (db.$client.name !== file) {
    throw new Error(
      `setupTestDatabase: db/index.ts was imported before DATABASE_PATH was set (it opened ${db.$client.name}). ` +
        'Import action modules with `await import(...)` after calling setupTestDatabase().',
    );
  }
  if (!fromTemplate) {
    const { applyMigrations } = await import('@/db/client');
    const { seedDemo } = await import('@/db/seed/demo');
    applyMigrations(db);
    seedDemo(db);
    const { seedDemoReports } = await import('@/db/seed/demo-reports');
    const { todayIso } = await import('@/lib/clock');
    seedDemoReports(todayIso());
  }

  afterAll(() => {
    db.$client.close();
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
  });

  return { db, file };
}

function userTables(db: Database): string[] {
  return db.$client
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
}

/** Number of rows in one table (by its SQL name, e.g. 'people', 'audit_log'). */
export function rowCount(db: Database, table: string): number {
  return db.$client.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
}

export type DatabaseSnapshot = {
  /** Rows per table, e.g. `{ people: 27, audit_log: 0, ... }`. */
  counts: Record<string, number>;
  /** A hash over every row of every table: changes if anything at all was written. */
  checksum: string;
};

/** Row counts and a content checksum of the whole database, to assert that nothing was written. */
export function tableChecksum(db: Database): DatabaseSnapshot {
  const counts: Record<string, number> = {};
  const hash = crypto.createHash('sha256');
  for (const table of userTables(db)) {
    const rows = db.$client.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().all();
    counts[table] = rows.length;
    hash.update(`${table}\n${JSON.stringify(rows)}\n`);
  }
  return { counts, checksum: hash.digest('hex') };
}
