import { and, eq } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { accounts, ledgerEntries, ledgerEntryPeople, ledgers, organisations } from '@/db/schema';
import { addDemoBranch } from '@/db/seed/demo-branch';
import type { DemoCalendar } from '@/db/seed/demo-calendar';
import { seedDemoDevelopment } from '@/db/seed/demo-development';
import { seedDemoDues } from '@/db/seed/demo-dues';
import { villageDues } from '@/db/seed/demo-dues-books';
import { seedDemoMeetings } from '@/db/seed/demo-meetings';
import { seedDemoService } from '@/db/seed/demo-service';
import { villageMeetingBook, villageRoster } from '@/db/seed/demo-village-book';
import {
  type DemoLedgerEntry,
  villageDevelopment,
  villageLedgerEntries,
  villageProjects,
} from '@/db/seed/demo-village-records';
import { yuanToFen } from '@/lib/money';

/** The village's township committee, its reviewer and the village branch with two years of records and its dues. */
export function seedDemoVillage(tx: Transaction, calendar: DemoCalendar, passwordHash: string, countyId: number) {
  const township = tx
    .insert(organisations)
    .values({ name: '达来呼布镇党委', level: 'party_committee', parentId: countyId, sortOrder: 2 })
    .returning()
    .get();
  const village = addDemoBranch(
    tx,
    {
      organisationId: township.id,
      kind: 'village',
      name: '胡杨林村党支部',
      groupNames: ['第一网格党小组', '第二网格党小组'],
      roster: villageRoster,
      unit: '达来呼布镇胡杨林村',
      address: (index) => `达来呼布镇胡杨林村${['一组', '二组'][index % 2]}${(index % 30) + 1}号`,
      phonePrefix: '1584835',
      firstIdSequence: 300,
      passwordHash,
    },
    calendar,
  );
  const branchId = village.branch.id;
  seedDemoMeetings(tx, {
    branchId,
    kindIds: village.kindIds,
    groups: village.groups,
    people: village.people,
    today: calendar.today,
    firstYear: calendar.year(2025),
    book: villageMeetingBook,
  });
  seedDemoDevelopment(tx, branchId, calendar, villageDevelopment);
  seedDemoService(tx, {
    branchId,
    people: village.people,
    outputTypes: village.outputTypes,
    calendar,
    projects: villageProjects,
  });
  const personId = (name: string) => village.people.find((p) => p.name === name)!.id;
  for (const entry of villageLedgerEntries.map((e) => ({ ...e, date: calendar.date(e.date) })))
    if (entry.date <= calendar.today) seedLedgerEntry(tx, branchId, entry, personId);
  seedDemoDues(tx, village, calendar, villageDues);

  tx.insert(accounts)
    .values({
      username: 'zhendangwei',
      passwordHash,
      role: 'reviewer',
      displayName: '包文斌',
      organisationId: township.id,
      mustChangePassword: false,
    })
    .run();
  return village;
}

function seedLedgerEntry(
  tx: Transaction,
  branchId: number,
  entry: DemoLedgerEntry,
  personId: (name: string) => number,
) {
  const ledger = tx
    .select({ id: ledgers.id })
    .from(ledgers)
    .where(and(eq(ledgers.branchId, branchId), eq(ledgers.template, entry.template)))
    .get();
  if (!ledger) throw new Error(`demo village: no ledger from the template ${entry.template}`);
  const amountFen = entry.amount === undefined ? null : yuanToFen(entry.amount);
  if (typeof amountFen === 'object' && amountFen)
    throw new Error(`demo ledger amount ${entry.amount}: ${amountFen.problem}`);
  const row = tx
    .insert(ledgerEntries)
    .values({
      branchId,
      ledgerId: ledger.id,
      date: entry.date,
      title: entry.title,
      quantity: entry.quantity ?? null,
      amountFen,
      level: entry.level ?? null,
      tags: entry.tags ?? [],
      note: entry.note ?? null,
    })
    .returning({ id: ledgerEntries.id })
    .get();
  for (const name of entry.people ?? [])
    tx.insert(ledgerEntryPeople)
      .values({ entryId: row.id, branchId, personId: personId(name) })
      .run();
}
