import { AspectForm } from '@/app/(app)/integrity/_components/aspect-form';
import { ItemForm } from '@/app/(app)/integrity/_components/item-form';
import {
  createIntegrityItem,
  moveIntegrityAspect,
  moveIntegrityItem,
  removeIntegrityAspect,
  removeIntegrityItem,
  renameIntegrityAspect,
  updateIntegrityItem,
} from '@/app/(app)/integrity/actions';
import { ActionButton } from '@/components/forms/action-button';
import type { FormAction } from '@/components/forms/use-action-form';
import { cn } from '@/components/ui/cn';
import type { ResponsibilityAspect } from '@/db/queries/integrity';
import { chineseNumber } from '@/lib/chinese-number';

const summaryClass = 'cursor-pointer text-sm text-brand-700 hover:underline';

type Ref = { id: number; version: number };

/** ↑ ↓ 删除 for a row, named after the row for screen readers. */
function RowTools({
  row,
  name,
  move,
  remove,
  confirm,
  className,
}: {
  row: Ref;
  name: string;
  move: FormAction;
  remove: FormAction;
  confirm: string;
  className?: string;
}) {
  const ref = { id: row.id, version: row.version };
  return (
    <div className={cn('flex flex-wrap items-center gap-0.5 text-stone-600', className)}>
      <ActionButton action={move} hidden={{ ...ref, direction: 'up' }} label="上移" target={name} />
      <ActionButton action={move} hidden={{ ...ref, direction: 'down' }} label="下移" target={name} />
      <ActionButton action={remove} hidden={ref} label="删除" target={name} variant="ghost" confirm={confirm} />
    </div>
  );
}

/** The year's 主体责任清单: aspects numbered 一、二、…, their items 1. 2. … with who is responsible. */
export function ResponsibilityList({ aspects, editable }: { aspects: ResponsibilityAspect[]; editable: boolean }) {
  return (
    <div className="space-y-4">
      {aspects.map((aspect, a) => (
        <section key={aspect.id} aria-label={aspect.title} className="rounded-md ring-1 ring-stone-200">
          <div className="flex flex-wrap items-center justify-between gap-2 bg-stone-50 px-3 py-2">
            <h3 className="font-semibold text-stone-900">
              {chineseNumber(a + 1)}、{aspect.title}
              <span className="ml-2 text-sm font-normal text-stone-500">{aspect.items.length}项</span>
            </h3>
            {editable && (
              <RowTools
                row={aspect}
                name={aspect.title}
                move={moveIntegrityAspect}
                remove={removeIntegrityAspect}
                confirm={`删除“${aspect.title}”及其下${aspect.items.length}项内容吗？删除后仍保留在审计记录中。`}
              />
            )}
          </div>
          <ol className="divide-y divide-stone-100">
            {aspect.items.map((item, i) => (
              <li key={item.id} className="flex flex-wrap gap-x-3 gap-y-1 px-3 py-2 text-sm">
                <span className="w-6 shrink-0 text-stone-500 tabular-nums">{i + 1}.</span>
                <div className="min-w-0 flex-1 basis-60">
                  <p className="text-stone-900">{item.content}</p>
                  <p className="mt-0.5 text-xs text-stone-600">责任人：{item.responsible}</p>
                  {editable && (
                    <details className="mt-1">
                      <summary className={summaryClass}>
                        修改<span className="sr-only"> {item.content}</span>
                      </summary>
                      <div className="mt-2">
                        <ItemForm action={updateIntegrityItem} item={item} />
                      </div>
                    </details>
                  )}
                </div>
                {editable && (
                  <RowTools
                    row={item}
                    name={item.content}
                    move={moveIntegrityItem}
                    remove={removeIntegrityItem}
                    confirm="删除这项内容吗？删除后仍保留在审计记录中。"
                    className="-ml-2 basis-full pl-9 sm:ml-0 sm:basis-auto sm:pl-0"
                  />
                )}
              </li>
            ))}
            {aspect.items.length === 0 && <li className="px-3 py-2 text-sm text-stone-500">此方面还没有内容。</li>}
          </ol>
          {editable && (
            <div className="flex flex-wrap gap-x-6 gap-y-2 border-t border-stone-100 px-3 py-2">
              <details className="min-w-0 flex-1 basis-full">
                <summary className={summaryClass}>
                  添加内容<span className="sr-only">到“{aspect.title}”</span>
                </summary>
                <div className="mt-2">
                  <ItemForm action={createIntegrityItem} aspectId={aspect.id} />
                </div>
              </details>
              <details className="min-w-0 flex-1 basis-full">
                <summary className={summaryClass}>
                  修改方面名称<span className="sr-only"> {aspect.title}</span>
                </summary>
                <div className="mt-2">
                  <AspectForm action={renameIntegrityAspect} aspect={aspect} />
                </div>
              </details>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
