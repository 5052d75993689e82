/** The header scripts/serve-worker.mjs sets on every request: the address of the connection. */
export const peerHeader = 'x-zhibu-peer';

type Headers = Record<string, string | string[] | undefined> | undefined;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(',') : value);

/**
 * How many reverse proxies in front of the app to believe (`TRUST_PROXY`): none by default, when the
 * app is reached directly; then X-Forwarded-For is the client's own word and is ignored.
 */
export function trustedProxyHops(setting: string | undefined): number {
  const hops = Number(setting);
  return Number.isInteger(hops) && hops > 0 ? Math.min(hops, 10) : 0;
}

/**
 * The client's address for sign-in throttling. Reached directly (no trusted proxy): the address of the
 * connection. Behind N trusted proxies: the N-th entry of X-Forwarded-For from the right, the address
 * the outermost trusted proxy saw (each proxy appends the address it was reached from); the entries
 * before it are the client's word. Falls back to the connection when the header is shorter.
 */
export function clientAddress(
  headers: Headers,
  trustProxy: string | undefined = process.env.TRUST_PROXY,
): string | null {
  const hops = trustedProxyHops(trustProxy);
  const forwarded = hops
    ? (first(headers?.['x-forwarded-for']) ?? '')
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean)
    : [];
  const address =
    hops && forwarded.length >= hops ? forwarded[forwarded.length - hops] : first(headers?.[peerHeader])?.trim();
  return address ? address.slice(0, 64) : null;
}
