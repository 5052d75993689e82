'use server';
import { setBranchKind as setBranchKindInDb } from '@/db/mutations/branch-kind';
import {
  completeSetup as completeSetupInDb,
  setNoticeFourEyes as setNoticeFourEyesInDb,
  setRecordsFrom as setRecordsFromInDb,
} from '@/db/mutations/branch-settings';
import {
  archiveGroup as archiveGroupInDb,
  createGroup as createGroupInDb,
  mergeGroup as mergeGroupInDb,
  renameGroup as renameGroupInDb,
  setGroupMembers as setGroupMembersInDb,
} from '@/db/mutations/party-groups';
import { branchKindSchema } from '@/lib/branches/validation';
import {
  archiveGroupSchema,
  groupMembersSchema,
  mergeGroupSchema,
  newGroupSchema,
  renameGroupSchema,
} from '@/lib/party-groups/validation';
import { completeSetupSchema, noticeFourEyesSchema, recordsFromSchema } from '@/lib/settings/validation';
import { defineAction } from '@/server/actions/define-action';

// Groups appear on the roster, the meeting forms, the compliance calendar and the dashboard.
const everyPage = [{ layout: '/' }];

export const createGroup = defineAction({
  permission: 'branch.settings',
  schema: newGroupSchema,
  revalidate: everyPage,
  run(input, user) {
    createGroupInDb(user, input);
  },
  success: '党小组已设立',
});

export const renameGroup = defineAction({
  permission: 'branch.settings',
  schema: renameGroupSchema,
  target: (input) => ({ entity: 'partyGroups', id: input.id }),
  revalidate: everyPage,
  run(input, user) {
    renameGroupInDb(user, input);
  },
  success: '名称已修改',
});

export const setGroupMembers = defineAction({
  permission: 'branch.settings',
  schema: groupMembersSchema,
  target: (input) => ({ entity: 'partyGroups', id: input.id }),
  revalidate: everyPage,
  run(input, user) {
    const moved = setGroupMembersInDb(user, input);
    return moved;
  },
  success: ({ joined, left }) => (joined || left ? `已调整：调入${joined}人，调出${left}人` : '成员没有变化'),
});

export const mergeGroup = defineAction({
  permission: 'branch.settings',
  schema: mergeGroupSchema,
  target: (input) => ({ entity: 'partyGroups', id: input.id }),
  revalidate: everyPage,
  run(input, user) {
    const moved = mergeGroupInDb(user, input);
    return moved;
  },
  success: (moved) => `已合并，${moved}名成员调入目标小组`,
});

export const archiveGroup = defineAction({
  permission: 'branch.settings',
  schema: archiveGroupSchema,
  target: (input) => ({ entity: 'partyGroups', id: input.id }),
  revalidate: everyPage,
  run(input, user) {
    archiveGroupInDb(user, input);
  },
  success: '党小组已撤销',
});

export const setRecordsFrom = defineAction({
  permission: 'branch.settings',
  schema: recordsFromSchema,
  revalidate: everyPage,
  run(input, user) {
    setRecordsFromInDb(user, input);
  },
  success: '开始使用日期已保存',
});

export const setNoticeFourEyes = defineAction({
  permission: 'branch.settings',
  schema: noticeFourEyesSchema,
  revalidate: ['/settings', { layout: '/notices' }],
  run(input, user) {
    setNoticeFourEyesInDb(user, input);
  },
  success: '党务公开审核规则已保存',
});

export const completeSetup = defineAction({
  permission: 'branch.settings',
  schema: completeSetupSchema,
  revalidate: ['/'],
  run(input, user) {
    completeSetupInDb(user, input);
  },
  success: '上线准备已完成，首页将显示组织生活提醒',
});

export const setBranchKind = defineAction({
  permission: 'branch.settings',
  schema: branchKindSchema,
  // The kind chooses the report's first draft; nothing already recorded changes.
  revalidate: ['/settings', { layout: '/report' }],
  run(input, user) {
    setBranchKindInDb(user, input);
  },
  success: '单位类别已保存',
});
