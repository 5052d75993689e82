/**
 * db/report/figures/catalogue.ts: the figures a branch can insert into its report, grouped for the
 * picker — built from the branch's own meeting kinds, output types, work-output categories and
 * project kinds, leaving out what its data cannot compute, each with its label, unit and whether it
 * may be narrowed to part of the year. Over a new branch with the defaults and a few of its own names.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { figureCatalogue, cachedFigureCatalogue } = await import('@/db/report/figures/catalogue');
const { catalogueGroups } = await import('@/db/report/figures/types');
const fb = await import('@/tests/queries/fresh-branch');
const s = await import('@/db/schema');
const { asc, eq } = await import('drizzle-orm');

const branch = fb.freshBranch('数字目录测试支部');
const ownKind = db
  .insert(s.meetingKinds)
  .values({ branchId: branch.id, name: '读书会', attendeeScope: 'members', sortOrder: 100 })
  .returning()
  .get();
db.update(s.meetingKinds)
  .set({ archivedAt: '2026-01-01T00:00:00.000Z' })
  .where(eq(s.meetingKinds.id, fb.kindId(branch.id, 'appraisal')))
  .run();
db.insert(s.projects)
  .values({ branchId: branch.id, kind: '助学行动', name: '助学', startDate: '2026-01-01', status: 'active' })
  .run();
db.insert(s.projects)
  .values({
    branchId: branch.id,
    kind: '已删除的类',
    name: '删',
    startDate: '2026-01-01',
    status: 'active',
    deletedAt: '2026-01-02T00:00:00.000Z',
  })
  .run();
const types = db
  .select()
  .from(s.outputTypes)
  .where(eq(s.outputTypes.branchId, branch.id))
  .orderBy(asc(s.outputTypes.sortOrder), asc(s.outputTypes.id))
  .all();
const archivedType = types.find((t) => t.name === '手机短信')!;
db.update(s.outputTypes)
  .set({ archivedAt: '2026-01-01T00:00:00.000Z' })
  .where(eq(s.outputTypes.id, archivedType.id))
  .run();
const categories = db
  .select()
  .from(s.workOutputCategories)
  .where(eq(s.workOutputCategories.branchId, branch.id))
  .orderBy(asc(s.workOutputCategories.sortOrder))
  .all();
const archivedCategory = categories.find((c) => c.name === '经验材料')!;
db.update(s.workOutputCategories)
  .set({ archivedAt: '2026-01-01T00:00:00.000Z' })
  .where(eq(s.workOutputCategories.id, archivedCategory.id))
  .run();

// A ledger of its own, so the 自定义台账 group is offered whatever ledgers a new branch starts with
// (tests/queries/ledger-figures.test.ts checks what a ledger offers).
db.insert(s.ledgers).values({ branchId: branch.id, name: '读书台账' }).run();

const keysOf = (group: string) =>
  figureCatalogue({ branchId: branch.id })
    .filter((e) => e.group === group)
    .map((e) => e.key);
const entry = (key: string) => figureCatalogue({ branchId: branch.id }).find((e) => e.key === key);
const projectKinds = ['结对共建', '结对帮扶', '书记项目', '我为群众办实事', '志愿服务', '助学行动'];

describe('figureCatalogue', () => {
  it('lists the groups in their order', () => {
    expect([...new Set(figureCatalogue({ branchId: branch.id }).map((e) => e.group))]).toEqual([...catalogueGroups]);
  });

  it('offers each live meeting kind, the extra measures of 专题研讨, 书记讲党课, the theme-day places, the meetings deciding development steps, attendance, and the talks', () => {
    expect(keysOf('组织生活')).toEqual([
      'meetings',
      'meetings:kind=general',
      'meetings:kind=committee',
      'meetings:kind=group',
      'meetings:kind=lecture',
      'meetings:kind=lecture,lecturer=secretary',
      'meetings:kind=theme_day',
      'meetings:kind=theme_day,place=红色教育基地',
      'meetings:kind=theme_day,place=廉政教育基地',
      'meetings:kind=theme_day,place=法治教育展厅',
      'meetings:kind=theme_day,place=党员活动室',
      'meetings:kind=theme_day,place=结对共建单位',
      'meetings:kind=life_meeting',
      'meetings:kind=study',
      'meetings:kind=seminar',
      'meetings:kind=seminar,measure=materials',
      'meetings:kind=seminar,measure=articles',
      `meetings:kind=${ownKind.id}`,
      ...['any', 'activist_confirmed', 'candidate_confirmed', 'committee_review', 'admission_vote', 'full_vote'].map(
        (step) => `meetings:decided=${step}`,
      ),
      'attendance:measure=present',
      'attendance:measure=expected',
      'attendance:measure=rate',
      ...[
        'general',
        'committee',
        'group',
        'lecture',
        'theme_day',
        'life_meeting',
        'study',
        'seminar',
        String(ownKind.id),
      ].flatMap((kind) => [`attendance:kind=${kind},measure=present`, `attendance:kind=${kind},measure=rate`]),
      'talks',
      'talks:kind=committee_committee',
      'talks:kind=committee_member',
      'talks:kind=member_member',
    ]);
  });

  it('gives each entry the label and unit the figure engine gives', () => {
    expect(entry('meetings:kind=committee')).toEqual({
      group: '组织生活',
      label: '支委会 次数',
      key: 'meetings:kind=committee',
      unit: '次',
      dated: true,
    });
    expect(entry(`meetings:kind=${ownKind.id}`)).toMatchObject({ label: '读书会 次数', unit: '次' });
    expect(entry('meetings:kind=seminar,measure=materials')).toMatchObject({ label: '专题研讨 研讨材料', unit: '篇' });
    expect(entry('development:step=full_approved')).toEqual({
      group: '发展党员',
      label: '预备党员转正 人数',
      key: 'development:step=full_approved',
      unit: '名',
      dated: true,
    });
    expect(entry('list.rectification:what=open')).toMatchObject({
      group: '列表',
      label: '期末未销号的问题清单',
      unit: '项',
    });
  });

  it('offers every development step', () => {
    const keys = keysOf('发展党员');
    expect(keys).toHaveLength(25);
    expect(keys.slice(0, 3)).toEqual([
      'development:step=application',
      'development:step=first_talk',
      'development:step=activist_confirmed',
    ]);
    expect(keys.at(-1)).toBe('development:step=archived');
  });

  it('offers the live output types, the categories whose types share a unit, and projects and activities by kind', () => {
    const live = types.filter((t) => t.id !== archivedType.id).map((t) => `outputs:type=${t.id}`);
    expect(keysOf('结对与服务')).toEqual([
      ...live,
      // goods (袋, 桶), facilities (个, 亩) and propaganda (条, 份, 张) mix units; no type is of 'other'
      'outputs:category=money',
      'outputs:category=households',
      'outputs:category=people',
      'projects',
      ...projectKinds.map((kind) => `projects:kind=${kind}`),
      'activities',
      'activities:measure=people',
      'activities:measure=times',
      ...projectKinds.map((kind) => `activities:project_kind=${kind}`),
      'secretary_projects',
      'secretary_projects:planned=next',
      ...['planned', 'active', 'completed', 'closed'].map((status) => `secretary_projects:status=${status}`),
    ]);
    expect(entry('outputs:category=money')).toMatchObject({ label: '资金 合计', unit: '元' });
    expect(entry('secretary_projects:status=completed')).toMatchObject({
      label: '本年度书记项目（已完成） 个数',
      unit: '个',
      dated: false,
    });
    expect(entry(`outputs:type=${types[0].id}`)).toMatchObject({ label: '捐款 合计', unit: '元' });
  });

  it('offers the clean-government figures, the list as a whole only by year', () => {
    expect(keysOf('党风廉政')).toEqual([
      'integrity:what=aspects',
      'integrity:what=items',
      'integrity:what=letters',
      'integrity:measure=counterparts,what=letters',
      'integrity:counterpart=分管领域负责人,what=letters',
      'integrity:counterpart=分管领域负责人,measure=counterparts,what=letters',
      'integrity:counterpart=股室,what=letters',
      'integrity:counterpart=股室,measure=counterparts,what=letters',
      'integrity:counterpart=党员干部,what=letters',
      'integrity:counterpart=党员干部,measure=counterparts,what=letters',
      'integrity:counterpart=其他,what=letters',
      'integrity:counterpart=其他,measure=counterparts,what=letters',
      'integrity:what=talks',
      'integrity:what=meetings',
    ]);
    expect(entry('integrity:what=aspects')?.dated).toBe(false);
    expect(entry('integrity:what=items')?.dated).toBe(false);
    expect(entry('integrity:what=letters')?.dated).toBe(true);
    expect(entry('integrity:counterpart=股室,measure=counterparts,what=letters')).toMatchObject({ unit: '个' });
    expect(entry('integrity:counterpart=党员干部,measure=counterparts,what=letters')).toMatchObject({ unit: '名' });
  });

  it('offers each live work-output category summed and counted', () => {
    const live = categories.filter((c) => c.id !== archivedCategory.id);
    expect(keysOf('工作成果')).toEqual(
      live.flatMap((c) => [`work:category=${c.id}`, `work:category=${c.id},measure=entries`]),
    );
    expect(entry(`work:category=${live[0].id},measure=entries`)).toMatchObject({
      label: `${live[0].name} 登记条数`,
      unit: '条',
    });
  });

  it('offers the rectification figures, carried-over ones and last year’s problems only by year', () => {
    const states = ['in_progress', 'completed', 'checked_off'];
    expect(keysOf('问题整改')).toEqual([
      ...['found', 'aspects', 'completed', 'checked_off', 'carried_over', 'open'].map(
        (what) => `rectification:what=${what}`,
      ),
      ...states.map((state) => `rectification:state=${state},what=found`),
      'rectification:found=previous',
      ...states.map((state) => `rectification:found=previous,state=${state}`),
    ]);
    expect(entry('rectification:what=carried_over')?.dated).toBe(false);
    expect(entry('rectification:what=open')?.dated).toBe(true);
    expect(entry('rectification:state=checked_off,what=found')).toMatchObject({
      label: '检视问题（现已销号） 个数',
      dated: true,
    });
    expect(entry('rectification:found=previous,state=completed')).toMatchObject({
      label: '上年检视问题（现已完成） 个数',
      dated: false,
    });
  });

  it('offers the notices, all and by category', () => {
    expect(keysOf('党务公开')).toEqual([
      'notices',
      ...['组织建设', '发展党员', '党费收缴', '评先评优', '重要决策', '其他'].map((c) => `notices:category=${c}`),
    ]);
  });

  it('offers lists of meetings by kind, of projects, of 书记项目 planned, and of problems', () => {
    expect(keysOf('列表').filter((key) => !key.startsWith('list.ledger:'))).toEqual([
      ...[
        'general',
        'committee',
        'group',
        'lecture',
        'theme_day',
        'life_meeting',
        'study',
        'seminar',
        String(ownKind.id),
      ].map((k) => `list.meetings:kind=${k}`),
      'list.projects',
      ...projectKinds.map((kind) => `list.projects:kind=${kind}`),
      'list.secretary_projects',
      'list.secretary_projects:planned=next',
      'list.rectification:what=found',
      'list.rectification:what=open',
      'list.rectification:what=carried_over',
      'list.rectification:found=previous',
    ]);
  });
});

describe('cachedFigureCatalogue', () => {
  it('keeps the catalogue per branch until the next write', () => {
    const first = cachedFigureCatalogue({ branchId: branch.id });
    expect(first).toEqual(figureCatalogue({ branchId: branch.id }));
    expect(cachedFigureCatalogue({ branchId: branch.id })).toBe(first);
    const other = fb.freshBranch('数字目录测试另一支部');
    expect(cachedFigureCatalogue({ branchId: other.id }).some((e) => e.key === `meetings:kind=${ownKind.id}`)).toBe(
      false,
    );
    const again = cachedFigureCatalogue({ branchId: branch.id });
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
