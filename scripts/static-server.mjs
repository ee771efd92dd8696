// A small static file server (no dependencies), what any static host does: the docs app and the
// embed pages use it to preview their builds and in their tests.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/**
 * Serves the files under `root` at `base` (e.g. `/` or `/docs/`). Resolves to its origin and a
 * `close` function.
 * @param {string} root
 * @param {{ base?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ origin: string, close: () => void }>}
 */
export function serveStatic(root, { base = '/', port = 0, host = '127.0.0.1' } = {}) {
  const dir = resolve(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.startsWith(base)
      ? normalize(join(dir, path.slice(base.length) || 'index.html'))
      : undefined;
    if (
      file === undefined ||
      !file.startsWith(dir) ||
      !existsSync(file) ||
      statSync(file).isDirectory()
    ) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type':
        types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => {
    server.listen(port, host, () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      done({ origin: `http://${host}:${address.port}`, close: () => server.close() });
    });
  });
}

// `node scripts/static-server.mjs <folder> <port> <name>`: a static build at http://localhost:<port>/.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [folder = '.', port = '8080', name = 'static build'] = process.argv.slice(2);
  const root = resolve(folder);
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No static build in ${root}: build it first.`);
    process.exit(1);
  }
  const { origin } = await serveStatic(root, { port: Number(port) });
  console.log(`medlead ${name} at ${origin}/ (Ctrl+C stops)`);
}
