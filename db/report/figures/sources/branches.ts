import 'server-only';
import { and, asc } from 'drizzle-orm';
import { db } from '@/db';
import { inIds } from '@/db/queries/in-ids';
import { scopeBranches } from '@/db/queries/scope';
import { count, type FigureSource, groupableTable, type RecordSet } from '@/db/report/figures/types';
import { branches } from '@/db/schema';

const branchRecords: RecordSet = {
  table: { id: branches.id, branchId: branches.id },
  list: (scope, ids) =>
    db
      .select({ id: branches.id, name: branches.name })
      .from(branches)
      .where(and(scopeBranches(branches.id, scope), inIds(branches.id, ids)))
      .orderBy(asc(branches.id))
      .all()
      .map((b) => ({ id: b.id, date: null, title: b.name, href: null })),
};

const branchesTable = groupableTable({ records: branchRecords, recordId: branches.id }, branches.id, (fields, scope) =>
  db.select(fields).from(branches).where(scopeBranches(branches.id, scope)),
);

/** The branches an organisation's report speaks for (所属党支部): every branch beneath it. */
export const branchesSource: FigureSource = {
  key: 'branches',
  group: '党员队伍',
  params: [],
  plan: () => ({
    table: branchesTable,
    where: undefined,
    measure: count,
    subject: '所属党支部',
    measureLabel: '个数',
    unit: '个',
  }),
  // A branch's own report has no branches beneath it to count.
  entries: (dictionary) => (dictionary.aboveBranches ? [{}] : []),
};
