/**
 * `npm run bench:data -- --scale N [--seed S] [--until YYYY-MM-DD] [--out FILE]`
 *
 * Writes the benchmark dataset (scripts/bench/dataset.ts) into its own SQLite file, data/bench-N.sqlite
 * by default, migrated like the app's database; then the duty reports of every branch and year, whose
 * sections the app's own first-draft generator writes from the records (draftFacts + buildDraftSections).
 * A summary with the sign-ins goes beside it as data/bench-N.json. The data is a function of scale,
 * seed and `until` (default: today), so two runs on the same day give the same file.
 */

import fs from 'node:fs';
import path from 'node:path';
import bcrypt from 'bcryptjs';
import { seededRandom } from '@/db/seed/random';
import { todayIso } from '@/lib/clock';
import { BulkWriter } from '@/scripts/bench/bulk-insert';
import { argValue, datasetFile, summaryFile } from '@/scripts/bench/common';
import { benchPassword, generateDataset, problemsText, reportGrades, reviewerName } from '@/scripts/bench/dataset';

async function main() {
  const scale = Number(argValue('scale') ?? '1');
  if (!Number.isInteger(scale) || scale < 1) throw new Error('--scale 须为正整数');
  const seed = Number(argValue('seed') ?? '20230701');
  const until = argValue('until') ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) throw new Error('--until 须为 YYYY-MM-DD');
  const file = argValue('out') ?? datasetFile(scale);
  const started = Date.now();
  const log = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
  process.env.DATABASE_PATH = file;
  const { db } = await import('@/db');
  const { applyMigrations } = await import('@/db/client');
  applyMigrations(db);
  const sqlite = db.$client;
  // A bulk load: no journal and no syncs (a failed run is simply rerun); WAL is restored at the end.
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('foreign_keys = OFF');
  sqlite.pragma('cache_size = -1000000');
  sqlite.pragma('temp_store = MEMORY');

  const passwordHash = bcrypt.hashSync(benchPassword, 10);
  log(`生成 scale ${scale}（seed ${seed}，截至 ${until}）→ ${file}`);
  const summary = generateDataset(sqlite, { scale, seed, until, passwordHash }, log);

  // The duty reports, year by year across the branches, from the app's own first-draft generator.
  const { draftFacts } = await import('@/db/report/draft-facts');
  const { buildDraftSections } = await import('@/lib/report/draft');
  const schema = await import('@/db/schema');
  const w = new BulkWriter(sqlite);
  const random = seededRandom(seed);
  const untilYear = Number(until.slice(0, 4));
  const branchIds = sqlite.prepare('SELECT id FROM branches ORDER BY id').pluck().all() as number[];
  const secretaryOf = new Map(
    (
      sqlite.prepare("SELECT branch_id AS branchId, id FROM accounts WHERE role = 'secretary'").all() as {
        branchId: number;
        id: number;
      }[]
    ).map((a) => [a.branchId, a.id]),
  );
  // The reports are graded by the first 党工委's reviewer, as before the dataset was a tree.
  const reviewer =
    (sqlite.prepare('SELECT id FROM accounts WHERE username = ?').pluck().get(reviewerName) as number | undefined) ??
    null;
  let sections = 0;
  for (let year = untilYear - 9; year <= untilYear; year++) {
    const yearStarted = Date.now();
    sqlite.transaction(() => {
      for (const branchId of branchIds) {
        const draft = buildDraftSections(draftFacts({ branchId }, year));
        const submitted = year < untilYear;
        const createdOn = submitted ? `${year}-12-26` : until;
        const stamp = { createdAt: `${createdOn}T02:00:00.000Z`, updatedAt: `${createdOn}T02:00:00.000Z` };
        const secretary = secretaryOf.get(branchId) ?? null;
        const reportId = w.insert(schema.reports, {
          branchId,
          year,
          title: draft.title,
          preamble: draft.preamble,
          status: submitted ? 'submitted' : 'draft',
          submittedAt: submitted ? `${year + 1}-01-10T02:00:00.000Z` : null,
          submittedBy: submitted ? secretary : null,
          grade: submitted ? random.pick(reportGrades) : null,
          reviewedAt: submitted ? `${year + 1}-01-20T02:00:00.000Z` : null,
          reviewedBy: submitted ? reviewer : null,
          createdBy: secretary,
          ...stamp,
        });
        draft.sections.forEach((section, i) => {
          const body = submitted && section.heading === '存在的主要问题' ? problemsText : section.body;
          const sectionId = w.insert(schema.reportSections, {
            reportId,
            branchId,
            level: section.level,
            heading: section.heading,
            body,
            sortOrder: (i + 1) * 10,
            updatedBy: secretary,
            ...stamp,
          });
          w.insert(schema.reportSectionRevisions, {
            sectionId,
            reportId,
            branchId,
            version: 1,
            heading: section.heading,
            body,
            savedBy: secretary,
            savedAt: stamp.createdAt,
          });
          sections++;
        });
        if (submitted && random.next() < 0.5) {
          w.insert(schema.reportReviewComments, {
            reportId,
            branchId,
            body: '建议进一步提炼支部工作特色，形成可推广的做法。',
            authorId: reviewer,
            ...stamp,
          });
        }
      }
    })();
    log(`${year} 年述职报告：${Date.now() - yearStarted} ms`);
  }

  sqlite.pragma('foreign_keys = ON');
  const broken = sqlite.pragma('foreign_key_check') as unknown[];
  if (broken.length) throw new Error(`外键检查失败：${JSON.stringify(broken.slice(0, 5))}`);
  sqlite.pragma('journal_mode = WAL');
  const rows = Object.fromEntries(
    (
      sqlite
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name",
        )
        .pluck()
        .all() as string[]
    ).map((table) => [table, sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number]),
  );
  sqlite.close();
  const seconds = (Date.now() - started) / 1000;
  const result = {
    scale,
    seed,
    until,
    file,
    seconds,
    branches: summary.branches,
    organisations: summary.organisations,
    people: summary.people,
    sections,
    rows,
    accounts: summary.accounts,
    password: benchPassword,
    bytes: fs.statSync(file).size,
  };
  fs.writeFileSync(summaryFile(file), `${JSON.stringify(result, null, 2)}\n`);
  log(
    `完成：${summary.people} 人，${rows.meetings} 次会议，${rows.meeting_attendance} 条出勤，${rows.reports} 份报告；${(result.bytes / 1048576).toFixed(0)} MB，${seconds.toFixed(1)} s`,
  );
  log(`账户（密码 ${benchPassword}）：${summary.accounts.join('、')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
