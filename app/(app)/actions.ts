'use server';
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { ActionError } from '@/lib/errors';
import { switchBranchSchema, switchYearSchema } from '@/lib/settings/preferences';
import { defineAction } from '@/server/actions/define-action';
import { branchCookie } from '@/server/auth/current-user';
import { yearCookie } from '@/server/selected-year';

const oneYear = 60 * 60 * 24 * 365;
const cookieOptions = { httpOnly: true, sameSite: 'lax', path: '/', maxAge: oneYear } as const;

export const switchYear = defineAction({
  permission: 'dashboard.read',
  schema: switchYearSchema,
  async run({ year }) {
    (await cookies()).set(yearCookie, String(year), cookieOptions);
    revalidatePath('/', 'layout');
  },
  success: '已切换年度',
});

export const switchBranch = defineAction({
  permission: 'branches.switch',
  schema: switchBranchSchema,
  async run({ branchId }, user) {
    if (!user.branchIds.includes(branchId)) throw new ActionError('该支部不在您的审阅范围内');
    (await cookies()).set(branchCookie, String(branchId), cookieOptions);
    revalidatePath('/', 'layout');
  },
  success: '已切换支部',
});
