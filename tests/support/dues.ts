/** Members and dues records for the dues tests, inserted directly (no action, no audit). Import after `setupTestDatabase()`. */
import { db } from '@/db';
import { duesBases, duesHandovers, duesPayments, duesReliefs, people } from '@/db/schema';

let serial = 0;

/** A full member of the branch, with no dues records. */
export function insertMember(branchId: number, values: Partial<typeof people.$inferInsert> = {}) {
  return db
    .insert(people)
    .values({
      branchId,
      name: `党费测试${++serial}`,
      gender: 'male',
      politicalStatus: 'full',
      probationaryDate: '2015-06-01',
      fullMemberDate: '2016-06-01',
      ...values,
    })
    .returning()
    .get();
}

/** An in-service base of 4000 元 (40 元 a month) from January 2026. */
export function insertBase(branchId: number, personId: number, values: Partial<typeof duesBases.$inferInsert> = {}) {
  return db
    .insert(duesBases)
    .values({
      branchId,
      personId,
      category: 'in_service',
      baseFen: 400_000,
      effectiveMonth: '2026-01',
      assessedOn: '2026-01-05',
      ...values,
    })
    .returning()
    .get();
}

/** A member whose dues are set: 40 元 a month from January 2026. */
export function insertAssessedMember(branchId: number) {
  const person = insertMember(branchId);
  insertBase(branchId, person.id);
  return person;
}

export function insertPayment(
  branchId: number,
  personId: number,
  values: Partial<typeof duesPayments.$inferInsert> = {},
) {
  return db
    .insert(duesPayments)
    .values({
      branchId,
      personId,
      fromMonth: '2026-01',
      toMonth: '2026-01',
      paidOn: '2026-01-10',
      amountFen: 4000,
      dueFen: 4000,
      method: 'cash',
      ...values,
    })
    .returning()
    .get();
}

export function insertRelief(
  branchId: number,
  personId: number,
  values: Partial<typeof duesReliefs.$inferInsert> = {},
) {
  return db
    .insert(duesReliefs)
    .values({
      branchId,
      personId,
      kind: 'exempt',
      fromMonth: '2026-01',
      untilMonth: '2026-12',
      reason: '生活困难',
      decidedOn: '2026-01-08',
      approvedBy: '旗直属机关党工委',
      ...values,
    })
    .returning()
    .get();
}

export function insertHandover(branchId: number, values: Partial<typeof duesHandovers.$inferInsert> = {}) {
  return db
    .insert(duesHandovers)
    .values({
      branchId,
      fromMonth: '2026-01',
      toMonth: '2026-03',
      handedOn: '2026-04-10',
      amountFen: 12000,
      recipient: '旗直属机关党工委',
      ...values,
    })
    .returning()
    .get();
}
