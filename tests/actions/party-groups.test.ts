/**
 * 党小组 through the settings page's actions: set up, renamed, given their people, merged and
 * dissolved; a dissolved group is offered nowhere new (roster forms, import, meeting forms, the
 * compliance calendar) while past meetings keep its name.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { callAction } from '@/tests/support/call-action';
import { expectRefusedWithNothingWritten } from '@/tests/support/refused';
import { signInAs } from '@/tests/support/session';
import { setupTestDatabase } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const actions = await import('@/app/(app)/settings/actions');
const { updatePerson } = await import('@/app/(app)/members/actions');
const { listGroups, listGroupsWithMembers } = await import('@/db/queries/people');
const { partyGroups, people } = await import('@/db/schema');
const f = await import('@/tests/support/fixtures');

const statisticsId = f.branchIdOf(f.statisticsBranchName);
const financeId = f.branchIdOf(f.financeBranchName);

const groupNamed = (name: string, branchId = statisticsId) =>
  db
    .select()
    .from(partyGroups)
    .where(and(eq(partyGroups.branchId, branchId), eq(partyGroups.name, name)))
    .get()!;
const person = (name: string) => db.select().from(people).where(eq(people.name, name)).get()!;
const membersOf = (name: string) =>
  db
    .select({ name: people.name })
    .from(people)
    .where(eq(people.groupId, groupNamed(name).id))
    .all()
    .map((p) => p.name)
    .sort();

async function newGroup(name: string) {
  const result = await callAction(actions.createGroup, { name });
  expect(result).toMatchObject({ ok: true, message: '党小组已设立' });
  return groupNamed(name);
}

describe('setting up groups', () => {
  it('adds a group after the others and refuses a name the branch already uses', async () => {
    await signInAs('shuji');
    const group = await newGroup('机关第三党小组');
    expect(listGroups(await signInAs('shuji')).at(-1)).toEqual({ id: group.id, name: '机关第三党小组' });
    const refused = await expectRefusedWithNothingWritten(db, actions.createGroup, { name: '第一党小组' });
    expect(refused.fieldErrors?.name).toEqual(['本支部已有同名的党小组']);
    expect((await expectRefusedWithNothingWritten(db, actions.createGroup, { name: '  ' })).fieldErrors?.name).toEqual([
      '请填写党小组名称',
    ]);
  });

  it('lets another branch use the same name', async () => {
    await signInAs('caizheng');
    await newGroup('第一党小组');
    expect(groupNamed('第一党小组', financeId).id).not.toBe(groupNamed('第一党小组').id);
  });

  it('renames a group, unless another group has the name', async () => {
    await signInAs('shuji');
    const group = await newGroup('待改名小组');
    expect(
      await callAction(actions.renameGroup, { id: group.id, version: group.version, name: '退休党员党小组' }),
    ).toMatchObject({ ok: true });
    expect(groupNamed('退休党员党小组').version).toBe(group.version + 1);
    const renamed = groupNamed('退休党员党小组');
    await expectRefusedWithNothingWritten(db, actions.renameGroup, {
      id: renamed.id,
      version: renamed.version,
      name: '第二党小组',
    });
  });
});

describe('a group’s people', () => {
  it('moves the checked people in from wherever they were and the unchecked ones out, each edit bumping their version', async () => {
    await signInAs('shuji');
    const group = await newGroup('调整测试小组');
    const before = person('王海燕');
    expect(before.groupId).toBe(groupNamed('第一党小组').id);
    const joined = await callAction(actions.setGroupMembers, {
      id: group.id,
      version: group.version,
      personIds: [before.id, person('刘建军').id],
    });
    expect(joined).toMatchObject({ ok: true, message: '已调整：调入2人，调出0人' });
    expect(membersOf('调整测试小组')).toEqual(['刘建军', '王海燕']);
    expect(person('王海燕').version).toBe(before.version + 1);

    const current = groupNamed('调整测试小组');
    const left = await callAction(actions.setGroupMembers, {
      id: current.id,
      version: current.version,
      personIds: [person('刘建军').id],
    });
    expect(left).toMatchObject({ ok: true, message: '已调整：调入0人，调出1人' });
    expect(membersOf('调整测试小组')).toEqual(['刘建军']);
    expect(person('王海燕').groupId).toBeNull();
  });

  it('refuses people of another branch, writing nothing', async () => {
    await signInAs('shuji');
    const group = await newGroup('跨支部测试小组');
    const refused = await expectRefusedWithNothingWritten(db, actions.setGroupMembers, {
      id: group.id,
      version: group.version,
      personIds: [person('乔振宇').id],
    });
    expect(refused.fieldErrors?.personIds).toEqual(['请只选择本支部名册中的人员']);
  });

  it('refuses another branch’s group as not found', async () => {
    await signInAs('shuji');
    const theirs = groupNamed('财政局党小组', financeId);
    await expectRefusedWithNothingWritten(db, actions.setGroupMembers, {
      id: theirs.id,
      version: theirs.version,
      personIds: [],
    });
  });
});

describe('merging and dissolving', () => {
  it('merges a group into another: its people move and it is dissolved', async () => {
    await signInAs('shuji');
    const from = await newGroup('并出小组');
    const into = await newGroup('并入小组');
    await callAction(actions.setGroupMembers, {
      id: from.id,
      version: from.version,
      personIds: [person('陈晓梅').id, person('杨帆').id],
    });
    const current = groupNamed('并出小组');
    expect(
      await callAction(actions.mergeGroup, { id: current.id, version: current.version, intoId: into.id }),
    ).toMatchObject({ ok: true, message: '已合并，2名成员调入目标小组' });
    expect(membersOf('并入小组')).toEqual(['杨帆', '陈晓梅']);
    expect(groupNamed('并出小组').archivedAt).not.toBeNull();
    expect(listGroups(await signInAs('shuji')).map((g) => g.name)).not.toContain('并出小组');
  });

  it('refuses merging into itself, into a dissolved group or into another branch’s group', async () => {
    await signInAs('shuji');
    const group = await newGroup('合并被拒小组');
    const refusedSelf = await expectRefusedWithNothingWritten(db, actions.mergeGroup, {
      id: group.id,
      version: group.version,
      intoId: group.id,
    });
    expect(refusedSelf.fieldErrors?.intoId).toEqual(['不能并入本小组自身']);
    await expectRefusedWithNothingWritten(db, actions.mergeGroup, {
      id: group.id,
      version: group.version,
      intoId: groupNamed('并出小组').id,
    });
    await expectRefusedWithNothingWritten(db, actions.mergeGroup, {
      id: group.id,
      version: group.version,
      intoId: groupNamed('财政局党小组', financeId).id,
    });
  });

  it('dissolves only an empty group', async () => {
    await signInAs('shuji');
    const first = groupNamed('第一党小组');
    const refused = await expectRefusedWithNothingWritten(db, actions.archiveGroup, {
      id: first.id,
      version: first.version,
    });
    expect(refused.error).toMatch(/^该小组还有\d+名成员，请先调整成员或并入其他小组$/);
    const empty = await newGroup('空小组');
    expect(await callAction(actions.archiveGroup, { id: empty.id, version: empty.version })).toMatchObject({
      ok: true,
      message: '党小组已撤销',
    });
    const archived = groupNamed('空小组');
    await expectRefusedWithNothingWritten(db, actions.renameGroup, {
      id: archived.id,
      version: archived.version,
      name: '复活小组',
    });
  });

  it('offers a dissolved group to no roster form; a past meeting of it keeps its name', async () => {
    const secretary = await signInAs('shuji');
    const archived = groupNamed('空小组');
    const target = person('周丽');
    const refused = await expectRefusedWithNothingWritten(db, updatePerson, {
      ...f.editPersonPayload(target),
      groupId: archived.id,
    });
    expect(refused.fieldErrors?.groupId).toEqual(['请选择本支部的党小组']);
    expect(listGroups(secretary).map((g) => g.id)).not.toContain(archived.id);
    expect(listGroups(secretary, archived.id).map((g) => g.id)).toContain(archived.id);
    expect(listGroupsWithMembers(secretary).groups.map((g) => g.name)).not.toContain('空小组');
  });
});
