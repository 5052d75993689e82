/**
 * `npm run backup [-- file]`: copies the live database with SQLite's online backup, safe while the
 * server runs. Default target: data/backups/zhibu-<time>.sqlite.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databasePath } from '../db/client';

const source = databasePath();
if (!fs.existsSync(source)) {
  console.error(`错误：数据库文件不存在：${source}`);
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = process.argv[2] ?? path.join('data', 'backups', `zhibu-${stamp}.sqlite`);
fs.mkdirSync(path.dirname(target), { recursive: true });

const db = new Database(source, { readonly: true });
db.backup(target)
  .then(() => {
    const check = new Database(target, { readonly: true }).pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`备份文件校验失败：${check}`);
    console.log(`已备份到 ${target}`);
  })
  .catch((error: Error) => {
    console.error(`备份失败：${error.message}`);
    process.exit(1);
  });
