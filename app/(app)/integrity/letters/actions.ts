'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { addAttachment, removeAttachment } from '@/db/mutations/attachments';
import * as lettersDb from '@/db/mutations/commitment-letters';
import { attachmentRefSchema } from '@/lib/attachments/validation';
import { commitmentLetterEntity } from '@/lib/integrity/model';
import { createLetterSchema, letterScanSchema, updateLetterSchema } from '@/lib/integrity/validation';
import { versionedRef } from '@/lib/validation/fields';
import { defineAction } from '@/server/actions/define-action';

const refresh = (id?: number) => {
  revalidatePath('/integrity');
  if (id) revalidatePath(`/integrity/letters/${id}`);
};

export const createCommitmentLetter = defineAction({
  permission: 'integrity.write',
  schema: createLetterSchema,
  run(input, user) {
    lettersDb.createLetter(user, input);
    refresh();
  },
  success: '承诺书已登记',
});

export const updateCommitmentLetter = defineAction({
  permission: 'integrity.write',
  schema: updateLetterSchema,
  target: (input) => ({ entity: 'commitmentLetters', id: input.id }),
  run(input, user) {
    lettersDb.updateLetter(user, input);
    refresh(input.id);
  },
  success: '承诺书已保存',
});

export const removeCommitmentLetter = defineAction({
  permission: 'integrity.write',
  schema: versionedRef,
  target: (input) => ({ entity: 'commitmentLetters', id: input.id }),
  run(input, user) {
    lettersDb.removeLetter(user, input);
    refresh();
    redirect('/integrity?removed=letter#letters');
  },
  success: '承诺书已删除',
});

export const uploadCommitmentLetterScan = defineAction({
  permission: 'integrity.write',
  schema: letterScanSchema,
  target: (input) => ({ entity: 'commitmentLetters', id: input.letterId }),
  async run(input, user) {
    await addAttachment(user, commitmentLetterEntity, input.letterId, input.file);
    refresh(input.letterId);
  },
  success: '扫描件已上传',
});

export const removeCommitmentLetterScan = defineAction({
  permission: 'integrity.write',
  schema: attachmentRefSchema,
  target: (input) => ({ entity: 'attachments', id: input.id }),
  run(input, user) {
    removeAttachment(user, commitmentLetterEntity, input.id);
    refresh();
  },
  success: '扫描件已删除',
});
