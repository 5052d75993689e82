'use server';
import { redirect } from 'next/navigation';
import { addAttachment, removeAttachment } from '@/db/mutations/attachments';
import * as lettersDb from '@/db/mutations/commitment-letters';
import { attachmentRefSchema } from '@/lib/attachments/validation';
import { commitmentLetterEntity } from '@/lib/integrity/model';
import { createLetterSchema, letterScanSchema, updateLetterSchema } from '@/lib/integrity/validation';
import { versionedRef } from '@/lib/validation/fields';
import { defineAction } from '@/server/actions/define-action';

const integrityPage = ['/integrity'];

export const createCommitmentLetter = defineAction({
  permission: 'integrity.write',
  schema: createLetterSchema,
  revalidate: integrityPage,
  run(input, user) {
    lettersDb.createLetter(user, input);
  },
  success: '承诺书已登记',
});

export const updateCommitmentLetter = defineAction({
  permission: 'integrity.write',
  schema: updateLetterSchema,
  target: (input) => ({ entity: 'commitmentLetters', id: input.id }),
  revalidate: (input) => [...integrityPage, `/integrity/letters/${input.id}`],
  run(input, user) {
    lettersDb.updateLetter(user, input);
  },
  success: '承诺书已保存',
});

export const removeCommitmentLetter = defineAction({
  permission: 'integrity.write',
  schema: versionedRef,
  target: (input) => ({ entity: 'commitmentLetters', id: input.id }),
  revalidate: integrityPage,
  run(input, user) {
    lettersDb.removeLetter(user, input);
    redirect('/integrity?removed=letter#letters');
  },
  success: '承诺书已删除',
});

export const uploadCommitmentLetterScan = defineAction({
  permission: 'integrity.write',
  schema: letterScanSchema,
  target: (input) => ({ entity: 'commitmentLetters', id: input.letterId }),
  revalidate: (input) => [...integrityPage, `/integrity/letters/${input.letterId}`],
  async run(input, user) {
    await addAttachment(user, commitmentLetterEntity, input.letterId, input.file);
  },
  success: '扫描件已上传',
});

export const removeCommitmentLetterScan = defineAction({
  permission: 'integrity.write',
  schema: attachmentRefSchema,
  target: (input) => ({ entity: 'attachments', id: input.id }),
  revalidate: integrityPage,
  run(input, user) {
    removeAttachment(user, commitmentLetterEntity, input.id);
  },
  success: '扫描件已删除',
});
