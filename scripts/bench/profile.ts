/**
 * Where a page's time goes in the database: `tsx --conditions=react-server scripts/bench/profile.ts
 * --db data/bench-1.sqlite [--runs 20] [--page report] [--plan]` runs each main page's data loading
 * (scripts/bench/page-queries.ts) as branch 1's secretary, times every SQL statement, and prints per
 * page the median total and the costliest statements (with SQLite's query plan when --plan is given).
 */
import type BetterSqlite3 from 'better-sqlite3';
import { argValue, ascending, median } from '@/scripts/bench/common';

type Timing = { sql: string; ms: number[] };

async function main() {
  process.env.DATABASE_PATH = argValue('db') ?? 'data/bench-1.sqlite';
  const runs = Number(argValue('runs') ?? 20);
  const only = argValue('page');
  const withPlan = process.argv.includes('--plan');
  const { db } = await import('@/db');
  const { loadSessionUser } = await import('@/db/queries/session');
  const { loadPageQueries } = await import('@/scripts/bench/page-queries');
  const { todayIso } = await import('@/lib/clock');
  const sqlite = db.$client;

  const accountId = (username: string) =>
    sqlite.prepare('SELECT id FROM accounts WHERE username = ?').pluck().get(username) as number;
  const user = loadSessionUser(accountId('b1-shuji'), null)!;
  const member = loadSessionUser(accountId('b1-dangyuan'), null)!;
  const today = todayIso();
  const year = Number(today.slice(0, 4));
  const meetingId = sqlite
    .prepare(
      "SELECT m.id FROM meetings m JOIN meeting_kinds k ON k.id = m.kind_id WHERE m.branch_id = ? AND k.code = 'general' AND m.status = 'held' AND m.date LIKE ? ORDER BY m.date DESC LIMIT 1",
    )
    .pluck()
    .get(user.branchId, `${year}-%`) as number;
  const context = { user, member, year, today, meetingId };

  // Time every execution of every statement prepared while a page loads.
  let current: Map<string, Timing> | null = null;
  const prepare = sqlite.prepare.bind(sqlite);
  const timed = (statement: BetterSqlite3.Statement, source: string): BetterSqlite3.Statement =>
    new Proxy(statement, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        if (property === 'raw' || property === 'pluck' || property === 'expand') {
          return (...args: unknown[]) => {
            value.apply(target, args);
            return timed(target, source);
          };
        }
        if (property === 'all' || property === 'get' || property === 'run' || property === 'iterate') {
          return (...args: unknown[]) => {
            const start = process.hrtime.bigint();
            const result = value.apply(target, args);
            const ms = Number(process.hrtime.bigint() - start) / 1e6;
            if (current) {
              const entry = current.get(source) ?? { sql: source, ms: [] };
              entry.ms.push(ms);
              current.set(source, entry);
            }
            return result;
          };
        }
        return value.bind(target);
      },
    });
  let prepareMs = 0;
  sqlite.prepare = ((source: string) => {
    const start = process.hrtime.bigint();
    const statement = prepare(source);
    prepareMs += Number(process.hrtime.bigint() - start) / 1e6;
    return timed(statement, source);
  }) as typeof sqlite.prepare;

  const pages = await loadPageQueries();
  for (const [name, load] of Object.entries(pages)) {
    if (only && name !== only) continue;
    load(context); // warm-up
    const totals: number[] = [];
    prepareMs = 0;
    const statements = new Map<string, Timing>();
    for (let i = 0; i < runs; i++) {
      current = new Map();
      // CPU time of this process, which other work on the machine disturbs less than wall time.
      const start = process.cpuUsage();
      load(context);
      const used = process.cpuUsage(start);
      totals.push((used.user + used.system) / 1000);
      for (const [sql, t] of current) {
        const entry = statements.get(sql) ?? { sql, ms: [] };
        entry.ms.push(t.ms.reduce((a, b) => a + b, 0));
        statements.set(sql, entry);
      }
      current = null;
    }
    const executeMs = [...statements.values()].reduce((n, s) => n + s.ms.reduce((a, b) => a + b, 0), 0) / runs;
    console.log(
      `\n## ${name}: median ${median(ascending(totals)).toFixed(2)} ms CPU (statements ${executeMs.toFixed(2)} ms, preparing ${(prepareMs / runs).toFixed(2)} ms per load), ${statements.size} distinct statements`,
    );
    const costly = [...statements.values()]
      .map((s) => ({ sql: s.sql, medianMs: median(ascending(s.ms)) }))
      .sort((a, b) => b.medianMs - a.medianMs)
      .slice(0, 6);
    for (const s of costly) {
      console.log(`  ${s.medianMs.toFixed(2).padStart(8)} ms  ${s.sql.replace(/\s+/g, ' ').slice(0, 220)}`);
      if (withPlan && s.medianMs > 0.5) {
        try {
          const params = (s.sql.match(/\?/g) ?? []).map(() => 0);
          const plan = prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...params) as { detail: string }[];
          for (const step of plan) console.log(`              ${step.detail}`);
        } catch (error) {
          console.log(`              (no plan: ${(error as Error).message})`);
        }
      }
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
