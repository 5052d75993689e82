import { describe, expect, it } from 'vitest';
import type { LedgerShape } from '@/lib/ledgers/model';
import { entryShapeProblems, ledgerTotals, shapeChangeProblems } from '@/lib/ledgers/rules';

const shape: LedgerShape = {
  unit: '项',
  quantityUnit: '平方米',
  hasAmount: true,
  hasPeople: true,
  hasLevel: true,
  tags: ['党员活动室', '宣传栏'],
  hasAttachments: true,
};

const entry = { quantity: 12, amount: 1000, level: 'county', tags: ['宣传栏'], personIds: [3] };

describe('entryShapeProblems', () => {
  it('accepts what the ledger keeps', () => {
    expect(entryShapeProblems(shape, entry)).toEqual([]);
  });

  it('refuses a tag the ledger does not have, naming the tags it has', () => {
    expect(entryShapeProblems(shape, { ...entry, tags: ['宣传栏', '文化长廊'] })).toEqual([
      { field: 'tags', message: '「文化长廊」不是本台账的标签，请从党员活动室、宣传栏中选择' },
    ]);
  });

  it('refuses each value the ledger does not record', () => {
    const bare: LedgerShape = { ...shape, quantityUnit: null, hasAmount: false, hasPeople: false, hasLevel: false };
    expect(entryShapeProblems(bare, entry).map((p) => p.field)).toEqual(['quantity', 'amount', 'level', 'personIds']);
    expect(entryShapeProblems(bare, { quantity: null, amount: null, level: null, tags: [], personIds: [] })).toEqual(
      [],
    );
  });
});

describe('shapeChangeProblems', () => {
  const usage = {
    quantity: 2,
    amount: 0,
    level: 1,
    people: 0,
    attachments: 0,
    tags: new Map([
      ['党员活动室', 3],
      ['宣传栏', 0],
    ]),
  };

  it('refuses removing a tag in use, with how many entries use it', () => {
    expect(shapeChangeProblems(usage, { ...shape, tags: ['宣传栏'] })).toEqual([
      { field: 'tags', message: '标签「党员活动室」已用于 3 条记录，不能删除；请先修改这些记录的标签' },
    ]);
  });

  it('lets go of what no entry uses', () => {
    expect(shapeChangeProblems(usage, { ...shape, tags: ['党员活动室'], hasAmount: false, hasPeople: false })).toEqual(
      [],
    );
  });

  it('refuses switching off a quantity or level entries hold', () => {
    expect(shapeChangeProblems(usage, { ...shape, quantityUnit: null, hasLevel: false }).map((p) => p.message)).toEqual(
      ['已有 2 条记录登记了数量，不能取消；请先修改这些记录', '已有 1 条记录登记了级别，不能取消；请先修改这些记录'],
    );
  });
});

describe('ledgerTotals', () => {
  it('adds amounts in 分 exactly and quantities to two decimals', () => {
    const entries = [
      { quantity: 0.1, amountFen: 10 },
      { quantity: 0.2, amountFen: 20 },
      { quantity: null, amountFen: null },
    ];
    expect(ledgerTotals(entries)).toEqual({ entries: 3, quantity: 0.3, amountFen: 30 });
  });
});
