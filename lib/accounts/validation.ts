import { branchRoles } from '@/lib/auth/roles';
import { committeeTitles } from '@/lib/people/model';
import { newPassword, optionalEnum, recordId, requiredEnum, version } from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';

export { branchRoles };

const username = z
  .string('请填写用户名')
  .trim()
  .regex(/^[a-z][a-z0-9_.-]{2,31}$/, '用户名为3–32位小写字母、数字、点、横线或下划线，以字母开头');

export const createAccountSchema = z.object({
  personId: recordId,
  username,
  role: requiredEnum('角色', branchRoles),
  initialPassword: newPassword,
});

/**
 * 为所有党员开通账户: every full and probationary member of the branch without an account; `expected` is
 * how many the secretary was shown and agreed to, so a list that changed meanwhile is not acted on.
 */
export const createMemberAccountsSchema = z.object({
  expected: z.coerce
    .number('人数应为数字')
    .int('人数应为整数')
    .min(1, '没有需要开通账户的党员')
    .max(10_000, '人数过大'),
});

export const resetPasswordSchema = z.object({
  id: recordId,
  version,
  initialPassword: newPassword,
});

export const setAccountDisabledSchema = z.object({
  id: recordId,
  version,
  disabled: z.enum(['true', 'false'], '参数无效').transform((v) => v === 'true'),
});

export const changeRoleSchema = z.object({
  id: recordId,
  version,
  role: requiredEnum('角色', branchRoles),
});

export const changeCommitteeTitleSchema = z.object({
  personId: recordId,
  version,
  committeeTitle: optionalEnum('支委职务', committeeTitles),
});

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string('请填写当前密码').min(1, '请填写当前密码'),
    newPassword,
    confirmPassword: z.string('请再次输入新密码'),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: '两次输入的新密码不一致',
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: '新密码不能与当前密码相同',
  });

/** 退出所有设备 asks to be confirmed: the form sends `confirm`. */
export const signOutEverywhereSchema = z.object({ confirm: z.literal('yes', '请确认退出所有设备') });
