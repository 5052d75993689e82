/**
 * Where to send the browser after sign-in (or any redirect named by the request): a path of this site,
 * or '/'. Browsers read a backslash as a slash and drop tabs and line breaks from URLs, so "/\evil.example"
 * or "/\t/evil.example" would leave the site: such paths are refused before the path is resolved against
 * the site's own origin and kept only if it stays there.
 */
export function sameOriginPath(raw: string | null | undefined, origin: string): string {
  if (!raw?.startsWith('/') || /[\\\u0000-\u0020\u007F]/.test(raw)) return '/';
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return '/';
  }
  return url.origin === new URL(origin).origin ? `${url.pathname}${url.search}${url.hash}` : '/';
}
