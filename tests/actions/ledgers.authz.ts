/**
 * Branch-defined ledgers: app/(app)/ledgers/actions.ts (ledgers.write).
 * Rows of the action table (tests/support/action-table.ts): who may call each action and a valid payload.
 */
import { ledgerXlsx } from '@/lib/ledgers/ledger-xlsx';
import { type ActionTable, meetingWriters, serial, targetsFor } from '@/tests/support/action-rows';
import * as l from '@/tests/support/ledgers';
import * as m from '@/tests/support/meetings';

// One row for a ledger of the full shape (importing it again into the same ledger adds nothing).
const workbook = new Uint8Array(
  await ledgerXlsx({
    title: '授权测试台账',
    shape: l.fullShape,
    entries: [
      {
        date: '2025-04-01',
        title: '授权测试导入',
        tags: ['甲'],
        level: 'county',
        people: [],
        quantity: 2,
        amountFen: 1050,
        note: null,
      },
    ],
  }),
);

const entryFields = (user: Parameters<typeof targetsFor>[0]) => ({
  date: '2025-05-05',
  title: `授权测试记录${serial()}`,
  quantity: '3',
  amount: '12.50',
  level: 'county',
  tags: ['甲'],
  personIds: [targetsFor(user).person.id],
  note: '',
});

export const ledgerActions: ActionTable = {
  switchOnLedgerTemplate: {
    allowed: meetingWriters,
    payload: (user) => {
      l.freeTemplate(user.branchId, 'honours');
      return { template: 'honours' };
    },
  },
  createLedger: {
    allowed: meetingWriters,
    payload: () => ({
      name: `授权测试台账${serial()}`,
      unit: '项',
      description: '',
      quantityUnit: '',
      hasAmount: 'on',
      hasPeople: 'on',
      tags: '甲\n乙',
    }),
  },
  updateLedger: {
    allowed: meetingWriters,
    payload: (user) => {
      const ledger = l.insertLedger(user.branchId);
      return {
        id: ledger.id,
        version: ledger.version,
        name: `授权测试改名${serial()}`,
        unit: '次',
        description: '说明',
        quantityUnit: '户',
        hasAmount: 'on',
        hasPeople: 'on',
        hasLevel: 'on',
        hasAttachments: 'on',
        tags: '甲\n乙\n丙\n丁',
      };
    },
  },
  setLedgerArchived: {
    allowed: meetingWriters,
    payload: (user) => {
      const ledger = l.insertLedger(user.branchId);
      return { id: ledger.id, version: ledger.version, archived: 'true' };
    },
  },
  createLedgerEntry: {
    allowed: meetingWriters,
    payload: (user) => ({ ledgerId: l.insertLedger(user.branchId).id, ...entryFields(user) }),
  },
  updateLedgerEntry: {
    allowed: meetingWriters,
    payload: (user) => {
      const entry = l.insertEntry(user.branchId);
      return { id: entry.id, version: entry.version, ...entryFields(user) };
    },
  },
  removeLedgerEntry: {
    allowed: meetingWriters,
    payload: (user) => {
      const entry = l.insertEntry(user.branchId);
      return { id: entry.id, version: entry.version };
    },
  },
  uploadLedgerEntryAttachment: {
    allowed: meetingWriters,
    payload: (user) => ({ entryId: l.insertEntry(user.branchId).id, file: m.pngFile(`授权测试${serial()}.png`) }),
  },
  removeLedgerEntryAttachment: {
    allowed: meetingWriters,
    payload: (user) => ({
      id: m.insertAttachment(user.branchId, l.insertEntry(user.branchId).id, 'ledger_entries').id,
    }),
  },
  importLedgerEntries: {
    allowed: meetingWriters,
    payload: (user) => ({ ledgerId: l.insertLedger(user.branchId).id, file: new File([workbook], '台账.xlsx') }),
    audits: 'batch',
  },
};
