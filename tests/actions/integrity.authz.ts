/**
 * Clean government: app/(app)/integrity/actions.ts (the list and its meetings) and its letters/.
 * Rows of the action table (tests/support/action-table.ts): who may call each action and a valid payload.
 */
import { type ActionTable, meetingWriters, serial } from '@/tests/support/action-rows';
import * as ig from '@/tests/support/integrity';
import * as m from '@/tests/support/meetings';

export const integrityActions: ActionTable = {
  // app/(app)/integrity/actions.ts — integrity.write
  createIntegrityAspect: {
    allowed: meetingWriters,
    payload: () => ({ year: 2025, title: `授权测试方面${serial()}` }),
  },
  renameIntegrityAspect: {
    allowed: meetingWriters,
    payload: (user) => {
      const aspect = ig.insertAspect(user.branchId);
      return { id: aspect.id, version: aspect.version, title: `授权测试改名${serial()}` };
    },
  },
  moveIntegrityAspect: {
    allowed: meetingWriters,
    payload: (user) => {
      ig.insertAspect(user.branchId, 2021);
      const second = ig.insertAspect(user.branchId, 2021);
      return { id: second.id, version: second.version, direction: 'up' };
    },
  },
  removeIntegrityAspect: {
    allowed: meetingWriters,
    payload: (user) => {
      const aspect = ig.insertAspect(user.branchId);
      return { id: aspect.id, version: aspect.version };
    },
  },
  createIntegrityItem: {
    allowed: meetingWriters,
    payload: (user) => ({
      aspectId: ig.insertAspect(user.branchId).id,
      content: `授权测试内容${serial()}`,
      responsible: '纪检委员',
    }),
  },
  updateIntegrityItem: {
    allowed: meetingWriters,
    payload: (user) => {
      const item = ig.insertItem(user.branchId);
      return { id: item.id, version: item.version, content: `授权测试修改${serial()}`, responsible: '书记' };
    },
  },
  moveIntegrityItem: {
    allowed: meetingWriters,
    payload: (user) => {
      const first = ig.insertItem(user.branchId);
      const second = ig.insertItem(user.branchId, first.aspectId);
      return { id: second.id, version: second.version, direction: 'up' };
    },
  },
  removeIntegrityItem: {
    allowed: meetingWriters,
    payload: (user) => {
      const item = ig.insertItem(user.branchId);
      return { id: item.id, version: item.version };
    },
  },
  copyPreviousIntegrityList: {
    allowed: meetingWriters,
    payload: (user) => ({ year: ig.yearToCopyInto(user.branchId) }),
    audits: 'batch',
  },
  linkIntegrityMeeting: {
    allowed: meetingWriters,
    payload: (user) => ({
      meetingId: m.insertMeeting(user.branchId, {
        status: 'held',
        date: '2025-05-05',
        topic: `授权测试廉政会${serial()}`,
      }).id,
    }),
  },
  unlinkIntegrityMeeting: {
    allowed: meetingWriters,
    payload: (user) => ({ id: ig.insertLinkedMeeting(user.branchId).id }),
  },
  // app/(app)/integrity/letters/actions.ts — integrity.write
  createCommitmentLetter: {
    allowed: meetingWriters,
    payload: () => ({
      date: '2025-03-04',
      title: '党风廉政建设责任承诺书',
      signer: '书记',
      counterpartKind: '股室',
      counterpart: `授权测试股室${serial()}`,
    }),
  },
  updateCommitmentLetter: {
    allowed: meetingWriters,
    payload: (user) => {
      const letter = ig.insertLetter(user.branchId);
      return { ...letter, counterpart: `授权测试修改${serial()}` };
    },
  },
  removeCommitmentLetter: {
    allowed: meetingWriters,
    payload: (user) => {
      const letter = ig.insertLetter(user.branchId);
      return { id: letter.id, version: letter.version };
    },
  },
  uploadCommitmentLetterScan: {
    allowed: meetingWriters,
    payload: (user) => ({
      letterId: ig.insertLetter(user.branchId).id,
      file: m.pngFile(`授权测试承诺书${serial()}.png`),
    }),
  },
  removeCommitmentLetterScan: {
    allowed: meetingWriters,
    payload: (user) => ({
      id: m.insertAttachment(user.branchId, ig.insertLetter(user.branchId).id, 'commitment_letters').id,
    }),
  },
};
