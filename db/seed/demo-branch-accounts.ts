import { eq } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { accounts, people } from '@/db/schema';
import { statisticsBureau } from '@/db/seed/demo-people';

export type DemoAccount = { accountId: number; personId: number };

/**
 * The branch's accounts by the demo username of their person (the records name accounts that way):
 * looked up through the person, so a copy of the branch may name its accounts otherwise.
 */
export function demoBranchAccounts(tx: Transaction, branchId: number): Map<string, DemoAccount> {
  const rows = tx
    .select({ accountId: accounts.id, personId: people.id, name: people.name })
    .from(accounts)
    .innerJoin(people, eq(people.id, accounts.personId))
    .where(eq(accounts.branchId, branchId))
    .all();
  const byName = new Map(rows.map((row) => [row.name, row]));
  const found = new Map<string, DemoAccount>();
  for (const person of statisticsBureau) {
    const row = person.username ? byName.get(person.name) : undefined;
    if (row) found.set(person.username!, { accountId: row.accountId, personId: row.personId });
  }
  return found;
}
