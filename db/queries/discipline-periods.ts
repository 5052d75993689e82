import { and, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { type BranchScope, liveIn } from '@/db/queries/scope';
import { personDisciplines } from '@/db/schema';
import type { DisciplinePeriod } from '@/lib/people/discipline';

/**
 * People of the branch with their live 党纪处分, as the development rules read them: the rules decide
 * which record is in force on a step's date (`underProbationOn`), so one lookup serves every step.
 */
export function withDisciplines<T extends { id: number }>(
  executor: Executor,
  scope: BranchScope,
  rows: readonly T[],
): (T & { disciplines: DisciplinePeriod[] })[] {
  const ids = rows.map((row) => row.id);
  const records = ids.length
    ? executor
        .select({
          personId: personDisciplines.personId,
          kind: personDisciplines.kind,
          decidedOn: personDisciplines.decidedOn,
          until: personDisciplines.until,
        })
        .from(personDisciplines)
        .where(and(liveIn(personDisciplines, scope), inArray(personDisciplines.personId, ids)))
        .all()
    : [];
  const byPerson = new Map<number, DisciplinePeriod[]>();
  for (const { personId, ...period } of records) byPerson.set(personId, [...(byPerson.get(personId) ?? []), period]);
  return rows.map((row) => ({ ...row, disciplines: byPerson.get(row.id) ?? [] }));
}
