import 'server-only';
import { untilNextWrite } from '@/db/cache';
import { type Scope, scopeKey } from '@/db/queries/scope';
import { figureDictionary } from '@/db/report/figures/dictionary';
import { figureSources, planFigure } from '@/db/report/figures/registry';
import { type CatalogueGroup, catalogueGroups } from '@/db/report/figures/types';
import { currentYear } from '@/lib/clock';
import { figureKey } from '@/lib/report/figure-key';

export type CatalogueEntry = {
  group: CatalogueGroup;
  label: string;
  /** The token's inside: insert as `{{key}}`. */
  key: string;
  unit: string;
  /** Whether a `period` (H1, H2, Q1–Q4) may be added to the key's parameters. */
  dated: boolean;
};

/**
 * Every figure the branch can insert, grouped for the picker: the entries each source offers for the
 * branch's own meeting kinds, output types, work-output categories and project kinds. Labels and units
 * are the ones computeFigures gives, and an entry the branch's data cannot compute (a category whose
 * types have different units …) is left out.
 */
export function figureCatalogue(scope: Scope): CatalogueEntry[] {
  const dictionary = figureDictionary(scope);
  const year = currentYear();
  const plannable = (source: string, params: Record<string, string>) =>
    planFigure(figureKey({ source, params }), scope, year, dictionary);
  const entries = catalogueGroups.flatMap((group) =>
    figureSources
      .filter((source) => source.group === group)
      .flatMap((source) =>
        source.entries(dictionary).flatMap((params) => {
          const planned = plannable(source.key, params);
          if (typeof planned === 'string') return [];
          const dated = typeof plannable(source.key, { ...params, period: 'H1' }) !== 'string';
          return [
            {
              group,
              label: planned.label,
              key: figureKey({ source: source.key, params }),
              unit: planned.plan.unit,
              dated,
            },
          ];
        }),
      ),
  );
  // Over an organisation's branches a built-in kind (支委会 …) is every branch's: one entry, not one each.
  return entries.filter((entry, i) => entries.findIndex((e) => e.key === entry.key) === i);
}

const catalogues = untilNextWrite<CatalogueEntry[]>(100);

/** figureCatalogue, kept in memory until the next write to the database (it plans every figure it lists). */
export function cachedFigureCatalogue(scope: Scope): CatalogueEntry[] {
  return catalogues.get(scopeKey(scope), () => figureCatalogue(scope));
}
