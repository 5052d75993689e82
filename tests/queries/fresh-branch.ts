/**
 * A new, empty branch for the data-layer tests: no demo records, so a test inserts exactly the rows it
 * reasons about and can state the whole expected answer. It has the default meeting kinds, output types
 * and work-output categories a new branch starts with, and sits in the demo's committee unless told.
 *
 * Load it with `await import(...)` after `setupTestDatabase()`.
 */
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { addBranchDefaults } from '@/db/defaults';
import {
  accounts,
  attachments,
  branches,
  developmentRecords,
  developmentStepRecords,
  meetingAttendance,
  meetingKinds,
  meetings,
  organisations,
  partyGroups,
  people,
  rectificationItems,
} from '@/db/schema';
import type { Role } from '@/lib/auth/roles';
import type { SessionUser } from '@/lib/auth/session-user';
import type { BranchKind } from '@/lib/branches/model';
import type { DevelopmentStepCode } from '@/lib/development/steps';
import type { AttendanceStatus, BuiltInMeetingKind, MeetingStatus } from '@/lib/meetings/model';
import type { OrganisationLevel } from '@/lib/organisations/model';
import type { PoliticalStatus } from '@/lib/people/model';

export type FreshBranch = { id: number; name: string; organisationId: number };

let counter = 0;

/** A new organisation (党委 unless told) under `parentId`, or at the top of a tree of its own. */
export function freshOrganisation(
  name: string,
  level: OrganisationLevel = 'party_committee',
  parentId: number | null = null,
) {
  return db.insert(organisations).values({ name, level, parentId }).returning().get();
}

/** A new branch of a kind (机关 unless told) with its defaults; `organisationId` defaults to the first committee (the demo's). */
export function freshBranch(
  name = `测试支部${++counter}`,
  organisationId?: number,
  kind: BranchKind = 'agency',
): FreshBranch {
  const committee =
    organisationId ?? db.select({ id: organisations.id }).from(organisations).orderBy(organisations.id).get()!.id;
  const branch = db.insert(branches).values({ organisationId: committee, name, kind }).returning().get();
  addBranchDefaults(db, branch.id, kind);
  return { id: branch.id, name: branch.name, organisationId: committee };
}

export function addGroup(branchId: number, name: string, values: Partial<typeof partyGroups.$inferInsert> = {}) {
  return db
    .insert(partyGroups)
    .values({ branchId, name, ...values })
    .returning()
    .get();
}

export function addPerson(
  branchId: number,
  name: string,
  politicalStatus: PoliticalStatus = 'full',
  values: Partial<typeof people.$inferInsert> = {},
) {
  return db
    .insert(people)
    .values({ branchId, name, gender: 'male', politicalStatus, ...values })
    .returning()
    .get();
}

/** The user a session would resolve to, built directly (no account row needed for read queries). */
export function userOf(branch: FreshBranch, role: Role, personId: number | null = null, accountId = 0): SessionUser {
  return {
    accountId,
    username: `test-${role}-${branch.id}`,
    role,
    name: `测试${role}`,
    personId,
    branchId: branch.id,
    branchName: branch.name,
    branchIds: [branch.id],
    organisationId: role === 'reviewer' ? branch.organisationId : null,
    mustChangePassword: false,
  };
}

let accountCounter = 0;

/** An account row in the branch (for writes that record who did them), and its session user. */
export function addAccount(branch: FreshBranch, role: Role, personId: number | null = null): SessionUser {
  const row = db
    .insert(accounts)
    .values({
      username: `fresh-${branch.id}-${role}-${++accountCounter}`,
      passwordHash: 'not a hash: nobody signs in here',
      role,
      personId,
      branchId: role === 'reviewer' ? null : branch.id,
      organisationId: role === 'reviewer' ? branch.organisationId : null,
      mustChangePassword: false,
    })
    .returning()
    .get();
  return { ...userOf(branch, role, personId, row.id), username: row.username };
}

export function kindId(branchId: number, code: BuiltInMeetingKind): number {
  return db
    .select({ id: meetingKinds.id })
    .from(meetingKinds)
    .where(and(eq(meetingKinds.branchId, branchId), eq(meetingKinds.code, code)))
    .get()!.id;
}

export function addMeeting(
  branchId: number,
  code: BuiltInMeetingKind,
  date: string,
  status: MeetingStatus,
  values: Partial<typeof meetings.$inferInsert> = {},
) {
  return db
    .insert(meetings)
    .values({ branchId, kindId: kindId(branchId, code), date, status, topic: `${date} ${code}`, ...values })
    .returning()
    .get();
}

export function addAttendance(
  meeting: { id: number; branchId: number },
  personId: number,
  status: AttendanceStatus | null,
) {
  return db
    .insert(meetingAttendance)
    .values({ meetingId: meeting.id, branchId: meeting.branchId, personId, status })
    .returning()
    .get();
}

/** A development record with the given steps (code and date), in the order given. */
export function addDevelopment(
  branchId: number,
  personId: number,
  steps: [DevelopmentStepCode, string][],
  values: Partial<typeof developmentRecords.$inferInsert> = {},
) {
  const record = db
    .insert(developmentRecords)
    .values({ branchId, personId, ...values })
    .returning()
    .get();
  const stepRows = steps.map(([code, date]) =>
    db.insert(developmentStepRecords).values({ recordId: record.id, branchId, code, date }).returning().get(),
  );
  return { record, steps: stepRows };
}

export function addRectification(
  branchId: number,
  responsiblePersonId: number,
  values: Partial<typeof rectificationItems.$inferInsert> & { foundDate: string; deadline: string },
) {
  return db
    .insert(rectificationItems)
    .values({ branchId, responsiblePersonId, aspect: '测试方面', problem: '测试问题', source: 'other', ...values })
    .returning()
    .get();
}

let fileCounter = 0;

/** An attachments row without bytes behind it. */
export function addFileRow(
  branchId: number,
  entity: string,
  entityId: number,
  values: Partial<typeof attachments.$inferInsert> = {},
) {
  return db
    .insert(attachments)
    .values({
      branchId,
      entity,
      entityId,
      fileName: `文件${++fileCounter}.png`,
      storedName: `fresh/${branchId}/${entity}/${entityId}/${fileCounter}-${Math.random()}.png`,
      mimeType: 'image/png',
      size: 100 + fileCounter,
      createdAt: '2026-01-01T00:00:00.000Z',
      ...values,
    })
    .returning()
    .get();
}
