import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';

const file = path.join(os.tmpdir(), `zhibu-client-${crypto.randomUUID()}.sqlite`);
afterAll(() => {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
});

it('opens the database with the settings that keep saved writes: WAL, a flush per commit, foreign keys, a busy timeout', () => {
  const db = openDatabase(file);
  const pragma = (name: string) => db.$client.pragma(name, { simple: true });
  expect({
    journalMode: pragma('journal_mode'),
    synchronous: pragma('synchronous'),
    foreignKeys: pragma('foreign_keys'),
    busyTimeout: pragma('busy_timeout'),
  }).toEqual({ journalMode: 'wal', synchronous: 2, foreignKeys: 1, busyTimeout: 5000 });
  db.$client.close();
});
