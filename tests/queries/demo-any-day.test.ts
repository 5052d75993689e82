/**
 * The demo is alive whatever day it is seeded on: a current year with records, one overdue item, a
 * real compliance gap, a running 书记项目 and deadlines coming up, while the 2023 report it was made
 * for reads exactly the same. Each day gets a fresh module graph and database (`@/db` opens its handle
 * from DATABASE_PATH when first imported).
 */
import { describe, expect, it, vi } from 'vitest';
import { financeDues, statisticsDues, villageDues } from '@/db/seed/demo-dues-books';
import { addMonthsTo, monthOf, monthsFromTo } from '@/lib/dues/month';
import { contradictions, type DatedTitle, datedTitlesSql } from '@/tests/support/dated-topics';
import { pinnedToday } from '@/tests/support/pinned-today';
import { setupTestDatabase } from '@/tests/support/test-db';

/** Seeds the demo as of `today` into a database of its own and reads what the checks below need. */
async function demoSeededOn(today: string) {
  vi.resetModules();
  delete (globalThis as { zhibuDb?: unknown }).zhibuDb;
  vi.stubEnv('ZHIBU_TODAY', today);
  const { db } = await setupTestDatabase();

  const { loadSessionUser } = await import('@/db/queries/session');
  const { loadDashboard } = await import('@/db/queries/dashboard');
  const { branchCompliance } = await import('@/db/queries/compliance');
  const { complianceWarnings } = await import('@/lib/meetings/compliance');
  const { loadRenderedReport } = await import('@/db/report/rendered');
  const { reportOwnerOf } = await import('@/db/report/owner');
  const { computeFigures } = await import('@/db/report/figures/compute');
  const { duesLedger } = await import('@/db/queries/dues');

  const one = <T>(sql: string, ...params: unknown[]) =>
    db.$client
      .prepare(sql)
      .pluck()
      .get(...params) as T;
  const secretary = loadSessionUser(one<number>("SELECT id FROM accounts WHERE username = 'shuji'"), null)!;
  const year = Number(today.slice(0, 4));
  const duesOf = (branchName: string) => {
    const branchId = one<number>('SELECT id FROM branches WHERE name = ?', branchName);
    const rows = duesLedger({ branchId }, { from: `${year}-01`, to: `${year}-12` });
    const prepaidInJanuary = (p: { fromMonth: string; toMonth: string; paidOn: string }) =>
      p.fromMonth === `${year}-01` && p.toMonth === `${year}-12` && p.paidOn <= `${year}-01-31`;
    return {
      inArrears: rows.filter((r) => r.arrears.length > 0).map((r) => [r.name, r.arrears.length]),
      prepaid: rows.filter((r) => r.facts.payments.some(prepaidInJanuary)).map((r) => r.name),
      exempt: rows.filter((r) => r.relief?.kind === 'exempt').map((r) => r.name),
      changed: rows.flatMap((r) => r.facts.bases.filter((b) => b.reason).map(() => r.name)),
      handovers: one<number>('SELECT count(*) FROM dues_handovers WHERE branch_id = ?', branchId),
    };
  };
  return {
    year,
    report2023: loadRenderedReport(reportOwnerOf(secretary), 2023, computeFigures)?.rendered,
    dashboard: loadDashboard(secretary, year, today),
    lastYearsWarnings: complianceWarnings(branchCompliance(secretary, year - 1, today), today).map((w) => w.message),
    heldThisYear: one<number>("SELECT count(*) FROM meetings WHERE status = 'held' AND date >= ?", `${year}-01-01`),
    runningSecretaryProjects: one<string>(
      "SELECT group_concat(name || '：' || status, '|') FROM projects WHERE branch_id = ? AND kind = '书记项目' AND start_date <= ? AND end_date >= ?",
      secretary.branchId,
      today,
      today,
    ),
    datedTitleContradictions: contradictions(db.$client.prepare(datedTitlesSql).all() as DatedTitle[]),
    plannedSecretaryProjects: one<number>(
      "SELECT count(*) FROM projects WHERE branch_id = ? AND kind = '书记项目' AND status = 'planned' AND start_date = ?",
      secretary.branchId,
      `${year + 1}-01-01`,
    ),
    villageReports: db.$client
      .prepare(
        "SELECT r.year, r.status, r.grade FROM reports r JOIN branches b ON b.id = r.branch_id WHERE b.name = '胡杨林村党支部' ORDER BY r.year",
      )
      .all(),
    villageEntriesThisYear: one<number>(
      "SELECT count(*) FROM ledger_entries e JOIN branches b ON b.id = e.branch_id WHERE b.name = '胡杨林村党支部' AND e.date >= ? AND e.date <= ?",
      `${year}-01-01`,
      today,
    ),
    dues: Object.fromEntries(duesBooks.map(([name]) => [name, duesOf(name)])),
  };
}

