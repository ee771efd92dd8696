// A local server for the browser tests' `src` files (vitest globalSetup, in Node): one address
// that takes the connection and never answers, and files that answer 404, HTML, or JSON of the
// wrong shape. Its origin reaches the tests as inject('sourceServer').
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sourceServer: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const hanging = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    // The test page is on another port: let it read the answers.
    response.setHeader('access-control-allow-origin', '*');
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/never.json') {
      hanging.add(response); // takes the request, never says a word
      return;
    }
    if (path === '/array.json') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('[1,2,3]');
    } else if (path === '/page.json') {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Hello</p>');
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  project.provide('sourceServer', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return async () => {
    for (const response of hanging) response.destroy();
    await new Promise((done) => server.close(done));
  };
}
