import { switchBranch, switchYear } from '@/app/(app)/actions';
import { AppShell } from '@/components/shell/app-shell';
import { listReadableBranches } from '@/db/queries/branches';
import { organisationById } from '@/db/queries/organisations';
import { can } from '@/lib/auth/permissions';
import { navigationFor } from '@/lib/navigation';
import { listableBranches } from '@/lib/organisations/model';
import { requireUser } from '@/server/auth/current-user';
import { getSelectedYear, selectableYears } from '@/server/selected-year';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const year = await getSelectedYear();
  const branchSwitch = can(user, 'branches.switch')
    ? {
        branches: user.branchIds.length <= listableBranches ? listReadableBranches(user) : null,
        action: switchBranch,
      }
    : undefined;
  return (
    <AppShell
      user={user}
      workplace={
        user.organisationId === null
          ? user.branchName
          : (organisationById(user.organisationId)?.name ?? user.branchName)
      }
      nav={navigationFor(user)}
      year={year}
      years={selectableYears()}
      switchYear={switchYear}
      branchSwitch={branchSwitch}
    >
      {children}
    </AppShell>
  );
}
