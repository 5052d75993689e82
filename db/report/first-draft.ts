import 'server-only';
import { organisationById } from '@/db/queries/organisations';
import { draftFacts } from '@/db/report/draft-facts';
import { computeFigureSummaries } from '@/db/report/figures/compute';
import type { OrganisationReportOwner, ReportOwner } from '@/db/report/owner';
import { buildDraftSections } from '@/lib/report/draft';
import type { Draft } from '@/lib/report/draft-parts';
import { organisationDraft, organisationDraftFigures } from '@/lib/report/templates/organisation';

/** The first draft of an organisation's own report, its sentences chosen by what its branches recorded in the year. */
function organisationDraftFor(owner: OrganisationReportOwner, year: number): Draft {
  const organisation = organisationById(owner.organisationId)!;
  const parent = organisation.parentId === null ? undefined : organisationById(organisation.parentId);
  const counted = computeFigureSummaries(owner, year, organisationDraftFigures);
  const values = new Map([...counted].map(([key, result]) => [key, 'problem' in result ? 0 : result.value] as const));
  return organisationDraft({
    year,
    name: organisation.name,
    level: organisation.level,
    parentName: parent?.name ?? null,
    values,
  });
}

/** A year's first draft from the template: a branch's in its kind's template, an organisation's in its own. */
export function firstDraft(owner: ReportOwner, year: number): Draft {
  return owner.kind === 'branch' ? buildDraftSections(draftFacts(owner, year)) : organisationDraftFor(owner, year);
}
