import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { outputTypes, projectActivities, projects } from '@/db/schema';

let serial = 0;

export function insertProject(branchId: number, values: Partial<typeof projects.$inferInsert> = {}) {
  return db
    .insert(projects)
    .values({
      branchId,
      kind: '结对共建',
      name: `测试项目${++serial}`,
      startDate: '2024-01-01',
      status: 'active',
      ...values,
    })
    .returning()
    .get();
}

export function insertActivity(projectId: number, values: Partial<typeof projectActivities.$inferInsert> = {}) {
  const project = db.select({ branchId: projects.branchId }).from(projects).where(eq(projects.id, projectId)).get()!;
  return db
    .insert(projectActivities)
    .values({ projectId, branchId: project.branchId, date: '2024-03-01', title: `测试活动${++serial}`, ...values })
    .returning()
    .get();
}

export function projectById(id: number) {
  return db.select().from(projects).where(eq(projects.id, id)).get()!;
}

export function activityById(id: number) {
  return db.select().from(projectActivities).where(eq(projectActivities.id, id)).get()!;
}

export function insertOutputType(branchId: number) {
  return db
    .insert(outputTypes)
    .values({ branchId, category: 'goods', name: `测试物资${++serial}`, unit: '件' })
    .returning()
    .get();
}

export function outputTypeNamed(branchId: number, name: string) {
  return db
    .select()
    .from(outputTypes)
    .where(and(eq(outputTypes.branchId, branchId), eq(outputTypes.name, name)))
    .get()!;
}
