import 'server-only';
import { untilNextWrite } from '@/db/cache';
import { figureDictionary } from '@/db/report/figures/dictionary';
import { planFigure } from '@/db/report/figures/sources';
import { currentYear } from '@/lib/clock';
import { developmentSteps } from '@/lib/development/steps';
import { placeTags, talkKinds } from '@/lib/meetings/model';
import { noticeCategories } from '@/lib/rectification/model';
import { type FigureSpec, figureKey } from '@/lib/report/figure-key';
import { builtInProjectKinds, letterCounterpartKinds, outputCategories } from '@/lib/service/model';

export const catalogueGroups = [
  '组织生活',
  '发展党员',
  '结对与服务',
  '党风廉政',
  '工作成果',
  '问题整改',
  '党务公开',
  '列表',
] as const;
export type CatalogueGroup = (typeof catalogueGroups)[number];

export type CatalogueEntry = {
  group: CatalogueGroup;
  label: string;
  /** The token's inside: insert as `{{key}}`. */
  key: string;
  unit: string;
  /** Whether a `period` (H1, H2, Q1–Q4) may be added to the key's parameters. */
  dated: boolean;
};

const spec = (source: string, params: Record<string, string> = {}): FigureSpec => ({ source, params });

/**
 * Every figure the branch can insert, grouped for the picker: built from its own meeting kinds,
 * output types, work-output categories and project kinds (four queries). Labels and units are the
 * ones computeFigures gives, and a figure the branch's data cannot compute (a category whose types
 * have different units …) is left out.
 */
export function figureCatalogue(branchId: number): CatalogueEntry[] {
  const dictionary = figureDictionary(branchId);
  const kinds = dictionary.meetingKinds();
  const kindParam = (k: (typeof kinds)[number]) => k.code ?? String(k.id);
  const projectKinds = [...new Set([...builtInProjectKinds, ...dictionary.projects().map((p) => p.kind)])];

  const groups: Record<CatalogueGroup, FigureSpec[]> = {
    组织生活: [
      spec('meetings'),
      ...kinds.flatMap((k) => [
        spec('meetings', { kind: kindParam(k) }),
        ...(k.code === 'seminar'
          ? ['materials', 'articles'].map((measure) => spec('meetings', { kind: kindParam(k), measure }))
          : []),
        ...(k.code === 'lecture' ? [spec('meetings', { kind: kindParam(k), lecturer: 'secretary' })] : []),
        ...(k.code === 'theme_day' ? placeTags.map((place) => spec('meetings', { kind: kindParam(k), place })) : []),
      ]),
      spec('talks'),
      ...talkKinds.filter((k) => k !== 'integrity').map((kind) => spec('talks', { kind })),
    ],
    发展党员: developmentSteps.map((s) => spec('development', { step: s.code })),
    结对与服务: [
      ...dictionary
        .outputTypes()
        .filter((t) => !t.archivedAt)
        .map((t) => spec('outputs', { type: String(t.id) })),
      ...outputCategories.map((category) => spec('outputs', { category })),
      spec('projects'),
      ...projectKinds.map((kind) => spec('projects', { kind })),
      spec('activities'),
      ...projectKinds.map((kind) => spec('activities', { project_kind: kind })),
    ],
    党风廉政: [
      ...['aspects', 'items', 'letters'].map((what) => spec('integrity', { what })),
      spec('integrity', { what: 'letters', measure: 'counterparts' }),
      ...letterCounterpartKinds.flatMap((counterpart) => [
        spec('integrity', { what: 'letters', counterpart }),
        spec('integrity', { what: 'letters', counterpart, measure: 'counterparts' }),
      ]),
      ...['talks', 'meetings'].map((what) => spec('integrity', { what })),
    ],
    工作成果: dictionary
      .workCategories()
      .filter((c) => !c.archivedAt)
      .flatMap((c) => [
        spec('work', { category: String(c.id) }),
        spec('work', { category: String(c.id), measure: 'entries' }),
      ]),
    问题整改: ['found', 'aspects', 'completed', 'checked_off', 'carried_over', 'open'].map((what) =>
      spec('rectification', { what }),
    ),
    党务公开: [spec('notices'), ...noticeCategories.map((category) => spec('notices', { category }))],
    列表: [
      ...kinds.map((k) => spec('list.meetings', { kind: kindParam(k) })),
      spec('list.projects'),
      ...projectKinds.map((kind) => spec('list.projects', { kind })),
      ...['found', 'open', 'carried_over'].map((what) => spec('list.rectification', { what })),
    ],
  };

  const year = currentYear();
  return catalogueGroups.flatMap((group) =>
    groups[group].flatMap((s) => {
      const key = figureKey(s);
      const planned = planFigure(key, branchId, year, dictionary);
      if (typeof planned === 'string') return [];
      const dated =
        typeof planFigure(figureKey({ ...s, params: { ...s.params, period: 'H1' } }), branchId, year, dictionary) !==
        'string';
      return [{ group, label: planned.label, key, unit: planned.plan.unit, dated }];
    }),
  );
}

const catalogues = untilNextWrite<CatalogueEntry[]>(100);

/** figureCatalogue, kept in memory until the next write to the database (it plans every figure it lists). */
export function cachedFigureCatalogue(branchId: number): CatalogueEntry[] {
  return catalogues.get(String(branchId), () => figureCatalogue(branchId));
}
