import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { liveIn } from '@/db/queries/scope';
import { personDisciplines } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';

/**
 * A person's live 党纪处分, latest first, for holders of `members.read_private` only: anyone else
 * (the person themself included) gets null, as they get no ID number.
 */
export function listDisciplines(user: SessionUser, personId: number) {
  if (!can(user, 'members.read_private')) return null;
  return db
    .select({
      id: personDisciplines.id,
      version: personDisciplines.version,
      kind: personDisciplines.kind,
      decidedOn: personDisciplines.decidedOn,
      until: personDisciplines.until,
      decidedBy: personDisciplines.decidedBy,
      reason: personDisciplines.reason,
    })
    .from(personDisciplines)
    .where(and(liveIn(personDisciplines, user), eq(personDisciplines.personId, personId)))
    .orderBy(desc(personDisciplines.decidedOn), desc(personDisciplines.id))
    .all();
}

export type DisciplineRecord = NonNullable<ReturnType<typeof listDisciplines>>[number];
