import 'server-only';
import { and, count, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { type BranchScope, inBranch, liveIn } from '@/db/queries/scope';
import { attachments, type Ledger, ledgerEntries, ledgerEntryPeople, ledgers, people } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { nowIso } from '@/lib/clock';
import { ActionError, notFoundMessage } from '@/lib/errors';
import { ledgerEntryEntity } from '@/lib/ledgers/model';
import { entryShapeProblems, type FieldProblem, type LedgerUsage, shapeChangeProblems } from '@/lib/ledgers/rules';
import { ledgerFromTemplate, ledgerTemplate } from '@/lib/ledgers/templates';
import type {
  EntryCreateInput,
  EntryInput,
  EntryUpdateInput,
  LedgerInput,
  LedgerUpdateInput,
} from '@/lib/ledgers/validation';

function refuse(problems: FieldProblem[]): void {
  if (problems.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const p of problems) (fieldErrors[p.field] ??= []).push(p.message);
  throw new ActionError(problems.map((p) => p.message).join('；'), fieldErrors);
}

function refuseDuplicateName(tx: Transaction, scope: BranchScope, name: string, exceptId?: number) {
  const same = tx
    .select({ id: ledgers.id, archivedAt: ledgers.archivedAt })
    .from(ledgers)
    .where(and(inBranch(ledgers, scope), eq(ledgers.name, name)))
    .get();
  if (same && same.id !== exceptId) {
    const message = same.archivedAt
      ? `已有名为「${name}」的台账（已停用），可在列表中启用`
      : `已有名为「${name}」的台账`;
    throw new ActionError(message, { name: [message] });
  }
}

function nextSortOrder(tx: Transaction, scope: BranchScope): number {
  const last = tx
    .select({ n: max(ledgers.sortOrder) })
    .from(ledgers)
    .where(inBranch(ledgers, scope))
    .get();
  return (last?.n ?? -1) + 1;
}

function insertLedger(tx: Transaction, user: SessionUser, values: Omit<typeof ledgers.$inferInsert, 'branchId'>) {
  refuseDuplicateName(tx, user, values.name);
  return tx
    .insert(ledgers)
    .values({ ...values, branchId: user.branchId, sortOrder: nextSortOrder(tx, user) })
    .returning()
    .get();
}

/** Switches a template on: a new ledger with its shape (one that was switched off is switched on again in the list). */
export function switchOnTemplate(user: SessionUser, code: string): number {
  const template = ledgerTemplate(code);
  if (!template) throw new ActionError('没有这个台账模板');
  return writeWithAudit(user, (tx, audit) => {
    const existing = tx
      .select({ id: ledgers.id })
      .from(ledgers)
      .where(and(inBranch(ledgers, user), eq(ledgers.template, code)))
      .get();
    if (existing) throw new ActionError(`「${template.name}」已在本支部的台账中，停用的可在列表中启用`);
    const row = insertLedger(tx, user, ledgerFromTemplate(template));
    audit({ action: 'ledger.switch_on', entity: 'ledgers', entityId: row.id, after: row });
    return row.id;
  });
}

export function createLedger(user: SessionUser, input: LedgerInput): number {
  return writeWithAudit(user, (tx, audit) => {
    const row = insertLedger(tx, user, { ...input, template: null });
    audit({ action: 'ledger.create', entity: 'ledgers', entityId: row.id, after: row });
    return row.id;
  });
}

/** How many live entries of the ledger use each part of its shape. */
function ledgerUsage(tx: Transaction, ledgerId: number): LedgerUsage {
  const live = and(eq(ledgerEntries.ledgerId, ledgerId), isNull(ledgerEntries.deletedAt));
  const counts = tx
    .select({
      quantity: sql<number>`count(${ledgerEntries.quantity})`,
      amount: sql<number>`count(${ledgerEntries.amountFen})`,
      level: sql<number>`count(${ledgerEntries.level})`,
    })
    .from(ledgerEntries)
    .where(live)
    .get()!;
  const named = tx
    .select({ n: sql<number>`count(distinct ${ledgerEntryPeople.entryId})` })
    .from(ledgerEntryPeople)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerEntryPeople.entryId))
    .where(live)
    .get()!;
  const files = tx
    .select({ n: sql<number>`count(distinct ${attachments.entityId})` })
    .from(attachments)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, attachments.entityId))
    .where(and(live, eq(attachments.entity, ledgerEntryEntity), isNull(attachments.deletedAt)))
    .get()!;
  const tags = tx
    .select({ tag: sql<string>`json_each.value`, n: count() })
    .from(sql`${ledgerEntries}, json_each(${ledgerEntries.tags})`)
    .where(live)
    .groupBy(sql`json_each.value`)
    .all();
  return { ...counts, people: named.n, attachments: files.n, tags: new Map(tags.map((t) => [t.tag, t.n])) };
}

/** Changes a ledger's name or shape; a change that would leave what entries hold without a place is refused. */
export function updateLedger(user: SessionUser, input: LedgerUpdateInput): void {
  const { id, version, ...values } = input;
  writeWithAudit(user, (tx, audit) => {
    refuseDuplicateName(tx, user, values.name, id);
    refuse(shapeChangeProblems(ledgerUsage(tx, id), values));
    const { before, after } = updateVersioned(tx, ledgers, { id, version, branchId: user.branchId }, values);
    audit({ action: 'ledger.update', entity: 'ledgers', entityId: id, before, after });
  });
}

