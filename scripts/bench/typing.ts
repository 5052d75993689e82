/**
 * `tsx --conditions=react-server scripts/bench/typing.ts --port 3230` (run by `npm run bench` in a process
 * of its own, since the demo's reports are written through the app's database handle on this file).
 *
 * Typing in the report editor as a secretary does, in Chromium: the demo branch's draft report grown to
 * thirty printed pages (its sections repeated), then 2,000 characters typed one at a time at the end of
 * its last section. Each keystroke is timed from its input event to the frame painted after it (a
 * requestAnimationFrame callback, then a task queued from it, runs once that frame's work is done).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { reportSections, reports } from '@/db/schema';
import { demoPassword } from '@/lib/demo-accounts';
import { argValue, ascending, percentile } from '@/scripts/bench/common';
import { signIn, startServer } from '@/scripts/lib/server';

export type TypingResult = {
  pages: number;
  characters: number;
  samples: number;
  p50: number;
  p95: number;
  max: number;
};

/** A printed page of the report: 22 lines of 28 characters (GB/T 9704). */
const charactersPerPage = 28 * 22;
const pages = 30;
const typed = '全年共召开支委会十二次，围绕重点工作开展专题研讨，党员撰写研讨材料。'.repeat(60).slice(0, 2000);

/** The demo, with its draft report repeated to `pages` pages; the report's year. */
async function preparedDatabase(file: string): Promise<number> {
  process.env.DATABASE_PATH = file;
  const { migrateAndSeed } = await import('@/db/seed/run');
  await migrateAndSeed({ demo: true });
  const db = openDatabase(file);
  const draft = db.select().from(reports).where(eq(reports.status, 'draft')).orderBy(asc(reports.year)).get();
  if (!draft) throw new Error('the demo has no draft report to type into');
  const sections = db
    .select()
    .from(reportSections)
    .where(and(eq(reportSections.reportId, draft.id), isNull(reportSections.deletedAt)))
    .orderBy(asc(reportSections.sortOrder))
    .all();
  let characters = sections.reduce((n, s) => n + s.body.length, 0);
  for (let copy = 1; characters < pages * charactersPerPage; copy++)
    for (const s of sections) {
      const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = s;
      db.insert(reportSections)
        .values({ ...rest, sortOrder: s.sortOrder + copy * 10_000, version: 1 })
        .run();
      characters += s.body.length;
    }
  db.$client.close();
  return draft.year;
}

async function measureTyping(port: number): Promise<TypingResult> {
  const file = path.join(os.tmpdir(), `zhibu-typing-${process.pid}.sqlite`);
  const year = await preparedDatabase(file);
  const server = await startServer({ port, databaseFile: file, workers: '1' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      // Frames as soon as there is something to paint, not at the next 60 Hz tick: the figure is the
      // editor's work per keystroke, not the wait for the display.
      '--disable-gpu-vsync',
      '--disable-frame-rate-limit',
    ],
  });
  try {
    const [name, value] = (await signIn(server.base, 'shuji', demoPassword)).split(/=(.*)/s);
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.addCookies([{ name, value, url: server.base }]);
    const page = await context.newPage();
    await page.goto(`${server.base}/report/${year}`);
    const body = page.getByRole('textbox', { name: /正文$/ }).last();
    await body.click();
    await body.press('ControlOrMeta+End');
    await page.evaluate(() => {
      const samples: number[] = [];
      (window as unknown as { typingSamples: number[] }).typingSamples = samples;
      document.addEventListener(
        'beforeinput',
        (event) => {
          const start = event.timeStamp;
          requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - start)));
        },
        true,
      );
    });
    await page.keyboard.type(typed, { delay: 20 });
    await page.waitForTimeout(500);
    const samples = ascending(
      await page.evaluate(() => (window as unknown as { typingSamples: number[] }).typingSamples),
    );
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      pages,
      characters: typed.length,
      samples: samples.length,
      p50: round(percentile(samples, 50)),
      p95: round(percentile(samples, 95)),
      max: round(samples.at(-1) ?? Number.NaN),
    };
  } finally {
    await browser.close();
    await server.stop();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  }
}

measureTyping(Number(argValue('port') ?? 3230)).then(
  (result) => console.log(JSON.stringify(result)),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
