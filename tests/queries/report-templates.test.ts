/**
 * The first draft by kind of branch: for every kind, a branch with a year of records (members of every
 * description, meetings, a project, an entry in each ledger it starts with, a year of 党费 paid in
 * advance, a review comment on last year's report that became a problem) drafts a report whose every
 * figure the figure engine can count, with no sentence written around a count of nothing; a branch of the
 * same kind with no records drafts prompts and not one figure.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { draftFacts } = await import('@/db/report/draft-facts');
const { computeFigures } = await import('@/db/report/figures/compute');
const { buildDraftSections } = await import('@/lib/report/draft');
const { figureKeysIn, parseFigureKey } = await import('@/lib/report/figure-key');
const { isProblem } = await import('@/lib/report/figure-types');
const { branchKinds } = await import('@/lib/branches/model');
const fb = await import('@/tests/queries/fresh-branch');
const dues = await import('@/tests/support/dues');
const s = await import('@/db/schema');
const { and, eq } = await import('drizzle-orm');

type Kind = (typeof branchKinds)[number];

const year = 2026;

/** The tag a test entry of a ledger carries: the one the draft writes a sentence about, else the first. */
const entryTag: Record<string, string> = { honours: '优秀共产党员', funds: '支出', collective_economy: '经营性收入' };

/** A branch of a kind with the ledgers it starts with switched on, each entry-less. */
function branchOf(kind: Kind, name: string) {
  const branch = fb.freshBranch(name, undefined, kind);
  const ledgers = db.select().from(s.ledgers).where(eq(s.ledgers.branchId, branch.id)).all();
  return { branch, ledgers };
}

/** A branch of a kind with a year of records of every sort the draft writes about. */
function busyBranch(kind: Kind) {
  const { branch, ledgers } = branchOf(kind, `${kind}模板测试支部`);
  const group = fb.addGroup(branch.id, '第一党小组');
  const secretary = fb.addPerson(branch.id, '书记', 'full', {
    committeeTitle: '书记',
    groupId: group.id,
    birthDate: '1995-05-01',
    education: '大学本科',
  });
  fb.addPerson(branch.id, '委员', 'probationary', {
    committeeTitle: '组织委员',
    gender: 'female',
    ethnicity: '蒙古族',
    probationaryDate: '2026-03-01',
  });
  const activist = fb.addPerson(branch.id, '积极分子', 'activist');
  fb.addDevelopment(branch.id, activist.id, [
    ['application', '2025-09-01'],
    ['activist_confirmed', '2026-01-10'],
  ]);

  fb.addMeeting(branch.id, 'committee', '2026-02-01', 'held');
  fb.addMeeting(branch.id, 'study', '2026-03-01', 'held');
  fb.addMeeting(branch.id, 'theme_day', '2026-04-01', 'held', { placeTags: ['红色教育基地'] });

  const facilities = db
    .select()
    .from(s.outputTypes)
    .where(and(eq(s.outputTypes.branchId, branch.id), eq(s.outputTypes.category, 'facilities')))
    .get()!;
  const project = db
    .insert(s.projects)
    .values({ branchId: branch.id, kind: '书记项目', status: 'active', name: '环境整治', startDate: '2026-01-01' })
    .returning()
    .get();
  const activity = db
    .insert(s.projectActivities)
    .values({ projectId: project.id, branchId: branch.id, date: '2026-05-01', title: '清理垃圾点' })
    .returning()
    .get();
  db.insert(s.activityOutputs)
    .values({ activityId: activity.id, branchId: branch.id, outputTypeId: facilities.id, quantity: 2 })
    .run();

  for (const ledger of ledgers) {
    const entry = db
      .insert(s.ledgerEntries)
      .values({
        branchId: branch.id,
        ledgerId: ledger.id,
        date: '2026-06-01',
        title: `${ledger.name}的一条记录`,
        tags: [entryTag[ledger.template ?? ''] ?? ledger.tags[0]],
        quantity: ledger.quantityUnit ? 3 : null,
        amountFen: ledger.hasAmount ? 150_000 : null,
        level: ledger.hasLevel ? 'county' : null,
      })
      .returning()
      .get();
    if (ledger.hasPeople)
      db.insert(s.ledgerEntryPeople).values({ entryId: entry.id, branchId: branch.id, personId: secretary.id }).run();
  }

  // The secretary's 党费 for the year (40 元 a month), paid in advance in January.
  dues.insertBase(branch.id, secretary.id);
  dues.insertPayment(branch.id, secretary.id, { toMonth: '2026-12', amountFen: 48_000, dueFen: 48_000 });

  // Last year's report, whose review comment became a problem found last year and still being rectified.
  const lastReport = db
    .insert(s.reports)
    .values({ branchId: branch.id, year: year - 1, title: '上年报告', status: 'submitted' })
    .returning()
    .get();
  fb.addRectification(branch.id, secretary.id, {
    foundDate: '2025-12-20',
    deadline: '2026-06-30',
    source: 'duty_review',
    sourceReportId: lastReport.id,
    problem: '支部品牌特色不够鲜明',
  });
  return { branch, ledgers };
}

