/**
 * A local HTTP server for the fetch tests: listens on 127.0.0.1 only (never any other address),
 * serves routes given as handlers, counts every request by path and records the most requests
 * it ever had in flight at once.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface TestServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  host: string;
  /** Requests seen, in order (path with query). */
  log: Array<{ path: string; at: number; headers: IncomingMessage['headers'] }>;
  /** Requests per path. */
  count(path: string): number;
  /** Most requests in flight at once (from the request's arrival until its response is sent or its connection closed). */
  peak: number;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Handler>, fallback?: Handler): Promise<TestServer> {
  let inFlight = 0;
  const sockets = new Set<Socket>();
  const state = {
    log: [] as TestServer['log'],
    peak: 0,
  };
  const server: Server = createServer(async (req, res) => {
    const path = req.url ?? '/';
    state.log.push({ path, at: Date.now(), headers: req.headers });
    inFlight++;
    state.peak = Math.max(state.peak, inFlight);
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        inFlight--;
      }
    };
    // Done when the response is handed to the system in full, or the connection goes.
    res.on('finish', finish);
    res.on('close', finish);
    const handler = routes[path.split('?')[0]!] ?? fallback;
    try {
      if (handler) await handler(req, res);
      else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      }
    } catch {
      res.destroy();
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    log: state.log,
    get peak() {
      return state.peak;
    },
    count: (p) => state.log.filter((r) => r.path === p).length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  } as TestServer;
}

/** A handler serving `body` with a content type. */
export const serve = (body: string | Buffer, type = 'text/html; charset=utf-8', status = 200, headers: Record<string, string> = {}): Handler => (_req, res) => {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(body);
};

/** A handler redirecting to `location`. */
export const redirect = (location: string, status = 302): Handler => (_req, res) => {
  res.writeHead(status, { location });
  res.end();
};

/** A handler that never answers (the socket stays open until the client gives up). */
export const silent: Handler = () => new Promise<void>(() => undefined);

/** A handler sending an endless body, 64 KiB a chunk, until the client goes away. */
export const endless: Handler = (req, res) => {
  res.writeHead(200, { 'content-type': 'text/html' });
  const chunk = Buffer.alloc(64 * 1024, '<p>endless</p>\n');
  const write = () => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once('drain', write);
  };
  req.socket.on('close', () => res.destroy());
  write();
};

/** A handler that answers after `ms`. */
export const slow = (ms: number, body: string, type = 'text/html; charset=utf-8'): Handler => (_req, res) =>
  new Promise<void>((resolve) => {
    setTimeout(() => {
      res.writeHead(200, { 'content-type': type });
      res.end(body);
      resolve();
    }, ms);
  });
