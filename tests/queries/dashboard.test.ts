/**
 * db/queries/dashboard.ts: what the landing page gathers for each kind of user, over a new branch
 * holding only the records inserted here, so every figure can be counted by hand. The day is passed
 * explicitly (2026-11-26), not read from the clock.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { loadDashboard, cachedDashboard, developmentLookAheadDays } = await import('@/db/queries/dashboard');
const fb = await import('@/tests/queries/fresh-branch');
const { branches, integrityAspects, meetings, projects, reports } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');

const today = '2026-11-26';
const year = 2026;

const branch = fb.freshBranch('仪表盘测试支部');
// A branch past its 上线准备: the dashboard warns about its meetings instead (a new one is below).
db.update(branches).set({ setupDoneOn: '2026-01-05' }).where(eq(branches.id, branch.id)).run();
// Inserted second-first: the groups are listed by their order, not by id.
const second = fb.addGroup(branch.id, '第二党小组', { sortOrder: 1 });
const first = fb.addGroup(branch.id, '第一党小组', { sortOrder: 0 });
fb.addGroup(branch.id, '已撤销党小组', { sortOrder: 2, archivedAt: '2026-01-01T00:00:00.000Z' });

const secretary = fb.addPerson(branch.id, '甲书记', 'full', {
  groupId: first.id,
  committeeTitle: '书记',
  phone: '13900000001',
});
const member = fb.addPerson(branch.id, '乙党员', 'full', { groupId: first.id, phone: '13900000002' });
fb.addPerson(branch.id, '丙预备', 'probationary', { groupId: second.id });
const activistDue = fb.addPerson(branch.id, '丁积极', 'activist', { groupId: second.id });
const applicantOverdue = fb.addPerson(branch.id, '戊申请', 'applicant');
const applicantSoon = fb.addPerson(branch.id, '己申请', 'applicant');
const activistAtHorizon = fb.addPerson(branch.id, '庚积极', 'activist');
const activistBeyond = fb.addPerson(branch.id, '辛积极', 'activist');
fb.addPerson(branch.id, '壬群众', 'masses', { groupId: second.id });
fb.addPerson(branch.id, '癸已调离', 'full', {
  groupId: first.id,
  committeeTitle: '委员',
  archivedAt: '2026-05-01T00:00:00.000Z',
});
const stoppedApplicant = fb.addPerson(branch.id, '子停止', 'masses');

// Development: the dashboard lists deadlines due before today + 45 days (2027-01-10), soonest first.
fb.addDevelopment(branch.id, activistDue.id, [
  ['application', '2025-03-01'],
  ['first_talk', '2025-03-10'],
  ['activist_confirmed', '2025-12-01'],
  // next assessment due 2026-12-01; the earliest 发展对象 date (2026-12-02) is no deadline
  ['activist_assessment', '2026-06-01'],
]);
fb.addDevelopment(branch.id, applicantOverdue.id, [['application', '2026-09-01']]); // talk due 2026-10-01: overdue
fb.addDevelopment(branch.id, applicantSoon.id, [['application', '2026-11-20']]); // talk due 2026-12-20
fb.addDevelopment(branch.id, activistAtHorizon.id, [
  ['application', '2025-06-01'],
  ['first_talk', '2025-06-10'],
  ['activist_confirmed', '2026-07-10'], // assessment due 2027-01-10: exactly the horizon
]);
fb.addDevelopment(branch.id, activistBeyond.id, [
  ['application', '2025-06-01'],
  ['first_talk', '2025-06-10'],
  ['activist_confirmed', '2026-07-11'], // assessment due 2027-01-11: one day beyond
]);
fb.addDevelopment(branch.id, stoppedApplicant.id, [['application', '2026-09-01']], {
  stoppedAt: '2026-10-01',
  stopReason: '本人撤回',
});

// Meetings of the year the member was expected at: two held (present at one), one planned, one cancelled.
const theme = fb.addMeeting(branch.id, 'theme_day', '2026-03-10', 'held');
fb.addAttendance(theme, member.id, 'present');
fb.addAttendance(theme, secretary.id, 'present');
const general = fb.addMeeting(branch.id, 'general', '2026-06-15', 'held');
fb.addAttendance(general, member.id, 'absent');
fb.addAttendance(general, secretary.id, 'present');
const planned = fb.addMeeting(branch.id, 'theme_day', '2026-12-05', 'planned', { startTime: '09:00' });
fb.addAttendance(planned, member.id, null);
const cancelled = fb.addMeeting(branch.id, 'lecture', '2026-12-01', 'cancelled');
fb.addAttendance(cancelled, member.id, null);
const lastYear = fb.addMeeting(branch.id, 'theme_day', '2025-12-10', 'held');
fb.addAttendance(lastYear, member.id, 'present');
const removed = fb.addMeeting(branch.id, 'committee', '2026-11-25', 'held', { deletedAt: '2026-11-25T10:00:00.000Z' });
fb.addAttendance(removed, member.id, 'present');
fb.addMeeting(branch.id, 'committee', '2026-11-20', 'held');
fb.addMeeting(branch.id, 'committee', '2026-11-20', 'planned'); // planned but its day has passed
const todayLate = fb.addMeeting(branch.id, 'committee', today, 'planned', { startTime: '15:00' });
const todayEarly = fb.addMeeting(branch.id, 'group', today, 'planned', { startTime: '08:30', groupId: first.id });
fb.addMeeting(branch.id, 'theme_day', '2026-12-03', 'planned', { deletedAt: '2026-11-01T00:00:00.000Z' });

// Rectification: one overdue and one due this month still open, one completed, one checked off, one removed.
fb.addRectification(branch.id, member.id, { foundDate: '2026-05-01', deadline: '2026-11-20' });
fb.addRectification(branch.id, secretary.id, { foundDate: '2026-05-01', deadline: '2026-11-28' });
fb.addRectification(branch.id, member.id, {
  foundDate: '2026-05-01',
  deadline: '2026-10-01',
  state: 'completed',
  completedAt: '2026-09-30',
});
fb.addRectification(branch.id, member.id, {
  foundDate: '2026-05-01',
  deadline: '2026-10-01',
  state: 'checked_off',
  checkedOffAt: '2026-10-05',
});
fb.addRectification(branch.id, member.id, {
  foundDate: '2026-05-01',
  deadline: '2026-11-21',
  deletedAt: '2026-11-22T00:00:00.000Z',
});

const asSecretary = fb.userOf(branch, 'secretary', secretary.id, 900_001);
const asMember = fb.userOf(branch, 'member', member.id, 900_002);
const asMemberWithoutPerson = fb.userOf(branch, 'member', null, 900_003);
const asReviewer = fb.userOf(branch, 'reviewer', null, 900_004);

describe('loadDashboard for the branch secretary', () => {
  // Gathered inside each test: Stryker judges a mutant only while a test runs.
  const load = () => loadDashboard(asSecretary, year, today);

  it('counts the people on the roster by political status, leaving out those who left', () => {
    const dashboard = load();
    expect(dashboard.byStatus).toEqual({ full: 2, probationary: 1, activist: 3, applicant: 2, masses: 2 });
  });

  it('lists the active party groups in their order with members (full and probationary) and everyone in them', () => {
    const dashboard = load();
    expect(dashboard.groups).toEqual([
      { id: first.id, name: '第一党小组', members: 2, total: 2 },
      { id: second.id, name: '第二党小组', members: 1, total: 3 },
    ]);
  });

  it('lists the committee members still on the roster', () => {
    const dashboard = load();
    expect(dashboard.committee).toEqual([{ id: secretary.id, name: '甲书记', committeeTitle: '书记' }]);
  });

  it('shows the secretary their own record with private fields, and their attendance of the year', () => {
    const dashboard = load();
    expect(dashboard.me).toMatchObject({ id: secretary.id, name: '甲书记', groupName: '第一党小组' });
    expect(dashboard.me?.private).toMatchObject({ phone: '13900000001' });
    expect(dashboard.myAttendance).toEqual({ held: 2, present: 2 });
  });

  it('gives the planned meetings from today on, by date and start time, without cancelled, removed or past ones', () => {
    const dashboard = load();
    expect(dashboard.upcoming?.map((m) => m.id)).toEqual([todayEarly.id, todayLate.id, planned.id]);
    expect(dashboard.upcoming?.[2]).toMatchObject({ date: '2026-12-05', startTime: '09:00', kindName: '主题党日' });
  });

  it('gives the last held meeting on or before today, ignoring a removed one', () => {
    const dashboard = load();
    expect(dashboard.compliance?.lastHeld).toBe('2026-11-20');
  });

  it('warns about the rules of this calendar year, such as a month without a 支委会', () => {
    const dashboard = load();
    const keys = new Set(dashboard.compliance?.warnings.map((w) => w.ruleKey));
    expect(keys.has(`kind-${fb.kindId(branch.id, 'committee')}`)).toBe(true);
    expect(dashboard.compliance?.warnings.length).toBeGreaterThan(0);
  });

  it('lists development deadlines due within the look-ahead, overdue first, with who they concern', () => {
    const dashboard = load();
    expect(developmentLookAheadDays).toBe(45);
    expect(
      dashboard.developmentReminders?.map(({ code, kind, due, personId, who }) => ({ code, kind, due, personId, who })),
    ).toEqual([
      {
        code: 'first_talk',
        kind: 'deadline',
        due: '2026-10-01',
        personId: applicantOverdue.id,
        who: '入党申请人 戊申请',
      },
      {
        code: 'activist_assessment',
        kind: 'deadline',
        due: '2026-12-01',
        personId: activistDue.id,
        who: '入党积极分子 丁积极',
      },
      { code: 'first_talk', kind: 'deadline', due: '2026-12-20', personId: applicantSoon.id, who: '入党申请人 己申请' },
      {
        code: 'activist_assessment',
        kind: 'deadline',
        due: '2027-01-10',
        personId: activistAtHorizon.id,
        who: '入党积极分子 庚积极',
      },
    ]);
    expect(dashboard.developmentReminders?.[0].message).toContain('2026年9月1日递交入党申请书');
  });

  it('shows no setup checklist for a branch past its 上线准备', () => {
    expect(load().setup).toBeNull();
  });

  it('counts the branch-wide open rectification items: overdue, due this month, awaiting check-off and all not checked off', () => {
    const dashboard = load();
    expect(dashboard.rectification).toEqual({
      branchWide: true,
      mayCheckOff: true,
      counts: { open: 3, awaitingCheckOff: 1, overdue: 1, dueThisMonth: 1 },
    });
  });

  it("gives the year's work: no report, no responsibility list, no 书记项目, no 组织生活会, and next year unplanned in November", () => {
    expect(load().yearWork).toEqual({
      year,
      currentMonth: 11,
      integrityAspects: 0,
      secretaryProjects: 0,
      nextYearProjects: 0,
      lifeMeetings: 0,
      report: null,
    });
  });
});

describe('loadDashboard for a member', () => {
  const load = () => loadDashboard(asMember, year, today);

  it('shows their own record with private fields and their attendance of the year’s held meetings', () => {
    const dashboard = load();
    expect(dashboard.me).toMatchObject({ id: member.id, name: '乙党员' });
    expect(dashboard.me?.private).toMatchObject({ phone: '13900000002' });
    // held this year: the 主题党日 (present) and the 党员大会 (absent); not the planned, cancelled,
    // removed or last year's meetings
    expect(dashboard.myAttendance).toEqual({ held: 2, present: 1 });
  });

  it('shows the upcoming meetings but no compliance, no development and only their own rectification items', () => {
    const dashboard = load();
    expect(dashboard.upcoming?.map((m) => m.id)).toEqual([todayEarly.id, todayLate.id, planned.id]);
    expect(dashboard.compliance).toBeNull();
    expect(dashboard.developmentReminders).toBeNull();
    expect(dashboard.rectification).toEqual({
      branchWide: false,
      mayCheckOff: false,
      counts: { open: 2, awaitingCheckOff: 1, overdue: 1, dueThisMonth: 0 },
    });
    expect(dashboard.yearWork).toBeNull();
  });

  it('for an account without a person: no own record, no rectification, and an empty attendance summary', () => {
    const without = loadDashboard(asMemberWithoutPerson, year, today);
    expect(without.me).toBeNull();
    expect(without.myAttendance).toBeNull();
    expect(without.rectification).toBeNull();
    expect(without.upcoming?.length).toBe(3);
  });
});

describe('loadDashboard for a reviewer of the committee', () => {
  const load = () => loadDashboard(asReviewer, year, today);

  it('reads the branch’s meetings, development and rectification, but has no own record or attendance', () => {
    const dashboard = load();
    expect(dashboard.me).toBeNull();
    expect(dashboard.myAttendance).toBeNull();
    expect(dashboard.compliance?.lastHeld).toBe('2026-11-20');
    expect(dashboard.upcoming?.length).toBe(3);
    expect(dashboard.developmentReminders?.length).toBe(4);
    expect(dashboard.rectification).toEqual({
      branchWide: true,
      mayCheckOff: false,
      counts: { open: 3, awaitingCheckOff: 1, overdue: 1, dueThisMonth: 1 },
    });
    expect(dashboard.yearWork).toBeNull();
  });
});

describe('loadDashboard for a branch new to the app', () => {
  const fresh = fb.freshBranch('新上线测试支部');
  const group = fb.addGroup(fresh.id, '唯一党小组');
  const secretaryPerson = fb.addPerson(fresh.id, '新书记', 'full', { groupId: group.id });
  fb.addPerson(fresh.id, '新申请人', 'applicant');
  const newSecretary = fb.addAccount(fresh, 'secretary', secretaryPerson.id);
  fb.addMeeting(fresh.id, 'committee', '2026-10-01', 'held');

  it('shows the committee the setup checklist for the year instead of meeting warnings', () => {
    const dashboard = loadDashboard(newSecretary, year, today);
    expect(dashboard.compliance).toBeNull();
    expect(dashboard.setup?.version).toBe(1);
    expect(dashboard.setup?.items.map((i) => [i.key, i.done])).toEqual([
      ['groups', true],
      ['roster', true],
      ['backfill', false],
      ['accounts', false],
      ['meetings', true],
      ['integrity', false],
      ['project', false],
    ]);
    expect(dashboard.setup?.items.find((i) => i.key === 'meetings')?.label).toBe('安排2026年的组织生活');
    expect(dashboard.upcoming).toEqual([]);
  });

  it('shows a member neither the checklist nor warnings', () => {
    const dashboard = loadDashboard(fb.userOf(fresh, 'member', secretaryPerson.id), year, today);
    expect(dashboard.setup).toBeNull();
    expect(dashboard.compliance).toBeNull();
  });

  it('ends the checklist once the secretary has finished it', () => {
    db.update(branches).set({ setupDoneOn: today }).where(eq(branches.id, fresh.id)).run();
    const dashboard = loadDashboard(newSecretary, year, today);
    expect(dashboard.setup).toBeNull();
    expect(dashboard.compliance?.lastHeld).toBe('2026-10-01');
  });
});

describe("loadDashboard's year of work for a branch that has planned it", () => {
  const planned = fb.freshBranch('年度工作测试支部');
  const secretaryOf = fb.userOf(planned, 'secretary', null, 900_010);
  db.insert(integrityAspects).values({ branchId: planned.id, year, title: '落实主体责任' }).run();
  db.insert(integrityAspects)
    .values({ branchId: planned.id, year: year - 1, title: '去年的方面' })
    .run();
  const project = (startDate: string, endDate: string | null, deletedAt: string | null = null) =>
    db
      .insert(projects)
      .values({
        branchId: planned.id,
        kind: '书记项目',
        name: `书记项目${startDate}`,
        startDate,
        endDate,
        status: 'active',
        deletedAt,
      })
      .run();
  project('2025-03-01', null); // running since last year: it counts for this one
  project('2027-01-01', '2027-12-31');
  project('2028-01-01', '2028-12-31'); // two years ahead: not next year's
  project('2026-01-01', '2026-12-31', '2026-02-01T00:00:00.000Z'); // removed
  fb.addMeeting(planned.id, 'life_meeting', '2026-12-20', 'planned');
  fb.addMeeting(planned.id, 'life_meeting', '2025-12-20', 'held');
  fb.addMeeting(planned.id, 'life_meeting', '2026-01-20', 'cancelled');
  db.insert(reports)
    .values({ branchId: planned.id, year, title: '述职报告', status: 'submitted', grade: '较好' })
    .run();

  it('counts each plan of the year from its own records only', () => {
    expect(loadDashboard(secretaryOf, year, today).yearWork).toEqual({
      year,
      currentMonth: 11,
      integrityAspects: 1,
      secretaryProjects: 1,
      nextYearProjects: 1,
      lifeMeetings: 1,
      report: { status: 'submitted', grade: '较好' },
    });
  });

  it('has no current month for a past year', () => {
    expect(loadDashboard(secretaryOf, year - 1, today).yearWork?.currentMonth).toBeNull();
  });
});

describe('cachedDashboard', () => {
  it('keeps one dashboard per user until the next write, then gathers it again', () => {
    const first = cachedDashboard(asSecretary, year, today);
    expect(first).toEqual(loadDashboard(asSecretary, year, today));
    expect(cachedDashboard(asSecretary, year, today)).toBe(first);

    const forMember = cachedDashboard(asMember, year, today);
    expect(forMember.developmentReminders).toBeNull();
    expect(forMember.me?.id).toBe(member.id);
    expect(cachedDashboard(asSecretary, year - 1, today)).not.toBe(first);

    db.update(meetings).set({ status: 'cancelled' }).where(eq(meetings.id, todayEarly.id)).run();
    const after = cachedDashboard(asSecretary, year, today);
    expect(after).not.toBe(first);
    expect(after.upcoming?.map((m) => m.id)).toEqual([todayLate.id, planned.id]);
    db.update(meetings).set({ status: 'planned' }).where(eq(meetings.id, todayEarly.id)).run();
  });
});
