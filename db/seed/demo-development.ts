import { and, eq } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { withDisciplines } from '@/db/queries/discipline-periods';
import { branches, developmentRecords, developmentStepRecords, meetingKinds, meetings, people } from '@/db/schema';
import type { DemoCalendar } from '@/db/seed/demo-calendar';
import { checkStep, type DevelopmentHistory, type DevelopmentPerson, type StepRecord } from '@/lib/development/rules';
import { membershipFromSteps } from '@/lib/development/status';
import { type DevelopmentStepCode, developmentSteps } from '@/lib/development/steps';

export type DevelopmentPath = {
  name: string;
  dates: string[];
  data?: Partial<Record<DevelopmentStepCode, Record<string, unknown>>>;
  /** Assessments that go on after the path's last step. */
  moreAssessments?: string[];
};

export const vote = (expectedVoting: number, yes: number) => ({ expectedVoting, present: yes, yes, no: 0, abstain: 0 });

/**
 * Development histories of the demo statistics branch, one date per step in order (assessments that
 * repeat are listed where they fall), as authored (see DemoCalendar). 2023 has one full membership
 * (杨帆), one development candidate (吴桐) and two activists (郑凯, 何思远); 吴桐's probationary year
 * ends late in the current year; 田雨 became an activist this year and may not be confirmed as a
 * candidate before a full year has passed; 徐浩 applied three weeks before today, so his first talk
 * is due within days whenever the demo is seeded.
 */
export const bureauDevelopment: DemoDevelopment = {
  authored: [
    {
      name: '杨帆',
      dates: [
        '2020-03-02',
        '2020-03-20',
        '2020-09-06',
        '2020-09-15',
        '2020-09-20',
        '2021-03-01',
        '2021-09-01',
        '2021-10-06',
        '2021-10-15',
        '2021-10-20',
        '2021-11-10',
        '2021-12-10',
        '2022-05-06',
        '2022-06-01',
        '2022-06-10',
        '2022-06-26',
        '2022-07-05',
        '2022-07-20',
        '2022-08-01',
        '2022-08-05',
        '2022-09-15',
        '2023-03-10',
        '2023-05-20',
        '2023-06-26',
        '2023-07-18',
        '2023-08-01',
      ],
      data: { admission_vote: vote(13, 13), full_vote: vote(14, 14) },
    },
    {
      name: '吴桐',
      dates: [
        '2021-09-10',
        '2021-09-28',
        '2022-03-06',
        '2022-03-15',
        '2022-03-20',
        '2022-09-05',
        '2023-03-03',
        '2023-04-06',
        '2023-04-15',
        '2023-04-20',
        '2023-06-15',
        '2023-07-20',
        '2025-11-06',
        '2025-12-01',
        '2025-12-10',
        '2025-12-26',
        '2026-01-10',
        '2026-01-20',
        '2026-02-01',
        '2026-02-05',
        '2026-03-05',
        '2026-06-20',
      ],
      data: { admission_vote: vote(14, 13) },
    },
    {
      name: '郑凯',
      dates: [
        '2022-10-12',
        '2022-10-28',
        '2023-05-06',
        '2023-05-15',
        '2023-05-20',
        '2023-11-06',
        '2024-05-06',
        '2024-06-06',
        '2024-06-15',
        '2024-06-20',
        '2024-08-15',
        '2024-09-20',
        '2026-05-06',
        '2026-06-01',
        '2026-06-10',
        '2026-06-26',
        '2026-07-08',
        '2026-07-20',
        '2026-08-01',
        '2026-08-05',
      ],
      data: { admission_vote: vote(15, 14) },
    },
    {
      name: '何思远',
      dates: [
        '2022-04-08',
        '2022-04-25',
        '2023-09-06',
        '2023-09-15',
        '2023-09-20',
        '2024-03-06',
        '2024-09-06',
        '2025-03-06',
        '2025-03-15',
        '2025-03-20',
        '2025-05-15',
        '2025-06-20',
      ],
    },
    {
      name: '乌日汗',
      dates: ['2024-03-05', '2024-03-22', '2024-09-06', '2024-09-15', '2024-09-20', '2025-03-06', '2025-09-06'],
      moreAssessments: ['2026-03-05', '2026-09-04'],
    },
    { name: '田雨', dates: ['2025-06-03', '2025-06-20', '2026-03-06', '2026-03-15', '2026-03-20', '2026-09-06'] },
  ],
  newApplicant: '徐浩',
  contacts: ['李娜', '陈晓梅'],
  introducers: ['孟庆华', '巴图孟和'],
};

