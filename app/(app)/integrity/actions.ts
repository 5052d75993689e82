'use server';
import { redirect } from 'next/navigation';
import * as listDb from '@/db/mutations/integrity-list';
import { linkMeeting, unlinkMeeting } from '@/db/mutations/integrity-meetings';
import {
  copyListSchema,
  createAspectSchema,
  createItemSchema,
  linkMeetingSchema,
  moveSchema,
  renameAspectSchema,
  unlinkMeetingSchema,
  updateItemSchema,
} from '@/lib/integrity/validation';
import { versionedRef } from '@/lib/validation/fields';
import { defineAction } from '@/server/actions/define-action';

const integrityPage = ['/integrity'];

export const createIntegrityAspect = defineAction({
  permission: 'integrity.write',
  schema: createAspectSchema,
  revalidate: integrityPage,
  run(input, user) {
    listDb.createAspect(user, input);
  },
  success: '已添加方面',
});

export const renameIntegrityAspect = defineAction({
  permission: 'integrity.write',
  schema: renameAspectSchema,
  target: (input) => ({ entity: 'integrityAspects', id: input.id }),
  revalidate: integrityPage,
  run(input, user) {
    listDb.renameAspect(user, input);
  },
  success: '已保存',
});

export const moveIntegrityAspect = defineAction({
  permission: 'integrity.write',
  schema: moveSchema,
  target: (input) => ({ entity: 'integrityAspects', id: input.id }),
  revalidate: integrityPage,
  run(input, user) {
    listDb.moveAspect(user, input);
  },
  success: '已调整顺序',
});

export const removeIntegrityAspect = defineAction({
  permission: 'integrity.write',
  schema: versionedRef,
  target: (input) => ({ entity: 'integrityAspects', id: input.id }),
  revalidate: integrityPage,
  run(input, user) {
    listDb.removeAspect(user, input);
  },
  success: '已删除该方面及其内容',
});

export const createIntegrityItem = defineAction({
  permission: 'integrity.write',
  schema: createItemSchema,
  target: (input) => ({ entity: 'integrityAspects', id: input.aspectId }),
  revalidate: integrityPage,
  run(input, user) {
    listDb.createItem(user, input);
  },
  success: '已添加内容',
});

export const updateIntegrityItem = defineAction({
  permission: 'integrity.write',
  schema: updateItemSchema,
  target: (input) => ({ entity: 'integrityItems', id: input.id }),
  revalidate: integrityPage,
  run(input, user) {
    listDb.updateItem(user, input);
  },
  success: '已保存',
});

export const moveIntegrityItem = defineAction({
  permission: 'integrity.write',
  schema: moveSchema,
  target: (input) => ({ entity: 'integrityItems', id: input.id }),
  revalidate: integrityPage,
  run(input, user) {
    listDb.moveItem(user, input);
  },
  success: '已调整顺序',
});

export const removeIntegrityItem = defineAction({
  permission: 'integrity.write',
  schema: versionedRef,
  target: (input) => ({ entity: 'integrityItems', id: input.id }),
  revalidate: integrityPage,
  run(input, user) {
    listDb.removeItem(user, input);
  },
  success: '已删除',
});

export const copyPreviousIntegrityList = defineAction({
  permission: 'integrity.write',
  schema: copyListSchema,
  revalidate: integrityPage,
  run(input, user) {
    listDb.copyPreviousYearList(user, input.year);
    // The copy button goes away with the empty list: the page says what was copied.
    redirect('/integrity?copied=1');
  },
  success: '已复制上年清单',
});

export const linkIntegrityMeeting = defineAction({
  permission: 'integrity.write',
  schema: linkMeetingSchema,
  target: (input) => ({ entity: 'meetings', id: input.meetingId }),
  revalidate: integrityPage,
  run(input, user) {
    linkMeeting(user, input.meetingId);
  },
  success: '已关联专题会议',
});

export const unlinkIntegrityMeeting = defineAction({
  permission: 'integrity.write',
  schema: unlinkMeetingSchema,
  target: (input) => ({ entity: 'integrityMeetings', id: input.id }),
  revalidate: integrityPage,
  run(input, user) {
    unlinkMeeting(user, input.id);
  },
  success: '已取消关联（会议记录本身不变）',
});
