import type { LedgerShape } from '@/lib/ledgers/model';

/** A refusal with the field it concerns. */
export type FieldProblem = { field: string; message: string };

type EntryValues = {
  quantity: number | null;
  amount: number | null;
  level: string | null;
  tags: string[];
  personIds: number[];
};

/** What an entry holds that its ledger does not keep (a tag it does not have, an amount it does not record …). */
export function entryShapeProblems(shape: LedgerShape, entry: EntryValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (entry.quantity !== null && !shape.quantityUnit) problems.push({ field: 'quantity', message: '本台账不登记数量' });
  if (entry.amount !== null && !shape.hasAmount) problems.push({ field: 'amount', message: '本台账不登记金额' });
  if (entry.level !== null && !shape.hasLevel) problems.push({ field: 'level', message: '本台账不登记级别' });
  if (entry.personIds.length > 0 && !shape.hasPeople)
    problems.push({ field: 'personIds', message: '本台账不登记人员' });
  const unknown = entry.tags.filter((t) => !shape.tags.includes(t));
  if (unknown.length > 0)
    problems.push({
      field: 'tags',
      message: `${unknown.map((t) => `「${t}」`).join('')}不是本台账的标签，请从${shape.tags.length ? shape.tags.join('、') : '（无标签）'}中选择`,
    });
  return problems;
}

/** How many live entries of a ledger use each part of its shape. */
export type LedgerUsage = {
  quantity: number;
  amount: number;
  level: number;
  people: number;
  attachments: number;
  tags: ReadonlyMap<string, number>;
};

/**
 * What a change of a ledger's shape would leave without a place: a tag, a quantity, an amount, a level,
 * people or files that entries already hold. Such a change is refused; the entries are changed first.
 */
export function shapeChangeProblems(usage: LedgerUsage, next: LedgerShape): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const inUse = (field: string, count: number, what: string, off: boolean) => {
    if (off && count > 0)
      problems.push({ field, message: `已有 ${count} 条记录登记了${what}，不能取消；请先修改这些记录` });
  };
  inUse('quantityUnit', usage.quantity, '数量', !next.quantityUnit);
  inUse('hasAmount', usage.amount, '金额', !next.hasAmount);
  inUse('hasLevel', usage.level, '级别', !next.hasLevel);
  inUse('hasPeople', usage.people, '人员', !next.hasPeople);
  inUse('hasAttachments', usage.attachments, '附件', !next.hasAttachments);
  for (const [tag, count] of usage.tags) {
    if (count > 0 && !next.tags.includes(tag))
      problems.push({
        field: 'tags',
        message: `标签「${tag}」已用于 ${count} 条记录，不能删除；请先修改这些记录的标签`,
      });
  }
  return problems;
}

/** The totals a ledger's page and export show: entries, quantity and amount (in 分, exact). */
export function ledgerTotals(entries: readonly { quantity: number | null; amountFen: number | null }[]) {
  let quantity = 0;
  let amountFen = 0;
  for (const e of entries) {
    quantity += e.quantity ?? 0;
    amountFen += e.amountFen ?? 0;
  }
  // Quantities carry at most two decimals: the sum is rounded back to them.
  return { entries: entries.length, quantity: Math.round(quantity * 100) / 100, amountFen };
}
