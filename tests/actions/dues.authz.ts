/**
 * 党费: app/(app)/dues/actions.ts (dues.write).
 * Rows of the action table (tests/support/action-table.ts): who may call each action and a valid payload.
 */
import ExcelJS from 'exceljs';
import { basesSheetName } from '@/lib/dues/bases-import';
import { basesTemplateXlsx } from '@/lib/dues/bases-xlsx';
import { type ActionTable, financeId, meetingWriters, statisticsId } from '@/tests/support/action-rows';
import * as d from '@/tests/support/dues';

/** A payroll sheet naming one member of each demo branch (importing it again replaces the same month's base). */
async function basesWorkbook(branchId: number) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await basesTemplateXlsx()) as unknown as ExcelJS.Buffer);
  workbook.getWorksheet(basesSheetName)!.addRow([d.insertMember(branchId).name, null, '在职', 5200]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
const workbooks = new Map([
  [statisticsId, await basesWorkbook(statisticsId)],
  [financeId, await basesWorkbook(financeId)],
]);

const removal = (row: { id: number; version: number }) => ({ id: row.id, version: row.version, reason: '录入有误' });

export const duesActions: ActionTable = {
  setDuesBase: {
    allowed: meetingWriters,
    payload: (user) => ({
      personId: d.insertMember(user.branchId).id,
      category: 'in_service',
      base: '4500.00',
      fixed: '',
      effectiveMonth: '2026-01',
      assessedOn: '2026-01-06',
      reason: '',
    }),
  },
  createDuesRelief: {
    allowed: meetingWriters,
    payload: (user) => ({
      personId: d.insertAssessedMember(user.branchId).id,
      kind: 'reduced',
      monthly: '1.00',
      fromMonth: '2026-03',
      untilMonth: '2026-12',
      reason: '家庭遭遇重大变故',
      decidedOn: '2026-02-20',
      approvedBy: '旗直属机关党工委',
    }),
  },
  recordDuesPayments: {
    allowed: meetingWriters,
    // Without an amount each member pays what the months are due (amounts are tested in dues.test.ts).
    payload: (user) => ({
      personIds: [String(d.insertAssessedMember(user.branchId).id)],
      fromMonth: '2026-01',
      toMonth: '2026-03',
      paidOn: '2026-03-05',
      method: 'wechat',
      receiptNo: 'DF-2026-001',
      reason: '',
    }),
  },
  recordDuesHandover: {
    allowed: meetingWriters,
    payload: () => ({
      fromMonth: '2026-01',
      toMonth: '2026-03',
      handedOn: '2026-04-08',
      amount: '360.00',
      recipient: '旗直属机关党工委',
      receiptNo: '',
      note: '',
    }),
  },
  importDuesBases: {
    allowed: meetingWriters,
    payload: (user) => ({
      effectiveMonth: '2026-02',
      assessedOn: '2026-02-03',
      reason: '',
      file: new File([workbooks.get(user.branchId) ?? new Uint8Array()], '工资表.xlsx'),
    }),
    audits: 'batch',
  },
  draftDuesPublicNotice: {
    allowed: meetingWriters,
    payload: () => ({ fromMonth: '2026-07', toMonth: '2026-09' }),
  },
  removeDuesBase: {
    allowed: meetingWriters,
    payload: (user) => removal(d.insertBase(user.branchId, d.insertMember(user.branchId).id)),
  },
  removeDuesRelief: {
    allowed: meetingWriters,
    payload: (user) => removal(d.insertRelief(user.branchId, d.insertAssessedMember(user.branchId).id)),
  },
  removeDuesPayment: {
    allowed: meetingWriters,
    payload: (user) => removal(d.insertPayment(user.branchId, d.insertAssessedMember(user.branchId).id)),
  },
  removeDuesHandover: {
    allowed: meetingWriters,
    payload: (user) => removal(d.insertHandover(user.branchId)),
  },
};