/** Switched off, a ledger takes no entries and leaves the menu of figures; its entries stay. */
export function setLedgerArchived(user: SessionUser, input: { id: number; version: number; archived: boolean }): void {
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      ledgers,
      { id: input.id, version: input.version, branchId: user.branchId },
      { archivedAt: input.archived ? nowIso() : null },
    );
    if (!!before.archivedAt === input.archived) throw new ActionError(input.archived ? '该台账已停用' : '该台账未停用');
    const action = input.archived ? 'ledger.archive' : 'ledger.restore';
    audit({ action, entity: 'ledgers', entityId: input.id, before, after });
  });
}

/** The ledger an entry is written to: the branch's and switched on. */
export function openLedger(tx: Transaction, scope: BranchScope, ledgerId: number): Ledger {
  const ledger = tx
    .select()
    .from(ledgers)
    .where(and(eq(ledgers.id, ledgerId), inBranch(ledgers, scope)))
    .get();
  if (!ledger) throw new ActionError(notFoundMessage);
  if (ledger.archivedAt) throw new ActionError(`台账「${ledger.name}」已停用，请先启用后再登记`);
  return ledger;
}

/** The named people must be people of the branch (those who have left included: the entry may be older). */
export function checkPeople(tx: Transaction, scope: BranchScope, ids: number[]): void {
  if (ids.length === 0) return;
  const found = tx
    .select({ id: people.id })
    .from(people)
    .where(and(inArray(people.id, ids), inBranch(people, scope)))
    .all();
  if (found.length !== ids.length)
    throw new ActionError('所选人员须为本支部人员', { personIds: ['请从本支部名册中选择'] });
}

/** An entry's columns from the form's fields, once they fit the ledger. */
export function entryValues(ledger: Ledger, input: EntryInput) {
  refuse(entryShapeProblems(ledger, input));
  const { amount, personIds: _, ...rest } = input;
  return { ...rest, amountFen: amount };
}

function namePeople(tx: Transaction, scope: BranchScope, entryId: number, personIds: number[]) {
  tx.delete(ledgerEntryPeople).where(eq(ledgerEntryPeople.entryId, entryId)).run();
  if (personIds.length > 0)
    tx.insert(ledgerEntryPeople)
      .values(personIds.map((personId) => ({ entryId, personId, branchId: scope.branchId })))
      .run();
}

function namedPeople(tx: Transaction, entryId: number): number[] {
  return tx
    .select({ id: ledgerEntryPeople.personId })
    .from(ledgerEntryPeople)
    .where(eq(ledgerEntryPeople.entryId, entryId))
    .orderBy(ledgerEntryPeople.id)
    .all()
    .map((r) => r.id);
}

/** Inserts one entry with the people it names (the caller has checked the ledger and the people). */
export function insertEntry(tx: Transaction, user: SessionUser, ledger: Ledger, input: EntryInput) {
  const row = tx
    .insert(ledgerEntries)
    .values({ ...entryValues(ledger, input), ledgerId: ledger.id, branchId: user.branchId, recordedBy: user.accountId })
    .returning()
    .get();
  namePeople(tx, user, row.id, input.personIds);
  return row;
}

export function createEntry(user: SessionUser, input: EntryCreateInput): number {
  const { ledgerId, ...entry } = input;
  return writeWithAudit(user, (tx, audit) => {
    const ledger = openLedger(tx, user, ledgerId);
    checkPeople(tx, user, entry.personIds);
    const row = insertEntry(tx, user, ledger, entry);
    audit({
      action: 'ledger_entry.create',
      entity: 'ledger_entries',
      entityId: row.id,
      after: { ...row, personIds: entry.personIds },
    });
    return row.id;
  });
}

function liveEntry(tx: Transaction, scope: BranchScope, id: number) {
  const entry = tx
    .select({ ledgerId: ledgerEntries.ledgerId })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.id, id), liveIn(ledgerEntries, scope)))
    .get();
  if (!entry) throw new ActionError(notFoundMessage);
  return entry;
}

export function updateEntry(user: SessionUser, input: EntryUpdateInput): void {
  const { id, version, ...entry } = input;
  writeWithAudit(user, (tx, audit) => {
    const ledger = openLedger(tx, user, liveEntry(tx, user, id).ledgerId);
    checkPeople(tx, user, entry.personIds);
    const personIdsBefore = namedPeople(tx, id);
    const { before, after } = updateVersioned(
      tx,
      ledgerEntries,
      { id, version, branchId: user.branchId },
      entryValues(ledger, entry),
    );
    namePeople(tx, user, id, entry.personIds);
    audit({
      action: 'ledger_entry.update',
      entity: 'ledger_entries',
      entityId: id,
      before: { ...before, personIds: personIdsBefore },
      after: { ...after, personIds: entry.personIds },
    });
  });
}

/** Removed softly: the entry leaves the ledger and its totals, and stays in the audit trail. */
export function removeEntry(user: SessionUser, input: { id: number; version: number }): number {
  return writeWithAudit(user, (tx, audit) => {
    const { ledgerId } = liveEntry(tx, user, input.id);
    openLedger(tx, user, ledgerId);
    const { before, after } = updateVersioned(
      tx,
      ledgerEntries,
      { ...input, branchId: user.branchId },
      { deletedAt: nowIso() },
    );
    audit({ action: 'ledger_entry.remove', entity: 'ledger_entries', entityId: input.id, before, after });
    return ledgerId;
  });
}
