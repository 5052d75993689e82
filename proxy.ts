import { type NextRequest, NextResponse } from 'next/server';
import { actionRequestProblem } from '@/lib/http/action-request';
import { contentSecurityPolicy, strictTransportSecurity } from '@/lib/http/security-headers';

/**
 * Gives every page request a fresh nonce and its Content-Security-Policy. Next.js reads the policy
 * from the request headers to put the nonce on its own scripts; the browser reads it from the response.
 * A site served over https also tells browsers to keep to https. A server-action request another site
 * sent, or with arguments no page of the app would send, is refused here with a plain 4xx.
 */
export async function proxy(request: NextRequest) {
  if (request.headers.has('next-action')) {
    const problem = await actionRequestProblem({
      origin: request.headers.get('origin'),
      host: request.headers.get('x-forwarded-host') ?? request.headers.get('host'),
      contentType: request.headers.get('content-type'),
      body: () => request.clone().text(),
    });
    if (problem)
      return new NextResponse(problem.message, {
        status: problem.status,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  const hsts = strictTransportSecurity(process.env.NEXTAUTH_URL);
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

export const config = {
  // Pages and route handlers; not the static build files, which carry no script to protect.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
