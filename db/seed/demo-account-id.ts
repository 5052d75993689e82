import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { accounts } from '@/db/schema';

/** A demo account's id by its username, once the demo is written (the reports are written through the app). */
export function demoAccountId(username: string): number {
  return db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, username)).get()!.id;
}
