import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { inBranch, liveIn, type Scope } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import { workOutputCategories, workOutputs } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';

/** The branch's work-output categories in order, the archived ones marked. */
export function listWorkOutputCategories(scope: Scope) {
  return db
    .select({
      id: workOutputCategories.id,
      version: workOutputCategories.version,
      name: workOutputCategories.name,
      unit: workOutputCategories.unit,
      archivedAt: workOutputCategories.archivedAt,
    })
    .from(workOutputCategories)
    .where(inBranch(workOutputCategories, scope))
    .orderBy(asc(workOutputCategories.sortOrder), asc(workOutputCategories.id))
    .all();
}

export type WorkOutputCategoryRow = ReturnType<typeof listWorkOutputCategories>[number];

const outputColumns = {
  id: workOutputs.id,
  version: workOutputs.version,
  date: workOutputs.date,
  title: workOutputs.title,
  quantity: workOutputs.quantity,
  note: workOutputs.note,
  categoryId: workOutputs.categoryId,
  categoryName: workOutputCategories.name,
  unit: workOutputCategories.unit,
};

/** The year's entries, newest first; only one category's when `categoryId` is given. */
export function listWorkOutputs(user: SessionUser, year: number, filters: { categoryId?: number } = {}) {
  return db
    .select(outputColumns)
    .from(workOutputs)
    .innerJoin(workOutputCategories, eq(workOutputCategories.id, workOutputs.categoryId))
    .where(
      and(
        liveIn(workOutputs, user),
        withinYear(workOutputs.date, year),
        filters.categoryId ? eq(workOutputs.categoryId, filters.categoryId) : undefined,
      ),
    )
    .orderBy(desc(workOutputs.date), desc(workOutputs.id))
    .all();
}

export type WorkOutputRow = ReturnType<typeof listWorkOutputs>[number];

export function getWorkOutput(user: SessionUser, id: number) {
  return (
    db
      .select(outputColumns)
      .from(workOutputs)
      .innerJoin(workOutputCategories, eq(workOutputCategories.id, workOutputs.categoryId))
      .where(and(liveIn(workOutputs, user), eq(workOutputs.id, id)))
      .get() ?? null
  );
}
