/**
 * `npm run backup [-- file]`: copies the live database with SQLite's online backup, safe while the
 * server runs. Default target: data/backups/zhibu-<time>.sqlite.
 *
 * The copy is made in one step, inside one read transaction: a consistent snapshot that holds every
 * write committed before it began, while the server goes on writing (WAL: readers do not block the
 * writer). Copied in the default small steps, a write from another connection between two steps
 * restarts the copy, so under a steady stream of writes it would never finish.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databasePath } from '@/db/client';

const source = databasePath();
if (!fs.existsSync(source)) {
  console.error(`错误：数据库文件不存在：${source}`);
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = process.argv[2] ?? path.join('data', 'backups', `zhibu-${stamp}.sqlite`);
fs.mkdirSync(path.dirname(target), { recursive: true });

/** Pages per step: the largest better-sqlite3 takes, i.e. the whole database at once. */
const allRemainingPages = 0x7fffffff;

const db = new Database(source, { readonly: true });
db.backup(target, { progress: () => allRemainingPages })
  .then(() => {
    db.close();
    // One self-contained file, no -wal beside it (the app turns WAL back on when it opens a restored copy).
    const copy = new Database(target);
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('integrity_check', { simple: true });
    copy.close();
    if (check !== 'ok') throw new Error(`备份文件校验失败：${check}`);
    console.log(`已备份到 ${target}`);
  })
  .catch((error: Error) => {
    console.error(`备份失败：${error.message}`);
    process.exit(1);
  });
