/**
 * `npm run test:calendar`: the end-to-end specs tagged @calendar, again on days where the calendar turns
 * (a new year, a new quarter), each against its own server with a demo seeded that day. The days run
 * side by side, one browser each, on their own ports and databases; each line of output names its day.
 */
import { spawn } from 'node:child_process';
import readline from 'node:readline';

const days = [
  { today: '2027-01-01', port: '3101' },
  { today: '2027-04-01', port: '3102' },
];

function run({ today, port }) {
  const child = spawn('node_modules/.bin/playwright', ['test', '--grep', '@calendar', '--workers', '1'], {
    env: { ...process.env, ZHIBU_TODAY: today, E2E_PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => console.log(`[${today}] ${line}`));
  }
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

const codes = await Promise.all(days.map(run));
process.exit(codes.every((code) => code === 0) ? 0 : 1);
