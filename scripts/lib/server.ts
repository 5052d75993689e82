/**
 * The production server as the scripts that measure or torture it run it: `scripts/serve.mjs` (as
 * `npm start` does) on a loopback port, in a process group of its own so that it can be killed whole,
 * and signed in to through next-auth's credentials flow like a browser.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type ServerOptions = { port: number; databaseFile: string; workers?: string; env?: NodeJS.ProcessEnv };

export type RunningServer = {
  base: string;
  /** Milliseconds from spawning the process to the first 200 from /login. */
  ms: number;
  /** SIGTERM (the server finishes its requests), SIGKILL after 10 s. */
  stop: () => Promise<void>;
  /** SIGKILL to the primary and every worker at once: a crash, not a shutdown. */
  kill: () => Promise<void>;
  output: () => string;
};

export async function startServer({ port, databaseFile, workers, env }: ServerOptions): Promise<RunningServer> {
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const server = spawn(process.execPath, ['scripts/serve.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      NEXTAUTH_URL: base,
      DATABASE_PATH: databaseFile,
      ZHIBU_DEMO: '0',
      PORT: String(port),
      ...(workers ? { WEB_CONCURRENCY: workers } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  let exited = false;
  const gone = new Promise<void>((resolve) =>
    server.once('exit', () => {
      exited = true;
      resolve();
    }),
  );

  for (;;) {
    if (exited) throw new Error(`the server exited before answering:\n${output}`);
    if (performance.now() - started > 60_000) throw new Error(`no 200 from ${base}/login within 60 s:\n${output}`);
    try {
      const response = await fetch(`${base}/login`, { redirect: 'manual' });
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
  const ms = performance.now() - started;

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-server.pid!, signal);
    } catch {
      // already gone
    }
  };
  // The workers die with the primary's group; wait until none of them still holds the port.
  const groupGone = async () => {
    await gone;
    for (let i = 0; i < 500; i++) {
      try {
        process.kill(-server.pid!, 0);
      } catch {
        return;
      }
      await sleep(10);
    }
  };
  return {
    base,
    ms,
    output: () => output,
    async stop() {
      if (!exited) {
        signalGroup('SIGTERM');
        await Promise.race([gone, sleep(10_000)]);
      }
      signalGroup('SIGKILL');
      await groupGone();
    },
    async kill() {
      signalGroup('SIGKILL');
      await groupGone();
    },
  };
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0]);

/** next-auth's credentials flow: the CSRF token (and its cookie), then the callback; returns the session cookie. */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(csrf).join('; ') },
    body: new URLSearchParams({ csrfToken, username, password, callbackUrl: `${base}/`, json: 'true' }),
  });
  await response.arrayBuffer();
  const session = cookiesOf(response).find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`signing in as ${username} failed (${response.status})`);
  return session;
}
