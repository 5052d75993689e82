'use client';
import type { ReactNode } from 'react';
import type { useEditInPlace } from '@/app/(app)/report/_components/use-edit-in-place';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';

/** The open form of a part of the report rewritten in place: its field, save and cancel, and the outcome. */
export function EditInPlaceForm({
  form,
  reportId,
  version,
  saveLabel,
  className,
  children,
}: {
  form: ReturnType<typeof useEditInPlace>;
  reportId: number;
  version: number;
  saveLabel: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={form.onSubmit}
      className={`space-y-2 rounded-md bg-stone-50 p-3 font-sans ring-1 ring-stone-200 ${className ?? ''}`}
      noValidate
    >
      <input type="hidden" name="id" value={reportId} />
      <input type="hidden" name="version" value={version} />
      {children}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={form.pending}>
          {saveLabel}
        </Button>
        <Button variant="ghost" size="sm" onClick={() => form.setEditing(false)}>
          取消
        </Button>
      </div>
      <FormStatus state={form.state} className="text-xs" />
    </form>
  );
}
