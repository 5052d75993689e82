import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { filesUnder } from '@/scripts/lib/files';

const sourceRoots = ['app', 'components', 'lib', 'db', 'public'];
const sourceFiles = ['next.config.mjs', 'proxy.ts', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json'];
const stampFile = '.next/zhibu-source-hash';

/** A hash of everything the production build is made from. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [
    ...sourceRoots.flatMap((root) => [...filesUnder(root)].filter((file) => !file.endsWith('.test.ts'))),
    ...sourceFiles.filter(fs.existsSync),
  ]) {
    hash.update(file).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** True when `.next` holds a build of exactly the current sources. */
function buildIsCurrent(): boolean {
  if (!fs.existsSync('.next/BUILD_ID') || !fs.existsSync(stampFile)) return false;
  return fs.readFileSync(stampFile, 'utf8') === sourceHash();
}

/** Runs `next build` and, when it succeeds, records which sources it was made from. */
export function runBuild(env: NodeJS.ProcessEnv): number {
  const hash = sourceHash();
  const build = spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit', env });
  if (build.status !== 0) return build.status ?? 1;
  fs.writeFileSync(stampFile, hash);
  return 0;
}

/**
 * Builds unless `.next` already holds a build of the current sources, saying `announcement` first;
 * exits the process with the build's status when the build fails.
 */
export function buildIfNeeded(env: NodeJS.ProcessEnv, announcement = '构建生产版本…'): void {
  if (buildIsCurrent()) return;
  console.log(announcement);
  const status = runBuild(env);
  if (status !== 0) process.exit(status);
}
