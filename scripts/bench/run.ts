/**
 * `npm run bench [-- --scales 1,10 --duration 10 --warmup 3 --connections 16 --port 3210]`
 *
 * Builds if the sources changed, then for each scale whose dataset exists (data/bench-N.sqlite, made by
 * `npm run bench:data -- --scale N`): applies pending migrations, starts the production server against
 * it on a loopback port (ZHIBU_DEMO=0), times start → first 200, signs in through next-auth's
 * credentials flow, warms the server up (passes over every page until /ping's throughput settles), and
 * loads every main page with autocannon (N connections for a fixed time, then one connection for the
 * page's own latency), next to /ping, the lightest signed-in page, as the ceiling. The branch pages are branch
 * 1's; /overview is read by the reviewer of the 党委 at the top of the tree (every branch of the dataset) and
 * is held to its own target for its one-connection p95 (`targets.overviewMs`). In a separate process it times
 * a branch-year's report figures and the .docx export, and in another typing into a 30-page report in
 * Chromium (scripts/bench/typing.ts). First-load JS per route comes from the build.
 * Prints the table (markdown) and writes bench/results.json; a run of some scales keeps the others'
 * earlier results in the file.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { applyMigrations, openDatabase } from '@/db/client';
import {
  argValue,
  ascending,
  type DatasetSummaryFile,
  datasetFile,
  percentile,
  summaryFile,
} from '@/scripts/bench/common';
import { topReviewerName } from '@/scripts/bench/dataset';
import { type FirstLoad, firstLoadJs } from '@/scripts/bench/first-load';
import { buildIfNeeded } from '@/scripts/build-stamp';
import { signIn, startServer } from '@/scripts/lib/server';

const resultsFile = 'bench/results.json';
const connections = Number(argValue('connections') ?? 16);
const duration = Number(argValue('duration') ?? 10);
const warmup = Number(argValue('warmup') ?? 3);
const aloneSeconds = 3;
const port = Number(argValue('port') ?? 3210);
/** Server processes (scripts/serve.mjs, as `npm start` runs it); default: one per core. */
const workers = argValue('workers');
const base = `http://127.0.0.1:${port}`;

export const targets = {
  pageP95Ms: 100,
  ceilingRatio: 0.5,
  figuresMs: 20,
  /** An organisation's own report: every figure summed over the branches beneath the top of the tree. */
  subtreeFiguresMs: 100,
  docxMs: 300,
  scale10P95Factor: 1.3,
  firstLoadGzipBytes: 150_000,
  startToFirst200Ms: 3000,
  typingP95Ms: 16,
  /** /overview as the top reviewer, p95 with one connection: it reads every branch of the tree. */
  overviewMs: 300,
};

/** The page of every branch beneath an organisation: held to `targets.overviewMs` alone, not to the branch pages' targets. */
const overviewPath = '/overview';

type PageSpec = {
  name: string;
  path: string;
  as: 'secretary' | 'member' | 'reviewer';
  ceiling?: boolean;
  branchPage?: boolean;
};

export type PageResult = {
  name: string;
  path: string;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  rps: number;
  throughputBytesPerSec: number;
  ceilingRatio: number | null;
  /** One connection: the page's own time, with no request waiting behind another. */
  alone: { p50: number; p95: number };
  non2xx: number;
  errors: number;
};

type ScaleResult = {
  measuredAt: string;
  /** The machine's 1-minute load average before and after the page loads: other work disturbs the figures. */
  loadAverage: { before: number; after: number };
  dataset: Omit<DatasetSummaryFile, 'accounts' | 'password'>;
  migrateMs: number;
  startToFirst200Ms: number;
  firstSignedInMs: number;
  figures: { keys: number; runs: number; medianMs: number; p95Ms: number };
  subtreeFigures?: { branches: number; keys: number; runs: number; coldMs: number; medianMs: number; p95Ms: number };
  docx: { runs: number; bytes: number; medianMs: number; p95Ms: number; loadMedianMs: number; writeMedianMs: number };
  ceilingRps: number;
  pages: PageResult[];
};