/**
 * A demo branch's development: the paths as authored (see DemoCalendar), the applicant who applied
 * three weeks before the seeding day, and who the branch assigns as contacts and introducers.
 */
export type DemoDevelopment = {
  authored: DevelopmentPath[];
  newApplicant: string;
  contacts: [string, string];
  introducers: [string, string];
};

/** The paths on the seeding day's calendar, with what every path shares. */
function placedPaths(calendar: DemoCalendar, development: DemoDevelopment): DevelopmentPath[] {
  const shared = {
    contacts_assigned: { contactIds: development.contacts },
    introducers: { introducerIds: development.introducers },
    short_training: { days: 3, hours: 24 },
  };
  return [
    ...development.authored.map((p) => ({
      ...p,
      dates: p.dates.map(calendar.date),
      moreAssessments: p.moreAssessments?.map(calendar.date),
      data: { ...shared, ...p.data },
    })),
    { name: development.newApplicant, dates: [calendar.daysFromToday(-20)] },
  ];
}

/** The steps a path's dates follow: the 25 in order, with the activist assessed twice (every six months). */
const pathSteps: DevelopmentStepCode[] = developmentSteps.flatMap((s) =>
  s.code === 'activist_assessment' ? [s.code, s.code] : [s.code],
);

export function seedDemoDevelopment(
  tx: Transaction,
  branchId: number,
  calendar: DemoCalendar,
  development: DemoDevelopment,
) {
  const roster = withDisciplines(
    tx,
    { branchId },
    tx
      .select({
        id: people.id,
        name: people.name,
        politicalStatus: people.politicalStatus,
        birthDate: people.birthDate,
        idNumber: people.idNumber,
      })
      .from(people)
      .where(eq(people.branchId, branchId))
      .all(),
  );
  const byName = new Map(roster.map((p) => [p.name, p]));
  const idOf = (name: string) => byName.get(name)!.id;
  const directory = new Map<number, DevelopmentPerson>(roster.map((p) => [p.id, p]));
  const branch = tx
    .select({ noticeWorkingDays: branches.developmentNoticeWorkingDays })
    .from(branches)
    .where(eq(branches.id, branchId))
    .get()!;
  const context = { today: calendar.today, people: directory, noticeWorkingDays: branch.noticeWorkingDays };
  const meetingOn = (date: string, code: 'committee' | 'general') =>
    tx
      .select({ id: meetings.id })
      .from(meetings)
      .innerJoin(meetingKinds, eq(meetingKinds.id, meetings.kindId))
      .where(and(eq(meetings.branchId, branchId), eq(meetings.date, date), eq(meetingKinds.code, code)))
      .get()?.id ?? null;

  for (const path of placedPaths(calendar, development)) {
    const person = byName.get(path.name)!;
    const record = tx.insert(developmentRecords).values({ branchId, personId: person.id }).returning().get();
    const history: DevelopmentHistory = { birthDate: person.birthDate, idNumber: person.idNumber, steps: [] };
    const steps: [DevelopmentStepCode, string][] = [
      ...pathSteps
        .slice(0, path.dates.length)
        .map((code, index): [DevelopmentStepCode, string] => [code, path.dates[index]]),
      ...(path.moreAssessments ?? []).map((date): [DevelopmentStepCode, string] => ['activist_assessment', date]),
    ].filter(([, date]) => date <= calendar.today);
    steps.forEach(([code, date]) => {
      const raw = path.data?.[code] ?? {};
      const data = Object.fromEntries(
        Object.entries(raw).map(([key, value]) => [
          key,
          Array.isArray(value) ? value.map((n) => idOf(n as string)) : value,
        ]),
      );
      const step: StepRecord = { code, date, data };
      const check = checkStep(history, step, context);
      if (check.errors.length)
        throw new Error(`demo development of ${path.name}, ${code}: ${check.errors.map((e) => e.message).join('; ')}`);
      const meetingKind =
        code === 'activist_confirmed' || code === 'candidate_confirmed' || code === 'committee_review'
          ? 'committee'
          : code.endsWith('_vote')
            ? 'general'
            : null;
      tx.insert(developmentStepRecords)
        .values({
          recordId: record.id,
          branchId,
          ...step,
          data,
          meetingId: meetingKind ? meetingOn(step.date, meetingKind) : null,
          warnings: check.warnings,
        })
        .run();
      history.steps.push(step);
    });
    // The steps alone say where the person stands on the seeding day.
    tx.update(people).set(membershipFromSteps(history, 'masses')).where(eq(people.id, person.id)).run();
  }
}
