/**
 * One worker of scripts/serve.mjs: the Next.js production server on the shared port, which marks every
 * request with the address of the connection it came on (`x-zhibu-peer`). Set here, over whatever the
 * request said, so no client can name its own address; lib/http/client-address.ts reads it (or, behind
 * trusted proxies, X-Forwarded-For).
 *
 *   node scripts/serve-worker.mjs PORT [HOST]
 */
import http from 'node:http';
import next from 'next';

const [port = '3000', host] = process.argv.slice(2);
const app = next({ dev: false, hostname: host ?? 'localhost', port: Number(port) });
const handle = app.getRequestHandler();
await app.prepare();

http
  .createServer((request, response) => {
    request.headers['x-zhibu-peer'] = request.socket.remoteAddress ?? '';
    handle(request, response);
  })
  .listen(Number(port), host);
