/**
 * Party affairs notices: app/(app)/notices/actions.ts (notices.write; approval and publication: notices.approve;
 * a read receipt: notices.read for the branch's people, the reviewer has none).
 * Rows of the action table (tests/support/action-table.ts): who may call each action and a valid payload.
 */
import { type ActionTable, meetingWriters, secretaries, serial } from '@/tests/support/action-rows';
import * as m from '@/tests/support/meetings';
import * as rx from '@/tests/support/rectification';

export const noticeActions: ActionTable = {
  proposeNotice: {
    allowed: meetingWriters,
    payload: () => ({ title: `授权测试公开${serial()}`, category: '组织建设', content: '内容' }),
  },
  updateNotice: {
    allowed: meetingWriters,
    payload: (user) => {
      const notice = rx.insertNotice(user.branchId);
      return {
        id: notice.id,
        version: notice.version,
        title: `授权测试修改${serial()}`,
        category: '其他',
        content: '内容',
      };
    },
  },
  reviewNotice: {
    allowed: meetingWriters,
    payload: (user) => {
      const notice = rx.insertNotice(user.branchId);
      return { id: notice.id, version: notice.version, secrecyChecked: 'on', reviewNote: '' };
    },
  },
  approveNotice: {
    allowed: secretaries,
    payload: (user) => {
      const notice = rx.insertNotice(user.branchId, 'reviewed');
      return { id: notice.id, version: notice.version };
    },
  },
  publishNotice: {
    allowed: secretaries,
    payload: (user) => {
      const notice = rx.insertNotice(user.branchId, 'approved');
      return { id: notice.id, version: notice.version };
    },
  },
  withdrawNotice: {
    allowed: meetingWriters,
    payload: (user) => {
      const notice = rx.insertNotice(user.branchId);
      return { id: notice.id, version: notice.version };
    },
  },
  markNoticeRead: {
    allowed: ['shuji', 'zuzhi', 'dangyuan', 'caizheng'],
    payload: (user) => ({ id: rx.insertNotice(user.branchId, 'published').id }),
  },
  uploadNoticeFile: {
    allowed: meetingWriters,
    payload: (user) => ({
      noticeId: rx.insertNotice(user.branchId).id,
      file: m.pngFile(`授权测试附件${serial()}.png`),
    }),
  },
  removeNoticeFile: {
    allowed: meetingWriters,
    payload: (user) => ({ id: m.insertAttachment(user.branchId, rx.insertNotice(user.branchId).id, 'notices').id }),
  },
};
