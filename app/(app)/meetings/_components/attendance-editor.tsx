'use client';
import { Button } from '@/components/ui/button';
import { type AttendanceStatus, attendanceStatuses, attendanceStatusLabels } from '@/lib/meetings/model';
import { type PoliticalStatus, politicalStatusLabels } from '@/lib/people/model';

export type AttendanceDraft = {
  personId: number;
  name: string;
  politicalStatus: PoliticalStatus;
  /** Should attend by the kind's rule (counts toward 应到 and the quorum); otherwise 列席. */
  expected: boolean;
  status: AttendanceStatus | null;
  reason: string | null;
};

type Props = {
  rows: AttendanceDraft[];
  onChange: (rows: AttendanceDraft[]) => void;
  addable: { id: number; name: string; politicalStatus: PoliticalStatus; expected: boolean }[];
  /** A held meeting marks each person 出席 / 请假 / 缺席; a planned one only lists who should come. */
  held: boolean;
  error?: string[];
};

/**
 * The list of who should attend, each marked 出席 / 请假 (with reason) / 缺席; people added beyond the
 * kind's rule are listed apart as 列席 and do not count toward 应到.
 */
export function AttendanceEditor({ rows, onChange, addable, held, error }: Props) {
  const update = (personId: number, change: Partial<AttendanceDraft>) =>
    onChange(rows.map((r) => (r.personId === personId ? { ...r, ...change } : r)));
  const notListed = addable.filter((p) => !rows.some((r) => r.personId === p.id));
  const expected = rows.filter((r) => r.expected);
  const guests = rows.filter((r) => !r.expected);

  const row = (row: AttendanceDraft) => (
    <li key={row.personId} className="px-3 py-2">
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <legend className="sr-only">{row.name}</legend>
        <span aria-hidden="true" className="w-24 font-medium text-stone-900">
          {row.name}
        </span>
        {held &&
          attendanceStatuses.map((status) => (
            <label key={status} className="flex items-center gap-1 text-sm">
              <input
                type="radio"
                name={`attendance-${row.personId}`}
                checked={row.status === status}
                required
                onChange={() => update(row.personId, { status, reason: status === 'leave' ? row.reason : null })}
                className="accent-brand-700"
              />
              {attendanceStatusLabels[status]}
            </label>
          ))}
        {held && row.status === 'leave' && (
          <label className="flex items-center gap-1 text-sm">
            <span className="sr-only">{row.name}的</span>请假事由
            <input
              value={row.reason ?? ''}
              onChange={(e) => update(row.personId, { reason: e.target.value })}
              className="h-8 w-32 rounded-md border-0 px-2 text-sm ring-1 ring-stone-300"
            />
          </label>
        )}
        <button
          type="button"
          onClick={() => onChange(rows.filter((r) => r.personId !== row.personId))}
          className="ml-auto text-xs text-stone-500 hover:text-red-700"
        >
          移出名单<span className="sr-only">：{row.name}</span>
        </button>
      </fieldset>
    </li>
  );

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-stone-600">
          应到 {expected.length} 人{guests.length > 0 && `，列席 ${guests.length} 人`}
          {!held && '，会议召开后再标记出勤'}
        </span>
        {held && (
          <Button
            size="sm"
            variant="secondary"
            onClick={() => onChange(rows.map((r) => ({ ...r, status: 'present', reason: null })))}
          >
            全部出席
          </Button>
        )}
        {notListed.length > 0 && (
          <label className="flex items-center gap-1 text-sm text-stone-600">
            添加人员
            <select
              value=""
              onChange={(e) => {
                const person = notListed.find((p) => p.id === Number(e.target.value));
                if (person)
                  onChange([
                    ...rows,
                    {
                      personId: person.id,
                      name: person.name,
                      politicalStatus: person.politicalStatus,
                      expected: person.expected,
                      status: null,
                      reason: null,
                    },
                  ]);
              }}
              className="h-8 rounded-md border-0 bg-white px-2 text-sm ring-1 ring-stone-300"
            >
              <option value="">选择…</option>
              {notListed.map((p) => (
                <option key={p.id} value={p.id}>
                  {`${p.name}（${politicalStatusLabels[p.politicalStatus]}${p.expected ? '' : '，列席'}）`}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {error && <p className="text-sm text-red-700">{error.join('；')}</p>}
      <ul aria-label="应到人员" className="divide-y divide-stone-100 rounded-md ring-1 ring-stone-200">
        {expected.map(row)}
        {expected.length === 0 && (
          <li className="px-3 py-4 text-sm text-stone-500">名单为空：请选择会议类型或添加人员。</li>
        )}
      </ul>
      {guests.length > 0 && (
        <section aria-label="列席人员" className="space-y-1">
          <h3 className="text-sm font-medium text-stone-700">列席人员（不计入应到人数）</h3>
          <ul className="divide-y divide-stone-100 rounded-md ring-1 ring-stone-200">{guests.map(row)}</ul>
        </section>
      )}
    </div>
  );
}
