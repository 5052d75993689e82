import type { Metadata } from 'next';
import Link from 'next/link';
import { RosterImportForm } from '@/app/(app)/development/import/_components/import-form';
import { importRosterWorkbook } from '@/app/(app)/development/import/actions';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: 'Excel 导入导出' };

export default async function DevelopmentImportPage() {
  const user = await requirePermission('development.read');

  return (
    <>
      <PageHeader
        title="Excel 导入导出"
        description="用 Excel 导出本支部的党员名册和发展过程，或按模板成批导入。"
        actions={
          <Link href="/development" className="text-sm text-brand-700 hover:underline">
            返回发展党员
          </Link>
        }
      />
      <Card title="下载" className="mb-5">
        <div className="flex flex-wrap gap-2">
          <a href="/development/template.xlsx" className={buttonClass('secondary')} download>
            下载空白模板
          </a>
          <a href="/development/export.xlsx" className={buttonClass('secondary')} download>
            导出名册和发展过程
          </a>
        </div>
        <p className="mt-3 text-sm text-stone-600">
          导出的文件与模板格式相同，修改后可以直接导入；已经记录过的步骤不会重复导入。
          {!can(user, 'members.read_private') && '您无权查看身份证号、联系电话和家庭住址，导出文件中这三列为空。'}
        </p>
      </Card>
      {can(user, 'development.write') && (
        <Card title="导入">
          <p className="mb-4 text-sm text-stone-600">
            导入前逐行检查名册和发展过程（发展步骤按《中国共产党发展党员工作细则》检查时间和条件）。文件中只要有一处问题，整个文件都不导入，并列出每处问题所在的工作表、行和列。
          </p>
          <RosterImportForm action={importRosterWorkbook} mayCreateGroups={can(user, 'branch.settings')} />
        </Card>
      )}
    </>
  );
}
