import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { DevelopmentRemindersPanel } from '@/app/(app)/_components/development-reminders';
import { DuesPanel } from '@/app/(app)/_components/dues-panel';
import {
  ComplianceWarningsPanel,
  MyAttendanceSummary,
  UpcomingMeetingsPanel,
} from '@/app/(app)/_components/meeting-panels';
import { RectificationPanel } from '@/app/(app)/_components/rectification-panel';
import { SetupChecklistPanel } from '@/app/(app)/_components/setup-checklist-panel';
import { YearWorkPanel } from '@/app/(app)/_components/year-work-panel';
import { StatusBadge } from '@/components/people/status-badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { cachedDashboard } from '@/db/queries/dashboard';
import { can } from '@/lib/auth/permissions';
import { todayIso } from '@/lib/clock';
import { politicalStatuses, politicalStatusLabels } from '@/lib/people/model';
import { partyStanding } from '@/lib/people/party-standing';
import { requirePermission } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export const metadata: Metadata = { title: '工作概览' };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ password?: string }> }) {
  const user = await requirePermission('dashboard.read');
  // Above a branch, home is the overview of every branch beneath; a branch is opened from there.
  if (can(user, 'overview.read')) redirect('/overview');
  const year = await getSelectedYear();
  const { password } = await searchParams;

  const today = todayIso();
  const {
    byStatus,
    groups,
    committee,
    me,
    myAttendance,
    setup,
    compliance,
    upcoming,
    developmentReminders,
    rectification,
    yearWork,
    dues,
  } = cachedDashboard(user, year, today);
  // Arrears are as of now, whichever year is being looked at.
  const members = (byStatus.full ?? 0) + (byStatus.probationary ?? 0);
  const rosterLink = (status: string) => (can(user, 'members.read') ? `/members?status=${status}` : undefined);

  return (
    <>
      <PageHeader title={`${user.branchName} · ${year}年`} description="支部基本情况一览" />
      {password === 'changed' && (
        <p
          role="status"
          className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200"
        >
          密码已修改。
        </p>
      )}

      {me && (
        <Card title="我的" className="mb-5">
          <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
            <span className="text-base font-semibold">{me.name}</span>
            <StatusBadge status={me.politicalStatus} />
            {me.committeeTitle && <span className="whitespace-nowrap">支委职务：{me.committeeTitle}</span>}
            {me.groupName && <span className="whitespace-nowrap">所在党小组：{me.groupName}</span>}
            {partyStanding(me.fullMemberDate, today) !== null && (
              <span>党龄：{partyStanding(me.fullMemberDate, today)}年</span>
            )}
            {myAttendance && <MyAttendanceSummary year={year} attendance={myAttendance} />}
            <Link
              href={`/members/${me.id}`}
              className="inline-flex min-h-11 items-center font-medium text-brand-800 hover:underline"
            >
              查看我的资料
            </Link>
          </div>
        </Card>
      )}

      {upcoming && (
        <div className="mb-5 grid gap-5 lg:grid-cols-2">
          {setup && <SetupChecklistPanel setup={setup} mayComplete={can(user, 'branch.settings')} />}
          {yearWork && !setup && <YearWorkPanel facts={yearWork} />}
          {compliance && <ComplianceWarningsPanel compliance={compliance} today={today} />}
          <UpcomingMeetingsPanel upcoming={upcoming} today={today} linkToDetail={can(user, 'meetings.read')} />
          {developmentReminders && <DevelopmentRemindersPanel reminders={developmentReminders} today={today} />}
          {rectification && <RectificationPanel rectification={rectification} />}
          {dues && <DuesPanel rows={dues} />}
        </div>
      )}

      <section aria-label="人员构成" className="mb-5 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-7">
        <Stat label="党员总数" value={members} href={undefined} emphasis />
        {politicalStatuses.map((status) => (
          <Stat
            key={status}
            label={politicalStatusLabels[status]}
            value={byStatus[status] ?? 0}
            href={rosterLink(status)}
          />
        ))}
      </section>

      <div className="grid gap-5 lg:grid-cols-2">
        <Card
          title="党小组"
          action={
            can(user, 'members.read') && (
              <Link
                href="/settings"
                className="inline-flex min-h-11 items-center text-sm text-brand-800 underline-offset-2 hover:underline"
              >
                {can(user, 'branch.settings') ? '设置党小组' : '查看'}
              </Link>
            )
          }
        >
          {groups.length === 0 && (
            <p className="text-sm text-stone-600">
              尚未设立党小组。
              {can(user, 'branch.settings')
                ? '在“支部设置”中设立后，可为党员分组，党小组会也将纳入组织生活检查。'
                : '由书记在“支部设置”中设立。'}
            </p>
          )}
          <ul className="divide-y divide-stone-100">
            {groups.map((g) => (
              <li key={g.id} className="flex items-center justify-between gap-3 py-2 text-sm">
                <span className="shrink-0 font-medium whitespace-nowrap">{g.name}</span>
                <span className="text-right text-stone-600">
                  党员 {g.members} 人{g.total > g.members && ` · 另有 ${g.total - g.members} 名入党申请人、积极分子等`}
                </span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title="支部委员会">
          <ul className="divide-y divide-stone-100">
            {committee.map((c) => (
              <li key={c.id} className="flex items-center justify-between py-2 text-sm">
                <span className="font-medium">{c.name}</span>
                <span className="text-stone-600">{c.committeeTitle}</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}

function Stat({ label, value, href, emphasis }: { label: string; value: number; href?: string; emphasis?: boolean }) {
  const body = (
    <>
      <p className="text-xs text-stone-600">{label}</p>
      <p className={emphasis ? 'mt-1 text-3xl font-semibold text-brand-700' : 'mt-1 text-2xl font-semibold'}>
        {value}
        <span className="ml-0.5 text-sm font-normal text-stone-500">人</span>
      </p>
    </>
  );
  const className = 'block rounded-lg bg-white p-3 shadow-sm ring-1 ring-stone-200';
  return href ? (
    <Link href={href} className={`${className} hover:ring-brand-600`}>
      {body}
    </Link>
  ) : (
    <div className={className}>{body}</div>
  );
}
