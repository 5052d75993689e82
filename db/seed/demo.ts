import bcrypt from 'bcryptjs';
import { count } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { accounts, organisations } from '@/db/schema';
import { addDemoBranch, type DemoBranch } from '@/db/seed/demo-branch';
import { type DemoCalendar, demoCalendar } from '@/db/seed/demo-calendar';
import { bureauDevelopment, seedDemoDevelopment } from '@/db/seed/demo-development';
import { seedDemoDues } from '@/db/seed/demo-dues';
import { financeDues, statisticsDues } from '@/db/seed/demo-dues-books';
import { seedDemoIntegrity } from '@/db/seed/demo-integrity';
import { bureauMeetingBook } from '@/db/seed/demo-meeting-books';
import { seedDemoMeetings } from '@/db/seed/demo-meetings';
import { seedDemoNotices } from '@/db/seed/demo-notices';
import { financeBureau, statisticsBureau } from '@/db/seed/demo-people';
import { seedDemoRectification } from '@/db/seed/demo-rectification';
import { bureauProjects, seedDemoService } from '@/db/seed/demo-service';
import { seedDemoVillage } from '@/db/seed/demo-village';
import { seedDemoWorkOutputs } from '@/db/seed/demo-work-outputs';
import { todayIso } from '@/lib/clock';
import { demoPassword } from '@/lib/demo-accounts';

export function isEmpty(db: Database): boolean {
  return db.select({ n: count() }).from(organisations).get()!.n === 0;
}

/**
 * A year-round branch's records up to the calendar's today: meetings with attendance (one committee
 * meeting missing last August), development, clean-government work, outputs, service projects,
 * rectification, notices and dues. The roster must be the statistics bureau's (the records name its people).
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
  seedDemoDevelopment(tx, branchId, calendar, bureauDevelopment);
  seedDemoIntegrity(tx, branchId, calendar);
  seedDemoWorkOutputs(tx, branchId, calendar);
  seedDemoService(tx, {
    branchId,
    people: branch.people,
    outputTypes: branch.outputTypes,
    calendar,
    projects: bureauProjects,
  });
  seedDemoRectification(tx, branchId, calendar);
  seedDemoNotices(tx, branchId, calendar);
  seedDemoDues(tx, branch, calendar, statisticsDues);
}

/**
 * The demo: a county 党委 over a working committee with two branches and a township 党委 with a village
 * branch; records run up to `today` (see DemoCalendar).
 */
export function seedDemo(db: Database, today = todayIso()) {
  const calendar = demoCalendar(today);
  const passwordHash = bcrypt.hashSync(demoPassword, 10);
  db.transaction((tx) => {
    const county = tx
      .insert(organisations)
      .values({ name: '中共额济纳旗委员会', level: 'party_committee' })
      .returning()
      .get();
    const committee = tx
      .insert(organisations)
      .values({ name: '额济纳旗旗直机关党工委', level: 'working_committee', parentId: county.id, sortOrder: 1 })
      .returning()
      .get();
    const bureau = { organisationId: committee.id, passwordHash };
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
    const finance = addDemoBranch(
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
    seedDemoDues(tx, finance, calendar, financeDues);

    seedDemoVillage(tx, calendar, passwordHash, county.id);

    tx.insert(accounts)
      .values({
        username: 'dangwei',
        passwordHash,
        role: 'reviewer',
        displayName: '赵明远',
        organisationId: committee.id,
        mustChangePassword: false,
      })
      .run();
    tx.insert(accounts)
      .values({
        username: 'gongwei',
        passwordHash,
        role: 'org_secretary',
        displayName: '高文斌',
        organisationId: committee.id,
        mustChangePassword: false,
      })
      .run();
    tx.insert(accounts)
      .values({
        username: 'qiwei',
        passwordHash,
        role: 'reviewer',
        displayName: '苏日娜',
        organisationId: county.id,
        mustChangePassword: false,
      })
      .run();
  });
}
