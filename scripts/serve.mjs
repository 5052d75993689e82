/**
 * The production server: the Next.js server (scripts/serve-worker.mjs), once per CPU core, as workers of
 * one node:cluster primary that share the listening port (connections are dealt round-robin). A Next.js server renders on one thread,
 * so a single `next start` leaves every other core idle; SQLite in WAL mode serves readers in several
 * processes at once, and writers queue on its lock (busy timeout).
 *
 *   node scripts/serve.mjs [-p PORT] [-H HOST]
 *   WEB_CONCURRENCY=N   number of workers (default: the machine's available parallelism)
 *
 * SIGINT/SIGTERM stop the workers (each finishes its requests, as `next start` does) and then the
 * primary. A worker that dies otherwise is replaced. Plain JavaScript so that it runs without tsx.
 */
import cluster from 'node:cluster';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (flag) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = option('-p') ?? process.env.PORT ?? '3000';
const host = option('-H');
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY) || os.availableParallelism());

process.title = 'zhibu-server';
cluster.setupPrimary({
  exec: path.resolve('scripts/serve-worker.mjs'),
  args: [port, ...(host ? [host] : [])],
});

let stopping = false;
const listening = new Set();
for (let i = 0; i < workers; i++) cluster.fork();

cluster.on('listening', (worker) => listening.add(worker.id));
cluster.on('exit', (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
    return;
  }
  if (!listening.has(worker.id)) {
    // It never served (port taken, broken build …): restarting would only fail again.
    stopping = true;
    for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
    process.exitCode = code || 1;
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode);
    return;
  }
  console.error(`服务进程 ${worker.process.pid} 已退出（${signal ?? code}），正在重新启动…`);
  cluster.fork();
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    const running = Object.values(cluster.workers ?? {});
    if (running.length === 0) process.exit(0);
    for (const worker of running) worker?.process.kill(signal);
    // Should a worker hang, do not wait for it forever.
    setTimeout(() => process.exit(1), 15_000).unref();
  });
}
