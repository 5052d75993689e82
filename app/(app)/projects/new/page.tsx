import type { Metadata } from 'next';
import { ProjectForm } from '@/app/(app)/projects/_components/project-form';
import { createProject } from '@/app/(app)/projects/actions';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listPeopleForPicker } from '@/db/queries/people';
import { listUsedProjectKinds } from '@/db/queries/project-forms';
import { listOutputTypes } from '@/db/queries/projects';
import { currentYear } from '@/lib/clock';
import { secretaryProjectKind } from '@/lib/service/model';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '新建项目' };

export default async function NewProjectPage({ searchParams }: { searchParams: Promise<{ plan?: string }> }) {
  const user = await requirePermission('projects.write');
  const planYear = Number((await searchParams).plan);
  const planning = Number.isInteger(planYear) && planYear > currentYear() && planYear <= currentYear() + 1;
  return (
    <>
      <PageHeader
        title={planning ? `计划${planYear}年书记项目` : '新建项目'}
        description={
          planning
            ? '写下明年拟开展的书记项目及量化目标；新的一年开始后将项目改为“进行中”，活动成效会按目标显示进度。'
            : '结对共建、帮扶、书记项目、我为群众办实事、志愿服务，或本支部自定的项目类型。'
        }
      />
      <Card>
        <ProjectForm
          action={createProject}
          types={listOutputTypes(user)}
          people={listPeopleForPicker(user)}
          ownKinds={listUsedProjectKinds(user)}
          defaults={
            planning ? { kind: secretaryProjectKind, startDate: `${planYear}-01-01`, status: 'planned' } : undefined
          }
          cancelHref="/projects"
        />
      </Card>
    </>
  );
}
