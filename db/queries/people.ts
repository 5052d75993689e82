import 'server-only';
import { and, asc, count, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { db } from '@/db';
import { privatePersonColumns, publicPersonColumns } from '@/db/queries/people-columns';
import { currentIn, inBranch } from '@/db/queries/scope';
import { branches, developmentRecords, partyGroups, people } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import type { PoliticalStatus } from '@/lib/people/model';

export type RosterFilters = { q?: string; status?: PoliticalStatus; groupId?: number };

/** Members first, then people in development by how far along they are. */
const statusRank = sql`CASE ${people.politicalStatus} WHEN 'full' THEN 1 WHEN 'probationary' THEN 2 WHEN 'candidate' THEN 3 WHEN 'activist' THEN 4 WHEN 'applicant' THEN 5 ELSE 6 END`;

export function listRoster(user: SessionUser, filters: RosterFilters) {
  const conditions: SQL[] = [currentIn(people, user)];
  if (filters.status) conditions.push(eq(people.politicalStatus, filters.status));
  if (filters.groupId) conditions.push(eq(people.groupId, filters.groupId));
  const q = filters.q?.trim();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const matches = (column: AnySQLiteColumn) => sql`${column} LIKE ${pattern} ESCAPE '\\'`;
    conditions.push(or(matches(people.name), matches(people.unit), matches(people.post))!);
  }
  return db
    .select({
      id: people.id,
      name: people.name,
      gender: people.gender,
      ethnicity: people.ethnicity,
      politicalStatus: people.politicalStatus,
      committeeTitle: people.committeeTitle,
      unit: people.unit,
      post: people.post,
      fullMemberDate: people.fullMemberDate,
      groupName: partyGroups.name,
    })
    .from(people)
    .leftJoin(partyGroups, eq(partyGroups.id, people.groupId))
    .where(and(...conditions))
    .orderBy(statusRank, asc(people.id))
    .all();
}

export type RosterRow = ReturnType<typeof listRoster>[number];

/** The branch's party groups in their order; a dissolved one only when `keepGroupId` names it (a past meeting's group). */
export function listGroups(user: SessionUser, keepGroupId: number | null = null) {
  return db
    .select({ id: partyGroups.id, name: partyGroups.name })
    .from(partyGroups)
    .where(
      keepGroupId
        ? and(inBranch(partyGroups, user), or(isNull(partyGroups.archivedAt), eq(partyGroups.id, keepGroupId)))
        : currentIn(partyGroups, user),
    )
    .orderBy(asc(partyGroups.sortOrder), asc(partyGroups.id))
    .all();
}

/**
 * The settings page's view of the groups: each active group with its version and its people, and
 * everyone on the roster with the group they are in, to move people between groups.
 */
export function listGroupsWithMembers(user: SessionUser) {
  const groups = db
    .select({ id: partyGroups.id, name: partyGroups.name, version: partyGroups.version })
    .from(partyGroups)
    .where(currentIn(partyGroups, user))
    .orderBy(asc(partyGroups.sortOrder), asc(partyGroups.id))
    .all();
  const roster = db
    .select({ id: people.id, name: people.name, politicalStatus: people.politicalStatus, groupId: people.groupId })
    .from(people)
    .where(currentIn(people, user))
    .orderBy(asc(people.id))
    .all();
  return {
    groups: groups.map((group) => ({ ...group, members: roster.filter((p) => p.groupId === group.id) })),
    roster,
  };
}

const publicColumns = {
  ...publicPersonColumns,
  groupName: partyGroups.name,
  developmentRecordId: sql<
    number | null
  >`(select id from ${developmentRecords} where ${developmentRecords.personId} = ${people.id})`,
  archivedAt: people.archivedAt,
  joinedBranchOn: people.joinedBranchOn,
  leftBranchOn: people.leftBranchOn,
  transferredTo: people.transferredTo,
  /** The branch here they came from (组织关系转入), by name. */
  transferredFrom: sql<
    string | null
  >`(select b.name from ${people} p join ${branches} b on b.id = p.branch_id where p.id = ${people.transferredFromId})`,
};

type PersonPrivate = { [K in keyof typeof privatePersonColumns]: (typeof people.$inferSelect)[K] };

/**
 * One person as the caller may see them: anyone in the branch for roster readers, otherwise only
 * oneself. Private fields come only with `members.read_private`, or for one's own record.
 */
export function getPersonForViewer(user: SessionUser, id: number) {
  const isSelf = user.personId === id;
  if (!isSelf && !can(user, 'members.read')) return null;
  const withPrivate = isSelf || can(user, 'members.read_private');
  const row = db
    .select({ ...publicColumns, ...(withPrivate ? privatePersonColumns : {}) })
    .from(people)
    .leftJoin(partyGroups, eq(partyGroups.id, people.groupId))
    .where(and(eq(people.id, id), inBranch(people, user)))
    .get();
  if (!row) return null;
  return { ...row, private: withPrivate ? (row as typeof row & PersonPrivate) : null };
}

/** The full editable record, for the edit form of a roster writer. */
export function getPersonForEdit(user: SessionUser, id: number) {
  if (!can(user, 'members.write')) return null;
  return (
    db
      .select({ ...publicColumns, ...privatePersonColumns })
      .from(people)
      .leftJoin(partyGroups, eq(partyGroups.id, people.groupId))
      .where(and(eq(people.id, id), currentIn(people, user)))
      .get() ?? null
  );
}

export type EditablePerson = NonNullable<ReturnType<typeof getPersonForEdit>>;

/** People of the branch for pickers, with only what a picker shows. */
export function listPeopleForPicker(user: SessionUser) {
  return db
    .select({ id: people.id, name: people.name, politicalStatus: people.politicalStatus })
    .from(people)
    .where(currentIn(people, user))
    .orderBy(statusRank, asc(people.id))
    .all();
}

export function countByStatus(user: SessionUser) {
  return db
    .select({ status: people.politicalStatus, count: count() })
    .from(people)
    .where(currentIn(people, user))
    .groupBy(people.politicalStatus)
    .all();
}

export function groupSizes(user: SessionUser) {
  return db
    .select({
      id: partyGroups.id,
      name: partyGroups.name,
      members: sql<number>`count(${people.id}) filter (where ${people.politicalStatus} in ('full', 'probationary'))`,
      total: count(people.id),
    })
    .from(partyGroups)
    .leftJoin(people, and(eq(people.groupId, partyGroups.id), isNull(people.archivedAt)))
    .where(currentIn(partyGroups, user))
    .groupBy(partyGroups.id)
    .orderBy(asc(partyGroups.sortOrder), asc(partyGroups.id))
    .all();
}

export function listCommittee(user: SessionUser) {
  return db
    .select({ id: people.id, name: people.name, committeeTitle: people.committeeTitle })
    .from(people)
    .where(and(currentIn(people, user), sql`${people.committeeTitle} is not null`))
    .orderBy(asc(people.id))
    .all();
}
