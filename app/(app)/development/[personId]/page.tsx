import type { Metadata } from 'next';
import Link from 'next/link';
import { BackfillPage } from '@/app/(app)/development/_components/backfill-page';
import { CorrectDateForm } from '@/app/(app)/development/_components/correct-date-form';
import { StepForm } from '@/app/(app)/development/_components/step-form';
import { StopForm } from '@/app/(app)/development/_components/stop-form';
import {
  correctDevelopmentStepDate,
  recordDevelopmentStep,
  removeDevelopmentDocument,
  stopDevelopment,
  uploadDevelopmentDocument,
} from '@/app/(app)/development/actions';
import { AttachmentsPanel } from '@/components/attachments/attachments-panel';
import { StatusBadge } from '@/components/people/status-badge';
import { Card } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { PageHeader } from '@/components/ui/page-header';
import { getDevelopment, groupNamesOf } from '@/db/queries/development';
import { listHeldMeetingOptions, listPossibleAttendees } from '@/db/queries/meetings';
import { listGroups } from '@/db/queries/people';
import { can } from '@/lib/auth/permissions';
import { todayIso } from '@/lib/clock';
import { isStepDone, nextDeadlines } from '@/lib/development/rules';
import { recordableSteps, stopKind } from '@/lib/development/status';
import { developmentStageLabels, developmentStages, developmentSteps } from '@/lib/development/steps';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '发展过程' };

const dataLabels: Record<string, string> = {
  place: '地点',
  result: '结论',
  note: '说明',
  days: '培训天数',
  hours: '学时',
  expectedVoting: '应到',
  present: '实到',
  yes: '赞成',
  no: '反对',
  abstain: '弃权',
  extensionMonths: '延长预备期（月）',
};

