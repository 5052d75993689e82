import 'server-only';
import { and, inArray, isNull } from 'drizzle-orm';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { currentIn, inBranch } from '@/db/queries/scope';
import { duesBases, people } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { nowIso } from '@/lib/clock';
import { isMidYearChange } from '@/lib/dues/base-rules';
import { type BaseImportReport, type BaseSheetRow, basesSheetName, matchBaseRows } from '@/lib/dues/bases-import';
import { monthlyDue } from '@/lib/dues/rates';
import { RosterImportError, type RosterProblem } from '@/lib/roster/problems';

export type BaseImportInput = {
  effectiveMonth: string;
  assessedOn: string;
  /** Why the bases change mid-year; needed for anyone whose base was already set earlier that year. */
  reason?: string | null;
  rows: readonly BaseSheetRow[];
};

/**
 * Sets the bases read from a payroll sheet, from one month on, in one transaction: every row or none.
 * Each row is matched to a member of the branch (lib/dues/bases-import.ts `matchBaseRows`); a base the
 * person already has from the same month is replaced (removed softly, named in the import's audit entry). A
 * refused file throws a RosterImportError listing every problem by row and column.
 */
export function importBases(user: SessionUser, input: BaseImportInput): BaseImportReport {
  return writeWithAudit(user, (tx, audit) => {
    const branchPeople = tx
      .select({
        id: people.id,
        name: people.name,
        idNumber: people.idNumber,
        politicalStatus: people.politicalStatus,
        leftBranchOn: people.leftBranchOn,
      })
      .from(people)
      .where(currentIn(people, user))
      .all();
    const { matched, problems } = matchBaseRows(input.rows, branchPeople, input.effectiveMonth);
    const ids = matched.map((m) => m.personId);
    const held = tx
      .select()
      .from(duesBases)
      .where(
        and(
          inBranch(duesBases, user),
          isNull(duesBases.deletedAt),
          inArray(duesBases.personId, ids.length ? ids : [0]),
        ),
      )
      .all();
    const midYear: RosterProblem[] = input.reason
      ? []
      : matched
          .filter((m) =>
            isMidYearChange(
              held.filter((b) => b.personId === m.personId).map((b) => b.effectiveMonth),
              input.effectiveMonth,
            ),
          )
          .map((m) => ({
            sheet: basesSheetName,
            row: m.row,
            column: '',
            message: `${m.name}本年已核定过基数，年度中间调整请填写调整原因`,
          }));
    if (problems.length || midYear.length) throw new RosterImportError([...problems, ...midYear]);

    const replacedIds: number[] = [];
    const createdIds: number[] = [];
    const lines = matched.map(({ row, personId, name, category, baseFen, fixedFen }) => {
      const previous = held.find((b) => b.personId === personId && b.effectiveMonth === input.effectiveMonth);
      if (previous) {
        updateVersioned(
          tx,
          duesBases,
          { id: previous.id, version: previous.version, branchId: user.branchId },
          { deletedAt: nowIso() },
        );
        replacedIds.push(previous.id);
      }
      const base = tx
        .insert(duesBases)
        .values({
          branchId: user.branchId,
          personId,
          category,
          baseFen,
          fixedFen,
          effectiveMonth: input.effectiveMonth,
          assessedOn: input.assessedOn,
          reason: input.reason ?? null,
          recordedBy: user.accountId,
        })
        .returning()
        .get();
      createdIds.push(base.id);
      const due = monthlyDue(category, baseFen, fixedFen);
      return {
        row,
        personId,
        name,
        category,
        baseFen,
        fixedFen,
        monthlyFen: due.fen,
        rule: due.rule,
        replaced: !!previous,
      };
    });
    // One entry for the import, as for every import: what it set, and the bases of the same month it replaced.
    audit({
      action: 'dues.base.import',
      entity: 'dues_bases',
      after: { effectiveMonth: input.effectiveMonth, assessedOn: input.assessedOn, baseIds: createdIds, replacedIds },
    });
    return { effectiveMonth: input.effectiveMonth, lines };
  });
}
