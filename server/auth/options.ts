import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { endSession, startSession } from '@/db/mutations/sessions';
import { verifyCredentials } from '@/db/mutations/sign-in';
import { sessionIdleHours } from '@/lib/auth/session-limits';
import { now } from '@/lib/clock';
import { clientAddress } from '@/lib/http/client-address';
import { sameOriginPath } from '@/lib/http/same-origin-path';

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: sessionIdleHours * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: '账号密码',
      credentials: {
        username: { label: '用户名', type: 'text' },
        password: { label: '密码', type: 'password' },
      },
      async authorize(credentials, request) {
        const address = clientAddress(request?.headers);
        const result = await verifyCredentials(
          credentials?.username ?? '',
          credentials?.password ?? '',
          now(),
          address,
        );
        // next-auth hands a thrown error's message back to the sign-in form.
        if (!result.ok) throw new Error(result.error);
        return { id: String(result.accountId), name: result.username };
      },
    }),
  ],
  callbacks: {
    // next-auth's own redirects (after sign-in or sign-out) stay on the site, like the sign-in form's.
    async redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || '/' : url;
      return `${baseUrl}${sameOriginPath(path, baseUrl)}`;
    },
    // Each sign-in is a session of its own, recorded so that it can be ended (db/mutations/sessions.ts).
    async jwt({ token, user }) {
      if (user) token.sid = startSession(Number(user.id), now());
      return token;
    },
    async session({ session, token }) {
      if (session.user) Object.assign(session.user, { id: token.sub, sid: token.sid });
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === 'string') endSession(token.sid, now());
    },
  },
};
