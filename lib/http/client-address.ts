/**
 * The client's address for sign-in throttling, from `X-Forwarded-For`: the rightmost entry, which is
 * the address the nearest proxy saw (a proxy appends; the entries before it are the client's word).
 * Without a proxy, `next start` fills the header from the socket when the request has none. A client
 * that reaches the server directly can still send a header of its own, so run the app behind a reverse
 * proxy that sets it (README, Security); the per-account lock holds either way.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const raw = headers?.['x-forwarded-for'];
  const value = Array.isArray(raw) ? raw.join(',') : raw;
  const last = value?.split(',').pop()?.trim();
  return last ? last.slice(0, 64) : null;
}
