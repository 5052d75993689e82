'use client';
import { useState } from 'react';
import {
  type AttendanceDraft,
  AttendanceEditor,
  type RemovedDraft,
} from '@/app/(app)/meetings/_components/attendance-editor';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button, ButtonLink } from '@/components/ui/button';
import { FieldShell, InputField, SelectField, TextAreaField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import type { MeetingDetail, MeetingKindRow, PossibleAttendee } from '@/db/queries/meetings';
import { expectedAttendees, isExpectedAttendee, isPartyMember } from '@/lib/meetings/expected-attendees';
import { type MeetingStatus, placeTags } from '@/lib/meetings/model';
import { quorumFor } from '@/lib/meetings/quorum';

type Props = {
  action: FormAction;
  kinds: MeetingKindRow[];
  groups: { id: number; name: string }[];
  people: PossibleAttendee[];
  meeting?: MeetingDetail;
  initialStatus: Exclude<MeetingStatus, 'cancelled'>;
  today: string;
  cancelHref: string;
};

function draftsFor(people: PossibleAttendee[]): AttendanceDraft[] {
  return people.map((p) => ({
    personId: p.id,
    name: p.name,
    politicalStatus: p.politicalStatus,
    expected: true,
    status: null,
    reason: null,
  }));
}

export function MeetingForm({ action, kinds, groups, people, meeting, initialStatus, today, cancelHref }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  const [kindId, setKindId] = useState<number | null>(meeting?.kindId ?? null);
  const [groupId, setGroupId] = useState<number | null>(meeting?.groupId ?? null);
  const [status, setStatus] = useState(meeting?.status === 'held' ? 'held' : initialStatus);
  const [hasVote, setHasVote] = useState(meeting?.hasVote ?? false);
  const [rows, setRows] = useState<AttendanceDraft[]>(() => (meeting ? meeting.attendance : []));
  const [removed, setRemoved] = useState<RemovedDraft[]>(() => meeting?.removedAttendees ?? []);
  const kind = kinds.find((k) => k.id === kindId);

  const resetAttendees = (nextKindId: number | null, nextGroupId: number | null) => {
    const nextKind = kinds.find((k) => k.id === nextKindId);
    setRows(nextKind ? draftsFor(expectedAttendees(people, nextKind.attendeeScope, nextGroupId)) : []);
    setRemoved([]);
  };
  const quorum = kind && status === 'held' ? quorumFor(kind.attendeeScope, kind.code, hasVote, rows) : null;
  // Whom 添加人员 adds as 应到 and whom as 列席: the rule that presets the list decides.
  const addable = people.map((p) => ({
    ...p,
    expected: kind ? isExpectedAttendee(p, kind.attendeeScope, groupId) : false,
  }));
  const peopleOptions = people.filter(isPartyMember).map((p) => ({ value: p.id, label: p.name }));

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      {meeting && (
        <>
          <input type="hidden" name="id" value={meeting.id} />
          <input type="hidden" name="version" value={meeting.version} />
        </>
      )}
      <input
        type="hidden"
        name="attendance"
        value={JSON.stringify(rows.map(({ personId, status, reason }) => ({ personId, status, reason })))}
      />
      <input
        type="hidden"
        name="removedAttendees"
        value={JSON.stringify(removed.map(({ personId, reason }) => ({ personId, reason })))}
      />

      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-3 text-base font-semibold text-stone-900">基本信息</legend>
        <SelectField
          label="会议类型"
          name="kindId"
          required
          value={kindId ?? ''}
          placeholder="请选择"
          options={kinds.map((k) => ({ value: k.id, label: k.name }))}
          error={errors('kindId')}
          onChange={(e) => {
            const next = Number(e.target.value) || null;
            setKindId(next);
            resetAttendees(next, groupId);
          }}
        />
        {kind?.attendeeScope === 'group' && (
          <SelectField
            label="党小组"
            name="groupId"
            required
            value={groupId ?? ''}
            placeholder="请选择"
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
            error={errors('groupId')}
            onChange={(e) => {
              const next = Number(e.target.value) || null;
              setGroupId(next);
              resetAttendees(kindId, next);
            }}
          />
        )}
        <SelectField
          label="状态"
          name="status"
          required
          value={status}
          options={[
            { value: 'planned', label: '计划（尚未召开）' },
            { value: 'held', label: '已召开' },
          ]}
          error={errors('status')}
          onChange={(e) => setStatus(e.target.value as 'planned' | 'held')}
        />
        <InputField
          label="会议主题"
          name="topic"
          required
          defaultValue={meeting?.topic}
          error={errors('topic')}
          className="sm:col-span-2 lg:col-span-3"
        />
        <InputField
          label="日期"
          name="date"
          type="date"
          required
          defaultValue={meeting?.date ?? today}
          error={errors('date')}
        />
        <InputField
          label="开始时间"
          name="startTime"
          type="time"
          defaultValue={meeting?.startTime ?? ''}
          error={errors('startTime')}
        />
        <InputField
          label="结束时间"
          name="endTime"
          type="time"
          defaultValue={meeting?.endTime ?? ''}
          error={errors('endTime')}
        />
        <InputField label="地点" name="place" defaultValue={meeting?.place ?? ''} error={errors('place')} />
        <FieldShell label="地点类型" className="sm:col-span-2" error={errors('placeTags')}>
          {({ id }) => (
            <fieldset id={id} aria-label="地点类型" className="flex flex-wrap gap-x-4 gap-y-1 pt-1">
              {placeTags.map((tag) => (
                <label key={tag} className="flex items-center gap-1 text-sm">
                  <input
                    type="checkbox"
                    name="placeTags"
                    value={tag}
                    defaultChecked={meeting?.placeTags.includes(tag)}
                    className="accent-brand-700"
                  />
                  {tag}
                </label>
              ))}
            </fieldset>
          )}
        </FieldShell>
        <SelectField
          label="主持人"
          name="hostId"
          defaultValue={meeting?.hostId ?? ''}
          placeholder="未指定"
          options={peopleOptions}
          error={errors('hostId')}
        />
        <SelectField
          label="记录人"
          name="recorderId"
          defaultValue={meeting?.recorderId ?? ''}
          placeholder="未指定"
          options={peopleOptions}
          error={errors('recorderId')}
        />
        {kind?.code === 'lecture' && (
          <SelectField
            label="主讲人"
            name="lecturerId"
            defaultValue={meeting?.lecturerId ?? ''}
            placeholder="未指定"
            options={peopleOptions}
            error={errors('lecturerId')}
          />
        )}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-3 text-base font-semibold text-stone-900">会议内容</legend>
        <TextAreaField
          label="会议议程"
          name="agenda"
          rows={3}
          defaultValue={meeting?.agenda}
          error={errors('agenda')}
        />
        {/* What happened at the meeting is written once it is held; hidden (not dropped) while planned, so nothing typed is lost. */}
        <div hidden={status !== 'held'} className="space-y-4">
          <TextAreaField
            label="会议记录"
            name="minutes"
            rows={8}
            defaultValue={meeting?.minutes}
            error={errors('minutes')}
          />
          <TextAreaField
            label="会议决定"
            name="decisions"
            rows={3}
            defaultValue={meeting?.decisions}
            error={errors('decisions')}
          />
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="hasVote"
              checked={hasVote}
              onChange={(e) => setHasVote(e.target.checked)}
              className="accent-brand-700"
            />
            本次会议有表决事项
          </label>
          {kind?.code === 'seminar' && (
            <div className="grid gap-4 sm:grid-cols-2">
              <InputField
                label="研讨材料（篇）"
                name="seminarMaterials"
                type="number"
                min={0}
                defaultValue={meeting?.seminarMaterials ?? ''}
                error={errors('seminarMaterials')}
              />
              <InputField
                label="交流体会（篇）"
                name="exchangeArticles"
                type="number"
                min={0}
                defaultValue={meeting?.exchangeArticles ?? ''}
                error={errors('exchangeArticles')}
              />
            </div>
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend className="mb-3 text-base font-semibold text-stone-900">参会人员</legend>
        <AttendanceEditor
          rows={rows}
          onChange={setRows}
          removed={removed}
          onRemovedChange={setRemoved}
          addable={addable}
          held={status === 'held'}
          removalNeedsReason={kind?.attendeeScope !== 'chosen'}
          error={[...(errors('attendance') ?? []), ...(errors('removedAttendees') ?? [])]}
        />
        {quorum && (
          <p
            role="note"
            aria-label="法定人数"
            className={`mt-3 rounded-md px-3 py-2 text-sm ${quorum.valid ? 'bg-emerald-50 text-emerald-800' : 'bg-amber-50 text-amber-900'}`}
          >
            {quorum.message}
          </p>
        )}
      </fieldset>

      <FormStatus state={state} />
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? '正在保存…' : '保存会议'}
        </Button>
        <ButtonLink href={cancelHref} variant="secondary">
          取消
        </ButtonLink>
      </div>
    </form>
  );
}
