/**
 * Sign-in and sign-out from the browser through next-auth's REST endpoints (/api/auth/csrf,
 * /callback/credentials, /signout) — the requests `next-auth/react`'s signIn and signOut send, without
 * that module: it is compiled with the regenerator runtime and was most of the shell's JavaScript on
 * every page. No SessionProvider is used, so there is no client session to refresh afterwards.
 */
async function post(
  path: string,
  fields: Record<string, string>,
): Promise<{ ok: boolean; status: number; url: string | null }> {
  const csrf = await fetch('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`/api/auth/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...fields, csrfToken, json: 'true' }),
  });
  const data = (await response.json().catch(() => ({}))) as { url?: string };
  return { ok: response.ok, status: response.status, url: data.url ?? null };
}

/** Signs in with the credentials provider; `error` is the message the provider refused with, if any. */
export async function signInWithCredentials(username: string, password: string): Promise<{ error: string | null }> {
  const result = await post('callback/credentials', { username, password, callbackUrl: window.location.href });
  const error = result.url ? new URL(result.url, window.location.href).searchParams.get('error') : 'CredentialsSignin';
  return { error: result.ok && !error ? null : (error ?? 'CredentialsSignin') };
}

/** Ends the session (next-auth clears its cookie) and goes to `callbackUrl`. */
export async function signOutTo(callbackUrl: string): Promise<void> {
  const result = await post('signout', { callbackUrl });
  window.location.href = result.url ?? callbackUrl;
}
