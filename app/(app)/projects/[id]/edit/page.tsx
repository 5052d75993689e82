import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProjectForm } from '@/app/(app)/projects/_components/project-form';
import { removeProject, updateProject } from '@/app/(app)/projects/actions';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listPeopleForPicker } from '@/db/queries/people';
import { getProject } from '@/db/queries/project-detail';
import { listUsedProjectKinds } from '@/db/queries/project-forms';
import { listOutputTypes } from '@/db/queries/projects';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '编辑项目' };

export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission('projects.write');
  const project = getProject(user, Number((await params).id));
  if (!project) notFound();
  return (
    <>
      <PageHeader
        title={`编辑：${project.name}`}
        actions={
          <InlineActionForm
            action={removeProject}
            hidden={{ id: project.id, version: project.version }}
            submitLabel="删除项目"
            variant="danger"
            confirm="确定删除这个项目吗？其活动和成效将不再计入合计，删除记录保留在审计记录中。"
          />
        }
      />
      <Card>
        <ProjectForm
          action={updateProject}
          types={listOutputTypes(user, { includeArchived: true })}
          people={listPeopleForPicker(user)}
          ownKinds={listUsedProjectKinds(user)}
          project={project}
          cancelHref={`/projects/${project.id}`}
        />
      </Card>
    </>
  );
}
