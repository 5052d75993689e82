import type { DevelopmentStepCode } from '@/lib/development/steps';
import { fieldApplies, type NumberField, type RosterStep, type StepField } from '@/lib/roster/columns';

/* A development step as stored (its `data`, people by id) ↔ a step row of the workbook (people by name). */

const numberFields: NumberField[] = ['days', 'hours', 'expectedVoting', 'yes', 'no', 'abstain', 'extensionMonths'];

function finiteOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * A stored step as a sheet row: the fields of the step's `data` that belong to the step, with the
 * contacts' and introducers' ids turned into names (ids without a name are left out).
 */
export function rosterStepOf(
  name: string,
  step: { code: DevelopmentStepCode; date: string; data: Record<string, unknown> | null },
  nameOf: (id: number) => string | undefined,
): RosterStep {
  const data = step.data ?? {};
  const applies = (field: StepField) => fieldApplies(field, step.code);
  const names = (key: string) =>
    (Array.isArray(data[key]) ? (data[key] as unknown[]) : [])
      .map((id) => (typeof id === 'number' ? nameOf(id) : undefined))
      .filter((n): n is string => n !== undefined);
  const out: RosterStep = {
    name,
    code: step.code,
    date: step.date,
    note: textOrNull(data.note),
    contactNames: applies('contactNames') ? names('contactIds') : [],
    introducerNames: applies('introducerNames') ? names('introducerIds') : [],
    days: null,
    hours: null,
    expectedVoting: null,
    yes: null,
    no: null,
    abstain: null,
    extensionMonths: null,
    result: applies('result') ? textOrNull(data.result) : null,
  };
  for (const field of numberFields) if (applies(field)) out[field] = finiteOrNull(data[field]);
  return out;
}

/** A step row as the step's `data` is stored: only filled fields, people as ids (resolved by the caller). */
export function stepDataOf(
  step: RosterStep,
  ids: { contactIds: number[]; introducerIds: number[] },
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (step.note !== null) data.note = step.note;
  if (step.result !== null) data.result = step.result;
  if (ids.contactIds.length) data.contactIds = ids.contactIds;
  if (ids.introducerIds.length) data.introducerIds = ids.introducerIds;
  for (const field of numberFields) if (step[field] !== null) data[field] = step[field];
  return data;
}
