import 'server-only';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { db } from '@/db';
import { privatePersonColumns, publicPersonColumns } from '@/db/queries/people-columns';
import { currentIn, inBranch, liveIn } from '@/db/queries/scope';
import { developmentRecords, developmentStepRecords, partyGroups, people, personDisciplines } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import type { RosterDiscipline, RosterPerson, RosterWorkbook } from '@/lib/roster/columns';
import { rosterStepOf } from '@/lib/roster/mapping';

const publicColumns = {
  ...publicPersonColumns,
  groupName: partyGroups.name,
  stoppedAt: developmentRecords.stoppedAt,
  stopReason: developmentRecords.stopReason,
};

/** The private columns left empty for a reader who may not see them (they are not read at all). */
const withheldColumns = Object.fromEntries(
  Object.keys(privatePersonColumns).map((key) => [key, sql<string | null>`null`]),
) as { [K in keyof typeof privatePersonColumns]: SQL<string | null> };

/**
 * The branch's roster (people who have not left, with their party group's name, a stopped development
 * and their version) and every recorded development step of those people, with the contacts and
 * introducers a step names given by name: what the Excel export writes. ID number, phone, address and
 * 党纪处分 only with `members.read_private`.
 */
export function rosterExport(user: SessionUser): RosterWorkbook {
  const withPrivate = can(user, 'members.read_private');
  const roster = db
    .select({ ...publicColumns, ...(withPrivate ? privatePersonColumns : withheldColumns) })
    .from(people)
    .leftJoin(partyGroups, and(eq(partyGroups.id, people.groupId), eq(partyGroups.branchId, user.branchId)))
    .leftJoin(
      developmentRecords,
      and(eq(developmentRecords.personId, people.id), eq(developmentRecords.branchId, user.branchId)),
    )
    .where(currentIn(people, user))
    .orderBy(asc(people.id))
    .all();

  const steps = db
    .select({
      personId: developmentRecords.personId,
      code: developmentStepRecords.code,
      date: developmentStepRecords.date,
      data: developmentStepRecords.data,
    })
    .from(developmentStepRecords)
    .innerJoin(developmentRecords, eq(developmentRecords.id, developmentStepRecords.recordId))
    .innerJoin(people, eq(people.id, developmentRecords.personId))
    .where(and(inBranch(developmentStepRecords, user), currentIn(people, user)))
    .orderBy(asc(people.id), asc(developmentStepRecords.date), asc(developmentStepRecords.id))
    .all();

  // Contacts and introducers may since have left the branch: their names come from everyone it has had.
  const names = new Map(
    db
      .select({ id: people.id, name: people.name })
      .from(people)
      .where(inBranch(people, user))
      .all()
      .map((p) => [p.id, p.name]),
  );

  const disciplines = withPrivate ? disciplinesByPerson(user) : new Map<number, RosterDiscipline[]>();

  return {
    branchId: user.branchId,
    people: roster.map(
      ({ id, groupId: _groupId, ...person }): RosterPerson => ({ ...person, disciplines: disciplines.get(id) ?? [] }),
    ),
    steps: steps.map((s) => rosterStepOf(names.get(s.personId) ?? '', s, (id) => names.get(id))),
  };
}

/** The live 党纪处分 of the branch's people, oldest first, by person. */
function disciplinesByPerson(user: SessionUser): Map<number, RosterDiscipline[]> {
  const rows = db
    .select({
      personId: personDisciplines.personId,
      kind: personDisciplines.kind,
      decidedOn: personDisciplines.decidedOn,
      until: personDisciplines.until,
      decidedBy: personDisciplines.decidedBy,
      reason: personDisciplines.reason,
    })
    .from(personDisciplines)
    .where(liveIn(personDisciplines, user))
    .orderBy(asc(personDisciplines.decidedOn), asc(personDisciplines.id))
    .all();
  const out = new Map<number, RosterDiscipline[]>();
  for (const { personId, ...record } of rows) out.set(personId, [...(out.get(personId) ?? []), record]);
  return out;
}
