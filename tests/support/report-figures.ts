/**
 * The report's figures worked out a second, deliberately plain way: raw SQL for the candidate rows,
 * filters applied one by one. Tests compare the figure engine's values and records with these.
 */
import { db } from '@/db';
import type { FigureSpec } from '@/lib/report/figure-key';

export type Expected = { value: number; ids: number[] };

type Row = Record<string, unknown>;
const rows = (query: string, ...params: unknown[]) => db.$client.prepare(query).all(...params) as Row[];

const periods: Record<string, [string, string]> = {
  H1: ['01-01', '06-30'],
  H2: ['07-01', '12-31'],
  Q1: ['01-01', '03-31'],
  Q2: ['04-01', '06-30'],
  Q3: ['07-01', '09-30'],
  Q4: ['10-01', '12-31'],
};

const counted = (ids: unknown[]): Expected => {
  const unique = [...new Set(ids as number[])].sort((a, b) => a - b);
  return { value: unique.length, ids: unique };
};
const summed = (matching: Row[], quantity: string, id: string): Expected => ({
  value: Math.round(matching.reduce((total, r) => total + Number(r[quantity]), 0) * 100) / 100,
  ids: counted(matching.map((r) => r[id])).ids,
});

function meetingsOf(branchId: number, [start, end]: [string, string], p: Record<string, string>): Row[] {
  const secretaries = rows("select id from people where branch_id = ? and committee_title = '书记'", branchId).map(
    (r) => r.id,
  );
  const linked = rows('select meeting_id from integrity_meetings where branch_id = ?', branchId).map(
    (r) => r.meeting_id,
  );
  return rows(
    `select m.id, m.place_tags, m.lecturer_id, k.code, k.id as kind_id, m.seminar_materials, m.exchange_articles
       from meetings m join meeting_kinds k on k.id = m.kind_id
      where m.branch_id = ? and m.deleted_at is null and m.status = 'held' and m.date between ? and ?`,
    branchId,
    start,
    end,
  ).filter(
    (m) =>
      (!p.kind || m.code === p.kind || String(m.kind_id) === p.kind) &&
      (!p.place || (JSON.parse(m.place_tags as string) as string[]).includes(p.place)) &&
      (!p.lecturer || secretaries.includes(m.lecturer_id)) &&
      (!p.integrity || linked.includes(m.id)),
  );
}

function meetingFigure(found: Row[], measure = 'count'): Expected {
  if (measure === 'count') return counted(found.map((m) => m.id));
  const column = measure === 'materials' ? 'seminar_materials' : 'exchange_articles';
  return summed(
    found.filter((m) => Number(m[column] ?? 0) > 0),
    column,
    'id',
  );
}

function rectificationFigure(
  branchId: number,
  year: number,
  [start, end]: [string, string],
  p: Record<string, string>,
): Expected {
  const yearStart = `${year}-01-01`;
  const inRange = (date: unknown) => typeof date === 'string' && date >= start && date <= end;
  const test: Record<string, (r: Row) => boolean> = {
    found: (r) => inRange(r.found_date),
    aspects: (r) => inRange(r.found_date),
    completed: (r) => inRange(r.completed_at),
    checked_off: (r) => inRange(r.checked_off_at),
    carried_over: (r) =>
      (r.found_date as string) < yearStart && (r.checked_off_at === null || (r.checked_off_at as string) >= yearStart),
    open: (r) => (r.found_date as string) <= end && (r.checked_off_at === null || (r.checked_off_at as string) > end),
  };
  const what = p.what ?? 'found';
  // found=previous: the problems found in the year before; by when they were found only for found and aspects.
  const lastYear = (r: Row) => (r.found_date as string).startsWith(`${year - 1}-`);
  const byWhat = (r: Row) => (p.found && (what === 'found' || what === 'aspects') ? true : test[what](r));
  const found = rows('select * from rectification_items where branch_id = ? and deleted_at is null', branchId).filter(
    (r) =>
      byWhat(r) &&
      (!p.found || lastYear(r)) &&
      (!p.state || r.state === p.state) &&
      (!p.source || r.source === p.source) &&
      (!p.aspect || r.aspect === p.aspect),
  );
  const ids = counted(found.map((r) => r.id)).ids;
  return what === 'aspects' ? { value: new Set(found.map((r) => r.aspect)).size, ids } : { value: ids.length, ids };
}

/** A figure's value and the ids of its records, computed independently of the engine; a list's value is its length. */
export function expectedFigure(branchId: number, year: number, spec: FigureSpec): Expected {
  if (!spec.source.startsWith('list.')) return expectedCount(branchId, year, spec);
  const { ids } = expectedCount(branchId, year, { ...spec, source: spec.source.slice('list.'.length) });
  return { value: ids.length, ids };
}

