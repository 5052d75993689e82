'use server';
import { redirect } from 'next/navigation';
import { changeOwnPassword as changeOwnPasswordInDb } from '@/db/mutations/accounts';
import { endAllOwnSessions } from '@/db/mutations/sessions';
import { changeOwnPasswordSchema, signOutEverywhereSchema } from '@/lib/accounts/validation';
import { now } from '@/lib/clock';
import { defineAction } from '@/server/actions/define-action';

export const changeOwnPassword = defineAction({
  permission: 'profile.password',
  schema: changeOwnPasswordSchema,
  async run(input, user) {
    await changeOwnPasswordInDb(user, input);
    redirect('/?password=changed');
  },
  success: '密码已修改',
});

/** 退出所有设备: every browser signed in to the account, this one included, must sign in again. */
export const signOutEverywhere = defineAction({
  permission: 'profile.password',
  schema: signOutEverywhereSchema,
  run(_input, user) {
    endAllOwnSessions(user, now());
  },
  success: '已退出所有设备',
});
