'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { meetingOptionLabel } from '@/lib/meetings/model';

type Props = { action: FormAction; meetings: { meetingId: number; date: string; kindName: string; topic: string }[] };

/** Picks one of the year's held meetings as a special meeting on clean government. */
export function LinkMeetingForm({ action, meetings }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
      <SelectField
        label="从本年已召开的会议中选择"
        name="meetingId"
        required
        placeholder="请选择"
        options={meetings.map((m) => ({ value: m.meetingId, label: meetingOptionLabel(m) }))}
        error={errors('meetingId')}
        className="min-w-0 flex-1 basis-72"
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        关联为专题会议
      </Button>
      <FormStatus state={state} className="basis-full" />
    </form>
  );
}
