import Link from 'next/link';
import { DisciplineForm } from '@/app/(app)/members/[id]/_components/discipline-form';
import { createDiscipline, removeDiscipline, updateDiscipline } from '@/app/(app)/members/actions';
import { ActionButton } from '@/components/forms/action-button';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { formatDate } from '@/components/ui/format';
import type { DisciplineRecord } from '@/db/queries/discipline';
import type { listHonours } from '@/db/queries/honours';
import { type LedgerLevel, ledgerLevelLabels } from '@/lib/ledgers/model';
import { underProbationOn } from '@/lib/people/discipline';
import { disciplineKindLabels } from '@/lib/people/model';

type Props = {
  personId: number;
  today: string;
  honours: ReturnType<typeof listHonours>;
  /** Null for a reader without `members.read_private`: the section is left out altogether. */
  disciplines: DisciplineRecord[] | null;
  mayWrite: boolean;
};

const levelLabel = (level: LedgerLevel | null) => (level ? ledgerLevelLabels[level] : null);

/** 奖惩: the honours the branch's 评先评优 ledgers name the person in, and (private) the 党纪处分. */
export function HonoursAndDiscipline({ personId, today, honours, disciplines, mayWrite }: Props) {
  return (
    <Card title="奖惩" className="lg:col-span-2">
      <h3 className="text-sm font-semibold text-stone-800">表彰</h3>
      {honours.length === 0 ? (
        <p className="mt-1 text-sm text-stone-600">评先评优台账中没有表彰此人的记录。</p>
      ) : (
        <ul className="mt-1 divide-y divide-stone-100">
          {honours.map((h) => (
            <li key={h.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2 text-sm">
              <span className="text-stone-600">{formatDate(h.date)}</span>
              <span className="font-medium text-stone-900">{h.title}</span>
              {levelLabel(h.level) && <Badge>{levelLabel(h.level)}</Badge>}
              <Link href={`/ledgers/${h.ledgerId}`} className="text-brand-800 underline-offset-2 hover:underline">
                {h.ledgerName}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {disciplines && (
        <div className="mt-5 border-t border-stone-100 pt-4">
          <h3 className="text-sm font-semibold text-stone-800">党纪处分</h3>
          <p className="mt-1 text-xs text-stone-500">仅书记和支委可见。留党察看期内的党员不能担任入党介绍人。</p>
          {disciplines.length === 0 ? (
            <p className="mt-2 text-sm text-stone-600">无。</p>
          ) : (
            <ul className="mt-2 space-y-3">
              {disciplines.map((d) => {
                const label = `${formatDate(d.decidedOn)}${disciplineKindLabels[d.kind]}`;
                return (
                  <li key={d.id} aria-label={label} className="rounded-md p-3 ring-1 ring-stone-200">
                    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
                      <span className="font-medium text-stone-900">{disciplineKindLabels[d.kind]}</span>
                      {underProbationOn([d], today) && <Badge tone="amber">察看期内</Badge>}
                      <span className="text-stone-600">
                        {formatDate(d.decidedOn)} {d.decidedBy}决定
                        {d.until && `，察看期至${formatDate(d.until)}`}
                      </span>
                    </div>
                    {d.reason && <p className="mt-1 text-sm text-stone-700">{d.reason}</p>}
                    {mayWrite && (
                      <div className="mt-2 flex flex-wrap items-start gap-3">
                        <details className="grow rounded-md bg-stone-50 p-3">
                          <summary className="min-h-11 cursor-pointer content-center text-sm font-medium text-brand-800">
                            修改
                          </summary>
                          <div className="mt-2">
                            <DisciplineForm
                              action={updateDiscipline}
                              today={today}
                              personId={personId}
                              discipline={d}
                            />
                          </div>
                        </details>
                        <ActionButton
                          action={removeDiscipline}
                          hidden={{ id: d.id, version: d.version }}
                          label="删除"
                          target={label}
                          variant="danger"
                          confirm={`删除这条${disciplineKindLabels[d.kind]}记录？处分被撤销或录入有误时删除，操作记入审计日志。`}
                        />
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {mayWrite && (
            <details className="mt-3 rounded-md bg-stone-50 p-3">
              <summary className="min-h-11 cursor-pointer content-center text-sm font-medium text-brand-800">
                登记党纪处分
              </summary>
              <div className="mt-2">
                <DisciplineForm action={createDiscipline} today={today} personId={personId} />
              </div>
            </details>
          )}
        </div>
      )}
    </Card>
  );
}