const duesBooks = [
  ['旗统计局党支部', statisticsDues],
  ['旗财政局党支部', financeDues],
  ['胡杨林村党支部', villageDues],
] as const;

const reference2023 = (await demoSeededOn(pinnedToday)).report2023;

describe.each(['2027-01-01', '2027-04-01', '2028-02-29', '2030-07-15', '2030-12-31'])(
  'the demo seeded on %s',
  async (today) => {
    const demo = await demoSeededOn(today);

    it('writes the 2023 duty report with every figure as on any other day', () => {
      expect(reference2023).toBeDefined();
      expect(demo.report2023).toEqual(reference2023);
    });

    it('has a running 书记项目 of this year, and next year’s planned', () => {
      expect(demo.runningSecretaryProjects).toMatch(new RegExp(`^${demo.year}年书记项目：[^|]+：active$`));
      expect(demo.plannedSecretaryProjects).toBe(1);
    });

    it("has the village's last year reported and reviewed once the review day has come, and its ledgers kept", () => {
      const lastYearsReport = { year: demo.year - 1, status: 'draft', grade: null };
      expect(demo.villageReports).toEqual(
        today >= `${demo.year}-01-20`
          ? [
              { ...lastYearsReport, status: 'submitted', grade: '好' },
              { year: demo.year, status: 'draft', grade: null },
            ]
          : [lastYearsReport],
      );
      if (today >= `${demo.year}-07-01`) expect(demo.villageEntriesThisYear).toBeGreaterThan(0);
    });

    it('dates every title that names a festival or a month in it', () => {
      expect(demo.datedTitleContradictions).toEqual([]);
    });

    it('shows exactly one overdue rectification item on the dashboard', () => {
      expect(demo.dashboard.rectification?.counts).toMatchObject({ overdue: 1 });
    });

    it('flags last year’s missing August 支委会 on the compliance calendar', () => {
      expect(demo.lastYearsWarnings).toContainEqual(expect.stringMatching(/8月.*支委会|支委会.*8月/));
    });

    it('keeps every branch’s dues: one member 4 months in arrears, one prepaid to December, one exempt, a base changed, each quarter passed up', () => {
      // The dues run from January of the year four months back; a quarter is passed up once it is over.
      const now = monthOf(today);
      const past = monthsFromTo(`${addMonthsTo(now, -4).slice(0, 4)}-01`, addMonthsTo(now, -1));
      const finishedQuarters = Math.floor(past.length / 3);
      for (const [name, book] of duesBooks)
        expect(demo.dues[name]).toEqual({
          inArrears: [[book.inArrears, 4]],
          prepaid: Object.keys(book.members).filter((person) => book.members[person].pays === 'yearly'),
          exempt: [book.exempt.name],
          changed: [book.change.name],
          handovers: finishedQuarters,
        });
    });

    it('has deadlines coming up and meetings ahead on the dashboard, and meetings held once the year is under way', () => {
      expect(demo.dashboard.developmentReminders?.length).toBeGreaterThan(0);
      expect(demo.dashboard.upcoming?.length).toBeGreaterThan(0);
      if (today >= `${demo.year}-01-15`) expect(demo.heldThisYear).toBeGreaterThan(0);
    });
  },
);
