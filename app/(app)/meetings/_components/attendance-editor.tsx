'use client';
import { useState } from 'react';
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

/** Someone the rule expects, taken off the list with the reason why. */
export type RemovedDraft = { personId: number; name: string; reason: string };

type Props = {
  rows: AttendanceDraft[];
  onChange: (rows: AttendanceDraft[]) => void;
  removed: RemovedDraft[];
  onRemovedChange: (removed: RemovedDraft[]) => void;
  addable: { id: number; name: string; politicalStatus: PoliticalStatus; expected: boolean }[];
  /** A held meeting marks each person 出席 / 请假 / 缺席; a planned one only lists who should come. */
  held: boolean;
  /** Taking someone expected off the list needs a reason (not for a kind whose attendees are chosen). */
  removalNeedsReason: boolean;
  error?: string[];
};

/**
 * The list of who should attend, each marked 出席 / 请假 (with reason) / 缺席; people added beyond the
 * kind's rule are listed apart as 列席 and do not count toward 应到.
 */
export function AttendanceEditor({
  rows,
  onChange,
  removed,
  onRemovedChange,
  addable,
  held,
  removalNeedsReason,
  error,
}: Props) {
  // The person being taken off the list of those expected, while the reason is asked for.
  const [removing, setRemoving] = useState<{ personId: number; reason: string } | null>(null);
  const update = (personId: number, change: Partial<AttendanceDraft>) =>
    onChange(rows.map((r) => (r.personId === personId ? { ...r, ...change } : r)));
  const notListed = addable.filter((p) => !rows.some((r) => r.personId === p.id));
  const expected = rows.filter((r) => r.expected);
  const guests = rows.filter((r) => !r.expected);

  const add = (person: Props['addable'][number]) => {
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
    if (removed.some((r) => r.personId === person.id)) {
      onRemovedChange(removed.filter((r) => r.personId !== person.id));
    }
  };
  const confirmRemoval = (row: AttendanceDraft, reason: string) => {
    onChange(rows.filter((r) => r.personId !== row.personId));
    onRemovedChange([...removed, { personId: row.personId, name: row.name, reason: reason.trim() }]);
    setRemoving(null);
  };

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
        {removing?.personId !== row.personId && (
          <button
            type="button"
            onClick={() =>
              // 列席 do not count toward 应到: they leave the list without a reason.
              row.expected && removalNeedsReason
                ? setRemoving({ personId: row.personId, reason: '' })
                : onChange(rows.filter((r) => r.personId !== row.personId))
            }
            aria-label={`移出名单：${row.name}`}
            className="ml-auto text-xs text-stone-500 hover:text-red-700"
          >
            移出名单
          </button>
        )}
        {removing?.personId === row.personId && (
          <span className="flex w-full flex-wrap items-center gap-2 rounded-md bg-amber-50 px-2 py-1.5 text-sm">
            <label className="flex items-center gap-1">
              移出原因
              <input
                aria-label={`${row.name}的移出原因`}
                value={removing.reason}
                maxLength={60}
                placeholder="如：调离本支部"
                onChange={(e) => setRemoving({ personId: row.personId, reason: e.target.value })}
                onKeyDown={(e) => {
                  // Enter confirms the removal instead of saving the whole meeting.
                  if (e.key !== 'Enter') return;
                  e.preventDefault();
                  if (removing.reason.trim()) confirmRemoval(row, removing.reason);
                }}
                className="h-8 w-40 rounded-md border-0 bg-white px-2 text-sm ring-1 ring-stone-300"
              />
            </label>
            <Button
              size="sm"
              variant="danger"
              disabled={removing.reason.trim() === ''}
              onClick={() => confirmRemoval(row, removing.reason)}
              aria-label={`确认移出：${row.name}`}
            >
              确认移出
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setRemoving(null)}>
              取消
            </Button>
            <span className="text-xs text-stone-600">移出后不再计入应到人数；请假请标记“请假”，不必移出。</span>
          </span>
        )}
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
                if (person) add(person);
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
      {error && error.length > 0 && <p className="text-sm text-red-700">{error.join('；')}</p>}
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
      {removed.length > 0 && (
        <section aria-label="已移出应到名单" className="space-y-1">
          <h3 className="text-sm font-medium text-stone-700">已移出应到名单（不计入应到人数）</h3>
          <ul className="divide-y divide-stone-100 rounded-md text-sm ring-1 ring-stone-200">
            {removed.map((r) => {
              const person = addable.find((p) => p.id === r.personId);
              return (
                <li key={r.personId} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2">
                  <span className="font-medium text-stone-900">{r.name}</span>
                  <span className="text-stone-600">原因：{r.reason}</span>
                  {person && (
                    <button
                      type="button"
                      onClick={() => add(person)}
                      aria-label={`恢复：${r.name}`}
                      className="ml-auto text-xs text-brand-700 hover:underline"
                    >
                      恢复
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
