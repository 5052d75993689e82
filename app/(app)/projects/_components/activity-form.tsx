'use client';
import { useEffect, useState } from 'react';
import { QuantityRowsEditor } from '@/app/(app)/projects/_components/quantity-rows-editor';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { PeopleChecklist } from '@/components/people/people-checklist';
import { Button } from '@/components/ui/button';
import { InputField, TextAreaField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import type { OutputTypeRow } from '@/db/queries/projects';
import type { PoliticalStatus } from '@/lib/people/model';

type Activity = {
  id: number;
  version: number;
  date: string;
  title: string;
  description: string | null;
  place: string | null;
  otherParticipants: number;
  participantIds: number[];
  outputs: { outputTypeId: number; quantity: number; note: string | null }[];
};

type Props = {
  action: FormAction;
  types: OutputTypeRow[];
  people: { id: number; name: string; politicalStatus: PoliticalStatus }[];
  today: string;
  /** Set when recording a new activity of a project. */
  projectId?: number;
  activity?: Activity;
};

/** Records what was done on a day: who took part and what it produced. */
export function ActivityForm({ action, types, people, today, projectId, activity }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  // After a new activity is recorded, its fields start empty again for the next one.
  const [recorded, setRecorded] = useState(0);
  useEffect(() => {
    if (state?.ok && !activity) setRecorded((n) => n + 1);
  }, [state, activity]);

  return (
    <form key={recorded} onSubmit={onSubmit} className="space-y-5" noValidate>
      {projectId && <input type="hidden" name="projectId" value={projectId} />}
      {activity && (
        <>
          <input type="hidden" name="id" value={activity.id} />
          <input type="hidden" name="version" value={activity.version} />
        </>
      )}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <InputField
          label="活动日期"
          name="date"
          type="date"
          required
          max={today}
          defaultValue={activity?.date ?? today}
          error={errors('date')}
        />
        <InputField
          label="活动名称"
          name="title"
          required
          defaultValue={activity?.title}
          error={errors('title')}
          className="sm:col-span-2"
        />
        <InputField label="地点" name="place" defaultValue={activity?.place ?? ''} error={errors('place')} />
        <InputField
          label="其他参加人数"
          name="otherParticipants"
          inputMode="numeric"
          defaultValue={activity?.otherParticipants ?? 0}
          hint="名册以外的群众、志愿者等"
          error={errors('otherParticipants')}
        />
        <TextAreaField
          label="活动内容"
          name="description"
          rows={3}
          defaultValue={activity?.description}
          error={errors('description')}
          className="sm:col-span-2 lg:col-span-3"
        />
      </div>
      <QuantityRowsEditor
        legend="活动成效"
        name="outputs"
        types={types}
        initial={activity?.outputs}
        addLabel="添加成效"
        error={errors('outputs')}
      />
      <PeopleChecklist
        legend="参加人员"
        name="participantIds"
        people={people}
        defaultChecked={activity?.participantIds}
        error={errors('participantIds')}
      />
      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? '保存中…' : activity ? '保存活动' : '记录活动'}
      </Button>
    </form>
  );
}
