import 'server-only';
import { asc, inArray } from 'drizzle-orm';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '..';
import { branches } from '../schema';

/** The branches the user may read, for the reviewer's branch switcher. */
export function listReadableBranches(user: SessionUser) {
  return db
    .select({ id: branches.id, name: branches.name })
    .from(branches)
    .where(inArray(branches.id, user.branchIds))
    .orderBy(asc(branches.id))
    .all();
}
