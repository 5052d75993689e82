import type { Metadata } from 'next';
import { addOutputType, archiveOutputType } from '@/app/(app)/projects/actions';
import { NewOutputTypeForm } from '@/app/(app)/projects/settings/new-output-type-form';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listOutputTypes } from '@/db/queries/projects';
import { outputCategories, outputCategoryLabels } from '@/lib/service/model';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '成效类型' };

export default async function OutputTypesPage() {
  const user = await requirePermission('projects.write');
  const types = listOutputTypes(user, { includeArchived: true });
  return (
    <>
      <PageHeader
        title="成效类型"
        description="活动成效按类型记录数量（捐款 元、横幅 条 …），年度合计与述职报告按类型汇总。停用的类型不再出现在选择中，已记录的数量仍计入合计。"
      />
      <div className="grid gap-5 lg:grid-cols-3">
        <Card title="现有类型" className="lg:col-span-2">
          <div className="space-y-4">
            {outputCategories.map((category) => {
              const inCategory = types.filter((t) => t.category === category);
              if (inCategory.length === 0) return null;
              return (
                <section key={category} aria-label={outputCategoryLabels[category]}>
                  <h3 className="mb-1 text-sm font-medium text-stone-600">{outputCategoryLabels[category]}</h3>
                  <ul className="divide-y divide-stone-100">
                    {inCategory.map((t) => (
                      <li key={t.id} className="flex items-center justify-between gap-3 py-2 text-sm">
                        <span className={t.archivedAt ? 'text-stone-400 line-through' : 'text-stone-900'}>
                          {t.name}
                          <span className="ml-1 text-stone-500">（{t.unit}）</span>
                        </span>
                        {t.archivedAt ? (
                          <span className="text-xs text-stone-500">已停用</span>
                        ) : (
                          <InlineActionForm
                            action={archiveOutputType}
                            hidden={{ id: t.id, version: t.version }}
                            submitLabel={`停用 ${t.name}`}
                          />
                        )}
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        </Card>
        <Card title="添加类型">
          <NewOutputTypeForm action={addOutputType} />
        </Card>
      </div>
    </>
  );
}
