import type { Transaction } from '@/db/client';
import { addBranchDefaults } from '@/db/defaults';
import { accounts, branches, partyGroups, people } from '@/db/schema';
import type { DemoCalendar } from '@/db/seed/demo-calendar';
import type { SeedPerson } from '@/db/seed/demo-meetings';
import type { DemoPerson } from '@/db/seed/demo-people';
import type { BranchKind } from '@/lib/branches/model';
import type { BuiltInMeetingKind } from '@/lib/meetings/model';
import { idNumberCheckChar } from '@/lib/people/id-number';

const ejinaAreaCode = '152923';

/** A valid ID number for a demo person: Ejina's area code, their birth date, a sequence, the checksum. */
function demoIdNumber(birthDate: string, sequence: number, gender: DemoPerson['gender']): string {
  const serial = String(sequence * 2 + (gender === 'male' ? 1 : 0)).padStart(3, '0');
  const first17 = ejinaAreaCode + birthDate.replaceAll('-', '') + serial;
  return first17 + idNumberCheckChar(first17);
}

type DemoBranchSpec = {
  organisationId: number;
  /** 机关 unless given. */
  kind?: BranchKind;
  name: string;
  groupNames: string[];
  roster: DemoPerson[];
  unit: string;
  phonePrefix: string;
  /** The home address of the roster's person at an index; a town address unless given. */
  address?: (index: number) => string;
  /** Where this branch's people start in the ID-number sequence (ID numbers are unique). */
  firstIdSequence: number;
  /** The hash of the demo password for the roster's accounts. */
  passwordHash: string;
  /** Put before the roster's usernames (usernames are unique). */
  usernamePrefix?: string;
};

/** A branch with its party groups, its people (and their accounts) and the rows every branch starts with. */
export function addDemoBranch(tx: Transaction, spec: DemoBranchSpec, calendar: DemoCalendar) {
  // The demo shows a branch at work, its first day long past.
  const branch = tx
    .insert(branches)
    .values({ organisationId: spec.organisationId, kind: spec.kind, name: spec.name, setupDoneOn: calendar.today })
    .returning()
    .get();
  const groupIds = spec.groupNames.map(
    (groupName, sortOrder) =>
      tx.insert(partyGroups).values({ branchId: branch.id, name: groupName, sortOrder }).returning().get().id,
  );
  const seeded: SeedPerson[] = [];
  spec.roster.forEach((p, index) => {
    const person = tx
      .insert(people)
      .values({
        branchId: branch.id,
        groupId: groupIds[p.group],
        name: p.name,
        gender: p.gender,
        ethnicity: p.ethnicity,
        birthDate: p.birthDate,
        education: p.education,
        unit: spec.unit,
        post: p.post,
        phone: `${spec.phonePrefix}${String(1001 + index * 37).padStart(4, '0')}`,
        idNumber: demoIdNumber(p.birthDate, spec.firstIdSequence + index, p.gender),
        address:
          spec.address?.(index) ??
          `额济纳旗达来呼布镇${['居延', '额很', '胡杨', '怪树林'][index % 4]}小区${(index % 9) + 1}号楼`,
        politicalStatus: p.status,
        probationaryDate: p.probationaryDate ? calendar.date(p.probationaryDate) : null,
        fullMemberDate: p.fullMemberDate ? calendar.date(p.fullMemberDate) : null,
        committeeTitle: p.committeeTitle ?? null,
      })
      .returning()
      .get();
    seeded.push(person);
    if (p.username && p.role) {
      tx.insert(accounts)
        .values({
          username: `${spec.usernamePrefix ?? ''}${p.username}`,
          passwordHash: spec.passwordHash,
          role: p.role,
          personId: person.id,
          branchId: branch.id,
          mustChangePassword: false,
        })
        .run();
    }
  });
  const { kinds, outputTypes, workOutputCategories } = addBranchDefaults(tx, branch.id, branch.kind);
  const kindIds = Object.fromEntries(kinds.map((k) => [k.code, k.id])) as Record<BuiltInMeetingKind, number>;
  return {
    branch,
    kindIds,
    outputTypes,
    workOutputCategories,
    people: seeded,
    groups: groupIds.map((id, i) => ({ id, name: spec.groupNames[i] })),
  };
}

export type DemoBranch = ReturnType<typeof addDemoBranch>;
