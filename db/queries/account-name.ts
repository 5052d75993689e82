import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db';
import { accounts, people } from '@/db/schema';

/**
 * Looks up the names shown for the given accounts (the person's name, or a reviewer's display name)
 * in one query, and returns the lookup.
 */
export function accountNames(ids: (number | null)[]): (id: number | null) => string | null {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  const rows =
    wanted.length === 0
      ? []
      : db
          .select({
            id: accounts.id,
            name: sql<string>`coalesce(${people.name}, ${accounts.displayName}, ${accounts.username})`,
          })
          .from(accounts)
          .leftJoin(people, eq(people.id, accounts.personId))
          .where(inArray(accounts.id, wanted))
          .all();
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return (id) => (id === null ? null : (names.get(id) ?? null));
}
