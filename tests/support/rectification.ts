/**
 * Rows and payloads for the rectification and 党务公开 actions over the seeded demo. Import with
 * `await import(...)` after `setupTestDatabase()`.
 */
import { and, eq, like } from 'drizzle-orm';
import { db } from '@/db';
import { type Notice, notices, type RectificationItem, rectificationItems } from '@/db/schema';
import { todayIso } from '@/lib/clock';
import type { NoticeState } from '@/lib/rectification/model';

/** Inserts an item directly (no action, no audit): by default 整改中, found today, due in a month. */
export function insertItem(
  branchId: number,
  responsiblePersonId: number,
  values: Partial<typeof rectificationItems.$inferInsert> = {},
): RectificationItem {
  return db
    .insert(rectificationItems)
    .values({
      branchId,
      aspect: '测试方面',
      problem: '测试问题',
      source: 'other',
      responsiblePersonId,
      foundDate: todayIso(),
      deadline: '2099-12-31',
      ...values,
    })
    .returning()
    .get();
}

/** An item marked completed with evidence by `completedBy` (an account id), ready to check off. */
export function insertCompletedItem(
  branchId: number,
  responsiblePersonId: number,
  completedBy: number | null = null,
): RectificationItem {
  return insertItem(branchId, responsiblePersonId, {
    state: 'completed',
    evidence: '已整改到位',
    completedAt: todayIso(),
    completedBy,
  });
}

export function itemById(id: number): RectificationItem {
  const row = db.select().from(rectificationItems).where(eq(rectificationItems.id, id)).get();
  if (!row) throw new Error(`no rectification item ${id}`);
  return row;
}

/** The seeded item of a branch whose problem starts with `start`. */
export function seededItem(branchId: number, start: string): RectificationItem {
  const row = db
    .select()
    .from(rectificationItems)
    .where(and(eq(rectificationItems.branchId, branchId), like(rectificationItems.problem, `${start}%`)))
    .get();
  if (!row) throw new Error(`no rectification item starting ${start}`);
  return row;
}

/** A complete createRectification payload. */
export function itemPayload(
  responsiblePersonId: number,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    aspect: '服务群众方面',
    problem: '测试登记的问题',
    source: 'life_meeting',
    sourceMeetingId: '',
    sourceNote: '',
    measures: '测试整改措施',
    responsiblePersonId,
    foundDate: todayIso(),
    deadline: '2099-06-30',
    ...overrides,
  };
}

/** Inserts a notice directly at a state of the flow (reviewed and later ones passed the secrecy check). */
export function insertNotice(
  branchId: number,
  state: NoticeState = 'proposed',
  values: Partial<typeof notices.$inferInsert> = {},
): Notice {
  const today = todayIso();
  return db
    .insert(notices)
    .values({
      branchId,
      title: '测试公开事项',
      category: '组织建设',
      content: '测试内容',
      state,
      proposedAt: today,
      secrecyChecked: state !== 'proposed',
      publishedAt: state === 'published' ? today : null,
      ...values,
    })
    .returning()
    .get();
}

export function noticeById(id: number): Notice {
  const row = db.select().from(notices).where(eq(notices.id, id)).get();
  if (!row) throw new Error(`no notice ${id}`);
  return row;
}
