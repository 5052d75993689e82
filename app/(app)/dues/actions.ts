'use server';
import { redirect } from 'next/navigation';
import * as duesDb from '@/db/mutations/dues';
import { importBases } from '@/db/mutations/dues-import';
import { draftDuesNotice } from '@/db/mutations/dues-notice';
import { readBasesWorkbook } from '@/lib/dues/bases-xlsx';
import {
  baseFields,
  handoverFields,
  importBasesSchema,
  noticeDraftSchema,
  paymentFields,
  reliefFields,
  removeSchema,
} from '@/lib/dues/validation';
import { ActionError } from '@/lib/errors';
import { formatYuan } from '@/lib/money';
import { RosterImportError } from '@/lib/roster/problems';
import { xlsxProblem } from '@/lib/roster/validation';
import { defineAction } from '@/server/actions/define-action';

/** The ledger, a member's own page and the dashboard's warnings all read the dues. */
const duesPages = [{ layout: '/dues' }, '/'];

export const setDuesBase = defineAction({
  permission: 'dues.write',
  schema: baseFields,
  target: (input) => ({ entity: 'people', id: input.personId }),
  revalidate: duesPages,
  run: (input, user) => duesDb.setBase(user, input),
  success: '党费基数已核定',
});

export const createDuesRelief = defineAction({
  permission: 'dues.write',
  schema: reliefFields,
  target: (input) => ({ entity: 'people', id: input.personId }),
  revalidate: duesPages,
  run: (input, user) => duesDb.createRelief(user, input),
  success: '少交、免交记录已保存',
});

export const recordDuesPayments = defineAction({
  permission: 'dues.write',
  schema: paymentFields,
  revalidate: duesPages,
  run: (input, user) => duesDb.recordPayments(user, input),
  success: ({ count, totalFen }) => `已登记 ${count} 名党员交纳党费，共 ${formatYuan(totalFen)}`,
});

export const recordDuesHandover = defineAction({
  permission: 'dues.write',
  schema: handoverFields,
  revalidate: duesPages,
  run: (input, user) => duesDb.recordHandover(user, input),
  success: '上缴记录已保存',
});

export const removeDuesBase = defineAction({
  permission: 'dues.write',
  schema: removeSchema,
  target: (input) => ({ entity: 'duesBases', id: input.id }),
  revalidate: duesPages,
  run: (input, user) => duesDb.removeDuesRecord(user, 'base', input),
  success: '党费基数记录已删除',
});

export const removeDuesRelief = defineAction({
  permission: 'dues.write',
  schema: removeSchema,
  target: (input) => ({ entity: 'duesReliefs', id: input.id }),
  revalidate: duesPages,
  run: (input, user) => duesDb.removeDuesRecord(user, 'relief', input),
  success: '少交、免交记录已删除',
});

export const removeDuesPayment = defineAction({
  permission: 'dues.write',
  schema: removeSchema,
  target: (input) => ({ entity: 'duesPayments', id: input.id }),
  revalidate: duesPages,
  run: (input, user) => duesDb.removeDuesRecord(user, 'payment', input),
  success: '交纳记录已删除',
});

export const removeDuesHandover = defineAction({
  permission: 'dues.write',
  schema: removeSchema,
  target: (input) => ({ entity: 'duesHandovers', id: input.id }),
  revalidate: duesPages,
  run: (input, user) => duesDb.removeDuesRecord(user, 'handover', input),
  success: '上缴记录已删除',
});

export const importDuesBases = defineAction({
  permission: 'dues.write',
  schema: importBasesSchema,
  revalidate: duesPages,
  async run({ file, ...input }, user) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const notXlsx = xlsxProblem(bytes);
    if (notXlsx) throw new ActionError(notXlsx, { file: [notXlsx] });
    const { rows, problems } = await readBasesWorkbook(bytes);
    if (problems.length) throw new RosterImportError(problems);
    return importBases(user, { ...input, rows });
  },
  success: ({ lines }) =>
    `导入完成：核定 ${lines.length} 名党员的党费基数${lines.some((l) => l.replaced) ? '，其中部分替换了同月原有核定' : ''}`,
});

export const draftDuesPublicNotice = defineAction({
  permission: 'dues.write',
  schema: noticeDraftSchema,
  revalidate: [{ layout: '/notices' }],
  // The committee goes on to the draft, to read it through and send it into review.
  run(input, user) {
    redirect(`/notices/${draftDuesNotice(user, input)}`);
  },
  success: '公示草稿已生成',
});
