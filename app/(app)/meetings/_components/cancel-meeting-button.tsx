'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';

export function CancelMeetingButton({
  id,
  version,
  held,
  action,
}: {
  id: number;
  version: number;
  held: boolean;
  action: FormAction;
}) {
  const { onSubmit, pending, state } = useActionForm(action, {
    confirm: held ? '确定删除这次会议的记录吗？删除后仍保留在审计记录中。' : '确定取消这次会议吗？',
  });
  const label = held ? '删除记录' : '取消会议';
  return (
    <form onSubmit={onSubmit} className="flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" variant="danger" disabled={pending}>
        {label}
      </Button>
      {state && <FormStatus state={state} />}
    </form>
  );
}
