/**
 * `npm run test:side`: the end-to-end runs that need a server of their own, side by side on their own
 * ports and databases, each line of output naming its run:
 * - the specs tagged @calendar again on days where the calendar turns (a new year, a new quarter), each
 *   against a demo seeded that day;
 * - e2e/first-day.spec.ts against a production server (no demo) on an empty database.
 */
import { spawn } from 'node:child_process';
import readline from 'node:readline';

const runs = [
  { name: '2027-01-01', port: '3101', env: { ZHIBU_TODAY: '2027-01-01' }, args: ['--grep', '@calendar'] },
  { name: '2027-04-01', port: '3102', env: { ZHIBU_TODAY: '2027-04-01' }, args: ['--grep', '@calendar'] },
  { name: 'first day', port: '3103', env: { E2E_FIRST_DAY: '1' }, args: [] },
];

function run({ name, port, env, args }) {
  const child = spawn('node_modules/.bin/playwright', ['test', ...args, '--workers', '1'], {
    env: { ...process.env, ...env, E2E_PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
  }
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

const codes = await Promise.all(runs.map(run));
process.exit(codes.every((code) => code === 0) ? 0 : 1);