export default async function DevelopmentPersonPage({ params }: { params: Promise<{ personId: string }> }) {
  const user = await requirePermission('development.read');
  const personId = Number((await params).personId);
  const record = getDevelopment(user, personId);
  if (!record) return <BackfillPage user={user} personId={personId} />;
  const today = todayIso();
  const history = { birthDate: record.birthDate, idNumber: record.idNumber, steps: record.steps };
  const stopped = record.stoppedAt !== null;
  const recordable = stopped ? [] : recordableSteps(history);
  const deadlines = stopped ? [] : nextDeadlines(history, today);
  const kind = stopKind(history);
  const people = listPossibleAttendees(user);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const members = people.filter((p) => p.politicalStatus === 'full').map((p) => ({ value: p.id, label: p.name }));
  const groupNames = groupNamesOf(user);
  const writer = can(user, 'development.write');
  // A full member's development is complete: there is nothing to stop.
  const stoppable = writer && !stopped && record.politicalStatus !== 'full';
  const sidebar = stoppable || (writer && recordable.length > 0);

  return (
    <>
      <PageHeader
        title={`${record.name}的发展过程`}
        description={<StatusBadge status={record.politicalStatus} />}
        actions={
          <Link href="/development" className="text-sm text-brand-700 hover:underline">
            返回发展党员
          </Link>
        }
      />
      {stopped && (
        <section
          aria-label={`已${kind}`}
          className="mb-5 rounded-lg bg-stone-100 p-4 text-sm text-stone-800 ring-1 ring-stone-300"
        >
          <p className="font-medium">
            已于 {record.stoppedAt} {kind}
          </p>
          <p className="mt-1">原因：{record.stopReason}</p>
          <p className="mt-1 text-stone-600">发展记录已终止，不能再记录新的步骤；此人的政治面貌为群众。</p>
        </section>
      )}
      {deadlines.length > 0 && (
        <section
          aria-label="期限提醒"
          className="mb-5 rounded-lg bg-amber-50 p-4 text-sm text-amber-900 ring-1 ring-amber-200"
        >
          <ul className="space-y-1">
            {deadlines.map((d) => (
              <li key={`${d.code}-${d.due}`}>{d.message}</li>
            ))}
          </ul>
        </section>
      )}
      <div className={cn('grid gap-5', sidebar && 'lg:grid-cols-[1fr_24rem]')}>
        <ol aria-label="发展步骤" className="space-y-4">
          {developmentStages.map((stage) => (
            <li key={stage}>
              <h2 className="mb-2 text-sm font-semibold text-stone-700">{developmentStageLabels[stage]}</h2>
              <ol className="space-y-1.5">
                {developmentSteps
                  .map((step, index) => ({ step, number: index + 1 }))
                  .filter(({ step }) => step.stage === stage)
                  .map(({ step, number }) => {
                    const done = record.steps.filter((s) => s.code === step.code);
                    const onPaper = done.length === 0 && isStepDone(history, step.code);
                    return (
                      <li
                        key={step.code}
                        className={cn(
                          'rounded-md px-3 py-2 text-sm ring-1',
                          done.length ? 'bg-white ring-stone-200' : 'bg-stone-50 text-stone-600 ring-stone-100',
                        )}
                      >
                        <div className="flex flex-wrap items-center justify-between gap-2">
                          <span className={done.length ? 'font-medium text-stone-900' : ''}>
                            {number}. {step.name}
                          </span>
                          <span className="tabular-nums">
                            {done.map((s) => s.date).join('、') || (onPaper ? '补录前已完成' : '未进行')}
                          </span>
                        </div>
                        {done.map((s) => (
                          <div key={s.id} className="mt-1 space-y-0.5 text-xs text-stone-600">
                            {Object.entries(s.data).map(([key, value]) =>
                              key === 'backfilled' ? (
                                <p key={key}>补录（此前的过程未在本系统逐项记录）</p>
                              ) : key === 'contactIds' || key === 'introducerIds' ? (
                                <p key={key}>
                                  {key === 'contactIds' ? '培养联系人' : '入党介绍人'}：
                                  {(value as number[]).map((id) => names.get(id)).join('、')}
                                </p>
                              ) : key === 'talkerId' ? (
                                <p key={key}>谈话人：{names.get(value as number)}</p>
                              ) : key === 'groupId' ? (
                                <p key={key}>党小组：{groupNames.get(value as number)}</p>
                              ) : (
                                <p key={key}>
                                  {dataLabels[key] ?? key}：{String(value)}
                                </p>
                              ),
                            )}
                            {s.meetingId && (
                              <p>
                                会议：
                                <Link href={`/meetings/${s.meetingId}`} className="text-brand-700 hover:underline">
                                  {s.meetingTopic}
                                </Link>
                              </p>
                            )}
                            {s.warnings.map((w) => (
                              <p key={w.rule} className="text-amber-800">
                                提醒：{w.message}
                              </p>
                            ))}
                            {(writer || s.files.length > 0) && (
                              <details className="mt-1">
                                <summary className="cursor-pointer text-stone-500 hover:text-brand-700">
                                  材料（{s.files.length}）<span className="sr-only">：{step.name}</span>
                                </summary>
                                <div className="mt-2">
                                  <AttachmentsPanel
                                    owner={{ stepId: s.id }}
                                    files={s.files}
                                    hint="申请书、志愿书、政审材料、思想汇报等"
                                    upload={writer ? uploadDevelopmentDocument : undefined}
                                    remove={writer ? removeDevelopmentDocument : undefined}
                                  />
                                </div>
                              </details>
                            )}
                            {writer && (
                              <CorrectDateForm
                                action={correctDevelopmentStepDate}
                                step={{ id: s.id, version: s.version, date: s.date, name: step.name }}
                              />
                            )}
                          </div>
                        ))}
                      </li>
                    );
                  })}
              </ol>
            </li>
          ))}
        </ol>
        {sidebar && (
          // On a phone the next step comes before the timeline and the stop after it (the box dissolves).
          <div className="contents lg:sticky lg:top-4 lg:block lg:space-y-5 lg:self-start">
            {writer && recordable.length > 0 && (
              <Card title="记录下一步" className="order-first lg:order-none">
                <StepForm
                  action={recordDevelopmentStep}
                  recordId={record.id}
                  steps={recordable.map((s) => ({ code: s.code, name: s.name }))}
                  members={members}
                  meetings={listHeldMeetingOptions(user, ['committee', 'general'])}
                  groups={listGroups(user).map((g) => ({ value: g.id, label: g.name }))}
                  groupId={record.groupId}
                  today={today}
                />
              </Card>
            )}
            {stoppable && (
              <Card title={kind} className="order-last lg:order-none">
                <p className="mb-3 text-sm text-stone-600">
                  {kind === '取消预备党员资格'
                    ? '预备党员不具备党员条件的，取消其预备党员资格。'
                    : '调离、本人放弃或未被批准等不再继续发展的，终止发展记录。'}
                  终止后不能再记录步骤，此人的政治面貌改为群众。
                </p>
                <StopForm
                  action={stopDevelopment}
                  record={{ id: record.id, version: record.version }}
                  kind={kind}
                  today={today}
                />
              </Card>
            )}
          </div>
        )}
      </div>
    </>
  );
}
