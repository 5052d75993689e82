import Link from 'next/link';
import { completeSetup } from '@/app/(app)/settings/actions';
import { ActionButton } from '@/components/forms/action-button';
import { Card } from '@/components/ui/card';
import type { Dashboard } from '@/db/queries/dashboard';

/** 上线准备: what a branch new to the app sets up first, shown until the secretary ends it. */
export function SetupChecklistPanel({
  setup,
  mayComplete,
}: {
  setup: NonNullable<Dashboard['setup']>;
  mayComplete: boolean;
}) {
  const done = setup.items.filter((i) => i.done).length;
  const left = setup.items.length - done;
  return (
    <Card
      title="上线准备"
      action={
        <span className="text-sm text-stone-600">
          已完成 {done}/{setup.items.length}
        </span>
      }
    >
      <ol className="space-y-1 text-sm">
        {setup.items.map((item) => (
          <li key={item.key}>
            <Link href={item.href} className="flex min-h-11 items-start gap-3 rounded-md px-2 py-1.5 hover:bg-stone-50">
              <span
                aria-hidden
                className={`mt-0.5 w-4 shrink-0 text-center ${item.done ? 'text-emerald-700' : 'text-stone-400'}`}
              >
                {item.done ? '✓' : '○'}
              </span>
              <span>
                <span className={item.done ? 'text-stone-600' : 'font-medium text-stone-900'}>{item.label}</span>
                <span className="sr-only">{item.done ? '（已完成）' : '（未完成）'}</span>
                <span className="block text-xs text-stone-600">{item.detail}</span>
              </span>
            </Link>
          </li>
        ))}
      </ol>
      <div className="mt-3 flex flex-wrap items-center gap-3 border-t border-stone-100 pt-3 text-xs text-stone-600">
        <p className="flex-1">准备完成后，这里改为显示按频次应开会议的提醒；开始使用日期之前的月份不计为未召开。</p>
        {mayComplete && (
          <ActionButton
            action={completeSetup}
            hidden={{ version: setup.version }}
            label="完成上线准备"
            variant="secondary"
            confirm={
              left > 0 ? `还有${left}项未完成，确定结束上线准备吗？未完成的事项仍可随时在各页面补做。` : undefined
            }
          />
        )}
      </div>
    </Card>
  );
}
