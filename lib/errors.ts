/** A refusal whose message is meant for the user (in Chinese); the action wrapper returns it as is. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'ActionError';
  }
}

/** The record changed since the caller read it: their save is refused, not applied over the other one. */
export class ConflictError extends ActionError {
  constructor(
    message = '该记录已被他人修改，您的保存未生效。请刷新页面查看最新内容后再修改。',
    /** The record as it now is, for editors that show both versions side by side. */
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}

export const notFoundMessage = '记录不存在，或您无权操作该记录';

/** Turns a rule's refusal (null when allowed) into the user's error, shown next to `field` if given. */
export function refuseIf(message: string | null, field?: string): void {
  if (message) throw new ActionError(message, field ? { [field]: [message] } : undefined);
}
