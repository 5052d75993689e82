import 'server-only';
import { aliasedTable, and, eq, exists, type SQL, sql } from 'drizzle-orm';
import { db } from '@/db';
import { inIds } from '@/db/queries/in-ids';
import { inBranch, liveIn } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import type { FigureDictionary } from '@/db/report/figures/dictionary';
import {
  between,
  count,
  type FigurePlan,
  type FigureSource,
  type FigureTable,
  idParam,
  narrowed,
  oneOf,
  type PlanContext,
  type RecordSet,
} from '@/db/report/figures/types';
import { ledgerEntries, ledgerEntryPeople } from '@/db/schema';
import { type LedgerLevel, ledgerLevelLabels, ledgerLevels } from '@/lib/ledgers/model';
import { ledgerEntryItem } from '@/lib/report/figure-lists';

type Ledger = ReturnType<FigureDictionary['ledgers']>[number];

const measures = ['entries', 'quantity', 'amount', 'people', 'times'] as const;
type Measure = (typeof measures)[number];

const measureNames: Record<Measure, string> = {
  entries: '条数',
  quantity: '数量合计',
  amount: '金额合计',
  people: '人数',
  times: '人次',
};

/** Every entry of a ledger, not only those naming the reader: for those who may read all of them. */
const entryRecords: RecordSet = {
  table: ledgerEntries,
  permission: 'ledgers.read_all',
  list: (scope, ids) =>
    db
      .select({
        id: ledgerEntries.id,
        ledgerId: ledgerEntries.ledgerId,
        date: ledgerEntries.date,
        title: ledgerEntries.title,
        level: ledgerEntries.level,
      })
      .from(ledgerEntries)
      .where(and(inBranch(ledgerEntries, scope), inIds(ledgerEntries.id, ids)))
      .all()
      .map((e) => ({
        id: e.id,
        date: e.date,
        title: e.title,
        href: `/ledgers/${e.ledgerId}#entry-${e.id}`,
        item: ledgerEntryItem(e.title, e.level ? ledgerLevelLabels[e.level] : null),
      })),
};

const entriesTable: FigureTable = {
  records: entryRecords,
  recordId: ledgerEntries.id,
  aggregate: (fields, scope, year) =>
    db
      .select(fields)
      .from(ledgerEntries)
      .where(and(liveIn(ledgerEntries, scope), withinYear(ledgerEntries.date, year)))
      .get()!,
};

/** Each person an entry names, once per entry: people are counted distinct over it, 人次 as rows. */
const namedTable: FigureTable = {
  records: entryRecords,
  recordId: ledgerEntries.id,
  aggregate: (fields, scope, year) =>
    db
      .select(fields)
      .from(ledgerEntryPeople)
      .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerEntryPeople.entryId))
      .where(and(liveIn(ledgerEntries, scope), withinYear(ledgerEntries.date, year)))
      .get()!,
};

const named = aliasedTable(ledgerEntryPeople, 'named');

/** The entries a figure counts: those of its ledger in the range, narrowed by tag, level and a person they name. */
function entryFilter(params: Record<string, string>, ledger: Ledger, ctx: PlanContext) {
  const { tag } = params;
  if (tag && !ledger.tags.includes(tag))
    return ledger.tags.length
      ? `台账“${ledger.name}”没有“${tag}”这个标签，可用：${ledger.tags.join('、')}`
      : `台账“${ledger.name}”的记录不分标签，不能按“${tag}”统计`;
  if (params.level && !oneOf(ledgerLevels, params.level))
    return `级别（level）只能是 ${ledgerLevels.map((l) => `${l}（${ledgerLevelLabels[l]}）`).join('、')}`;
  const level = params.level as LedgerLevel | undefined;
  if (level && !ledger.hasLevel) return `台账“${ledger.name}”的记录不记级别，不能按级别统计`;
  const personId = params.person ? idParam(params.person) : null;
  const person = ctx.dictionary.people().find((p) => p.id === personId);
  if (params.person && !person) return `本支部没有编号为“${params.person}”的人员`;
  if (person && !ledger.hasPeople) return `台账“${ledger.name}”的记录不记人员，不能按人员统计`;
  const where: SQL | undefined = and(
    eq(ledgerEntries.ledgerId, ledger.id),
    between(ledgerEntries.date, ctx.range),
    tag ? sql`exists (select 1 from json_each(${ledgerEntries.tags}) where value = ${tag})` : undefined,
    level ? eq(ledgerEntries.level, level) : undefined,
    person
      ? exists(
          db
            .select({ one: sql`1` })
            .from(named)
            .where(and(eq(named.entryId, ledgerEntries.id), eq(named.personId, person.id))),
        )
      : undefined,
  );
  const filter = [tag, level && ledgerLevelLabels[level], person?.name].filter(Boolean).join('，');
  return { where, subject: narrowed(ledger.name, filter || undefined) };
}

