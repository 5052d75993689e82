import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { type OwnedEntity, organisationsOwn, recordIsOwnedBy } from '@/db/queries/ownership';
import { formDataToObject } from '@/lib/actions/form-data';
import type { ActionResult, ActionState } from '@/lib/actions/result';
import { can, type Permission } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { ActionError, ConflictError, notFoundMessage } from '@/lib/errors';
import { findUnprintable, unprintableMessage } from '@/lib/validation/printable';
import { type Revalidate, revalidateAfter } from '@/server/actions/revalidate';
import { getCurrentUser } from '@/server/auth/current-user';

type ActionOptions<S extends z.ZodType, T> = {
  permission: Permission;
  schema: S;
  /** The existing record the action writes to; it must be the caller's (their branch's, or their organisation's). */
  target?: (input: z.output<S>) => { entity: OwnedEntity; id: number };
  /** The pages the write makes stale, revalidated once it has gone through (returned, or redirected). */
  revalidate?: Revalidate<z.output<S>>;
  /** Does the write (through `db/mutations`, which owns the transaction and the audit entry). */
  run: (input: z.output<S>, user: SessionUser) => T | Promise<T>;
  success: string | ((data: Awaited<T>) => string);
};

export const signInRequiredMessage = '登录已失效，请重新登录';
export const forbiddenMessage = '您没有执行此操作的权限';
export const mustChangePasswordMessage = '请先修改初始密码';
export const invalidInputMessage = '提交的内容有误，请按提示修改';
export const unexpectedErrorMessage = '操作未完成：服务器出现意外错误，数据未做任何修改。请稍后重试。';

/**
 * The one way to define a server action: session → permission → input → target branch → write → the pages
 * it made stale revalidated.
 * Refusals come back as `{ ok: false, error }` in Chinese and nothing is written. Text holding control
 * characters is refused for every action.
 * Accepts FormData (forms with `useActionState`) or a plain object (direct calls).
 */
export function defineAction<S extends z.ZodType, T>(options: ActionOptions<S, T>) {
  return async function action(
    _previous: ActionState | undefined,
    payload: FormData | z.input<S>,
  ): Promise<ActionResult<Awaited<T>>> {
    try {
      const user = await getCurrentUser();
      if (!user) return { ok: false, error: signInRequiredMessage };
      if (!can(user, options.permission)) return { ok: false, error: forbiddenMessage };
      if (user.mustChangePassword && options.permission !== 'profile.password') {
        return { ok: false, error: mustChangePasswordMessage };
      }

      const raw = payload instanceof FormData ? formDataToObject(payload) : payload;
      const parsed = options.schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, error: invalidInputMessage, fieldErrors: fieldErrorsOf(parsed.error) };
      }
      const input = parsed.data;
      // No field of any action may hold control characters (see lib/validation/printable.ts).
      const unprintableAt = findUnprintable(input);
      if (unprintableAt !== null) {
        return {
          ok: false,
          error: invalidInputMessage,
          fieldErrors: { [unprintableAt || '_form']: [unprintableMessage] },
        };
      }

      if (options.target) {
        const { entity, id } = options.target(input);
        // An organisation's account writes no branch's records, whichever branch it is looking at.
        if (user.organisationId !== null && !organisationsOwn(entity)) return { ok: false, error: forbiddenMessage };
        if (!recordIsOwnedBy(user, entity, id)) return { ok: false, error: notFoundMessage };
      }

      const data = await revalidateAfter(() => options.run(input, user), options.revalidate ?? [], input);
      const message = typeof options.success === 'function' ? options.success(data) : options.success;
      return { ok: true, message, data };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof ActionError) {
        return {
          ok: false,
          error: error.message,
          fieldErrors: error.fieldErrors,
          conflict: error instanceof ConflictError || undefined,
          current: error instanceof ConflictError ? error.current : undefined,
        };
      }
      console.error('[action] unexpected error', error);
      return { ok: false, error: unexpectedErrorMessage };
    }
  };
}

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
