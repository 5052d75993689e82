/**
 * Rectification: app/(app)/rectification/actions.ts (rectification.write; evidence: rectification.evidence, a
 * member on their own items; reopening: rectification.reopen).
 * Rows of the action table (tests/support/action-table.ts): who may call each action and a valid payload.
 */
import { type ActionTable, meetingWriters, secretaries, serial, targetsFor } from '@/tests/support/action-rows';
import * as m from '@/tests/support/meetings';
import * as rx from '@/tests/support/rectification';

export const rectificationActions: ActionTable = {
  createRectification: {
    allowed: meetingWriters,
    payload: (user) => rx.itemPayload(targetsFor(user).person.id, { problem: `授权测试问题${serial()}` }),
  },
  updateRectification: {
    allowed: meetingWriters,
    payload: (user) => {
      const { person } = targetsFor(user);
      const item = rx.insertItem(user.branchId, person.id);
      return {
        ...rx.itemPayload(person.id, { problem: `授权测试修改${serial()}` }),
        id: item.id,
        version: item.version,
      };
    },
  },
  submitRectificationEvidence: {
    allowed: [...meetingWriters, 'dangyuan'],
    payload: (user) => {
      const item = rx.insertItem(user.branchId, user.personId ?? targetsFor(user).person.id);
      return { id: item.id, version: item.version, evidence: '已按措施整改', complete: 'on' };
    },
  },
  checkOffRectification: {
    allowed: meetingWriters,
    payload: (user) => {
      const item = rx.insertCompletedItem(user.branchId, targetsFor(user).person.id);
      return { id: item.id, version: item.version };
    },
  },
  reopenRectification: {
    allowed: secretaries,
    payload: (user) => {
      const item = rx.insertCompletedItem(user.branchId, targetsFor(user).person.id);
      return { id: item.id, version: item.version, reason: '佐证材料不完整' };
    },
  },
  uploadRectificationEvidence: {
    allowed: [...meetingWriters, 'dangyuan'],
    payload: (user) => ({
      itemId: rx.insertItem(user.branchId, user.personId ?? targetsFor(user).person.id).id,
      file: m.pngFile(`授权测试佐证${serial()}.png`),
    }),
  },
  removeRectificationEvidence: {
    allowed: [...meetingWriters, 'dangyuan'],
    payload: (user) => {
      const item = rx.insertItem(user.branchId, user.personId ?? targetsFor(user).person.id);
      return { id: m.insertAttachment(user.branchId, item.id, 'rectification_items').id };
    },
  },
};
