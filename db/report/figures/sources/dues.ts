import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { db } from '@/db';
import { currentMonth, duesLedger } from '@/db/queries/dues';
import { inIds } from '@/db/queries/in-ids';
import { inBranch, liveIn, type Scope } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import { memberRecords } from '@/db/report/figures/sources/people';
import {
  between,
  count,
  type FigurePlan,
  type FigureSource,
  type FigureTable,
  oneOf,
  type PlanContext,
  percentOf,
  type RecordSet,
} from '@/db/report/figures/types';
import { duesHandovers, duesPayments, people } from '@/db/schema';
import { monthOf, monthSpanText } from '@/lib/dues/month';
import { paidInFullOnTime, settledSoFar } from '@/lib/dues/summary';
import { formatYuan } from '@/lib/money';
import { figurePeriods, periodRange } from '@/lib/report/period';

/*
 * 党费 in the report: money collected and passed up in the year or a period, and the members who owed,
 * paid in full and on time, or are in arrears. Every month's state comes from lib/dues/standing.ts (through
 * duesLedger), the rule the ledger page and the dashboard read too.
 */

const measures = ['collected', 'handed', 'members', 'on_time', 'rate', 'arrears'] as const;
type Measure = (typeof measures)[number];

const measureNames: Record<Measure, string> = {
  collected: '收缴金额',
  handed: '上缴金额',
  members: '应交纳党员人数',
  on_time: '按时足额交纳人数',
  rate: '按时足额交纳率',
  arrears: '欠交党员人数',
};

/** Who paid what is the committee's (dues.read): the reviewer sees the amounts, not the people. */
const paymentRecords: RecordSet = {
  table: duesPayments,
  permission: 'dues.read',
  list: (scope, ids) =>
    db
      .select({
        id: duesPayments.id,
        name: people.name,
        fromMonth: duesPayments.fromMonth,
        toMonth: duesPayments.toMonth,
        paidOn: duesPayments.paidOn,
        amountFen: duesPayments.amountFen,
      })
      .from(duesPayments)
      .innerJoin(people, eq(people.id, duesPayments.personId))
      .where(and(inBranch(duesPayments, scope), inIds(duesPayments.id, ids)))
      .all()
      .map((p) => ({
        id: p.id,
        date: p.paidOn,
        title: `${p.name}：${monthSpanText(p.fromMonth, p.toMonth)}党费 ${formatYuan(p.amountFen)}`,
        href: '/dues',
      })),
};

/** What the branch passed up names nobody: whoever may read the dues totals may read these. */
const handoverRecords: RecordSet = {
  table: duesHandovers,
  permission: 'dues.totals',
  list: (scope, ids) =>
    db
      .select()
      .from(duesHandovers)
      .where(and(inBranch(duesHandovers, scope), inIds(duesHandovers.id, ids)))
      .all()
      .map((h) => ({
        id: h.id,
        date: h.handedOn,
        title: `上缴${h.recipient}：${monthSpanText(h.fromMonth, h.toMonth)}党费 ${formatYuan(h.amountFen)}`,
        href: '/dues',
      })),
};

/** The members behind a dues figure, for those who may read the ledger. */
const duesMemberRecords: RecordSet = { ...memberRecords, permission: 'dues.read' };

const paymentsTable: FigureTable = {
  records: paymentRecords,
  recordId: duesPayments.id,
  aggregate: (fields, scope, year) =>
    db
      .select(fields)
      .from(duesPayments)
      .where(and(liveIn(duesPayments, scope), withinYear(duesPayments.paidOn, year)))
      .get()!,
};

const handoversTable: FigureTable = {
  records: handoverRecords,
  recordId: duesHandovers.id,
  aggregate: (fields, scope, year) =>
    db
      .select(fields)
      .from(duesHandovers)
      .where(and(liveIn(duesHandovers, scope), withinYear(duesHandovers.handedOn, year)))
      .get()!,
};

/**
 * A member's standing in one part of the year (`year`, or a period H1 … Q4): one row for each member who
 * owed dues in it. Not a table of the database — its rows are computed from duesLedger and read from a
 * JSON parameter (see windowsTable) — declared here so figures can name its columns.
 */
