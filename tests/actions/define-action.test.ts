import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { type AnyAction, callAction } from '@/tests/support/call-action';
import { setSessionUser, signInAs, signOut } from '@/tests/support/session';
import { rowCount, setupTestDatabase, tableChecksum } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
const { revalidatePath } = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock('next/cache', async () => ({ ...(await import('@/tests/support/next-mocks')).nextCache, revalidatePath }));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const { createPerson, updatePerson } = await import('@/app/(app)/members/actions');
const { defineAction, forbiddenMessage, invalidInputMessage, signInRequiredMessage } = await import(
  '@/server/actions/define-action'
);
const { ActionError, notFoundMessage } = await import('@/lib/errors');
const f = await import('@/tests/support/fixtures');

const statisticsId = f.branchIdOf(f.statisticsBranchName);

beforeEach(() => {
  signOut();
  revalidatePath.mockClear();
});

describe('defineAction: bad input', () => {
  it.each([
    ['an empty name', { name: '  ' }, 'name', '请填写姓名'],
    [
      'an ID number with a wrong check digit',
      { idNumber: '110105194912310021', birthDate: '' },
      'idNumber',
      '身份证号校验位不正确，请核对',
    ],
    [
      'an impossible birth date',
      { birthDate: '2023-02-30', idNumber: '' },
      'birthDate',
      '出生日期应为有效日期，格式如 2023-07-01',
    ],
  ])('refuses %s with a Chinese message on the field and writes nothing', async (_, overrides, field, message) => {
    await signInAs('zuzhi');
    const before = tableChecksum(db);

    const result = await callAction(createPerson, f.newPersonPayload(overrides));

    expect(result).toEqual({ ok: false, error: invalidInputMessage, fieldErrors: { [field]: [message] } });
    expect(tableChecksum(db)).toEqual(before);
  });

  it('reads the same fields from FormData', async () => {
    await signInAs('zuzhi');
    const before = tableChecksum(db);
    const form = new FormData();
    for (const [key, value] of Object.entries(f.newPersonPayload({ name: '', birthDate: '2023-02-30' }))) {
      form.set(key, String(value));
    }
    form.set('$ACTION_ID_abc', '');

    const result = await callAction(createPerson, form);

    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { name: ['请填写姓名'], birthDate: [expect.stringContaining('有效日期')] },
    });
    expect(tableChecksum(db)).toEqual(before);
  });
});

describe('defineAction: who is asking', () => {
  it('refuses a call without a session and writes nothing', async () => {
    signOut();
    const before = tableChecksum(db);

    const result = await callAction(createPerson, f.newPersonPayload());

    expect(result).toEqual({ ok: false, error: signInRequiredMessage });
    expect(signInRequiredMessage).toBe('登录已失效，请重新登录');
    expect(tableChecksum(db)).toEqual(before);
  });

  it.each(['dangyuan', 'dangwei'])('refuses %s (no members.write) and writes nothing', async (username) => {
    await signInAs(username);
    const person = f.personNamed('刘建军');
    const before = tableChecksum(db);

    expect(await callAction(createPerson, f.newPersonPayload())).toEqual({ ok: false, error: forbiddenMessage });
    expect(await callAction(updatePerson, f.editPersonPayload(person, { post: '改了' }))).toEqual({
      ok: false,
      error: forbiddenMessage,
    });
    expect(forbiddenMessage).toBe('您没有执行此操作的权限');
    expect(tableChecksum(db)).toEqual(before);
  });

  it('refuses an account that must still change its initial password, except for the password change', async () => {
    const zuzhi = await signInAs('zuzhi');
    setSessionUser({ ...zuzhi, mustChangePassword: true });
    const before = tableChecksum(db);

    expect(await callAction(createPerson, f.newPersonPayload())).toEqual({ ok: false, error: '请先修改初始密码' });
    expect(tableChecksum(db)).toEqual(before);
  });
});

describe('defineAction: a good write', () => {
  it('creates one person in the caller’s branch with one audit entry that masks the ID number', async () => {
    const zuzhi = await signInAs('zuzhi');
    const peopleBefore = rowCount(db, 'people');
    const auditBefore = f.lastAuditId();
    const payload = f.newPersonPayload({ name: '新同志', branchId: 999 });

    const result = await callAction(createPerson, payload);

    expect(result).toEqual({ redirected: expect.stringMatching(/^\/members\/\d+\?saved=1$/) });
    const id = Number(/\/members\/(\d+)/.exec((result as { redirected: string }).redirected)![1]);
    expect(rowCount(db, 'people')).toBe(peopleBefore + 1);
    const person = f.personById(id)!;
    expect(person).toMatchObject({ name: '新同志', branchId: zuzhi.branchId, version: 1, idNumber: payload.idNumber });
    expect(person.branchId).toBe(statisticsId);

    const audit = await f.auditEntriesAfter(auditBefore);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'person.create',
      entity: 'people',
      entityId: id,
      accountId: zuzhi.accountId,
      branchId: zuzhi.branchId,
      before: null,
    });
    const after = audit[0].after as Record<string, unknown>;
    expect(after.name).toBe('新同志');
    expect(after.idNumber).not.toBe(payload.idNumber);
    expect(after.idNumber).toMatch(/^15\*+\w\w$/);
    expect(after.phone).not.toBe(payload.phone);
    expect(after.address).not.toBe(payload.address);
  });
});

