import 'server-only';
import { aliasedTable, and, desc, eq, gte, isNull, lte } from 'drizzle-orm';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '..';
import { people, talks } from '../schema';

const initiator = aliasedTable(people, 'initiator');
const partner = aliasedTable(people, 'partner');

export function listTalks(user: SessionUser, year: number) {
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
      and(
        eq(talks.branchId, user.branchId),
        isNull(talks.deletedAt),
        gte(talks.date, `${year}-01-01`),
        lte(talks.date, `${year}-12-31`),
      ),
    )
    .orderBy(desc(talks.date), desc(talks.id))
    .all();
}
