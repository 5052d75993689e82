import 'server-only';
import { and, asc, count, eq, isNull, or, sql } from 'drizzle-orm';
import { db } from '@/db';
import { idsOf, sumOf } from '@/db/queries/aggregate';
import { withinYear } from '@/db/queries/within-year';
import { workOutputCategories, workOutputs } from '@/db/schema';

export type WorkOutputTotal = {
  categoryId: number;
  name: string;
  unit: string;
  archived: boolean;
  /** How many entries … */
  entries: number;
  /** … and the sum of their quantities, in the category's unit (e.g. 36 篇). */
  total: number;
  /** The entries behind the total. */
  ids: number[];
};

/**
 * A year's work outputs of a branch per category, with the entries behind each total: one GROUP BY
 * query. Every category in use is listed (with 0 when it has no entry that year); an archived one only
 * when it has entries that year.
 */
export function workOutputTotalsForYear(branchId: number, year: number): WorkOutputTotal[] {
  const entries = count(workOutputs.id);
  return db
    .select({
      categoryId: workOutputCategories.id,
      name: workOutputCategories.name,
      unit: workOutputCategories.unit,
      archived: sql<boolean>`${workOutputCategories.archivedAt} is not null`.mapWith(Boolean),
      entries,
      total: sumOf(workOutputs.quantity),
      ids: idsOf(workOutputs.id),
    })
    .from(workOutputCategories)
    .leftJoin(
      workOutputs,
      and(
        eq(workOutputs.categoryId, workOutputCategories.id),
        eq(workOutputs.branchId, branchId),
        isNull(workOutputs.deletedAt),
        withinYear(workOutputs.date, year),
      ),
    )
    .where(eq(workOutputCategories.branchId, branchId))
    .groupBy(workOutputCategories.id)
    .having(or(isNull(workOutputCategories.archivedAt), sql`${entries} > 0`))
    .orderBy(asc(workOutputCategories.sortOrder), asc(workOutputCategories.id))
    .all();
}
