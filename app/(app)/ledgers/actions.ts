'use server';
import { addAttachment, removeAttachment } from '@/db/mutations/attachments';
import { importLedgerEntries as importEntriesInDb } from '@/db/mutations/ledger-import';
import * as ledgersDb from '@/db/mutations/ledgers';
import { getLedger, ledgerOfEntry } from '@/db/queries/ledgers';
import { listPeopleForPicker } from '@/db/queries/people';
import { attachmentRefSchema } from '@/lib/attachments/validation';
import { ActionError, notFoundMessage } from '@/lib/errors';
import { ledgerEntryEntity } from '@/lib/ledgers/model';
import { readLedgerEntries } from '@/lib/ledgers/read-entries';
import {
  archiveLedgerSchema,
  createEntrySchema,
  createLedgerSchema,
  entryAttachmentSchema,
  importEntriesSchema,
  switchOnTemplateSchema,
  updateEntrySchema,
  updateLedgerSchema,
} from '@/lib/ledgers/validation';
import { RosterImportError } from '@/lib/roster/problems';
import { xlsxProblem } from '@/lib/roster/validation';
import { versionedRef } from '@/lib/validation/fields';
import { defineAction } from '@/server/actions/define-action';

/** The list and every ledger's page. */
const ledgerPages = [{ layout: '/ledgers' }];

export const switchOnLedgerTemplate = defineAction({
  permission: 'ledgers.write',
  schema: switchOnTemplateSchema,
  revalidate: ledgerPages,
  run(input, user) {
    ledgersDb.switchOnTemplate(user, input.template);
  },
  success: '台账已启用',
});

export const createLedger = defineAction({
  permission: 'ledgers.write',
  schema: createLedgerSchema,
  revalidate: ledgerPages,
  run(input, user) {
    return ledgersDb.createLedger(user, input);
  },
  success: '台账已建立',
});

export const updateLedger = defineAction({
  permission: 'ledgers.write',
  schema: updateLedgerSchema,
  target: (input) => ({ entity: 'ledgers', id: input.id }),
  revalidate: ledgerPages,
  run(input, user) {
    ledgersDb.updateLedger(user, input);
  },
  success: '台账设置已保存',
});

export const setLedgerArchived = defineAction({
  permission: 'ledgers.write',
  schema: archiveLedgerSchema,
  target: (input) => ({ entity: 'ledgers', id: input.id }),
  revalidate: ledgerPages,
  run(input, user) {
    ledgersDb.setLedgerArchived(user, input);
    return input.archived;
  },
  success: (archived) => (archived ? '台账已停用：不再登记新记录，已有记录保留' : '台账已启用'),
});

export const createLedgerEntry = defineAction({
  permission: 'ledgers.write',
  schema: createEntrySchema,
  target: (input) => ({ entity: 'ledgers', id: input.ledgerId }),
  revalidate: ledgerPages,
  run(input, user) {
    ledgersDb.createEntry(user, input);
  },
  success: '记录已登记',
});

export const updateLedgerEntry = defineAction({
  permission: 'ledgers.write',
  schema: updateEntrySchema,
  target: (input) => ({ entity: 'ledgerEntries', id: input.id }),
  revalidate: ledgerPages,
  run(input, user) {
    ledgersDb.updateEntry(user, input);
  },
  success: '记录已保存',
});

export const removeLedgerEntry = defineAction({
  permission: 'ledgers.write',
  schema: versionedRef,
  target: (input) => ({ entity: 'ledgerEntries', id: input.id }),
  revalidate: ledgerPages,
  run(input, user) {
    ledgersDb.removeEntry(user, input);
  },
  success: '记录已删除（保留在审计记录中）',
});

export const uploadLedgerEntryAttachment = defineAction({
  permission: 'ledgers.write',
  schema: entryAttachmentSchema,
  target: (input) => ({ entity: 'ledgerEntries', id: input.entryId }),
  revalidate: ledgerPages,
  async run(input, user) {
    const ledger = ledgerOfEntry(user, input.entryId);
    if (!ledger) throw new ActionError(notFoundMessage);
    if (ledger.archivedAt) throw new ActionError(`台账「${ledger.name}」已停用，请先启用`);
    if (!ledger.hasAttachments) throw new ActionError('本台账不登记附件', { file: ['本台账不登记附件'] });
    await addAttachment(user, ledgerEntryEntity, input.entryId, input.file);
  },
  success: '附件已上传',
});

export const removeLedgerEntryAttachment = defineAction({
  permission: 'ledgers.write',
  schema: attachmentRefSchema,
  target: (input) => ({ entity: 'attachments', id: input.id }),
  revalidate: ledgerPages,
  run(input, user) {
    removeAttachment(user, ledgerEntryEntity, input.id);
  },
  success: '附件已删除',
});

/**
 * Adds a ledger's entries from an .xlsx workbook in its export's columns: the whole file or nothing. A
 * refused file comes back with every problem, located by row and column (see lib/roster/problems.ts).
 */
export const importLedgerEntries = defineAction({
  permission: 'ledgers.write',
  schema: importEntriesSchema,
  target: (input) => ({ entity: 'ledgers', id: input.ledgerId }),
  revalidate: ledgerPages,
  async run(input, user) {
    const ledger = getLedger(user, input.ledgerId);
    if (!ledger) throw new ActionError(notFoundMessage);
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const notXlsx = xlsxProblem(bytes);
    if (notXlsx) throw new ActionError(notXlsx, { file: [notXlsx] });
    const { entries, problems } = await readLedgerEntries(bytes, ledger, listPeopleForPicker(user));
    if (problems.length) throw new RosterImportError(problems);
    return importEntriesInDb(
      user,
      ledger.id,
      entries.map(({ row: _, ...entry }) => entry),
    );
  },
  success: ({ created, skipped }) =>
    `导入完成：新增 ${created} 条记录${skipped ? `，${skipped} 条已在台账中（日期和名称相同），未重复导入` : ''}`,
});
