/** Rows for the work-output actions, inserted directly (no action, no audit). Import after `setupTestDatabase()`. */
import { db } from '@/db';
import { workOutputCategories, workOutputs } from '@/db/schema';

let serial = 0;

export function insertCategory(branchId: number) {
  return db
    .insert(workOutputCategories)
    .values({ branchId, name: `测试类别${++serial}`, unit: '篇', sortOrder: 100 + serial })
    .returning()
    .get();
}

export function insertOutput(branchId: number, categoryId = insertCategory(branchId).id) {
  return db
    .insert(workOutputs)
    .values({ branchId, categoryId, date: '2025-05-05', title: `测试成果${++serial}` })
    .returning()
    .get();
}
