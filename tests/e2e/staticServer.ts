// A static file server whose folder can be swapped while it runs: "deploy" a second build on the same address.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.gz': 'application/gzip',
};

export interface SwappableServer {
  url: string;
  serve: (folder: string) => void;
  close: () => Promise<void>;
}

export async function startStaticServer(folder: string, port: number): Promise<SwappableServer> {
  let root = folder;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    // Like a static host: unknown pages get the app, unknown assets a 404.
    if (!existsSync(file)) {
      if (path.startsWith('/assets/') || extname(path)) {
        res.writeHead(404).end('not found');
        return;
      }
      file = join(root, 'index.html');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (next) => {
      root = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
