import Link from 'next/link';
import { BranchKindForm } from '@/app/(app)/settings/_components/branch-kind-form';
import { setBranchKind } from '@/app/(app)/settings/actions';
import { Card } from '@/components/ui/card';
import type { branchKindSettings } from '@/db/queries/branch-kind';
import { branchKindLabels } from '@/lib/branches/model';
import { defaultLedgerTemplates } from '@/lib/ledgers/templates';

type Props = { settings: ReturnType<typeof branchKindSettings>; mayEdit: boolean; mayOpenLedgers: boolean };

/** The kind of organisation the branch belongs to, what it changes, and the ledgers such branches keep. */
export function BranchKindCard({ settings, mayEdit, mayOpenLedgers }: Props) {
  const label = branchKindLabels[settings.kind];
  const templates = defaultLedgerTemplates(settings.kind);
  const notOn = templates.filter((t) => !settings.ledgerTemplates.includes(t.code));
  return (
    <Card title="单位类别" className="mt-5">
      <p className="text-sm text-stone-700">
        本支部属于<strong className="font-semibold">{label}</strong>
        。类别决定今后新建时的默认内容（会议类型名称、工作成果类别、开启的台账）和年度述职报告初稿的模板；修改类别不会改动已有的会议类型、成果类别、台账和记录。
      </p>
      <p className="mt-2 text-sm text-stone-700">
        {label}党支部常用的台账：{templates.map((t) => t.name).join('、')}
        {notOn.length ? `；本支部尚未开启${notOn.map((t) => t.name).join('、')}。` : '，本支部都已开启。'}
        {mayOpenLedgers && (
          <Link
            href="/ledgers"
            className="ml-1 inline-flex min-h-11 items-center font-medium text-brand-800 underline-offset-2 hover:underline"
          >
            到自定义台账{notOn.length ? '开启' : '查看'}
          </Link>
        )}
      </p>
      {mayEdit && (
        <div className="mt-3">
          <BranchKindForm action={setBranchKind} version={settings.version} kind={settings.kind} />
        </div>
      )}
    </Card>
  );
}
