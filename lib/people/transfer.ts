import { optionalRecordId, optionalText, recordId, requiredPastDate, version } from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';

/** Who has an organisational relationship to transfer: party members, full and probationary. */
const transferable: readonly string[] = ['full', 'probationary'];
export const mayTransfer = (politicalStatus: string) => transferable.includes(politicalStatus);

/**
 * 组织关系转接: a member moves out on a day, to another branch here (its id) or to an organisation
 * outside the app (its name, as the introduction letter gives it) — one of the two.
 */
export const transferPersonSchema = z
  .object({
    id: recordId,
    version,
    leftOn: requiredPastDate('转出日期'),
    toBranchId: optionalRecordId,
    toOrganisation: optionalText('接收党组织', 60),
  })
  .superRefine((input, ctx) => {
    if ((input.toBranchId === null) === (input.toOrganisation === null))
      ctx.addIssue({
        code: 'custom',
        path: ['toBranchId'],
        message: '请选择转入的支部，或填写系统外的接收党组织（二者选一）',
      });
  });

export type TransferPersonInput = z.infer<typeof transferPersonSchema>;
