import 'server-only';
import { revalidatePath } from 'next/cache';
// Next has no public test for a redirect; this is the one its own server code uses.
import { isRedirectError } from 'next/dist/client/components/redirect-error';

/** A page a write makes stale, or with `layout` a layout and every page under it (as `revalidatePath` takes them). */
export type StalePath = string | { layout: string };

/** What an action's write makes stale: fixed paths, or paths of its input (a page named by the record's id). */
export type Revalidate<Input> = readonly StalePath[] | ((input: Input) => readonly StalePath[]);

/**
 * Runs a write and revalidates what it makes stale once it has gone through: when it returns, and when it
 * ends with `redirect()` (thrown after the write). A write that fails revalidates nothing.
 */
export async function revalidateAfter<Input, T>(
  write: () => T | Promise<T>,
  paths: Revalidate<Input>,
  input: Input,
): Promise<Awaited<T>> {
  let data: Awaited<T>;
  try {
    data = await write();
  } catch (error) {
    if (isRedirectError(error)) revalidate(paths, input);
    throw error;
  }
  revalidate(paths, input);
  return data;
}

function revalidate<Input>(paths: Revalidate<Input>, input: Input): void {
  for (const path of typeof paths === 'function' ? paths(input) : paths) {
    if (typeof path === 'string') revalidatePath(path);
    else revalidatePath(path.layout, 'layout');
  }
}
