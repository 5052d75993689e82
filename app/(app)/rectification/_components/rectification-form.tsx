'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button, ButtonLink } from '@/components/ui/button';
import { InputField, SelectField, TextAreaField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { rectificationSourceLabels, rectificationSources } from '@/lib/rectification/model';

type Option = { value: number; label: string };

type Props = {
  action: FormAction;
  aspects: string[];
  people: Option[];
  meetings: Option[];
  item?: {
    id: number;
    version: number;
    aspect: string;
    problem: string;
    source: string;
    sourceMeetingId: number | null;
    sourceNote: string | null;
    measures: string | null;
    responsiblePersonId: number;
    foundDate: string;
    deadline: string;
  };
  today: string;
  cancelHref: string;
};

export function RectificationForm({ action, aspects, people, meetings, item, today, cancelHref }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
      {item && (
        <>
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
        </>
      )}
      <InputField
        label="问题所属方面"
        name="aspect"
        required
        list="rectification-aspects"
        defaultValue={item?.aspect}
        hint="同一方面的问题归在一起，述职报告据此统计“几个方面几个问题”"
        error={errors('aspect')}
      />
      <datalist id="rectification-aspects">
        {aspects.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <SelectField
        label="责任人"
        name="responsiblePersonId"
        required
        placeholder="请选择"
        defaultValue={item?.responsiblePersonId ?? ''}
        options={people}
        error={errors('responsiblePersonId')}
      />
      <TextAreaField
        label="问题"
        name="problem"
        required
        rows={3}
        defaultValue={item?.problem}
        error={errors('problem')}
        className="sm:col-span-2"
      />
      <TextAreaField
        label="整改措施"
        name="measures"
        rows={3}
        defaultValue={item?.measures}
        error={errors('measures')}
        className="sm:col-span-2"
      />
      <SelectField
        label="问题来源"
        name="source"
        required
        defaultValue={item?.source ?? 'life_meeting'}
        options={rectificationSources.map((s) => ({ value: s, label: rectificationSourceLabels[s] }))}
        error={errors('source')}
      />
      <SelectField
        label="查摆问题的会议"
        name="sourceMeetingId"
        placeholder="（不关联会议）"
        defaultValue={item?.sourceMeetingId ?? ''}
        options={meetings}
        error={errors('sourceMeetingId')}
      />
      <InputField
        label="来源说明"
        name="sourceNote"
        defaultValue={item?.sourceNote ?? ''}
        hint="如“2025年旗委巡察反馈问题”“2024年度书记述职评议”"
        error={errors('sourceNote')}
        className="sm:col-span-2"
      />
      <InputField
        label="查摆日期"
        name="foundDate"
        type="date"
        required
        defaultValue={item?.foundDate ?? today}
        error={errors('foundDate')}
      />
      <InputField
        label="整改时限"
        name="deadline"
        type="date"
        required
        defaultValue={item?.deadline}
        error={errors('deadline')}
      />
      <FormStatus state={state} className="sm:col-span-2" />
      <div className="flex gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? '正在保存…' : '保存'}
        </Button>
        <ButtonLink href={cancelHref} variant="secondary">
          取消
        </ButtonLink>
      </div>
    </form>
  );
}
