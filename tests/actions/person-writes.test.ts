/**
 * db/mutations/people.ts, called directly: adding and editing people of the roster — the group must be
 * one of the branch's, only the secretary changes committee titles, and once someone has a development
 * record their status and membership dates follow its steps. Over a new branch.
 */
import { describe, expect, it } from 'vitest';
import { refusalOf as refusal } from '@/tests/support/refused';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const m = await import('@/db/mutations/people');
const fb = await import('@/tests/queries/fresh-branch');
const f = await import('@/tests/support/fixtures');
const { people } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const { notFoundMessage } = await import('@/lib/errors');
type CreatePersonInput = import('@/lib/people/validation').CreatePersonInput;

const branch = fb.freshBranch('人员编辑测试支部');
const group = fb.addGroup(branch.id, '第一党小组');
const dissolved = fb.addGroup(branch.id, '已撤销小组', { archivedAt: '2026-01-01T00:00:00.000Z' });
const secretary = fb.addAccount(branch, 'secretary', fb.addPerson(branch.id, '书记', 'full').id);
const committee = fb.addAccount(branch, 'committee', fb.addPerson(branch.id, '支委', 'full').id);
const other = fb.freshBranch('人员编辑测试另一支部');
const foreignGroup = fb.addGroup(other.id, '外支部小组');

const input = (overrides: Partial<CreatePersonInput> = {}): CreatePersonInput => ({
  name: '新成员',
  gender: 'female',
  ethnicity: '蒙古族',
  birthDate: '1990-01-01',
  education: null,
  unit: '统计局',
  post: null,
  phone: null,
  idNumber: null,
  address: null,
  politicalStatus: 'masses',
  probationaryDate: null,
  fullMemberDate: null,
  groupId: null,
  committeeTitle: null,
  ...overrides,
});

const person = (id: number) => db.select().from(people).where(eq(people.id, id)).get()!;
const editOf = (id: number, overrides: Partial<CreatePersonInput> = {}) => {
  const p = person(id);
  return {
    ...input({
      name: p.name,
      gender: p.gender,
      ethnicity: p.ethnicity,
      birthDate: p.birthDate,
      unit: p.unit,
      politicalStatus: p.politicalStatus,
      probationaryDate: p.probationaryDate,
      fullMemberDate: p.fullMemberDate,
      groupId: p.groupId,
      committeeTitle: p.committeeTitle as CreatePersonInput['committeeTitle'],
    }),
    ...overrides,
    id,
    version: p.version,
  };
};

describe('createPerson', () => {
  it('adds a person to the branch and its group, and audits it', async () => {
    const before = f.lastAuditId();
    const id = m.createPerson(committee, input({ groupId: group.id }));
    expect(person(id)).toMatchObject({
      branchId: branch.id,
      name: '新成员',
      gender: 'female',
      ethnicity: '蒙古族',
      groupId: group.id,
      politicalStatus: 'masses',
    });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([['person.create', 'people', id]]);
  });

  it('refuses a group of another branch or a dissolved one', () => {
    const wrongGroup = { message: '所选党小组不属于本支部', fieldErrors: { groupId: ['请选择本支部的党小组'] } };
    expect(refusal(() => m.createPerson(secretary, input({ name: '甲', groupId: foreignGroup.id })))).toEqual(
      wrongGroup,
    );
    expect(refusal(() => m.createPerson(secretary, input({ name: '乙', groupId: dissolved.id })))).toEqual(wrongGroup);
    expect(db.select().from(people).where(eq(people.name, '甲')).all()).toEqual([]);
  });

  it('lets only the secretary give a new person a committee title', () => {
    expect(
      refusal(() =>
        m.createPerson(committee, input({ name: '丙', politicalStatus: 'full', committeeTitle: '组织委员' })),
      ),
    ).toEqual({
      message: '只有书记可以调整支委职务',
      fieldErrors: { committeeTitle: ['只有书记可以调整支委职务'] },
    });
    const id = m.createPerson(secretary, input({ name: '丁', politicalStatus: 'full', committeeTitle: '组织委员' }));
    expect(person(id).committeeTitle).toBe('组织委员');
  });
});

