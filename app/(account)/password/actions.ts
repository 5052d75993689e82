'use server';
import { redirect } from 'next/navigation';
import { changeOwnPassword as changeOwnPasswordInDb } from '@/db/mutations/accounts';
import { defineAction } from '@/lib/actions/define-action';
import { changeOwnPasswordSchema } from '@/lib/validation/accounts';

export const changeOwnPassword = defineAction({
  permission: 'profile.password',
  schema: changeOwnPasswordSchema,
  async run(input, user) {
    await changeOwnPasswordInDb(user, input);
    redirect('/?password=changed');
  },
  success: '密码已修改',
});
