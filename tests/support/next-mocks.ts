/**
 * Stand-ins for the Next request APIs that only work inside a request:
 *
 *   vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
 *   vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));
 */
type Cookie = { name: string; value: string };

/** The cookies the actions set, readable by the tests. */
export const cookieJar = new Map<string, Cookie>();

const cookieStore = {
  get: (name: string) => cookieJar.get(name),
  getAll: () => [...cookieJar.values()],
  has: (name: string) => cookieJar.has(name),
  set: (name: string, value: string) => {
    cookieJar.set(name, { name, value });
    return cookieStore;
  },
  delete: (name: string) => {
    cookieJar.delete(name);
    return cookieStore;
  },
};

export const nextHeaders = {
  cookies: async () => cookieStore,
  headers: async () => new Headers(),
};

export const nextCache = {
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
  unstable_cache: <T>(fn: T) => fn,
};
