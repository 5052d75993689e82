/**
 * `npm run restore -- <file>`: puts a backup back as the database. Stop the server first; the current
 * database is kept beside it as <name>.before-restore-<time>.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { databasePath } from '@/db/client';

const backup = process.argv[2];
if (!backup || !fs.existsSync(backup)) {
  console.error('用法：npm run restore -- <备份文件>');
  process.exit(1);
}
const source = new Database(backup, { readonly: true });
const check = source.pragma('integrity_check', { simple: true });
if (check !== 'ok') {
  console.error(`备份文件已损坏，未恢复：${check}`);
  process.exit(1);
}

const target = databasePath();
if (fs.existsSync(target)) {
  // Fold the WAL into the file so the kept copy is complete, then set it aside.
  const current = new Database(target);
  current.pragma('wal_checkpoint(TRUNCATE)');
  current.close();
  const aside = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(target, aside);
  console.log(`原数据库已保留为 ${aside}`);
}
for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
// SQLite's backup API rather than a file copy: a backup kept in WAL mode with its -wal beside it (as
// older ones were) comes back whole too. One step: nothing else writes to either file now.
source
  .backup(target, { progress: () => 0x7fffffff })
  .then(() => {
    source.close();
    console.log(`已从 ${backup} 恢复到 ${target}。请重新启动应用。`);
  })
  .catch((error: Error) => {
    console.error(`恢复失败：${error.message}`);
    process.exit(1);
  });
