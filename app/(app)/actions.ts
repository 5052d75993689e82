'use server';
import { cookies } from 'next/headers';
import { branchCookie, preferenceCookieOptions } from '@/lib/auth/session-user';
import { ActionError } from '@/lib/errors';
import { switchBranchSchema, switchYearSchema } from '@/lib/settings/preferences';
import { defineAction } from '@/server/actions/define-action';
import { yearCookie } from '@/server/selected-year';

// The year and the branch pick what every page shows.
const everyPage = [{ layout: '/' }];

export const switchYear = defineAction({
  permission: 'dashboard.read',
  schema: switchYearSchema,
  revalidate: everyPage,
  async run({ year }) {
    (await cookies()).set(yearCookie, String(year), preferenceCookieOptions);
  },
  success: '已切换年度',
});

export const switchBranch = defineAction({
  permission: 'branches.switch',
  schema: switchBranchSchema,
  revalidate: everyPage,
  async run({ branchId }, user) {
    if (!user.branchIds.includes(branchId)) throw new ActionError('该支部不在您的审阅范围内');
    (await cookies()).set(branchCookie, String(branchId), preferenceCookieOptions);
  },
  success: '已切换支部',
});
