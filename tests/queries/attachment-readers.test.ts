/**
 * db/queries/attachment-readers.ts: who may open the files of each kind of record — the areas a role
 * reads as a whole, and the records a member may open because they are their own (an activity they
 * took part in, an item they are responsible for, a published notice). Over a new branch.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { mayReadAttachment } = await import('@/db/queries/attachment-readers');
const fb = await import('@/tests/queries/fresh-branch');
const { activityParticipants, notices, projectActivities, projects } = await import('@/db/schema');

const branch = fb.freshBranch('附件权限测试支部');
const joiner = fb.addPerson(branch.id, '参加者', 'full');
const bystander = fb.addPerson(branch.id, '旁观者', 'full');

const secretary = fb.userOf(branch, 'secretary', fb.addPerson(branch.id, '书记', 'full').id);
const committee = fb.userOf(branch, 'committee', fb.addPerson(branch.id, '支委', 'full').id);
const reviewer = fb.userOf(branch, 'reviewer');
const asJoiner = fb.userOf(branch, 'member', joiner.id);
const asBystander = fb.userOf(branch, 'member', bystander.id);
const memberWithoutPerson = fb.userOf(branch, 'member', null);

const project = db
  .insert(projects)
  .values({ branchId: branch.id, kind: '结对共建', name: '项目', startDate: '2026-01-01', status: 'active' })
  .returning()
  .get();
const activity = db
  .insert(projectActivities)
  .values({ projectId: project.id, branchId: branch.id, date: '2026-02-01', title: '活动' })
  .returning()
  .get();
db.insert(activityParticipants).values({ activityId: activity.id, branchId: branch.id, personId: joiner.id }).run();

const item = fb.addRectification(branch.id, joiner.id, { foundDate: '2026-01-01', deadline: '2026-06-30' });
const removedItem = fb.addRectification(branch.id, joiner.id, {
  foundDate: '2026-01-01',
  deadline: '2026-06-30',
  deletedAt: '2026-01-02T00:00:00.000Z',
});

const notice = (state: 'proposed' | 'published', values: Partial<typeof notices.$inferInsert> = {}) =>
  db
    .insert(notices)
    .values({
      branchId: branch.id,
      title: '公示',
      content: '内容',
      category: '其他',
      state,
      proposedAt: '2026-01-01',
      ...values,
    })
    .returning()
    .get();
const publishedNotice = notice('published', { publishedAt: '2026-01-05' });
const draftNotice = notice('proposed');
const removedNotice = notice('published', { publishedAt: '2026-01-05', deletedAt: '2026-01-06T00:00:00.000Z' });

describe('mayReadAttachment', () => {
  it('serves files of a whole area to the roles that read it', () => {
    const may = (entity: string) =>
      [secretary, committee, reviewer, asJoiner].map((u) => mayReadAttachment(u, entity, 1));
    expect(may('meetings')).toEqual([true, true, true, false]);
    expect(may('development_steps')).toEqual([true, true, true, false]);
    expect(may('commitment_letters')).toEqual([true, true, true, false]);
  });

  it('serves files of an unknown kind of record to nobody', () => {
    for (const entity of ['people', 'accounts', 'talks', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(mayReadAttachment(secretary, entity, 1)).toBe(false);
    }
  });

  it('serves an activity’s photos to project readers and to the members who took part', () => {
    expect(mayReadAttachment(secretary, 'project_activities', activity.id)).toBe(true);
    expect(mayReadAttachment(reviewer, 'project_activities', activity.id)).toBe(true);
    expect(mayReadAttachment(asJoiner, 'project_activities', activity.id)).toBe(true);
    expect(mayReadAttachment(asBystander, 'project_activities', activity.id)).toBe(false);
    expect(mayReadAttachment(memberWithoutPerson, 'project_activities', activity.id)).toBe(false);
  });

  it('serves a rectification item’s evidence to its readers and to the member responsible for it', () => {
    expect(mayReadAttachment(committee, 'rectification_items', item.id)).toBe(true);
    expect(mayReadAttachment(reviewer, 'rectification_items', item.id)).toBe(true);
    expect(mayReadAttachment(asJoiner, 'rectification_items', item.id)).toBe(true);
    expect(mayReadAttachment(asJoiner, 'rectification_items', removedItem.id)).toBe(false);
    expect(mayReadAttachment(asBystander, 'rectification_items', item.id)).toBe(false);
    expect(mayReadAttachment(memberWithoutPerson, 'rectification_items', item.id)).toBe(false);
  });

  it('serves a notice’s files to its writers always, and to readers once it is published', () => {
    expect(mayReadAttachment(committee, 'notices', draftNotice.id)).toBe(true);
    expect(mayReadAttachment(asBystander, 'notices', publishedNotice.id)).toBe(true);
    expect(mayReadAttachment(reviewer, 'notices', publishedNotice.id)).toBe(true);
    expect(mayReadAttachment(asBystander, 'notices', draftNotice.id)).toBe(false);
    expect(mayReadAttachment(reviewer, 'notices', draftNotice.id)).toBe(false);
    expect(mayReadAttachment(asBystander, 'notices', removedNotice.id)).toBe(false);
  });
});
