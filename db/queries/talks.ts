import 'server-only';
import { aliasedTable, and, desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { liveIn } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import { people, talks } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import type { TalkKind } from '@/lib/meetings/model';

const initiator = aliasedTable(people, 'initiator');
const partner = aliasedTable(people, 'partner');

/** The year's talks of the branch, newest first; only one kind when `kind` is given. */
export function listTalks(user: SessionUser, year: number, filters: { kind?: TalkKind } = {}) {
  return db
    .select({
      id: talks.id,
      version: talks.version,
      date: talks.date,
      kind: talks.kind,
      initiatorName: initiator.name,
      partnerName: partner.name,
      note: talks.note,
    })
    .from(talks)
    .innerJoin(initiator, eq(initiator.id, talks.initiatorId))
    .innerJoin(partner, eq(partner.id, talks.partnerId))
    .where(
      and(liveIn(talks, user), withinYear(talks.date, year), filters.kind ? eq(talks.kind, filters.kind) : undefined),
    )
    .orderBy(desc(talks.date), desc(talks.id))
    .all();
}
