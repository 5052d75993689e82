/**
 * `npm run backup` copies the live database while it is being written, and `npm run restore` puts the
 * copy back. A separate process writes to the database the whole time (one committed insert after
 * another, each acknowledged on its stdout only once committed, as the server answers a request only
 * after its transaction); the backup runs in the middle of it. The copy must pass
 * `PRAGMA integrity_check` and hold every write acknowledged before the backup began, and so must the
 * database after the restore.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { applyMigrations, openDatabase } from '@/db/client';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibu-backup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const live = path.join(dir, 'zhibu.sqlite');
const copy = path.join(dir, 'backups', 'zhibu-copy.sqlite');
const tsx = path.resolve('node_modules/.bin/tsx');

/**
 * Runs one of the package's scripts (as `npm run backup|restore` does) against the test database;
 * resolves with its output once it exits 0, fails if it has not finished in 20 s.
 */
function runScript(script: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [script, ...args], {
      env: { ...process.env, DATABASE_PATH: live, NEXT_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not finish in 20 s: ${output}`));
    }, 20_000);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`${script} exited with ${code}: ${output}`));
    });
  });
}

// The writer: its own connection with the app's settings, a committed insert at a time, each
// acknowledged after the commit returns.
const writerSource = `
const Database = require('better-sqlite3');
const db = new Database(process.env.DATABASE_PATH);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
const insert = db.prepare('INSERT INTO backup_probe (n, body) VALUES (?, ?)');
let n = 0;
(function batch() {
  for (let i = 0; i < 20; i++) {
    n++;
    insert.run(n, 'write ' + n + ' ' + 'x'.repeat(500));
    process.stdout.write('ack ' + n + '\\n');
  }
  setImmediate(batch);
})();
`;

function probeRows(file: string): { count: number; max: number; integrity: string; gaps: number } {
  const db = new Database(file, { readonly: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const { count, max } = db
      .prepare('SELECT count(*) AS count, coalesce(max(n), 0) AS max FROM backup_probe')
      .get() as { count: number; max: number };
    // Rows 1..max all there: nothing in the middle went missing.
    const gaps = max - count;
    return { count, max, integrity, gaps };
  } finally {
    db.close();
  }
}

it('backs up while another process writes, and restores: every acknowledged write is in the copy and after the restore', async () => {
  // A migrated database like the app's, with a few megabytes in it so the copy takes many steps.
  const app = openDatabase(live);
  applyMigrations(app);
  app.$client.exec('CREATE TABLE backup_probe (n INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  app.$client.exec('CREATE TABLE filler (body BLOB NOT NULL)');
  const fill = app.$client.prepare('INSERT INTO filler (body) VALUES (?)');
  app.$client.transaction(() => {
    for (let i = 0; i < 1500; i++) fill.run(crypto.randomBytes(4000));
  })();
  app.$client.close();

  const writer: ChildProcess = spawn(process.execPath, ['-e', writerSource], {
    env: { ...process.env, DATABASE_PATH: live },
  });
  let acknowledged = 0;
  let writerError = '';
  let pending = '';
  writer.stdout!.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (line.startsWith('ack ')) acknowledged = Number(line.slice(4));
  });
  writer.stderr!.on('data', (chunk: Buffer) => (writerError += chunk));
  const writerExit = new Promise<void>((resolve) => writer.on('exit', () => resolve()));

  try {
    const deadline = Date.now() + 15_000;
    while (acknowledged < 500 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(acknowledged, `the writer is writing ${writerError}`).toBeGreaterThanOrEqual(500);

    const acknowledgedBeforeBackup = acknowledged;
    const output = await runScript('scripts/backup.ts', [copy]);
    const acknowledgedDuringBackup = acknowledged - acknowledgedBeforeBackup;
    expect(output).toContain('已备份到');
    expect(acknowledgedDuringBackup, 'the writer went on writing while the backup ran').toBeGreaterThan(0);

    const backedUp = probeRows(copy);
    expect(backedUp.integrity).toBe('ok');
    expect(backedUp.max, 'every write acknowledged before the backup began').toBeGreaterThanOrEqual(
      acknowledgedBeforeBackup,
    );
    expect(backedUp.gaps, 'no write missing in between').toBe(0);
    expect(
      fs.existsSync(`${copy}-wal`) && fs.statSync(`${copy}-wal`).size > 0,
      'the copy is one self-contained file',
    ).toBe(false);

    // Restoring needs the server stopped: once the writer has gone past the copy, stop it and put the copy back.
    const pastCopy = Date.now() + 15_000;
    while (acknowledged <= backedUp.max && Date.now() < pastCopy) await new Promise((r) => setTimeout(r, 20));
    writer.kill('SIGTERM');
    await writerExit;
    const writtenInAll = probeRows(live).max;
    expect(writtenInAll).toBeGreaterThan(backedUp.max);

    expect(await runScript('scripts/restore.ts', [copy])).toContain('已从');
    const restored = probeRows(live);
    expect(restored).toEqual(backedUp);
    // The database the restore replaced is kept beside it, with everything written up to the end.
    const aside = fs
      .readdirSync(dir)
      .find((name) => name.startsWith('zhibu.sqlite.before-restore-') && !/-(wal|shm)$/.test(name));
    expect(aside).toBeDefined();
    expect(probeRows(path.join(dir, aside!)).max).toBe(writtenInAll);
  } finally {
    if (writer.exitCode === null) writer.kill('SIGKILL');
    await writerExit;
  }
}, 60_000);
