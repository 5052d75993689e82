/** Lookups and payloads over the seeded demo; call only after `setupTestDatabase()`. */
import { and, eq, isNull } from 'drizzle-orm';
import { db } from '@/db';
import { accounts, branches, type Person, people } from '@/db/schema';
import { idNumberCheckChar } from '@/lib/people/id-number';

export const statisticsBranchName = '旗统计局党支部';
export const financeBranchName = '旗财政局党支部';

export function branchIdOf(name: string): number {
  const row = db.select({ id: branches.id }).from(branches).where(eq(branches.name, name)).get();
  if (!row) throw new Error(`no branch named ${name}`);
  return row.id;
}

export function personNamed(name: string): Person {
  const row = db.select().from(people).where(eq(people.name, name)).get();
  if (!row) throw new Error(`no person named ${name}`);
  return row;
}

export function personById(id: number): Person | undefined {
  return db.select().from(people).where(eq(people.id, id)).get();
}

export function accountNamed(username: string) {
  const row = db.select().from(accounts).where(eq(accounts.username, username)).get();
  if (!row) throw new Error(`no account named ${username}`);
  return row;
}

/** People of a branch who have no account yet (active ones), in id order. */
export function peopleWithoutAccount(branchId: number): Person[] {
  return db
    .select({ person: people })
    .from(people)
    .leftJoin(accounts, eq(accounts.personId, people.id))
    .where(and(eq(people.branchId, branchId), isNull(accounts.id), isNull(people.archivedAt)))
    .orderBy(people.id)
    .all()
    .map((r) => r.person);
}

/** A valid 18-digit ID number for a birth date (Ejina's area code). */
export function validIdNumber(birthDate: string, serial = '123'): string {
  const first17 = `152923${birthDate.replaceAll('-', '')}${serial}`;
  return first17 + idNumberCheckChar(first17);
}

/** A complete, valid createPerson payload (a non-member, so no party dates are needed). */
export function newPersonPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '测试人员',
    gender: 'female',
    ethnicity: '汉族',
    birthDate: '1990-05-17',
    education: '大学本科',
    unit: '额济纳旗统计局',
    post: '统计员',
    phone: '13948310000',
    idNumber: validIdNumber('1990-05-17'),
    address: '额济纳旗达来呼布镇居延小区1号楼',
    politicalStatus: 'masses',
    probationaryDate: '',
    fullMemberDate: '',
    groupId: '',
    committeeTitle: '',
    ...overrides,
  };
}

/** An updatePerson payload that re-submits a person as stored, with changes on top. */
export function editPersonPayload(person: Person, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: person.id,
    version: person.version,
    name: person.name,
    gender: person.gender,
    ethnicity: person.ethnicity,
    birthDate: person.birthDate ?? '',
    education: person.education ?? '',
    unit: person.unit ?? '',
    post: person.post ?? '',
    phone: person.phone ?? '',
    idNumber: person.idNumber ?? '',
    address: person.address ?? '',
    politicalStatus: person.politicalStatus,
    probationaryDate: person.probationaryDate ?? '',
    fullMemberDate: person.fullMemberDate ?? '',
    groupId: person.groupId ?? '',
    committeeTitle: person.committeeTitle ?? '',
    ...overrides,
  };
}

/** The id of the newest audit entry (0 when there is none): take it before a call, then read what came after. */
export function lastAuditId(): number {
  return (db.$client.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck().get() as number) ?? 0;
}

export async function auditEntriesAfter(id: number) {
  const { auditLog } = await import('@/db/schema');
  const { gt } = await import('drizzle-orm');
  return db.select().from(auditLog).where(gt(auditLog.id, id)).orderBy(auditLog.id).all();
}
