import 'server-only';
import { untilNextWrite } from '@/db/cache';
import { branchCompliance } from '@/db/queries/compliance';
import { listDevelopmentRecords } from '@/db/queries/development';
import { duesLedger } from '@/db/queries/dues';
import { lastHeldMeetingDate, listMyAttendance, listUpcomingMeetings } from '@/db/queries/meetings';
import { countByStatus, getPersonForViewer, groupSizes, listCommittee } from '@/db/queries/people';
import { openRectificationCounts } from '@/db/queries/rectification';
import { loadSetupChecklist, setupPending } from '@/db/queries/setup-checklist';
import { yearWorkFacts } from '@/db/queries/year-work';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { addDays } from '@/lib/dates';
import { nextDeadlines } from '@/lib/development/rules';
import { monthOf } from '@/lib/dues/month';
import { complianceWarnings } from '@/lib/meetings/compliance';
import { politicalStatusLabels } from '@/lib/people/model';

/** How far ahead the dashboard looks for development deadlines. */
export const developmentLookAheadDays = 45;

/** Development deadlines that are overdue or fall within the next weeks, person by person, soonest first. */
function developmentReminders(user: SessionUser, today: string) {
  const horizon = addDays(today, developmentLookAheadDays);
  return listDevelopmentRecords(user)
    .flatMap((r) =>
      nextDeadlines({ birthDate: r.birthDate, idNumber: r.idNumber, steps: r.steps }, today)
        .filter((d) => d.kind === 'deadline' && d.due <= horizon)
        .map((d) => ({ ...d, personId: r.personId, who: `${politicalStatusLabels[r.politicalStatus]} ${r.name}` })),
    )
    .sort((a, b) => a.due.localeCompare(b.due));
}

/** This year's meetings the person was expected at that were held, and how many they attended. */
function attendanceSummary(user: SessionUser, year: number) {
  const held = listMyAttendance(user, year).filter((r) => r.meetingStatus === 'held');
  return { held: held.length, present: held.filter((r) => r.status === 'present').length };
}

/**
 * Everything the dashboard shows, as far as the user may see it: a part the user may not see is null.
 * `year` is the selected year (the attendance summary); compliance looks at the calendar year of `today`.
 */
export function loadDashboard(user: SessionUser, year: number, today: string) {
  const me = user.personId ? getPersonForViewer(user, user.personId) : null;
  const rectificationBranchWide = can(user, 'rectification.read');
  const rectificationOwn = !rectificationBranchWide && can(user, 'rectification.evidence') && user.personId !== null;
  const setup = can(user, 'meetings.read') ? setupPending(user) : null;
  return {
    byStatus: Object.fromEntries(countByStatus(user).map((row) => [row.status, row.count])) as Record<
      string,
      number | undefined
    >,
    groups: groupSizes(user),
    committee: listCommittee(user),
    me,
    myAttendance: me && can(user, 'meetings.attend') ? attendanceSummary(user, year) : null,
    // A branch that has just started here sees what to set up, not months of warnings about it.
    setup: setup ? { version: setup.version, items: loadSetupChecklist(user, Number(today.slice(0, 4))) } : null,
    compliance:
      can(user, 'meetings.read') && !setup
        ? {
            warnings: complianceWarnings(branchCompliance(user, Number(today.slice(0, 4)), today), today),
            lastHeld: lastHeldMeetingDate(user, today),
          }
        : null,
    upcoming: can(user, 'meetings.read') || can(user, 'meetings.attend') ? listUpcomingMeetings(user, today) : null,
    developmentReminders: can(user, 'development.read') ? developmentReminders(user, today) : null,
    // Each member's months as of this month: the arrears card reads who is behind and by how much.
    dues: can(user, 'dues.read') ? duesLedger(user, { from: monthOf(today), to: monthOf(today) }) : null,
    // The secretary answers for the year's plans and its report.
    yearWork: can(user, 'report.submit') ? yearWorkFacts(user, year, today) : null,
    rectification:
      rectificationBranchWide || rectificationOwn
        ? {
            branchWide: rectificationBranchWide,
            mayCheckOff: can(user, 'rectification.write'),
            counts: openRectificationCounts(user, today, rectificationBranchWide ? undefined : user.personId!),
          }
        : null,
  };
}

export type Dashboard = ReturnType<typeof loadDashboard>;

const dashboards = untilNextWrite<Dashboard>(200);

/**
 * The dashboard as loadDashboard gives it, kept until the next write to the database: it is the page
 * everyone lands on, and it gathers a dozen queries and the compliance and development rules.
 */
export function cachedDashboard(user: SessionUser, year: number, today: string): Dashboard {
  return dashboards.get(`${user.accountId}|${user.branchId}|${year}|${today}`, () => loadDashboard(user, year, today));
}
