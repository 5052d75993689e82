import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import { db } from '@/db';
import type { BranchScope } from '@/db/queries/scope';
import { branches, ledgers } from '@/db/schema';

/** The branch's kind with its version, and the templates its ledgers were switched on from (archived ones too). */
export function branchKindSettings(scope: BranchScope) {
  const branch = db
    .select({ kind: branches.kind, version: branches.version })
    .from(branches)
    .where(eq(branches.id, scope.branchId))
    .get()!;
  const templates = db
    .select({ template: ledgers.template })
    .from(ledgers)
    .where(and(eq(ledgers.branchId, scope.branchId), isNotNull(ledgers.template)))
    .all()
    .map((l) => l.template!);
  return { ...branch, ledgerTemplates: templates };
}
