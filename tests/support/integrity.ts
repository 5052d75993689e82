/** Rows for the clean-government actions, inserted directly (no action, no audit). Import after `setupTestDatabase()`. */
import { and, eq, isNull } from 'drizzle-orm';
import { db } from '@/db';
import { commitmentLetters, integrityAspects, integrityItems, integrityMeetings } from '@/db/schema';
import { currentYear } from '@/lib/clock';
import { insertMeeting } from '@/tests/support/meetings';

let serial = 0;

export function insertAspect(branchId: number, year = 2025) {
  return db
    .insert(integrityAspects)
    .values({ branchId, year, title: `测试方面${++serial}`, sortOrder: 100 + serial })
    .returning()
    .get();
}

export function insertItem(branchId: number, aspectId = insertAspect(branchId).id) {
  return db
    .insert(integrityItems)
    .values({ branchId, aspectId, content: `测试内容${++serial}`, responsible: '纪检委员', sortOrder: serial })
    .returning()
    .get();
}

export function insertLetter(branchId: number) {
  return db
    .insert(commitmentLetters)
    .values({
      branchId,
      date: '2025-03-04',
      title: '党风廉政建设责任承诺书',
      signer: '书记',
      counterpartKind: '股室',
      counterpart: `测试股室${++serial}`,
    })
    .returning()
    .get();
}

/** A held meeting of the branch linked as a special meeting on clean government. */
export function insertLinkedMeeting(branchId: number) {
  const meeting = insertMeeting(branchId, { status: 'held', date: '2025-05-05', topic: `测试廉政专题会${++serial}` });
  return db.insert(integrityMeetings).values({ branchId, meetingId: meeting.id }).returning().get();
}

/** Next year, made ready to copy this year's list into: its own list removed, this year given one if it has none. */
export function yearToCopyInto(branchId: number): number {
  const next = currentYear() + 1;
  const live = (year: number) =>
    and(eq(integrityAspects.branchId, branchId), eq(integrityAspects.year, year), isNull(integrityAspects.deletedAt));
  db.update(integrityAspects).set({ deletedAt: new Date().toISOString() }).where(live(next)).run();
  if (
    !db
      .select({ id: integrityAspects.id })
      .from(integrityAspects)
      .where(live(next - 1))
      .get()
  )
    insertAspect(branchId, next - 1);
  return next;
}
