/**
 * The data loading of each main page, as the page (and the components it renders) calls the queries,
 * for the profiler (`scripts/bench/profile.ts`), which runs outside the test runner and so cannot run
 * the pages themselves. The query-hygiene test (tests/queries/page-statements.test.ts) runs the real pages.
 * Load it with `await loadPageQueries()` after the database is chosen (the queries import `@/db`).
 * Keep it in step with the pages when they change what they read.
 */
import type { SessionUser } from '@/lib/auth/session-user';

export type PageContext = {
  /** The secretary (or committee member) of the branch. */
  user: SessionUser;
  /** A member of the same branch, for 我的出勤. */
  member: SessionUser;
  year: number;
  today: string;
  meetingId: number;
};

export async function loadPageQueries() {
  const { loadSessionUser } = await import('@/db/queries/session');
  const people = await import('@/db/queries/people');
  const meetings = await import('@/db/queries/meetings');
  const { loadDashboard } = await import('@/db/queries/dashboard');
  const development = await import('@/db/queries/development');
  const rectification = await import('@/db/queries/rectification');
  const { rectificationCountsForYear } = await import('@/db/report/totals/rectification');
  const reports = await import('@/db/report/queries');
  const { reportOwnerOf } = await import('@/db/report/owner');
  const { cachedFigures } = await import('@/db/report/figures/compute');
  const { cachedFigureCatalogue } = await import('@/db/report/figures/catalogue');
  const { figureKeysIn } = await import('@/lib/report/figure-key');

  /** What every signed-in page does first: the session's account, role and branch (app/(app)/layout.tsx). */
  const session = (user: SessionUser) => loadSessionUser(user.accountId, user.branchId);

  const pages = {
    /** app/(app)/page.tsx: everything comes from loadDashboard (cached until the next write; measured uncached). */
    dashboard: ({ user, year, today }: PageContext) => {
      session(user);
      loadDashboard(user, year, today);
    },
    /** app/(app)/meetings/page.tsx */
    meetings: ({ user, year }: PageContext) => {
      session(user);
      meetings.listMeetingKinds(user);
      meetings.listMeetings(user, year);
      meetings.meetingCountsByKind(user, year);
    },
    /** app/(app)/meetings/[id]/page.tsx */
    meeting: ({ user, meetingId }: PageContext) => {
      session(user);
      if (!meetings.getMeeting(user, meetingId)) throw new Error(`no meeting ${meetingId}`);
    },
    /** app/(app)/members/page.tsx */
    roster: ({ user }: PageContext) => {
      session(user);
      people.listGroups(user);
      people.listRoster(user, {});
    },
    /** app/(app)/development/page.tsx */
    development: ({ user, year }: PageContext) => {
      session(user);
      development.listDevelopmentRecords(user);
      development.developmentCountsForYear(user, year);
      development.listDevelopmentCandidates(user);
      development.developmentSettings(user);
    },
    /** app/(app)/rectification/page.tsx → _components/ledger.tsx */
    rectification: ({ user, year, today }: PageContext) => {
      session(user);
      rectification.rectificationFilterOptions(user);
      rectification.listRectificationItems(user, year, today, {});
      rectificationCountsForYear(user, year);
      rectification.listAwaitingCheckOff(user);
    },
    /**
     * app/(app)/report/[year]/page.tsx: the report, its figures, the picker's catalogue, who may be
     * assigned. Figures and catalogue are cached until the next write; the growth step writes, so the
     * second run computes them again.
     */
    report: ({ user, year }: PageContext) => {
      session(user);
      const owner = reportOwnerOf(user);
      const report = reports.getReport(owner, year);
      if (!report) throw new Error(`no report for ${year}`);
      const texts = [report.preamble, ...report.sections.flatMap((s) => [s.heading, s.body])];
      cachedFigures(owner, year, figureKeysIn(texts));
      if (report.status === 'submitted') reports.listReviewComments(report.id);
      else {
        reports.listAssignableAccounts(owner);
        cachedFigureCatalogue(owner);
      }
    },
    /** app/(app)/meetings/mine/page.tsx, as a member. */
    myAttendance: ({ member, year }: PageContext) => {
      session(member);
      meetings.listMyAttendance(member, year);
    },
  };
  return pages;
}

export type PageName = keyof Awaited<ReturnType<typeof loadPageQueries>>;
