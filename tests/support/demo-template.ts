/**
 * vitest's global setup: migrates and seeds the demo once per run, as of the pinned day, into a template
 * file that each test file copies (tests/support/test-db.ts) instead of seeding its own — seeding is the
 * slowest part of starting a test file. A test file that seeds another day seeds for itself.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { pinnedToday } from '@/tests/support/pinned-today';

declare module 'vitest' {
  export interface ProvidedContext {
    demoTemplate: { file: string; today: string };
  }
}

export default async function setup(project: TestProject) {
  const file = path.join(os.tmpdir(), `zhibu-template-${process.pid}-${crypto.randomUUID()}.sqlite`);
  process.env.DATABASE_PATH = file;
  process.env.ZHIBU_TODAY = pinnedToday;
  const { db } = await import('@/db');
  const { applyMigrations } = await import('@/db/client');
  const { seedDemo } = await import('@/db/seed/demo');
  const { seedDemoReports } = await import('@/db/seed/demo-reports');
  applyMigrations(db);
  seedDemo(db, pinnedToday);
  seedDemoReports(pinnedToday);
  db.$client.close();
  project.provide('demoTemplate', { file, today: pinnedToday });
  return () => {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  };
}
