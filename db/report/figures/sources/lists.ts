import 'server-only';
import { ledgerSource } from '@/db/report/figures/sources/ledger';
import { meetingKindParam, meetingsSource } from '@/db/report/figures/sources/meetings';
import { rectificationSource } from '@/db/report/figures/sources/rectification';
import { secretaryProjectsSource } from '@/db/report/figures/sources/secretary-projects';
import { projectsSource } from '@/db/report/figures/sources/service';
import { count, type FigureSource } from '@/db/report/figures/types';
import type { ListKind } from '@/lib/report/figure-lists';

/** A `list.*` source: the records of another source written out as a list; its value is how many. */
function listOf(source: FigureSource, list: ListKind, entries: FigureSource['entries']): FigureSource {
  return {
    key: `list.${source.key}`,
    group: '列表',
    params: source.params.filter((p) => p !== 'measure'),
    plan(params, ctx) {
      const plan = source.plan(params, ctx);
      return typeof plan === 'string' ? plan : { ...plan, measure: count, list, measureLabel: '清单', unit: '项' };
    },
    entries,
  };
}

export const meetingListSource = listOf(meetingsSource, 'meetings', (dictionary) =>
  dictionary.meetingKinds().map((k) => ({ kind: meetingKindParam(k) })),
);

export const projectListSource = listOf(projectsSource, 'projects', projectsSource.entries);

export const rectificationListSource = listOf(rectificationSource, 'rectification', () => [
  ...['found', 'open', 'carried_over'].map((what) => ({ what })),
  { found: 'previous' },
]);

/** This year's 书记项目 (planned last year) and next year's, each with its status now. */
export const secretaryProjectListSource = listOf(secretaryProjectsSource, 'plans', (): Record<string, string>[] => [
  {},
  { planned: 'next' },
]);

/** The entries of a ledger, or of one of its tags, by title. */
export const ledgerListSource = listOf(ledgerSource, 'ledger', (dictionary) =>
  dictionary
    .ledgers()
    .filter((l) => !l.archivedAt)
    .flatMap((l): Record<string, string>[] => [
      { ledger: String(l.id) },
      ...l.tags.map((tag) => ({ ledger: String(l.id), tag })),
    ]),
);
