'use client';
import { QuantityRowsEditor } from '@/app/(app)/projects/_components/quantity-rows-editor';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { PeopleChecklist } from '@/components/people/people-checklist';
import { Button, ButtonLink } from '@/components/ui/button';
import { InputField, SelectField, TextAreaField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import type { ProjectDetail } from '@/db/queries/project-detail';
import type { OutputTypeRow } from '@/db/queries/projects';
import type { PoliticalStatus } from '@/lib/people/model';
import { builtInProjectKinds, type ProjectStatus, projectStatuses, projectStatusLabels } from '@/lib/service/model';

type Props = {
  action: FormAction;
  types: OutputTypeRow[];
  people: { id: number; name: string; politicalStatus: PoliticalStatus }[];
  /** Kinds the branch has used beside the built-in ones. */
  ownKinds: string[];
  project?: ProjectDetail;
  defaults?: { kind?: string; startDate?: string; status?: ProjectStatus };
  cancelHref: string;
};

export function ProjectForm({ action, types, people, ownKinds, project, defaults, cancelHref }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  const kinds = [...new Set([...builtInProjectKinds, ...ownKinds])];
  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      {project && (
        <>
          <input type="hidden" name="id" value={project.id} />
          <input type="hidden" name="version" value={project.version} />
        </>
      )}
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-3 text-base font-semibold text-stone-900">项目信息</legend>
        <InputField
          label="项目类型"
          name="kind"
          list="project-kinds"
          required
          defaultValue={project?.kind ?? defaults?.kind ?? ''}
          hint="可选常用类型，也可填写本支部自定的类型"
          error={errors('kind')}
        />
        <datalist id="project-kinds">
          {kinds.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
        <InputField
          label="项目名称"
          name="name"
          required
          defaultValue={project?.name}
          error={errors('name')}
          className="sm:col-span-2"
        />
        <InputField
          label="结对单位"
          name="partner"
          defaultValue={project?.partner ?? ''}
          hint="如社区联合党支部、帮扶嘎查"
          error={errors('partner')}
        />
        <InputField
          label="开始日期"
          name="startDate"
          type="date"
          required
          defaultValue={project?.startDate ?? defaults?.startDate}
          error={errors('startDate')}
        />
        <InputField
          label="结束日期"
          name="endDate"
          type="date"
          defaultValue={project?.endDate ?? ''}
          hint="长期项目可不填"
          error={errors('endDate')}
        />
        <InputField
          label="预算（元）"
          name="budget"
          inputMode="decimal"
          defaultValue={project?.budget ?? ''}
          error={errors('budget')}
        />
        <SelectField
          label="项目状态"
          name="status"
          required
          defaultValue={project?.status ?? defaults?.status ?? 'active'}
          options={projectStatuses.map((s) => ({ value: s, label: projectStatusLabels[s] }))}
          error={errors('status')}
        />
        <TextAreaField
          label="项目目标"
          name="goal"
          rows={3}
          defaultValue={project?.goal}
          error={errors('goal')}
          className="sm:col-span-2 lg:col-span-3"
        />
      </fieldset>

      <QuantityRowsEditor
        legend="量化目标（书记项目等按目标跟踪进度）"
        name="targets"
        types={types}
        initial={project?.targets}
        addLabel="添加目标"
        error={errors('targets')}
      />

      <PeopleChecklist
        legend="参与人员"
        name="memberIds"
        people={people}
        defaultChecked={project?.members.map((m) => m.id)}
        error={errors('memberIds')}
      />

      <FormStatus state={state} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? '保存中…' : '保存项目'}
        </Button>
        <ButtonLink href={cancelHref} variant="secondary">
          取消
        </ButtonLink>
      </div>
    </form>
  );
}
