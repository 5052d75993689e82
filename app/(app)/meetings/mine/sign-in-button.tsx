'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';

export function SignInButton({ meetingId, topic, action }: { meetingId: number; topic: string; action: FormAction }) {
  const { onSubmit, pending, state } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="flex flex-col items-end gap-1">
      <input type="hidden" name="meetingId" value={meetingId} />
      {/* A thumb's target on a phone: at least 44 px tall. */}
      <Button type="submit" size="sm" className="min-h-11 px-5" disabled={pending} aria-label={`签到：${topic}`}>
        签到
      </Button>
      {state && <FormStatus state={state} className="text-xs" />}
    </form>
  );
}