describe('updatePerson', () => {
  it('saves the changes with a new version and audits before and after', async () => {
    const id = m.createPerson(secretary, input({ name: '待编辑' }));
    const before = f.lastAuditId();
    m.updatePerson(committee, editOf(id, { unit: '财政局', groupId: group.id }));
    expect(person(id)).toMatchObject({ unit: '财政局', groupId: group.id, version: 2 });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([['person.update', 'people', id]]);
    expect(audit[0].before).toMatchObject({ unit: '统计局', groupId: null });
    expect(audit[0].after).toMatchObject({ unit: '财政局', groupId: group.id });
  });

  it('refuses a foreign group, and a person of another branch', () => {
    const id = m.createPerson(secretary, input({ name: '换组' }));
    expect(refusal(() => m.updatePerson(secretary, editOf(id, { groupId: foreignGroup.id }))).message).toBe(
      '所选党小组不属于本支部',
    );
    const outsider = fb.addPerson(other.id, '外支部人员', 'masses');
    expect(refusal(() => m.updatePerson(secretary, editOf(outsider.id))).message).toBe(notFoundMessage);
    expect(person(id).groupId).toBeNull();
  });

  it('lets a committee member edit someone with a title as long as the title stays, but not change it', () => {
    const id = m.createPerson(
      secretary,
      input({ name: '宣传委员', politicalStatus: 'full', committeeTitle: '宣传委员' }),
    );
    m.updatePerson(committee, editOf(id, { unit: '新单位' }));
    expect(person(id)).toMatchObject({ unit: '新单位', committeeTitle: '宣传委员' });
    expect(refusal(() => m.updatePerson(committee, editOf(id, { committeeTitle: null }))).message).toBe(
      '只有书记可以调整支委职务',
    );
    expect(refusal(() => m.updatePerson(committee, editOf(id, { committeeTitle: '纪检委员' }))).message).toBe(
      '只有书记可以调整支委职务',
    );
    expect(person(id)).toMatchObject({ committeeTitle: '宣传委员', version: 2 });
    m.updatePerson(secretary, editOf(id, { committeeTitle: '纪检委员' }));
    expect(person(id).committeeTitle).toBe('纪检委员');
  });

  it('lets the roster set the status and dates of someone without a development record', () => {
    const id = m.createPerson(secretary, input({ name: '老党员' }));
    m.updatePerson(
      committee,
      editOf(id, { politicalStatus: 'full', probationaryDate: '2010-07-01', fullMemberDate: '2011-07-01' }),
    );
    expect(person(id)).toMatchObject({
      politicalStatus: 'full',
      probationaryDate: '2010-07-01',
      fullMemberDate: '2011-07-01',
    });
  });

  it('keeps the status and dates of someone with a development record to its steps, other fields still editable', () => {
    const id = m.createPerson(secretary, input({ name: '发展对象', politicalStatus: 'candidate' }));
    fb.addDevelopment(branch.id, id, [['application', '2024-01-01']]);
    const followsSteps = {
      message: '此人的政治面貌和入党、转正日期由发展党员记录决定，请在“发展党员”中记录相应步骤',
      fieldErrors: { politicalStatus: ['由发展党员记录决定，不能手工修改'] },
    };
    expect(refusal(() => m.updatePerson(secretary, editOf(id, { politicalStatus: 'probationary' })))).toEqual(
      followsSteps,
    );
    expect(refusal(() => m.updatePerson(secretary, editOf(id, { probationaryDate: '2026-01-01' })))).toEqual(
      followsSteps,
    );
    expect(refusal(() => m.updatePerson(secretary, editOf(id, { fullMemberDate: '2026-01-01' })))).toEqual(
      followsSteps,
    );
    expect(person(id)).toMatchObject({
      politicalStatus: 'candidate',
      probationaryDate: null,
      fullMemberDate: null,
      version: 1,
    });
    m.updatePerson(secretary, editOf(id, { unit: '新单位' }));
    expect(person(id)).toMatchObject({ unit: '新单位', politicalStatus: 'candidate', version: 2 });
  });
});
