import bcrypt from 'bcryptjs';
import { count } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { addBranchDefaults } from '@/db/defaults';
import { accounts, branches, committees, partyGroups, people } from '@/db/schema';
import { type DemoCalendar, demoCalendar } from '@/db/seed/demo-calendar';
import { seedDemoDevelopment } from '@/db/seed/demo-development';
import { seedDemoIntegrity } from '@/db/seed/demo-integrity';
import { bureauMeetingBook } from '@/db/seed/demo-meeting-books';
import { type SeedPerson, seedDemoMeetings } from '@/db/seed/demo-meetings';
import { seedDemoNotices } from '@/db/seed/demo-notices';
import { type DemoPerson, financeBureau, statisticsBureau } from '@/db/seed/demo-people';
import { seedDemoRectification } from '@/db/seed/demo-rectification';
import { bureauProjects, seedDemoService } from '@/db/seed/demo-service';
import { seedDemoWorkOutputs } from '@/db/seed/demo-work-outputs';
import { todayIso } from '@/lib/clock';
import { demoPassword } from '@/lib/demo-accounts';
import type { BuiltInMeetingKind } from '@/lib/meetings/model';
import { idNumberCheckChar } from '@/lib/people/id-number';

const ejinaAreaCode = '152923';

/** A valid ID number for a demo person: Ejina's area code, their birth date, a sequence, the checksum. */
function demoIdNumber(birthDate: string, sequence: number, gender: DemoPerson['gender']): string {
  const serial = String(sequence * 2 + (gender === 'male' ? 1 : 0)).padStart(3, '0');
  const first17 = ejinaAreaCode + birthDate.replaceAll('-', '') + serial;
  return first17 + idNumberCheckChar(first17);
}

export function isEmpty(db: Database): boolean {
  return db.select({ n: count() }).from(committees).get()!.n === 0;
}

type DemoBranchSpec = {
  committeeId: number;
  name: string;
  groupNames: string[];
  roster: DemoPerson[];
  unit: string;
  phonePrefix: string;
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
    .values({ committeeId: spec.committeeId, name: spec.name, setupDoneOn: calendar.today })
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
        address: `额济纳旗达来呼布镇${['居延', '额很', '胡杨', '怪树林'][index % 4]}小区${(index % 9) + 1}号楼`,
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
  const { kinds, outputTypes, workOutputCategories } = addBranchDefaults(tx, branch.id);
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

/**
 * A year-round branch's records up to the calendar's today: meetings with attendance (one committee
 * meeting missing last August), development, clean-government work, outputs, service projects,
 * rectification and notices. The roster must be the statistics bureau's (the records name its people).
 */
export function seedDemoBranchRecords(tx: Transaction, branch: DemoBranch, calendar: DemoCalendar) {
  const branchId = branch.branch.id;
  seedDemoMeetings(tx, {
    branchId,
    kindIds: branch.kindIds,
    groups: branch.groups,
    people: branch.people,
    today: calendar.today,
    firstYear: 2023,
    missingCommitteeMeeting: calendar.date('2025-08-06'),
    book: bureauMeetingBook,
  });
  seedDemoDevelopment(tx, branchId, calendar);
  seedDemoIntegrity(tx, branchId, calendar);
  seedDemoWorkOutputs(tx, branchId, branch.workOutputCategories, calendar);
  seedDemoService(tx, {
    branchId,
    people: branch.people,
    outputTypes: branch.outputTypes,
    calendar,
    projects: bureauProjects,
  });
  seedDemoRectification(tx, branchId, calendar);
  seedDemoNotices(tx, branchId, calendar);
}

/** The demo: a working committee with two branches; records run up to `today` (see DemoCalendar). */
export function seedDemo(db: Database, today = todayIso()) {
  const calendar = demoCalendar(today);
  const passwordHash = bcrypt.hashSync(demoPassword, 10);
  db.transaction((tx) => {
    const committee = tx.insert(committees).values({ name: '额济纳旗旗直机关党工委' }).returning().get();
    const bureau = { committeeId: committee.id, passwordHash };
    const statistics = addDemoBranch(
      tx,
      {
        ...bureau,
        name: '旗统计局党支部',
        groupNames: ['第一党小组', '第二党小组'],
        roster: statisticsBureau,
        unit: '额济纳旗统计局',
        phonePrefix: '1394831',
        firstIdSequence: 100,
      },
      calendar,
    );
    seedDemoBranchRecords(tx, statistics, calendar);
    addDemoBranch(
      tx,
      {
        ...bureau,
        name: '旗财政局党支部',
        groupNames: ['财政局党小组'],
        roster: financeBureau,
        unit: '额济纳旗财政局',
        phonePrefix: '1384832',
        firstIdSequence: 100,
      },
      calendar,
    );

    tx.insert(accounts)
      .values({
        username: 'dangwei',
        passwordHash,
        role: 'reviewer',
        displayName: '赵明远',
        committeeId: committee.id,
        mustChangePassword: false,
      })
      .run();
  });
}
