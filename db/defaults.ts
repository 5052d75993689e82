import type { Executor } from '@/db/client';
import { ledgers, meetingKinds, outputTypes, workOutputCategories } from '@/db/schema';
import { defaultMeetingKindsFor } from '@/lib/branches/meeting-names';
import type { BranchKind } from '@/lib/branches/model';
import { defaultLedgerTemplates, ledgerFromTemplate } from '@/lib/ledgers/templates';
import { defaultOutputTypes, defaultWorkOutputCategories } from '@/lib/service/model';

/**
 * The rows a new branch starts with, by the kind of organisation it belongs to: the standard meeting
 * kinds with the usual minimum frequencies (named as such branches name them), the service output
 * types, the kind's work-output categories and the ledgers its kind switches on, in their display
 * order. The benchmark's dataset writes the same rows in bulk.
 */
export function branchDefaultRows(branchId: number, kind: BranchKind) {
  return {
    meetingKinds: defaultMeetingKindsFor(kind).map((k, sortOrder) => ({
      branchId,
      code: k.code,
      name: k.name,
      attendeeScope: k.scope,
      period: k.period,
      minCount: k.minCount,
      perGroup: k.perGroup ?? false,
      sortOrder,
    })),
    outputTypes: defaultOutputTypes.map((type, sortOrder) => ({ branchId, ...type, sortOrder })),
    workOutputCategories: defaultWorkOutputCategories[kind].map((category, sortOrder) => ({
      branchId,
      ...category,
      sortOrder,
    })),
    ledgers: defaultLedgerTemplates(kind).map((template, sortOrder) => ({
      branchId,
      ...ledgerFromTemplate(template),
      sortOrder,
    })),
  };
}

/** Gives a new branch of a kind its default meeting kinds, output types, work-output categories and ledgers. */
export function addBranchDefaults(executor: Executor, branchId: number, kind: BranchKind) {
  const rows = branchDefaultRows(branchId, kind);
  return {
    kinds: rows.meetingKinds.map((row) => executor.insert(meetingKinds).values(row).returning().get()),
    outputTypes: rows.outputTypes.map((row) => executor.insert(outputTypes).values(row).returning().get()),
    workOutputCategories: rows.workOutputCategories.map((row) =>
      executor.insert(workOutputCategories).values(row).returning().get(),
    ),
    ledgers: rows.ledgers.map((row) => executor.insert(ledgers).values(row).returning().get()),
  };
}
