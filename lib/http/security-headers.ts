/**
 * The Content-Security-Policy of every page: scripts only from this origin and, inline, only those
 * carrying the request's nonce (Next.js puts it on its own bootstrap scripts); nothing may frame the
 * app. Style attributes stay allowed (`style-src-attr`) for the few computed widths (progress bars),
 * while style elements need the nonce too. Development adds what the dev server's hot reload needs.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'${development ? " 'unsafe-inline'" : ''}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Strict-Transport-Security for a site served over https (as its NEXTAUTH_URL says): browsers then
 * refuse plain http to it for a year. A site on plain http (a LAN install) must not send it.
 */
export function strictTransportSecurity(siteUrl: string | undefined): string | null {
  return siteUrl?.toLowerCase().startsWith('https://') ? 'max-age=31536000; includeSubDomains' : null;
}
