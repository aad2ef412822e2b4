/**
 * The archive's static file server: what `npm start` serves and what the browser tests browse.
 * Any static server would do (the README says how to serve a copied dist/); this one is sirv
 * with the built 404 page for every path that is not a file.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A request handler serving a built site folder: its files, else its 404.html with status 404. */
export function staticSite(dist: string): Handler {
  const files = sirv(dist, { dev: false, etag: true });
  const notFoundPage = join(dist, '404.html');
  return (req, res) =>
    files(req, res, () => {
      res.statusCode = 404;
      if (existsSync(notFoundPage)) {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(readFileSync(notFoundPage));
      } else {
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end('not found');
      }
    });
}

/** Why a server could not listen, in one line (a port in use is the usual case). */
export function listenError(error: NodeJS.ErrnoException, host: string, port: number): string {
  if (error.code === 'EADDRINUSE')
    return `port ${port} on ${host} is already in use (another npm start?): stop it, or serve on another port with PORT=${port + 1} npm start`;
  if (error.code === 'EACCES') return `port ${port} on ${host} is not open to this user: choose another with PORT=…`;
  return `cannot listen on ${host}:${port}: ${error.message}`;
}

/** Listens on host:port (0: any free port); resolves with the server and the port it got. */
export function listen(handler: Handler, host: string, port: number): Promise<{ server: Server; port: number }> {
  const server = createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : port });
    });
  });
}
