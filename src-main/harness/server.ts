import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStaticHandler } from '../services/files/static-files';

export interface HarnessServer {
  /** `http://127.0.0.1:PORT`, the app origin in the harness. */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves the real renderer build on loopback with the same handler (and so
 * the same CSP and path containment) as the Electron app:// protocol.
 */
export async function startRendererServer(rendererDir: string, port = 0): Promise<HarnessServer> {
  const serve = createStaticHandler(rendererDir);
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    void serve(path).then((r) => {
      res.writeHead(r.status, r.headers);
      res.end(req.method === 'HEAD' ? undefined : r.body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