const duesWindows = sqliteTable('dues_windows', {
  personId: integer('person_id').notNull(),
  period: text('period').notNull(),
  onTime: integer('on_time', { mode: 'boolean' }).notNull(),
  arrears: integer('arrears', { mode: 'boolean' }).notNull(),
});

const windows = ['year', ...figurePeriods] as const;

type WindowRow = readonly [personId: number, window: (typeof windows)[number], onTime: 0 | 1, arrears: 0 | 1];

/**
 * A row for every member and part of the year in which they owed dues so far, judged by the rule the
 * ledger and the 公示 use (lib/dues/summary.ts).
 */
function windowRows(scope: Scope, year: number): WindowRow[] {
  const now = currentMonth();
  return duesLedger(scope, { from: `${year}-01`, to: `${year}-12` }).flatMap((row) =>
    windows.flatMap((window) => {
      const { start, end } = periodRange(year, window === 'year' ? undefined : window);
      const inWindow = row.months.filter((m) => monthOf(start) <= m.month && m.month <= monthOf(end));
      const counted = settledSoFar(inWindow, now);
      if (!counted.length) return [];
      const standing: WindowRow = [
        row.personId,
        window,
        paidInFullOnTime(inWindow, now) ? 1 : 0,
        counted.some((m) => m.state === 'arrears') ? 1 : 0,
      ];
      return [standing];
    }),
  );
}

/**
 * The members' standings of the year, each part of it a row per member: the months' states are computed
 * by the one rule in lib/dues/standing.ts, then every figure over them is one FILTERed aggregate of one
 * query over the rows, passed as a JSON parameter (nothing is written, so nothing the cache keys on moves).
 */
const windowsTable: FigureTable = {
  records: duesMemberRecords,
  recordId: duesWindows.personId,
  aggregate: (fields, scope, year) => {
    const rows = JSON.stringify(windowRows(scope, year));
    const each = (i: number) => sql.raw(`json_extract(value, '$[${i}]')`);
    return db
      .select(fields)
      .from(
        sql`(select ${each(0)} as person_id, ${each(1)} as period, ${each(2)} as on_time, ${each(3)} as arrears
          from json_each(${rows})) as ${duesWindows}`,
      )
      .get()!;
  },
};

const onTime = eq(duesWindows.onTime, true);

function measured(measure: Measure, ctx: PlanContext): Pick<FigurePlan, 'table' | 'where' | 'measure' | 'unit'> {
  const inWindow = eq(duesWindows.period, ctx.period ?? 'year');
  switch (measure) {
    case 'collected':
      return {
        table: paymentsTable,
        where: between(duesPayments.paidOn, ctx.range),
        measure: { kind: 'money', ofFen: duesPayments.amountFen },
        unit: '元',
      };
    case 'handed':
      return {
        table: handoversTable,
        where: between(duesHandovers.handedOn, ctx.range),
        measure: { kind: 'money', ofFen: duesHandovers.amountFen },
        unit: '元',
      };
    case 'members':
      return { table: windowsTable, where: inWindow, measure: count, unit: '名' };
    case 'on_time':
      return { table: windowsTable, where: and(inWindow, onTime), measure: count, unit: '名' };
    case 'rate':
      return { table: windowsTable, where: inWindow, measure: percentOf(onTime), unit: '%' };
    case 'arrears':
      return { table: windowsTable, where: and(inWindow, eq(duesWindows.arrears, true)), measure: count, unit: '名' };
  }
}

/**
 * 党费: collected (payments by the day paid), handed (上缴 by the day handed over), and of the members who
 * owed dues in the year or period up to the current month: how many, how many paid every month in full and
 * on time (按时足额), that share as a rate, and how many have a month in arrears now.
 */
export const duesSource: FigureSource = {
  key: 'dues',
  group: '党费',
  params: ['measure'],
  plan(params, ctx) {
    if (!params.measure || !oneOf(measures, params.measure))
      return `请用 measure 指定党费的统计方式：${measures.map((m) => `${m}（${measureNames[m]}）`).join('、')}`;
    return {
      ...measured(params.measure, ctx),
      subject: '党费',
      measureLabel:
        params.measure === 'rate' ? `${measureNames.rate}（%，保留一位小数）` : measureNames[params.measure],
    };
  },
  entries: () => measures.map((measure) => ({ measure })),
};
