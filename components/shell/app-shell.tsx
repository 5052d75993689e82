import Link from 'next/link';
import type { ReactNode } from 'react';
import { Icon } from '@/components/shell/icons';
import { MobileMenu } from '@/components/shell/mobile-menu';
import { NavLinks } from '@/components/shell/nav-links';
import { PinnedDayNote } from '@/components/shell/pinned-day-note';
import { PreferenceSelect } from '@/components/shell/preference-select';
import { SignOutButton } from '@/components/shell/sign-out-button';
import type { ActionState } from '@/lib/actions/result';
import { type Role, roleLabels } from '@/lib/auth/roles';
import type { NavItem } from '@/lib/navigation';

type SwitchAction = (state: ActionState | undefined, payload: FormData) => Promise<ActionState>;

type Props = {
  user: { name: string; role: Role; branchName: string; branchId: number };
  /** Whom the user works for, under the app's name: their branch, or the organisation of an organisation's account. */
  workplace: string;
  nav: NavItem[];
  /** The working year from the cookie; a page whose address names a year shows that one instead. */
  year: number;
  years: number[];
  switchYear: SwitchAction;
  /** Only for reviewers, who read several branches. */
  /** The branches to choose from; null when there are too many to list (chosen from the overview instead). */
  branchSwitch?: { branches: { id: number; name: string }[] | null; action: SwitchAction };
  children: ReactNode;
};

function UserBlock({ user }: Pick<Props, 'user'>) {
  return (
    <div className="border-t border-white/15 pt-4 text-sm">
      <p className="font-medium text-white">{user.name}</p>
      <p className="text-brand-100">{roleLabels[user.role]}</p>
      <div className="mt-3 flex flex-col gap-1">
        <Link href="/password" className="flex items-center gap-2 rounded px-1 py-1 text-brand-100 hover:text-white">
          <Icon name="lock" className="size-4" />
          修改密码
        </Link>
        <SignOutButton
          className="flex items-center gap-2 rounded px-1 py-1 text-left text-brand-100 hover:text-white"
          icon={<Icon name="logout" className="size-4" />}
        />
      </div>
    </div>
  );
}

function Switchers({ year, years, switchYear, branchSwitch, user }: Omit<Props, 'children' | 'nav'>) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      {branchSwitch?.branches && (
        <PreferenceSelect
          label="支部"
          name="branchId"
          value={user.branchId}
          options={branchSwitch.branches.map((b) => ({ value: b.id, label: b.name }))}
          action={branchSwitch.action}
        />
      )}
      {branchSwitch && !branchSwitch.branches && (
        <p className="text-sm text-stone-700">
          支部：{user.branchName}
          <Link href="/overview" className="ml-2 text-brand-700 hover:underline">
            在总览中选择
          </Link>
        </p>
      )}
      <PreferenceSelect
        label="年度"
        name="year"
        value={year}
        options={years.map((y) => ({ value: y, label: `${y}年` }))}
        action={switchYear}
        followsAddressYear
      />
    </div>
  );
}

/** The signed-in frame: sidebar on a laptop, a top bar with a drawer on a phone. */
export function AppShell(props: Props) {
  const { user, workplace, nav, children } = props;
  const icons = Object.fromEntries(
    nav.map((item) => [item.href, <Icon key={item.href} name={item.icon} className="size-5 shrink-0 opacity-90" />]),
  );
  return (
    <div className="min-h-dvh lg:pl-60">
      <aside className="fixed inset-y-0 left-0 hidden w-60 flex-col bg-brand-800 p-4 lg:flex">
        <Link href="/" className="mb-1 text-xl font-semibold tracking-wide text-white">
          支部工作台
        </Link>
        <p className="mb-6 text-sm text-brand-100">{workplace}</p>
        {/* On a short screen the list scrolls inside the sidebar, keeping the account block on its background. */}
        <nav aria-label="主导航" className="-mx-1 min-h-0 flex-1 overflow-y-auto px-1">
          <NavLinks items={nav} icons={icons} />
        </nav>
        <UserBlock user={user} />
      </aside>

      <header className="sticky top-0 z-30 bg-brand-800 text-white shadow lg:hidden">
        <div className="flex h-14 items-center gap-2 px-3">
          <MobileMenu
            items={nav}
            icons={{
              ...icons,
              menu: <Icon name="menu" className="size-6" />,
              close: <Icon name="close" className="size-6" />,
            }}
            footer={<UserBlock user={user} />}
          />
          <div className="min-w-0">
            <p className="truncate text-base leading-tight font-semibold">支部工作台</p>
            <p className="truncate text-xs text-brand-100">{workplace}</p>
          </div>
        </div>
      </header>

      <div className="border-b border-stone-200 bg-white/80 px-4 py-2 sm:px-6 lg:px-8">
        <Switchers {...props} />
      </div>

      <main className="mx-auto max-w-6xl px-4 py-5 sm:px-6 lg:px-8 lg:py-8">{children}</main>
      <PinnedDayNote className="mx-auto max-w-6xl px-4 pb-6 text-stone-600 sm:px-6 lg:px-8" />
    </div>
  );
}