/** Why a ledger's entries do not carry what a measure adds up, or null when they do. */
function missingFor(measure: Measure, ledger: Ledger): string | null {
  const without = (what: string) => `台账“${ledger.name}”的记录不记${what}，不能统计${measureNames[measure]}`;
  if (measure === 'quantity' && !ledger.quantityUnit) return without('数量');
  if (measure === 'amount' && !ledger.hasAmount) return without('金额');
  if ((measure === 'people' || measure === 'times') && !ledger.hasPeople) return without('人员');
  return null;
}

function measured(measure: Measure, ledger: Ledger): Pick<FigurePlan, 'table' | 'measure' | 'measureLabel' | 'unit'> {
  switch (measure) {
    case 'entries':
      return { table: entriesTable, measure: count, measureLabel: `${ledger.unit}数`, unit: ledger.unit };
    case 'quantity':
      return {
        table: entriesTable,
        measure: { kind: 'sum', of: ledgerEntries.quantity },
        measureLabel: measureNames.quantity,
        unit: ledger.quantityUnit ?? '',
      };
    case 'amount':
      return {
        table: entriesTable,
        measure: { kind: 'money', ofFen: ledgerEntries.amountFen },
        measureLabel: measureNames.amount,
        unit: '元',
      };
    case 'people':
      return {
        table: namedTable,
        measure: { kind: 'distinct', of: ledgerEntryPeople.personId, perBranch: true },
        measureLabel: measureNames.people,
        unit: '名',
      };
    case 'times':
      return { table: namedTable, measure: count, measureLabel: measureNames.times, unit: '人次' };
  }
}

/**
 * 自定义台账: the entries of one of the branch's ledgers dated in the year (or period) — how many, their
 * quantity or money, the people they name and 人次 — narrowed by tag, level and person. A switched-off
 * ledger still counts: its past entries are history.
 */
export const ledgerSource: FigureSource = {
  key: 'ledger',
  group: '自定义台账',
  params: ['ledger', 'measure', 'tag', 'level', 'person'],
  plan(params, ctx) {
    if (!params.ledger) return '请用 ledger 指定台账（台账的编号）';
    const id = idParam(params.ledger);
    const ledger = ctx.dictionary.ledgers().find((l) => l.id === id);
    if (!ledger) return `本支部没有编号为“${params.ledger}”的台账`;
    const measure = params.measure ?? 'entries';
    if (!oneOf(measures, measure))
      return `台账的统计方式（measure）只能是 ${measures.map((m) => `${m}（${measureNames[m]}）`).join('、')}`;
    const missing = missingFor(measure, ledger);
    if (missing) return missing;
    const entries = entryFilter(params, ledger, ctx);
    if (typeof entries === 'string') return entries;
    return { ...measured(measure, ledger), where: entries.where, subject: entries.subject };
  },
  entries: (dictionary) =>
    dictionary
      .ledgers()
      .filter((l) => !l.archivedAt)
      .flatMap((l) => {
        const ledger = String(l.id);
        const byTag = l.hasPeople ? 'people' : l.hasAmount ? 'amount' : 'entries';
        return [
          { ledger, measure: 'entries' },
          ...(l.quantityUnit ? [{ ledger, measure: 'quantity' }] : []),
          ...(l.hasAmount ? [{ ledger, measure: 'amount' }] : []),
          ...(l.hasPeople
            ? [
                { ledger, measure: 'people' },
                { ledger, measure: 'times' },
              ]
            : []),
          ...l.tags.map((tag) => ({ ledger, tag, measure: byTag })),
        ];
      }),
};
