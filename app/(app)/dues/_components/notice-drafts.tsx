import { InlineActionForm } from '@/components/forms/inline-action-form';
import type { FormAction } from '@/components/forms/use-action-form';

const quarters = [
  { label: '第一季度', from: '01', to: '03' },
  { label: '第二季度', from: '04', to: '06' },
  { label: '第三季度', from: '07', to: '09' },
  { label: '第四季度', from: '10', to: '12' },
];

/**
 * 生成公示: a draft 党务公开 item for a quarter that has begun, or the year, listing who paid how much
 * (no bases). It then goes through the notices' review like any other item.
 */
export function NoticeDrafts({
  action,
  year,
  currentMonth,
}: {
  action: FormAction;
  year: number;
  currentMonth: string;
}) {
  const begun = quarters.filter((q) => `${year}-${q.from}` <= currentMonth);
  return (
    <>
      <p className="mb-3 text-sm text-stone-600">
        生成党务公开草稿，列出每名党员交纳的党费和合计，核对后按党务公开流程审核发布。
      </p>
      <div className="flex flex-wrap gap-2">
        {begun.map((q) => (
          <InlineActionForm
            key={q.label}
            action={action}
            hidden={{ fromMonth: `${year}-${q.from}`, toMonth: `${year}-${q.to}` }}
            submitLabel={`生成${q.label}公示`}
          />
        ))}
        <InlineActionForm
          action={action}
          hidden={{ fromMonth: `${year}-01`, toMonth: `${year}-12` }}
          submitLabel="生成全年公示"
        />
      </div>
    </>
  );
}
