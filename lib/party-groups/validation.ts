import { idList, recordId, requiredText, version } from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';

const groupName = requiredText('党小组名称', 20);

export const newGroupSchema = z.object({ name: groupName });

export const renameGroupSchema = z.object({ id: recordId, version, name: groupName });

export const archiveGroupSchema = z.object({ id: recordId, version });

export const mergeGroupSchema = z
  .object({ id: recordId, version, intoId: recordId })
  .refine((input) => input.id !== input.intoId, { message: '不能并入本小组自身', path: ['intoId'] });

/** The people who make up the group from now on: the checked ones move in, the unchecked ones leave it. */
export const groupMembersSchema = z.object({ id: recordId, version, personIds: idList('小组成员') });
