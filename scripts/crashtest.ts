/**
 * `npm run crashtest [-- --rounds 20 --writers 8 --port 3230 --seed N]`
 *
 * Pulls the plug on the production server, many times, and proves nothing acknowledged is lost:
 *
 * 1. builds if the sources changed, and makes a fresh demo database (data/crashtest.sqlite);
 * 2. each round starts the server (scripts/serve.mjs, one worker per core), signs in as the secretary
 *    and runs `writers` concurrent clients that each record work outputs through the real server action
 *    (`createWorkOutput`, called over HTTP as the browser calls it), one after another, each with a title
 *    of its own;
 * 3. at a random moment SIGKILLs the primary and every worker at once;
 * 4. with the server down, opens the database (which recovers the WAL) and checks `PRAGMA
 *    integrity_check`, foreign keys, and that every write the server acknowledged (HTTP 200 with
 *    `ok: true`) is there, with its audit entry, and nothing more than was sent.
 *
 * Writes cut off mid-request may or may not have landed; they are counted, not required.
 * Exits non-zero on the first failure.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { seededRandom } from '@/db/seed/random';
import { demoPassword } from '@/lib/demo-accounts';
import { argValue } from '@/scripts/bench/common';
import { buildIfNeeded } from '@/scripts/build-stamp';
import { type RunningServer, signIn, sleep, startServer } from '@/scripts/lib/server';

const rounds = Number(argValue('rounds') ?? 20);
const writers = Number(argValue('writers') ?? 8);
const port = Number(argValue('port') ?? 3230);
const seed = Number(argValue('seed') ?? Date.now() % 1_000_000);
const databaseFile = 'data/crashtest.sqlite';
const titlePrefix = '断电测试';

/** The id under which the build registered a server action (the browser sends it as `Next-Action`). */
function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, a]) => a.filename === filename && a.exportedName === exportedName,
  );
  if (!found) throw new Error(`no server action ${exportedName} in ${filename}`);
  return found[0];
}

function freshDemoDatabase() {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${databaseFile}${suffix}`, { force: true });
  const seeded = spawnSync('node_modules/.bin/tsx', ['--conditions=react-server', 'scripts/seed.ts'], {
    env: { ...process.env, DATABASE_PATH: databaseFile },
    encoding: 'utf8',
  });
  if (seeded.status !== 0) throw new Error(`seeding failed:\n${seeded.stderr}`);
  const db = new Database(databaseFile, { readonly: true });
  const categoryId = db
    .prepare(
      `SELECT c.id FROM work_output_categories c JOIN accounts a ON a.branch_id = c.branch_id WHERE a.username = 'shuji' AND c.archived_at IS NULL LIMIT 1`,
    )
    .pluck()
    .get() as number;
  db.close();
  return categoryId;
}

type Round = { acknowledged: string[]; cutOff: number };

/** One client: records work outputs one after another until the server stops answering. */
async function writer(
  server: RunningServer,
  cookie: string,
  id: string,
  categoryId: number,
  name: string,
  into: Round,
) {
  for (let n = 0; ; n++) {
    const title = `${titlePrefix}-${name}-${n}`;
    const payload = { date: '2024-06-01', categoryId: String(categoryId), title, quantity: '1', note: '' };
    try {
      const response = await fetch(`${server.base}/outputs`, {
        method: 'POST',
        headers: {
          'next-action': id,
          accept: 'text/x-component',
          'content-type': 'text/plain;charset=UTF-8',
          origin: server.base,
          cookie,
        },
        // React's reply encoding of the action's arguments (previous state, input): plain JSON here.
        body: JSON.stringify([null, payload]),
      });
      const body = await response.text();
      if (response.status !== 200 || !body.includes('"ok":true'))
        throw new Error(`write refused (${response.status}): ${body.slice(0, 300)}`);
      into.acknowledged.push(title);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('write refused')) throw error;
      into.cutOff++;
      return;
    }
  }
}

/** With the server down: the file is sound and holds every acknowledged write and its audit entry. */
function verify(acknowledged: string[], cutOff: number): { rows: number } {
  const db = new Database(databaseFile);
  try {
    const integrity = db.prepare('PRAGMA integrity_check').pluck().all() as string[];
    if (integrity.join() !== 'ok') throw new Error(`integrity_check: ${integrity.join('; ')}`);
    const foreignKeys = db.prepare('PRAGMA foreign_key_check').all();
    if (foreignKeys.length) throw new Error(`foreign_key_check: ${JSON.stringify(foreignKeys.slice(0, 5))}`);
    const stored = db
      .prepare(
        `SELECT o.title, EXISTS (SELECT 1 FROM audit_log l WHERE l.entity = 'work_outputs' AND l.entity_id = o.id AND l.action = 'work_output.create') AS audited
         FROM work_outputs o WHERE o.title LIKE ?`,
      )
      .all(`${titlePrefix}-%`) as { title: string; audited: number }[];
    const byTitle = new Map(stored.map((r) => [r.title, r.audited]));
    const missing = acknowledged.filter((t) => !byTitle.has(t));
    if (missing.length)
      throw new Error(`${missing.length} acknowledged writes missing, e.g. ${missing.slice(0, 5).join(', ')}`);
    const unaudited = stored.filter((r) => !r.audited).map((r) => r.title);
    if (unaudited.length)
      throw new Error(`${unaudited.length} writes without their audit entry, e.g. ${unaudited.slice(0, 5).join(', ')}`);
    if (stored.length > acknowledged.length + cutOff)
      throw new Error(`${stored.length} rows for ${acknowledged.length + cutOff} writes sent`);
    return { rows: stored.length };
  } finally {
    db.close();
  }
}

async function main() {
  buildIfNeeded({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
  const categoryId = freshDemoDatabase();
  const id = actionId('app/(app)/outputs/actions.ts', 'createWorkOutput');
  const random = seededRandom(seed);
  const acknowledged: string[] = [];
  let cutOff = 0;
  console.log(`断电测试：${rounds} 轮，每轮 ${writers} 个并发写入，随机种子 ${seed}（数据库 ${databaseFile}）`);

  for (let r = 1; r <= rounds; r++) {
    const server = await startServer({ port, databaseFile });
    const cookie = await signIn(server.base, 'shuji', demoPassword);
    const round: Round = { acknowledged: [], cutOff: 0 };
    const clients = Array.from({ length: writers }, (_, w) =>
      writer(server, cookie, id, categoryId, `${r}-${w}`, round),
    );
    // Kill once writes are flowing, at a random moment 0.2–2 s in.
    while (round.acknowledged.length === 0) await sleep(5);
    await sleep(200 + random.next() * 1800);
    await server.kill();
    await Promise.all(clients);
    acknowledged.push(...round.acknowledged);
    cutOff += round.cutOff;
    const { rows } = verify(acknowledged, cutOff);
    console.log(
      `第 ${String(r).padStart(2)} 轮：确认写入 ${round.acknowledged.length}，被中断 ${round.cutOff}；库中共 ${rows} 条（确认 ${acknowledged.length}），integrity_check ok`,
    );
  }
  console.log(
    `通过：${rounds} 次 SIGKILL，确认的 ${acknowledged.length} 次写入全部保留（另有 ${cutOff} 次在写入途中被中断）。`,
  );
}

main().catch((error) => {
  console.error(`失败：${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