function expectedCount(branchId: number, year: number, spec: FigureSpec): Expected {
  const p = spec.params;
  const [from, to] = periods[p.period] ?? ['01-01', '12-31'];
  const range: [string, string] = [`${year}-${from}`, `${year}-${to}`];
  switch (spec.source) {
    case 'meetings':
      return meetingFigure(meetingsOf(branchId, range, p), p.measure);
    case 'talks':
      return counted(
        rows(
          'select id, kind from talks where branch_id = ? and deleted_at is null and date between ? and ?',
          branchId,
          ...range,
        )
          .filter((t) => (p.kind ? t.kind === p.kind : t.kind !== 'integrity'))
          .map((t) => t.id),
      );
    case 'development':
      return counted(
        rows(
          'select r.person_id from development_steps s join development_records r on r.id = s.record_id where s.branch_id = ? and s.code = ? and s.date between ? and ?',
          branchId,
          p.step,
          ...range,
        ).map((r) => r.person_id),
      );
    case 'outputs':
      return summed(
        rows(
          `select o.quantity, a.id as activity_id, o.output_type_id, t.category, a.project_id, p.kind
             from activity_outputs o join project_activities a on a.id = o.activity_id join projects p on p.id = a.project_id
             join output_types t on t.id = o.output_type_id
            where o.branch_id = ? and a.deleted_at is null and p.deleted_at is null and a.date between ? and ?`,
          branchId,
          ...range,
        ).filter(
          (o) =>
            (!p.type || String(o.output_type_id) === p.type) &&
            (!p.category || o.category === p.category) &&
            (!p.project || String(o.project_id) === p.project) &&
            (!p.project_kind || o.kind === p.project_kind),
        ),
        'quantity',
        'activity_id',
      );
    case 'activities':
      return counted(
        rows(
          'select a.id, a.project_id, p.kind from project_activities a join projects p on p.id = a.project_id where a.branch_id = ? and a.deleted_at is null and p.deleted_at is null and a.date between ? and ?',
          branchId,
          ...range,
        )
          .filter(
            (a) => (!p.project || String(a.project_id) === p.project) && (!p.project_kind || a.kind === p.project_kind),
          )
          .map((a) => a.id),
      );
    case 'projects':
      return counted(
        rows(
          'select id, kind from projects where branch_id = ? and deleted_at is null and start_date <= ? and (end_date is null or end_date >= ?)',
          branchId,
          range[1],
          range[0],
        )
          .filter((r) => !p.kind || r.kind === p.kind)
          .map((r) => r.id),
      );
    case 'integrity':
      switch (p.what) {
        case 'aspects':
          return counted(
            rows(
              'select id from integrity_aspects where branch_id = ? and year = ? and deleted_at is null',
              branchId,
              year,
            ).map((r) => r.id),
          );
        case 'items':
          return counted(
            rows(
              'select i.id from integrity_items i join integrity_aspects a on a.id = i.aspect_id where a.branch_id = ? and a.year = ? and a.deleted_at is null and i.deleted_at is null',
              branchId,
              year,
            ).map((r) => r.id),
          );
        case 'letters': {
          const letters = rows(
            'select id, counterpart_kind, counterpart from commitment_letters where branch_id = ? and deleted_at is null and date between ? and ?',
            branchId,
            ...range,
          ).filter((l) => !p.counterpart || l.counterpart_kind === p.counterpart);
          const ids = counted(letters.map((l) => l.id)).ids;
          return p.measure === 'counterparts'
            ? { value: new Set(letters.map((l) => l.counterpart)).size, ids }
            : { value: ids.length, ids };
        }
        case 'talks':
          return expectedCount(branchId, year, {
            source: 'talks',
            params: { kind: 'integrity', ...(p.period ? { period: p.period } : {}) },
          });
        default:
          return meetingFigure(meetingsOf(branchId, range, { integrity: 'yes' }));
      }
    case 'work': {
      const entries = rows(
        'select id, quantity from work_outputs where branch_id = ? and deleted_at is null and category_id = ? and date between ? and ?',
        branchId,
        Number(p.category),
        ...range,
      );
      return p.measure === 'entries' ? counted(entries.map((w) => w.id)) : summed(entries, 'quantity', 'id');
    }
    case 'rectification':
      return rectificationFigure(branchId, year, range, p);
    case 'secretary_projects':
      return counted(
        rows(
          "select id, status from projects where branch_id = ? and deleted_at is null and kind = '书记项目' and start_date like ?",
          branchId,
          `${p.planned === 'next' ? year + 1 : year}-%`,
        )
          .filter((r) => !p.status || r.status === p.status)
          .map((r) => r.id),
      );
    case 'notices':
      return counted(
        rows(
          "select id, category from notices where branch_id = ? and deleted_at is null and state = 'published' and published_at between ? and ?",
          branchId,
          ...range,
        )
          .filter((n) => !p.category || n.category === p.category)
          .map((n) => n.id),
      );
  }
  throw new Error(`no independent computation for ${spec.source}`);
}
