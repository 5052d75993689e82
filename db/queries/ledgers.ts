import 'server-only';
import { and, asc, count, desc, eq, exists, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import { db } from '@/db';
import { type BranchScope, inBranch, liveIn } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import { attachments, ledgerEntries, ledgerEntryPeople, ledgers, people } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { type LedgerLevel, ledgerEntryEntity } from '@/lib/ledgers/model';
import { ledgerTemplates } from '@/lib/ledgers/templates';

/**
 * The entries a user may see: all of the branch's for the committee and reviewers; for a member only
 * those that name them (their honours, their post), never anyone else's.
 */
function visibleEntries(user: SessionUser): SQL | undefined {
  if (can(user, 'ledgers.read_all')) return undefined;
  if (user.personId === null) return sql`0`;
  return namesPerson(user.personId);
}

function namesPerson(personId: number): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(ledgerEntryPeople)
      .where(and(eq(ledgerEntryPeople.entryId, ledgerEntries.id), eq(ledgerEntryPeople.personId, personId))),
  );
}

/** The branch's ledgers in order (switched-off ones last) with their entries in the year. */
export function listLedgers(scope: BranchScope, year: number) {
  const entries = db
    .select({ ledgerId: ledgerEntries.ledgerId, n: count().as('n') })
    .from(ledgerEntries)
    .where(and(liveIn(ledgerEntries, scope), withinYear(ledgerEntries.date, year)))
    .groupBy(ledgerEntries.ledgerId)
    .as('entries');
  return db
    .select({
      id: ledgers.id,
      version: ledgers.version,
      template: ledgers.template,
      name: ledgers.name,
      description: ledgers.description,
      unit: ledgers.unit,
      archivedAt: ledgers.archivedAt,
      entries: sql<number>`coalesce(${entries.n}, 0)`,
    })
    .from(ledgers)
    .leftJoin(entries, eq(entries.ledgerId, ledgers.id))
    .where(inBranch(ledgers, scope))
    .orderBy(sql`${ledgers.archivedAt} is not null`, asc(ledgers.sortOrder), asc(ledgers.id))
    .all();
}

export type LedgerListRow = ReturnType<typeof listLedgers>[number];

/** The templates the branch has not switched on (a switched-off one is listed with the ledgers instead). */
export function templatesNotOn(scope: BranchScope) {
  const used = new Set(
    db
      .select({ template: ledgers.template })
      .from(ledgers)
      .where(and(inBranch(ledgers, scope), isNotNull(ledgers.template)))
      .all()
      .map((l) => l.template),
  );
  return ledgerTemplates.filter((t) => !used.has(t.code));
}

export function getLedger(scope: BranchScope, id: number) {
  return (
    db
      .select()
      .from(ledgers)
      .where(and(eq(ledgers.id, id), inBranch(ledgers, scope)))
      .get() ?? null
  );
}

export type LedgerRow = NonNullable<ReturnType<typeof getLedger>>;

export type EntryFilters = { tag?: string; level?: LedgerLevel; personId?: number };

const entryColumns = {
  id: ledgerEntries.id,
  version: ledgerEntries.version,
  ledgerId: ledgerEntries.ledgerId,
  date: ledgerEntries.date,
  title: ledgerEntries.title,
  quantity: ledgerEntries.quantity,
  amountFen: ledgerEntries.amountFen,
  level: ledgerEntries.level,
  tags: ledgerEntries.tags,
  note: ledgerEntries.note,
};

/** Each entry with the people it names and its files: one query for each, however many entries there are (none too). */
function withPeopleAndFiles<T extends { id: number }>(scope: BranchScope, rows: T[]) {
  const ids = rows.map((r) => r.id);
  const named = db
    .select({ entryId: ledgerEntryPeople.entryId, id: people.id, name: people.name })
    .from(ledgerEntryPeople)
    .innerJoin(people, eq(people.id, ledgerEntryPeople.personId))
    .where(and(inBranch(ledgerEntryPeople, scope), inArray(ledgerEntryPeople.entryId, ids)))
    .orderBy(asc(ledgerEntryPeople.id))
    .all();
  const files = db
    .select({
      entityId: attachments.entityId,
      id: attachments.id,
      fileName: attachments.fileName,
      size: attachments.size,
    })
    .from(attachments)
    .where(
      and(liveIn(attachments, scope), eq(attachments.entity, ledgerEntryEntity), inArray(attachments.entityId, ids)),
    )
    .orderBy(asc(attachments.id))
    .all();
  return rows.map((row) => ({
    ...row,
    people: named.filter((p) => p.entryId === row.id).map(({ id, name }) => ({ id, name })),
    files: files.filter((f) => f.entityId === row.id).map(({ id, fileName, size }) => ({ id, fileName, size })),
  }));
}

/** A ledger's entries of the year that the user may see, oldest first, narrowed by tag, level or person. */
export function listLedgerEntries(user: SessionUser, ledgerId: number, year: number, filters: EntryFilters = {}) {
  const rows = db
    .select(entryColumns)
    .from(ledgerEntries)
    .where(
      and(
        liveIn(ledgerEntries, user),
        eq(ledgerEntries.ledgerId, ledgerId),
        withinYear(ledgerEntries.date, year),
        visibleEntries(user),
        filters.tag
          ? sql`exists (select 1 from json_each(${ledgerEntries.tags}) where json_each.value = ${filters.tag})`
          : undefined,
        filters.level ? eq(ledgerEntries.level, filters.level) : undefined,
        filters.personId ? namesPerson(filters.personId) : undefined,
      ),
    )
    .orderBy(asc(ledgerEntries.date), asc(ledgerEntries.id))
    .all();
  return withPeopleAndFiles(user, rows);
}

export type LedgerEntryRow = ReturnType<typeof listLedgerEntries>[number];

/** The entries of the year naming one person, in every ledger of the branch, newest first. */
export function listEntriesNaming(scope: BranchScope, personId: number, year: number) {
  const rows = db
    .select({ ...entryColumns, ledgerName: ledgers.name, ledgerUnit: ledgers.unit, quantityUnit: ledgers.quantityUnit })
    .from(ledgerEntries)
    .innerJoin(ledgers, eq(ledgers.id, ledgerEntries.ledgerId))
    .where(and(liveIn(ledgerEntries, scope), withinYear(ledgerEntries.date, year), namesPerson(personId)))
    .orderBy(desc(ledgerEntries.date), desc(ledgerEntries.id))
    .all();
  return withPeopleAndFiles(scope, rows);
}

/** Whether an entry names the person (a member may read its files). */
export function entryNamesPerson(personId: number, entryId: number): boolean {
  return !!db
    .select({ id: ledgerEntryPeople.id })
    .from(ledgerEntryPeople)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerEntryPeople.entryId))
    .where(
      and(
        eq(ledgerEntryPeople.entryId, entryId),
        eq(ledgerEntryPeople.personId, personId),
        sql`${ledgerEntries.deletedAt} is null`,
      ),
    )
    .get();
}

/** The ledger of a live entry, with what decides whether files may be added to it. */
export function ledgerOfEntry(scope: BranchScope, entryId: number) {
  return (
    db
      .select({
        id: ledgers.id,
        name: ledgers.name,
        archivedAt: ledgers.archivedAt,
        hasAttachments: ledgers.hasAttachments,
      })
      .from(ledgerEntries)
      .innerJoin(ledgers, eq(ledgers.id, ledgerEntries.ledgerId))
      .where(and(eq(ledgerEntries.id, entryId), liveIn(ledgerEntries, scope)))
      .get() ?? null
  );
}