type Results = {
  generatedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  settings: { connections: number; durationSeconds: number; warmupSeconds: number; serverWorkers: number };
  targets: typeof targets;
  firstLoadJs: FirstLoad[];
  /** Typing into a 30-page report in Chromium: input to the next painted frame per keystroke (ms). */
  typing: { pages: number; characters: number; samples: number; p50: number; p95: number; max: number } | null;
  scales: Record<string, ScaleResult>;
  checks: { check: string; value: number; limit: number; pass: boolean }[];
};

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function load(url: string, cookie: string, seconds: number, clients = connections) {
  return new Promise<{ result: autocannon.Result; latencies: number[] }>((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      { url, connections: clients, duration: seconds, headers: { cookie }, timeout: 30 },
      (error, result) => (error ? reject(error) : resolve({ result, latencies })),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

async function measurePage(page: PageSpec, cookie: string): Promise<PageResult> {
  const url = `${base}${page.path}`;
  const check = await fetch(url, { headers: { cookie }, redirect: 'manual' });
  const body = await check.arrayBuffer();
  if (check.status !== 200) throw new Error(`${page.path} answered ${check.status}, not 200`);
  if (page.path.endsWith('.docx') && body.byteLength < 1000) throw new Error(`${page.path} is not a .docx`);
  if (warmup > 0) await load(url, cookie, warmup);
  const { result, latencies } = await load(url, cookie, duration);
  const sorted = ascending(latencies);
  const alone = ascending((await load(url, cookie, aloneSeconds, 1)).latencies);
  return {
    name: page.name,
    path: page.path,
    requests: latencies.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? NaN),
    rps: round(latencies.length / result.duration),
    throughputBytesPerSec: Math.round(result.throughput.average),
    ceilingRatio: null,
    alone: { p50: round(percentile(alone, 50)), p95: round(percentile(alone, 95)) },
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

function inProcess(
  file: string,
  branchId: number,
  organisationId: number,
  year: number,
): Pick<ScaleResult, 'figures' | 'subtreeFigures' | 'docx'> {
  const run = spawnSync(
    'node_modules/.bin/tsx',
    [
      '--conditions=react-server',
      'scripts/bench/in-process.ts',
      '--db',
      file,
      '--branch',
      String(branchId),
      '--year',
      String(year),
      '--organisation',
      String(organisationId),
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' } as NodeJS.ProcessEnv,
    },
  );
  if (run.status !== 0) throw new Error(`in-process timings failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

/** The report editor's typing run, in a process of its own with its own demo database (scripts/bench/typing.ts). */
function typingRun(): Results['typing'] {
  const run = spawnSync(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'scripts/bench/typing.ts', '--port', String(port + 20)],
    { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } as NodeJS.ProcessEnv },
  );
  if (run.status !== 0) throw new Error(`the typing run failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

async function benchScale(scale: number): Promise<ScaleResult> {
  const file = datasetFile(scale);
  const summary = JSON.parse(fs.readFileSync(summaryFile(file), 'utf8')) as DatasetSummaryFile;
  const year = Number(summary.until.slice(0, 4));
  console.log(
    `\n== scale ${scale}: ${summary.branches} 个支部，${summary.people} 人，${summary.rows.meeting_attendance} 条出勤（${file}）`,
  );

  const migrateStarted = performance.now();
  const db = openDatabase(file);
  applyMigrations(db);
  db.$client.close();
  const migrateMs = performance.now() - migrateStarted;

  const sqlite = new Database(file, { readonly: true });
  const branchId = sqlite
    .prepare('SELECT branch_id FROM accounts WHERE username = ?')
    .pluck()
    .get('b1-shuji') as number;
  const organisationId = sqlite
    .prepare('SELECT organisation_id FROM accounts WHERE username = ?')
    .pluck()
    .get(topReviewerName) as number;
  const meetingId = sqlite
    .prepare(
      `SELECT m.id FROM meetings m JOIN meeting_kinds k ON k.id = m.kind_id
       WHERE m.branch_id = ? AND k.code = 'general' AND m.status = 'held' AND m.date BETWEEN ? AND ? ORDER BY m.date DESC LIMIT 1`,
    )
    .pluck()
    .get(branchId, `${year}-01-01`, `${year}-12-31`) as number;
  sqlite.close();

  const timings = inProcess(file, branchId, organisationId, year);
  console.log(
    `   报告数字 ${timings.figures.medianMs} ms（中位数，${timings.figures.keys} 个数字）；.docx ${timings.docx.medianMs} ms`,
  );
  const subtree = timings.subtreeFigures!;
  console.log(
    `   上级党组织报告数字 ${subtree.medianMs} ms（一个支部写入后，中位数；首次（初稿）${subtree.coldMs} ms；${subtree.keys} 个数字，${subtree.branches} 个支部）`,
  );

  const loadBefore = os.loadavg()[0];
  if (loadBefore > 1.5) console.log(`   注意：机器负载 ${loadBefore.toFixed(1)}（其他进程在运行），结果会偏慢`);
  const server = await startServer({ port, databaseFile: file, workers });
  console.log(`   启动到首个 200：${round(server.ms)} ms`);
  try {
    const cookies = {
      secretary: await signIn(base, 'b1-shuji', summary.password),
      member: await signIn(base, 'b1-dangyuan', summary.password),
      reviewer: await signIn(base, topReviewerName, summary.password),
    };
    const firstStarted = performance.now();
    const first = await fetch(`${base}/`, { headers: { cookie: cookies.secretary }, redirect: 'manual' });
    await first.arrayBuffer();
    const firstSignedInMs = performance.now() - firstStarted;

    const pages: PageSpec[] = [
      { name: 'ceiling /ping', path: '/ping', as: 'secretary', ceiling: true },
      { name: 'dashboard', path: '/', as: 'secretary', branchPage: true },
      { name: 'meetings list', path: '/meetings', as: 'secretary', branchPage: true },
      { name: 'a meeting', path: `/meetings/${meetingId}`, as: 'secretary', branchPage: true },
      { name: 'roster', path: '/members', as: 'secretary', branchPage: true },
      { name: 'development board', path: '/development', as: 'secretary', branchPage: true },
      { name: 'rectification', path: '/rectification', as: 'secretary', branchPage: true },
      { name: 'report editor', path: `/report/${year}`, as: 'secretary', branchPage: true },
      { name: 'report .docx', path: `/report/${year}/export.docx`, as: 'secretary', branchPage: true },
      { name: 'my attendance', path: '/meetings/mine', as: 'member', branchPage: true },
      { name: 'overview', path: overviewPath, as: 'reviewer' },
    ];
    const only = argValue('pages')?.split(',');
    const measured = pages.filter(
      (page) => !only || page.ceiling || only.some((o) => page.name.includes(o) || page.path === o),
    );
    // A fresh server runs cold code and keeps getting faster for a minute or more (V8 optimises what is
    // hot): pass over every page until the ceiling's throughput settles (within 10% of the pass before,
    // at most 6 passes), so that no page is measured colder than another.
    let settledRps = 0;
    for (let pass = 1; warmup > 0 && pass <= 6; pass++) {
      for (const page of measured) await load(`${base}${page.path}`, cookies[page.as], warmup);
      const rps = (await load(`${base}/ping`, cookies.secretary, warmup)).latencies.length / warmup;
      console.log(`   预热第 ${pass} 轮：/ping ${round(rps)} req/s`);
      if (Math.abs(rps - settledRps) <= 0.1 * rps) break;
      settledRps = rps;
    }
    const results: PageResult[] = [];
    for (const page of measured) {
      const result = await measurePage(page, cookies[page.as]);
      results.push(result);
      console.log(
        `   ${page.name.padEnd(18)} p50 ${result.p50} ms  p95 ${result.p95} ms  p99 ${result.p99} ms  ${result.rps} req/s  单连接 p95 ${result.alone.p95} ms${result.non2xx || result.errors ? `  (非2xx ${result.non2xx}，错误 ${result.errors})` : ''}`,
      );
    }
    // The ceiling once more at the end; its throughput is the mean of both runs.
    const again = await measurePage(pages[0], cookies.secretary);
    const ceilingRps = (results[0].rps + again.rps) / 2;
    console.log(`   ceiling again      p50 ${again.p50} ms  p95 ${again.p95} ms  ${again.rps} req/s`);
    for (const r of results) r.ceilingRatio = round(r.rps / ceilingRps, 2);
    return {
      measuredAt: new Date().toISOString(),
      loadAverage: { before: round(loadBefore, 2), after: round(os.loadavg()[0], 2) },
      dataset: {
        scale: summary.scale,
        seed: summary.seed,
        until: summary.until,
        file: summary.file,
        seconds: summary.seconds,
        branches: summary.branches,
        organisations: summary.organisations,
        people: summary.people,
        sections: summary.sections,
        rows: summary.rows,
        bytes: summary.bytes,
      },
      migrateMs: round(migrateMs),
      startToFirst200Ms: round(server.ms),
      firstSignedInMs: round(firstSignedInMs),
      ...timings,
      ceilingRps: round(ceilingRps),
      pages: results,
    };
  } finally {
    await server.stop();
  }
}

function checks(results: Results): Results['checks'] {
  const out: Results['checks'] = [];
  const add = (check: string, value: number, limit: number, pass = value <= limit) =>
    out.push({ check, value, limit, pass });
  const s1 = results.scales['1'];
  const s10 = results.scales['10'];
  const branchPages = (s: ScaleResult) => s.pages.filter((p) => p.path !== '/ping' && p.path !== overviewPath);
  if (s1) {
    for (const p of branchPages(s1)) {
      add(`scale 1 p95 ${p.name}`, p.p95, targets.pageP95Ms);
      add(`scale 1 p95 ${p.name}, one connection`, p.alone.p95, targets.pageP95Ms);
      add(
        `scale 1 throughput ${p.name} / ceiling`,
        p.ceilingRatio ?? 0,
        targets.ceilingRatio,
        (p.ceilingRatio ?? 0) >= targets.ceilingRatio,
      );
    }
  }
  for (const [scale, s] of Object.entries(results.scales)) {
    add(`scale ${scale} figures (median ms)`, s.figures.medianMs, targets.figuresMs);
    // Results kept from a run before the organisation's report was measured have none.
    if (s.subtreeFigures)
      add(
        `scale ${scale} organisation report figures (median ms)`,
        s.subtreeFigures.medianMs,
        targets.subtreeFiguresMs,
      );
    add(`scale ${scale} .docx export (median ms)`, s.docx.medianMs, targets.docxMs);
    add(`scale ${scale} start → first 200 (ms)`, s.startToFirst200Ms, targets.startToFirst200Ms);
    const overview = s.pages.find((p) => p.path === overviewPath);
    if (overview) add(`scale ${scale} p95 overview, one connection`, overview.alone.p95, targets.overviewMs);
  }
  if (s1 && s10) {
    for (const p of branchPages(s10)) {
      const before = s1.pages.find((q) => q.name === p.name);
      if (before) add(`scale 10 / scale 1 p95 ${p.name}`, round(p.p95 / before.p95, 2), targets.scale10P95Factor);
    }
  }
  for (const r of results.firstLoadJs)
    add(`first-load JS ${r.route} (gzip bytes)`, r.gzipBytes, targets.firstLoadGzipBytes);
  if (results.typing)
    add('typing in a 30-page report, p95 input to paint (ms)', results.typing.p95, targets.typingP95Ms);
  return out;
}

function table(results: Results): string {
  const scales = ['1', '10'].filter((s) => results.scales[s]);
  const head = [
    'page',
    ...scales.flatMap((s) => [
      `s${s} p50`,
      `s${s} p95`,
      `s${s} p99`,
      `s${s} req/s`,
      `s${s} ×ceiling`,
      `s${s} p95 alone`,
    ]),
    ...(scales.length === 2 ? ['p95 s10/s1'] : []),
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  const names = results.scales[scales[0]]?.pages.map((p) => p.name) ?? [];
  for (const name of names) {
    const cells = [name];
    const rows = scales.map((s) => results.scales[s].pages.find((p) => p.name === name));
    rows.forEach((r) =>
      cells.push(
        ...(r
          ? [r.p50, r.p95, r.p99, r.rps, r.ceilingRatio ?? '', r.alone?.p95 ?? ''].map(String)
          : ['', '', '', '', '', '']),
      ),
    );
    if (scales.length === 2) cells.push(rows[0] && rows[1] ? String(round(rows[1].p95 / rows[0].p95, 2)) : '');
    lines.push(`| ${cells.join(' | ')} |`);
  }
  const row = (label: string, value: (s: ScaleResult) => string) =>
    `| ${label} | ${scales.map((s) => value(results.scales[s])).join(' | ')} |`;
  const facts = [
    `| | ${scales.map((s) => `scale ${s}`).join(' | ')} |`,
    `| --- |${scales.map(() => ' ---: ').join('|')}|`,
    row(
      'branches / people / attendance rows',
      (s) => `${s.dataset.branches} / ${s.dataset.people} / ${s.dataset.rows.meeting_attendance}`,
    ),
    row('one branch-year’s report figures, median of 50 (ms)', (s) => String(s.figures.medianMs)),
    row(
      `the top organisation’s own report figures after a write in one branch, median of 20 (ms; target ≤ ${targets.subtreeFiguresMs}); its first draft, every branch counted`,
      (s) =>
        s.subtreeFigures
          ? `${s.subtreeFigures.medianMs}; ${s.subtreeFigures.coldMs} (${s.subtreeFigures.keys} figures, ${s.subtreeFigures.branches} branches)`
          : '',
    ),
    row(
      'report .docx export, median (ms): load + write',
      (s) => `${s.docx.medianMs} (${s.docx.loadMedianMs} + ${s.docx.writeMedianMs})`,
    ),
    row(`overview as the top reviewer, p95 alone (ms; target ≤ ${targets.overviewMs})`, (s) => {
      const overview = s.pages.find((p) => p.path === overviewPath);
      if (!overview) return '';
      return `${overview.alone.p95} ${overview.alone.p95 <= targets.overviewMs ? '✓' : '✗'} (${s.dataset.branches} branches)`;
    }),
    row('start → first 200 (ms)', (s) => String(s.startToFirst200Ms)),
    row('migrations at start (ms)', (s) => String(s.migrateMs)),
  ];
  const js = [...results.firstLoadJs].sort((a, b) => b.gzipBytes - a.gzipBytes);
  const firstLoad = `First-load JS (gzip): largest ${js[0]?.route} ${round((js[0]?.gzipBytes ?? 0) / 1000)} kB, smallest ${js.at(-1)?.route} ${round((js.at(-1)?.gzipBytes ?? 0) / 1000)} kB, ${js.length} routes (all in bench/results.json).`;
  const typing = results.typing
    ? `Typing ${results.typing.characters} characters into a ${results.typing.pages}-page report: input to paint p50 ${results.typing.p50} ms, p95 ${results.typing.p95} ms, max ${results.typing.max} ms.`
    : '';
  return [lines.join('\n'), '', facts.join('\n'), '', firstLoad, typing].join('\n');
}

async function main() {
  const requested = (argValue('scales') ?? '1,10').split(',').map(Number);
  const scales = requested.filter((s) => fs.existsSync(datasetFile(s)) && fs.existsSync(summaryFile(datasetFile(s))));
  for (const s of requested)
    if (!scales.includes(s))
      console.log(`跳过 scale ${s}：没有 ${datasetFile(s)}（先运行 npm run bench:data -- --scale ${s}）`);
  if (scales.length === 0) process.exit(1);

  buildIfNeeded({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' });

  const previous: Partial<Results> = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : {};
  const results: Results = {
    generatedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '',
      memoryGiB: round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    settings: {
      connections,
      durationSeconds: duration,
      warmupSeconds: warmup,
      serverWorkers: Number(workers) || os.availableParallelism(),
    },
    targets,
    firstLoadJs: firstLoadJs(),
    typing: null,
    scales: { ...(previous.scales ?? {}) },
    checks: [],
  };
  for (const scale of scales) results.scales[String(scale)] = await benchScale(scale);
  console.log('\n== typing in the report editor (Chromium)');
  results.typing = typingRun();
  console.log(`   p50 ${results.typing?.p50} ms  p95 ${results.typing?.p95} ms  max ${results.typing?.max} ms`);
  results.checks = checks(results);

  fs.mkdirSync('bench', { recursive: true });
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${table(results)}\n`);
  const failed = results.checks.filter((c) => !c.pass);
  console.log(
    failed.length
      ? `未达标 ${failed.length} 项：\n${failed.map((c) => `  ${c.check}: ${c.value}（上限 ${c.limit}）`).join('\n')}`
      : '全部指标达标。',
  );
  console.log(`结果已写入 ${resultsFile}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
