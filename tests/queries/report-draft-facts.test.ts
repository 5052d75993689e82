/**
 * db/report/draft-facts.ts: what the first draft of a year's report knows about the branch — its kind,
 * roster figures and party groups, its ledgers and what their entries of the year hold, meetings held per kind, theme-day places, talks, notices, development steps reached, service
 * projects and what they produced, commitment letters, work outputs, rectification carried over and
 * still open, last year's review comments turned into problems, and next year's 书记项目. Over a new
 * branch whose whole year is inserted here.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { draftFacts } = await import('@/db/report/draft-facts');
const fb = await import('@/tests/queries/fresh-branch');
const s = await import('@/db/schema');
const { and, eq } = await import('drizzle-orm');

const committee = db.insert(s.organisations).values({ name: '草稿测试党工委' }).returning().get();
const branch = fb.freshBranch('草稿测试支部', committee.id);
const a = fb.addPerson(branch.id, '甲', 'full');
const b = fb.addPerson(branch.id, '乙', 'full');

// Meetings of 2026: two 支委会, one 主题党日 at a red-education base; others outside the year or not held.
fb.addMeeting(branch.id, 'committee', '2026-01-10', 'held');
fb.addMeeting(branch.id, 'committee', '2026-02-10', 'held');
fb.addMeeting(branch.id, 'theme_day', '2026-03-10', 'held', { placeTags: ['红色教育基地'] });
fb.addMeeting(branch.id, 'theme_day', '2026-04-10', 'cancelled', { placeTags: ['廉政教育基地'] });
fb.addMeeting(branch.id, 'lecture', '2025-12-10', 'held');
const ownKind = db
  .insert(s.meetingKinds)
  .values({ branchId: branch.id, name: '读书会', attendeeScope: 'members', sortOrder: 99 })
  .returning()
  .get();
fb.addMeeting(branch.id, 'general', '2026-05-01', 'held');
db.insert(s.meetings)
  .values({ branchId: branch.id, kindId: ownKind.id, date: '2026-06-01', status: 'held', topic: '读书' })
  .run();

// Talks: two heart-to-heart talks in 2026 and one 廉政谈话 (not counted as a talk), one in 2025.
const talk = (date: string, kind: 'committee_member' | 'integrity') =>
  db.insert(s.talks).values({ branchId: branch.id, date, kind, initiatorId: a.id, partnerId: b.id }).run();
talk('2026-02-01', 'committee_member');
talk('2026-03-01', 'committee_member');
talk('2026-03-02', 'integrity');
talk('2025-03-01', 'committee_member');

// Notices: one published in 2026, one proposed only.
db.insert(s.notices)
  .values({
    branchId: branch.id,
    title: '公示',
    content: '内容',
    category: '其他',
    state: 'published',
    proposedAt: '2026-01-01',
    publishedAt: '2026-01-05',
  })
  .run();
db.insert(s.notices)
  .values({
    branchId: branch.id,
    title: '未公开',
    content: '内容',
    category: '其他',
    state: 'proposed',
    proposedAt: '2026-02-01',
  })
  .run();

// Development: an application and an activist confirmed in 2026; a first talk in 2025.
const applicant = fb.addPerson(branch.id, '申请人', 'activist');
fb.addDevelopment(branch.id, applicant.id, [
  ['first_talk', '2025-11-01'],
  ['application', '2026-01-15'],
  ['activist_confirmed', '2026-08-01'],
]);

// Commitment letters of 2026 with two kinds of counterpart.
const letter = (date: string, counterpartKind: string) =>
  db
    .insert(s.commitmentLetters)
    .values({ branchId: branch.id, date, title: '承诺书', signer: '书记', counterpartKind, counterpart: '某人' })
    .run();
letter('2026-02-01', '党员干部');
letter('2026-02-02', '股室');
letter('2025-02-02', '其他');

// Work outputs: 调研报告 has an entry in 2026, 信息简报 only in 2025.
const category = (name: string) =>
  db
    .select()
    .from(s.workOutputCategories)
    .where(and(eq(s.workOutputCategories.branchId, branch.id), eq(s.workOutputCategories.name, name)))
    .get()!;
db.insert(s.workOutputs)
  .values({ branchId: branch.id, categoryId: category('调研报告').id, date: '2026-04-01', title: '分析报告' })
  .run();
db.insert(s.workOutputs)
  .values({ branchId: branch.id, categoryId: category('信息简报').id, date: '2025-04-01', title: '去年信息' })
  .run();

// Rectification: carried into 2026 (found 2025, open), found 2026 and open, found 2026 and checked off in 2026,
// found 2026 and checked off in 2027 (open at the year's end), found 2027.
fb.addRectification(branch.id, a.id, {
  foundDate: '2025-10-01',
  deadline: '2026-03-01',
  aspect: '组织建设',
  problem: '结转问题',
});
fb.addRectification(branch.id, a.id, {
  foundDate: '2026-02-01',
  deadline: '2026-06-01',
  aspect: '作风建设',
  problem: '今年问题',
});
fb.addRectification(branch.id, a.id, {
  foundDate: '2026-03-01',
  deadline: '2026-06-01',
  aspect: '作风建设',
  problem: '已销号问题',
  state: 'checked_off',
  checkedOffAt: '2026-05-01',
});
fb.addRectification(branch.id, a.id, {
  foundDate: '2026-04-01',
  deadline: '2026-06-01',
  aspect: '纪律建设',
  problem: '明年才销号',
  state: 'checked_off',
  checkedOffAt: '2027-01-10',
});
fb.addRectification(branch.id, a.id, { foundDate: '2027-01-05', deadline: '2027-06-01', problem: '明年的问题' });
fb.addRectification(branch.id, a.id, {
  foundDate: '2026-01-01',
  deadline: '2026-06-01',
  problem: '已删除',
  deletedAt: '2026-01-02T00:00:00.000Z',
});

// Projects: two with activities in 2026 (in start order), one removed, one active only in 2025; next year's plans.
const type = (name: string) =>
  db
    .select()
    .from(s.outputTypes)
    .where(and(eq(s.outputTypes.branchId, branch.id), eq(s.outputTypes.name, name)))
    .get()!;
const project = (values: Partial<typeof s.projects.$inferInsert> & { name: string; startDate: string }) =>
  db
    .insert(s.projects)
    .values({ branchId: branch.id, kind: '结对共建', status: 'active', ...values })
    .returning()
    .get();
const activity = (projectId: number, date: string, outputs: [string, number][], deletedAt: string | null = null) => {
  const row = db
    .insert(s.projectActivities)
    .values({ projectId, branchId: branch.id, date, title: '活动', deletedAt })
    .returning()
    .get();
  for (const [name, quantity] of outputs)
    db.insert(s.activityOutputs)
      .values({ activityId: row.id, branchId: branch.id, outputTypeId: type(name).id, quantity })
      .run();
};
const later = project({ name: '后开始的项目', startDate: '2026-02-01', kind: '书记项目' });
const earlier = project({ name: '先开始的项目', startDate: '2025-06-01' });
const removed = project({ name: '已删除的项目', startDate: '2026-01-01', deletedAt: '2026-03-01T00:00:00.000Z' });
const lastYearOnly = project({ name: '去年的项目', startDate: '2025-01-01' });
activity(later.id, '2026-03-01', [
  ['大米', 5],
  ['捐款', 100],
]);
activity(later.id, '2026-04-01', [['大米', 3]]);
activity(earlier.id, '2026-05-01', []);
activity(earlier.id, '2026-06-01', [['横幅', 2]], '2026-06-02T00:00:00.000Z');
activity(removed.id, '2026-03-01', [['面粉', 1]]);
activity(lastYearOnly.id, '2025-05-01', [['食用油', 1]]);
const planB = project({
  name: '明年书记项目乙',
  startDate: '2027-03-01',
  kind: '书记项目',
  status: 'planned',
  goal: '目标乙',
});
const planA = project({
  name: '明年书记项目甲',
  startDate: '2027-01-01',
  kind: '书记项目',
  status: 'planned',
  goal: null,
});
project({ name: '明年结对项目', startDate: '2027-01-01', status: 'planned' });
project({ name: '明年已终止', startDate: '2027-01-01', kind: '书记项目', status: 'closed' });
project({ name: '后年书记项目', startDate: '2028-01-01', kind: '书记项目', status: 'planned' });
db.insert(s.projectTargets)
  .values({ projectId: planB.id, branchId: branch.id, outputTypeId: type('大米').id, quantity: 50 })
  .run();
db.insert(s.projectTargets)
  .values({ projectId: planB.id, branchId: branch.id, outputTypeId: type('捐款').id, quantity: 2000 })
  .run();

// Kind, groups and ledgers: 评先评优 with an entry of 2026 naming a person, another of 2025; a ledger of the
// branch's own with a removed entry only; one group dissolved.
db.update(s.branches).set({ kind: 'hospital' }).where(eq(s.branches.id, branch.id)).run();
// The test states every ledger of the branch: it starts from none of the ledgers a new branch is given.
db.delete(s.ledgers).where(eq(s.ledgers.branchId, branch.id)).run();
const group = fb.addGroup(branch.id, '内科党小组');
fb.addGroup(branch.id, '已撤销党小组', { archivedAt: '2025-01-01T00:00:00.000Z' });
const honours = db
  .insert(s.ledgers)
  .values({
    branchId: branch.id,
    template: 'honours',
    name: '评先评优',
    hasPeople: true,
    tags: ['先进基层党组织', '优秀共产党员'],
    sortOrder: 1,
  })
  .returning()
  .get();
const ownLedger = db
  .insert(s.ledgers)
  .values({ branchId: branch.id, name: '义诊', unit: '次', quantityUnit: '人', hasAmount: true, sortOrder: 0 })
  .returning()
  .get();
const entry = (ledgerId: number, date: string, values: Partial<typeof s.ledgerEntries.$inferInsert> = {}) =>
  db
    .insert(s.ledgerEntries)
    .values({ branchId: branch.id, ledgerId, date, title: '记录', ...values })
    .returning()
    .get();
const honoured = entry(honours.id, '2026-07-01', { tags: ['优秀共产党员'] });
db.insert(s.ledgerEntryPeople).values({ entryId: honoured.id, branchId: branch.id, personId: a.id }).run();
entry(honours.id, '2025-07-01', { tags: ['先进基层党组织'] });
entry(ownLedger.id, '2026-03-01', { quantity: 30, amountFen: 5000, deletedAt: '2026-03-02T00:00:00.000Z' });

describe('draftFacts', () => {
  it('gives the branch’s kind, its party groups not dissolved and its roster figures at the year’s end', () => {
    const facts = draftFacts({ branchId: branch.id }, 2026);
    expect(facts.branchKind).toBe('hospital');
    expect(facts.partyGroups).toEqual([{ id: group.id, name: '内科党小组' }]);
    expect(facts.roster).toMatchObject({ members: 2, full: 2, probationary: 0, activists: 1 });
  });

  it('gives each ledger with what its live entries of the year hold', () => {
    expect(draftFacts({ branchId: branch.id }, 2026).ledgers).toEqual([
      {
        id: ownLedger.id,
        template: null,
        name: '义诊',
        unit: '次',
        quantityUnit: '人',
        entries: 0,
        tags: [],
        quantity: false,
        amount: false,
        people: false,
      },
      {
        id: honours.id,
        template: 'honours',
        name: '评先评优',
        unit: '项',
        quantityUnit: null,
        entries: 1,
        tags: ['优秀共产党员'],
        quantity: false,
        amount: false,
        people: true,
      },
    ]);
    expect(draftFacts({ branchId: branch.id }, 2025).ledgers[1]).toMatchObject({
      entries: 1,
      tags: ['先进基层党组织'],
      people: false,
    });
  });

  it('says in which year the problems raised on last year’s report were found, not those raised on others', () => {
    const reviewed = fb.freshBranch('评议测试支部', committee.id);
    const person = fb.addPerson(reviewed.id, '丙', 'full');
    const reportOf = (year: number) =>
      db
        .insert(s.reports)
        .values({ branchId: reviewed.id, year, title: `${year}年报告` })
        .returning()
        .get();
    const raised = (report: { id: number }, foundDate: string) =>
      fb.addRectification(reviewed.id, person.id, {
        foundDate,
        deadline: '2027-06-01',
        source: 'duty_review',
        sourceReportId: report.id,
      });
    const report2025 = reportOf(2025);
    raised(report2025, '2026-01-20');
    raised(reportOf(2024), '2025-01-20');
    expect(draftFacts({ branchId: reviewed.id }, 2026).reviewProblemsFound).toEqual(['current']);
    raised(report2025, '2025-12-28');
    expect(draftFacts({ branchId: reviewed.id }, 2026).reviewProblemsFound).toEqual(['previous', 'current']);
    expect(draftFacts({ branchId: reviewed.id }, 2027).reviewProblemsFound).toEqual([]);
  });

  it('names the year and the working committee the report goes to', () => {
    const facts = draftFacts({ branchId: branch.id }, 2026);
    expect(facts.year).toBe(2026);
    expect(facts.committeeName).toBe('草稿测试党工委');
  });

  it('gives each meeting kind in order with the meetings held of it in the year, the branch’s own kinds by id', () => {
    const kinds = draftFacts({ branchId: branch.id }, 2026).meetingKinds;
    expect(kinds.map((k) => [k.param, k.name, k.held])).toEqual([
      ['general', '支部党员大会', 1],
      ['committee', '支委会', 2],
      ['group', '党小组会', 0],
      ['lecture', '党课', 0],
      ['theme_day', '主题党日', 1],
      ['life_meeting', '组织生活会', 0],
      ['appraisal', '民主评议党员', 0],
      ['study', '集体学习', 0],
      ['seminar', '专题研讨', 0],
      [String(ownKind.id), '读书会', 1],
    ]);
    expect(kinds.at(-1)?.code).toBeNull();
    expect(kinds[0].code).toBe('general');
  });

  it('gives the places the year’s held theme days went to', () => {
    expect(draftFacts({ branchId: branch.id }, 2026).themeDayPlaces).toEqual(['红色教育基地']);
    expect(draftFacts({ branchId: branch.id }, 2025).themeDayPlaces).toEqual([]);
  });

  it('counts the year’s heart-to-heart talks and published notices', () => {
    const facts = draftFacts({ branchId: branch.id }, 2026);
    expect(facts.talks).toBe(2);
    expect(facts.notices).toBe(1);
    expect(draftFacts({ branchId: branch.id }, 2025)).toMatchObject({ talks: 1, notices: 0 });
  });

  it('lists the development steps somebody reached in the year, in the steps’ order', () => {
    expect(draftFacts({ branchId: branch.id }, 2026).developmentSteps).toEqual(['application', 'activist_confirmed']);
    expect(draftFacts({ branchId: branch.id }, 2025).developmentSteps).toEqual(['first_talk']);
  });

  it('lists the kinds of counterpart letters were signed with, in the app’s order', () => {
    expect(draftFacts({ branchId: branch.id }, 2026).letterKinds).toEqual(['股室', '党员干部']);
    expect(draftFacts({ branchId: branch.id }, 2025).letterKinds).toEqual(['其他']);
  });

  it('lists the work-output categories with entries in the year', () => {
    expect(draftFacts({ branchId: branch.id }, 2026).workCategories).toEqual([
      { id: category('调研报告').id, name: '调研报告', unit: '篇' },
    ]);
    expect(draftFacts({ branchId: branch.id }, 2025).workCategories.map((c) => c.name)).toEqual(['信息简报']);
  });

  it('counts the year’s clean-government records of each kind, so the draft leaves out a sentence with none', () => {
    expect(draftFacts({ branchId: branch.id }, 2026).integrity).toEqual({
      aspects: 0,
      items: 0,
      meetings: 0,
      letters: 2,
      talks: 1,
    });
    expect(draftFacts({ branchId: branch.id }, 2027).integrity).toEqual({
      aspects: 0,
      items: 0,
      meetings: 0,
      letters: 0,
      talks: 0,
    });
  });

  it('counts the problems found in and carried into the year, and lists those still open at its end', () => {
    const facts = draftFacts({ branchId: branch.id }, 2026);
    expect(facts.foundProblems).toBe(3);
    expect(draftFacts({ branchId: branch.id }, 2028).foundProblems).toBe(0);
    expect(facts.carriedOver).toBe(1);
    expect(facts.openProblems).toEqual([
      { aspect: '组织建设', problem: '结转问题' },
      { aspect: '作风建设', problem: '今年问题' },
      { aspect: '纪律建设', problem: '明年才销号' },
    ]);
    expect(draftFacts({ branchId: branch.id }, 2025).carriedOver).toBe(0);
  });

  it('lists the projects with live activities in the year, by start, each with the types it produced', () => {
    const rice = type('大米');
    const donation = type('捐款');
    expect(draftFacts({ branchId: branch.id }, 2026).projects).toEqual([
      { id: earlier.id, kind: '结对共建', name: '先开始的项目', outputs: [] },
      {
        id: later.id,
        kind: '书记项目',
        name: '后开始的项目',
        outputs: [
          { typeId: donation.id, name: '捐款', unit: '元', category: 'money' },
          { typeId: rice.id, name: '大米', unit: '袋', category: 'goods' },
        ],
      },
    ]);
    expect(
      draftFacts({ branchId: branch.id }, 2025).projects.map((p) => [p.name, p.outputs.map((o) => o.name)]),
    ).toEqual([['去年的项目', ['食用油']]]);
  });

  it('lists next year’s 书记项目 that are not closed, by start, with their targets', () => {
    expect(draftFacts({ branchId: branch.id }, 2026).nextYearPlans).toEqual([
      { name: '明年书记项目甲', goal: null, targets: [] },
      {
        name: '明年书记项目乙',
        goal: '目标乙',
        targets: [
          { name: '捐款', unit: '元', quantity: 2000 },
          { name: '大米', unit: '袋', quantity: 50 },
        ],
      },
    ]);
    expect(draftFacts({ branchId: branch.id }, 2025).nextYearPlans.map((p) => p.name)).toEqual(['后开始的项目']);
    expect(planA.id).toBeGreaterThan(planB.id);
  });
});
