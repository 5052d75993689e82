'use client';
import { useRef } from 'react';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';

type Props = {
  action: FormAction;
  item: { id: number; version: number; evidence: string | null };
  canComplete: boolean;
};

/** What was done: saved as a draft, or saved and marked 已完成 for the committee to check off. */
export function EvidenceForm({ action, item, canComplete }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  // Which button was pressed; the form data of a submit does not carry its submitter.
  const complete = useRef<HTMLInputElement>(null);
  const press = (value: string) => () => {
    complete.current!.value = value;
  };
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="id" value={item.id} />
      <input type="hidden" name="version" value={item.version} />
      <input type="hidden" name="complete" ref={complete} defaultValue="" />
      <TextAreaField
        label="整改完成情况"
        name="evidence"
        rows={4}
        defaultValue={item.evidence}
        hint="写明做了什么、取得了什么效果。照片、扫描件等佐证材料在下方上传，标记完成后、销号前仍可补充。"
        error={errors('evidence')}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" disabled={pending} onClick={press('')}>
          保存整改情况
        </Button>
        {canComplete && (
          <Button type="submit" disabled={pending} onClick={press('on')}>
            保存并标记为已完成
          </Button>
        )}
      </div>
      <FormStatus state={state} />
    </form>
  );
}