describe('defineAction: optimistic locking', () => {
  it('refuses a save made from a stale version and leaves the row as it was', async () => {
    await signInAs('zuzhi');
    const person = f.personNamed('陈晓梅');
    const before = tableChecksum(db);

    const result = await callAction(
      updatePerson,
      f.editPersonPayload(person, { version: person.version + 5, post: '副局长' }),
    );

    expect(result).toMatchObject({ ok: false, conflict: true, error: expect.stringContaining('已被他人修改') });
    expect(f.personById(person.id)).toEqual(person);
    expect(tableChecksum(db)).toEqual(before);
  });

  it('saves with the current version, bumps it, and audits before and after', async () => {
    const zuzhi = await signInAs('zuzhi');
    const person = f.personNamed('陈晓梅');
    const auditBefore = f.lastAuditId();

    const result = await callAction(updatePerson, f.editPersonPayload(person, { post: '副局长' }));

    expect(result).toEqual({ redirected: `/members/${person.id}?saved=1` });
    const saved = f.personById(person.id)!;
    expect(saved).toMatchObject({ post: '副局长', version: person.version + 1 });
    const audit = await f.auditEntriesAfter(auditBefore);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'person.update',
      entity: 'people',
      entityId: person.id,
      accountId: zuzhi.accountId,
    });
    expect(audit[0].before).toMatchObject({ post: person.post, version: person.version });
    expect(audit[0].after).toMatchObject({ post: '副局长', version: person.version + 1 });

    // The version just used is now stale: saving again from the same form is a conflict.
    const again = await callAction(updatePerson, f.editPersonPayload(person, { post: '局长' }));
    expect(again).toMatchObject({ ok: false, conflict: true });
    expect(f.personById(person.id)).toEqual(saved);
  });
});

describe('defineAction: records of another branch', () => {
  it('does not let the other branch’s secretary update a person of 旗统计局党支部, even with the right version', async () => {
    const caizheng = await signInAs('caizheng');
    expect(caizheng.branchId).not.toBe(statisticsId);
    const person = f.personNamed('赵志刚');
    expect(person.branchId).toBe(statisticsId);
    const before = tableChecksum(db);

    const result = await callAction(updatePerson, f.editPersonPayload(person, { post: '被改了' }));

    expect(result).toEqual({ ok: false, error: notFoundMessage });
    expect(f.personById(person.id)).toEqual(person);
    expect(tableChecksum(db)).toEqual(before);
  });

  it('refuses a party group of another branch', async () => {
    await signInAs('caizheng');
    const otherBranchGroup = f.personNamed('赵志刚').groupId;
    const before = tableChecksum(db);

    const result = await callAction(createPerson, f.newPersonPayload({ groupId: otherBranchGroup }));

    expect(result).toMatchObject({ ok: false, fieldErrors: { groupId: ['请选择本支部的党小组'] } });
    expect(tableChecksum(db)).toEqual(before);
  });
});

describe('defineAction: revalidate', () => {
  // Names a page by the input's id, and fails in its handler when asked to.
  const saveThing = defineAction({
    permission: 'members.write',
    schema: z.object({ id: z.number(), fail: z.boolean() }),
    revalidate: (input) => [{ layout: '/meetings' }, '/', `/meetings/${input.id}`],
    run: ({ fail }) => {
      if (fail) throw new ActionError('没有保存');
    },
    success: '已保存',
  });

  it('revalidates what it names once the write returns: layouts as layouts, pages of the input', async () => {
    await signInAs('zuzhi');

    expect(await callAction(saveThing, { id: 7, fail: false })).toMatchObject({ ok: true });

    expect(revalidatePath.mock.calls).toEqual([['/meetings', 'layout'], ['/'], ['/meetings/7']]);
  });

  it('revalidates what it names when the write ends with a redirect', async () => {
    await signInAs('zuzhi');
    const person = f.personNamed('陈晓梅');

    const result = await callAction(updatePerson, f.editPersonPayload(person, { post: '科员' }));

    expect(result).toEqual({ redirected: `/members/${person.id}?saved=1` });
    expect(revalidatePath.mock.calls).toEqual([['/members']]);
  });

  it('revalidates nothing after a refusal', async () => {
    const person = f.personNamed('陈晓梅');
    const refused = async (username: string | null, action: AnyAction, payload: unknown) => {
      if (username) await signInAs(username);
      else signOut();
      expect(await callAction(action, payload)).toMatchObject({ ok: false });
    };

    await refused(null, saveThing, { id: 7, fail: false });
    await refused('dangyuan', saveThing, { id: 7, fail: false });
    await refused('zuzhi', saveThing, { id: 'seven', fail: false });
    await refused('zuzhi', saveThing, { id: 7, fail: true });
    await refused('caizheng', updatePerson, f.editPersonPayload(person, { post: '科员' }));
    await refused('zuzhi', updatePerson, f.editPersonPayload(person, { version: person.version + 5 }));

    expect(revalidatePath).not.toHaveBeenCalled();
  });
});