const textsOf = (draft: ReturnType<typeof buildDraftSections>) => [
  draft.title,
  draft.preamble,
  ...draft.sections.flatMap((section) => [section.heading, section.body]),
];

describe.each(branchKinds)('the first draft of a %s branch', (kind) => {
  const { branch, ledgers } = busyBranch(kind);
  const scope = { branchId: branch.id };
  const draft = buildDraftSections(draftFacts(scope, year));
  const keys = figureKeysIn(textsOf(draft));
  const figures = computeFigures(scope, year, keys);

  it('has only figures the figure engine can count', () => {
    const invalid = [...figures.values()].filter(isProblem).map((p) => `${p.key}: ${p.problem}`);
    expect(invalid).toEqual([]);
  });

  it('writes no sentence around a count of nothing (only a breakdown by state may hold a zero)', () => {
    const zeros = [...figures.values()].filter(
      (figure) =>
        !isProblem(figure) &&
        !figure.key.startsWith('list.') &&
        figure.value === 0 &&
        parseFigureKey(figure.key)?.params.state === undefined,
    );
    expect(zeros.map((figure) => figure.key)).toEqual([]);
  });

  it('writes 基本情况 from the roster: members, women, 少数民族, the young, graduates, activists, committee, groups', () => {
    const basics = draft.sections.find((section) => section.heading === '基本情况')!;
    expect(figureKeysIn([basics.body])).toEqual(
      expect.arrayContaining([
        'people:status=member',
        'people:status=full',
        'people:status=probationary',
        'people:gender=female,status=member',
        'people:ethnicity=minority,status=member',
        'people:age=-35,status=member',
        'people:education=college,status=member',
        'people:status=activist',
        'committee',
      ]),
    );
    expect(basics.body).toContain('第一党小组');
  });

  it('writes about every ledger with entries in the year, and about last year’s review comments', () => {
    const ledgerIds = new Set(
      keys.map((key) => parseFigureKey(key)?.params.ledger).filter((id): id is string => id !== undefined),
    );
    expect([...ledgerIds].sort()).toEqual(ledgers.map((l) => String(l.id)).sort());
    const review = draft.sections.find((section) => section.kind === 'review')!;
    expect(figureKeysIn([review.body])).toContain('list.rectification:found=previous,source=duty_review');
    expect(figures.get('rectification:found=previous,source=duty_review')).toMatchObject({ value: 1 });
  });

  it('writes the 党费 collected in the year (and the on-time rate, once a month paid is owed)', () => {
    const organisation = draft.sections.find((section) => section.heading === '规范组织生活，夯实支部建设')!;
    expect(figureKeysIn([organisation.body])).toContain('dues:measure=collected');
    expect(figures.get('dues:measure=collected')).toMatchObject({ value: 480 });
  });

  it('drafts prompts and not one figure for a branch of the same kind with no records', () => {
    const { branch: empty } = branchOf(kind, `${kind}空白支部`);
    const quiet = buildDraftSections(draftFacts({ branchId: empty.id }, year));
    expect(figureKeysIn(textsOf(quiet))).toEqual([]);
    const parts = (sections: typeof draft.sections) =>
      sections.filter((section) => section.level === 1 && section.kind !== 'review').map((section) => section.heading);
    expect(parts(quiet.sections)).toEqual(parts(draft.sections));
  });
});
