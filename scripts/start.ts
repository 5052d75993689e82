/**
 * `npm start`: builds when the sources changed since the last build, applies migrations, seeds the demo
 * branch into an empty database (unless ZHIBU_DEMO=0), then serves the production build.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { databasePath } from '@/db/client';
import { migrateAndSeed } from '@/db/seed/run';
import { ClockConfigurationError, fixedToday } from '@/lib/clock';
import { demoAccounts, demoPassword } from '@/lib/demo-accounts';
import { buildIfNeeded } from '@/scripts/build-stamp';

try {
  fixedToday();
} catch (error) {
  if (!(error instanceof ClockConfigurationError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const port = process.env.PORT || '3000';
const demo = process.env.ZHIBU_DEMO !== '0';
const secretFile = 'data/.nextauth-secret';

function nextAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  fs.mkdirSync('data', { recursive: true });
  if (!fs.existsSync(secretFile)) {
    fs.writeFileSync(secretFile, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(secretFile, 'utf8').trim();
}

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NEXTAUTH_SECRET: nextAuthSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
  DATABASE_PATH: databasePath(),
  ZHIBU_DEMO: demo ? '1' : '0',
};

buildIfNeeded(env, '正在构建应用（首次启动或代码有更新）…');

// tsx runs scripts as CommonJS, which has no top-level await.
void migrateAndSeed({ demo }).then((seeded) => {
  // `next start` once per core (scripts/serve.mjs); WEB_CONCURRENCY sets how many.
  const server = spawn(process.execPath, ['scripts/serve.mjs', '-p', port], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));

  console.log(`\n支部工作台已启动：http://localhost:${port}  （数据库 ${env.DATABASE_PATH}）`);
  if (fixedToday()) console.log(`日期固定为 ${fixedToday()}（ZHIBU_TODAY）`);
  if (demo) {
    console.log(`演示模式${seeded ? '（已写入演示数据）' : ''}，演示账户密码均为 ${demoPassword}：`);
    for (const account of demoAccounts) console.log(`  ${account.username.padEnd(10)} ${account.who}，${account.what}`);
  } else {
    console.log(
      '生产模式：未写入演示数据。创建书记账户：npm run user:create（见 README「Creating the real secretary account」）。',
    );
  }
});
