import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActivityForm } from '@/app/(app)/projects/_components/activity-form';
import { recordActivity, setProjectStatus } from '@/app/(app)/projects/actions';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { DetailRow } from '@/components/ui/detail-list';
import { formatDate } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { listPeopleForPicker } from '@/db/queries/people';
import { getProject, type ProjectDetail } from '@/db/queries/project-detail';
import { listOutputTypes } from '@/db/queries/projects';
import { can } from '@/lib/auth/permissions';
import { todayIso } from '@/lib/clock';
import { type ProjectStatus, projectStatusLabels } from '@/lib/service/model';
import { formatQuantity, targetProgress } from '@/lib/service/quantities';
import { requireAnyPermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '项目详情' };

/** The status change a project's page offers next. */
const nextStatus: Partial<Record<ProjectStatus, { status: ProjectStatus; label: string }>> = {
  planned: { status: 'active', label: '启动项目' },
  active: { status: 'completed', label: '标记为已完成' },
};

export default async function ProjectPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; removed?: string }>;
}) {
  const user = await requireAnyPermission('projects.read', 'projects.mine');
  const project = getProject(user, Number((await params).id));
  if (!project) notFound();
  const { saved, removed } = await searchParams;
  const writer = can(user, 'projects.write');
  const next = nextStatus[project.status];
  const period = `${formatDate(project.startDate)} 至 ${project.endDate ? formatDate(project.endDate) : '今'}`;

  return (
    <>
      <PageHeader
        title={project.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="red">{project.kind}</Badge>
            <Badge tone={project.status === 'active' ? 'green' : project.status === 'planned' ? 'blue' : 'stone'}>
              {projectStatusLabels[project.status]}
            </Badge>
            <span>{period}</span>
          </span>
        }
        actions={
          writer && (
            <>
              {next && (
                <InlineActionForm
                  action={setProjectStatus}
                  hidden={{ id: project.id, version: project.version, status: next.status }}
                  submitLabel={next.label}
                />
              )}
              <ButtonLink href={`/projects/${project.id}/edit`}>编辑</ButtonLink>
            </>
          )
        }
      />
      {(saved || removed) && (
        <p
          role="status"
          className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200"
        >
          {removed ? '活动已删除（保留在审计记录中）。' : '已保存。'}
        </p>
      )}

      <div className="grid gap-5 lg:grid-cols-3">
        <Card title="项目信息" className="lg:col-span-1">
          <dl className="divide-y divide-stone-100">
            <DetailRow label="结对单位">{project.partner}</DetailRow>
            <DetailRow label="项目目标">{project.goal}</DetailRow>
            <DetailRow label="预算">{project.budget !== null ? formatQuantity(project.budget, '元') : null}</DetailRow>
            <DetailRow label="参与人员">{project.members.map((m) => m.name).join('、')}</DetailRow>
          </dl>
        </Card>
        <TargetsCard project={project} />
      </div>

      {writer && project.status !== 'closed' && project.status !== 'planned' && (
        <Card title="记录活动" className="mt-5">
          <ActivityForm
            action={recordActivity}
            projectId={project.id}
            types={listOutputTypes(user)}
            people={listPeopleForPicker(user)}
            today={todayIso()}
          />
        </Card>
      )}

      <section aria-label="活动记录" className="mt-5">
        <h2 className="mb-2 text-base font-semibold text-stone-900">活动记录（{project.activities.length}）</h2>
        <ol className="space-y-3">
          {project.activities.map((a) => (
            <li key={a.id}>
              <article aria-label={a.title} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200">
                <header className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-medium text-stone-900">
                    <span className="mr-2 text-sm font-normal text-stone-600 tabular-nums">{a.date}</span>
                    {a.title}
                  </h3>
                  {writer && (
                    <Link href={`/projects/activities/${a.id}/edit`} className="text-sm text-brand-700 hover:underline">
                      编辑<span className="sr-only">活动 {a.title}</span>
                    </Link>
                  )}
                </header>
                {a.place && <p className="mt-1 text-sm text-stone-600">地点：{a.place}</p>}
                {a.description && <p className="mt-2 text-sm whitespace-pre-line text-stone-800">{a.description}</p>}
                {a.outputs.length > 0 && (
                  <ul aria-label="成效" className="mt-2 flex flex-wrap gap-1.5">
                    {a.outputs.map((o) => (
                      <li key={o.outputTypeId}>
                        <Badge tone="amber">
                          {o.name} {formatQuantity(o.quantity, o.unit)}
                          {o.note ? `（${o.note}）` : ''}
                        </Badge>
                      </li>
                    ))}
                  </ul>
                )}
                <p className="mt-2 text-xs text-stone-600">
                  参加：{a.participants.map((p) => p.name).join('、') || '—'}
                  {a.otherParticipants > 0 && `，另有 ${a.otherParticipants} 人`}
                </p>
                {a.photos.length > 0 && (
                  <ul aria-label="活动照片" className="mt-2 flex flex-wrap gap-3 text-sm">
                    {a.photos.map((p) => (
                      <li key={p.id}>
                        <a href={`/files/${p.id}`} className="text-brand-700 hover:underline">
                          {p.fileName}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </article>
            </li>
          ))}
          {project.activities.length === 0 && (
            <li className="rounded-lg bg-white px-4 py-8 text-center text-sm text-stone-600 ring-1 ring-stone-200">
              还没有活动记录。
            </li>
          )}
        </ol>
      </section>
    </>
  );
}

function TargetsCard({ project }: { project: ProjectDetail }) {
  const progress = targetProgress(project.targets, new Map(project.totals.map((t) => [t.outputTypeId, t.total])));
  if (project.targets.length === 0) {
    return (
      <Card title="成效合计" className="lg:col-span-2">
        {project.totals.length === 0 ? (
          <p className="text-sm text-stone-600">还没有记录成效。</p>
        ) : (
          <ul className="flex flex-wrap gap-1.5">
            {project.totals.map((t) => (
              <li key={t.outputTypeId}>
                <Badge tone="amber">
                  {t.name} {formatQuantity(t.total, t.unit)}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </Card>
    );
  }
  return (
    <Card title="目标与进度" className="lg:col-span-2">
      <ul className="space-y-3">
        {project.targets.map((t, i) => {
          const p = progress[i];
          return (
            <li key={t.outputTypeId}>
              <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
                <span className="font-medium text-stone-800">
                  {t.name}
                  {t.note && <span className="ml-1 font-normal text-stone-500">（{t.note}）</span>}
                </span>
                <span className="tabular-nums text-stone-700">
                  {formatQuantity(p.achieved, t.unit)} / {formatQuantity(t.quantity, t.unit)}
                  {p.met && <span className="ml-2 text-emerald-700">已达成</span>}
                </span>
              </div>
              <div
                role="progressbar"
                aria-label={`${t.name}进度`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(p.share * 100)}
                className="mt-1 h-2 overflow-hidden rounded-full bg-stone-100"
              >
                <div
                  className={p.met ? 'h-full bg-emerald-600' : 'h-full bg-brand-600'}
                  style={{ width: `${p.share * 100}%` }}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
