// The iframe snippet, pasted into a course page with an 860 px column, in real Chromium: the frame
// grows to the embed page's height (the page's postMessage, the snippet's script), for every
// framework's form, until the page inside has no scrollbar of its own; and the heights the
// generator suggests where no script is allowed (measuredFormHeights) still fit each form.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../../scripts/chromium.mjs';
import { serveStatic } from '../../../../scripts/static-server.mjs';
import { iframeSnippet, MAX_FRAME_HEIGHT, measuredFormHeights } from './embed-code';

// The embed page as built (the docs build copies this folder to embed/).
const embedDist = fileURLToPath(new URL('../../../embed/dist', import.meta.url));
const frameworks = ['mlcf', 'hlm', 'ama', 'fmlm', 'fmlm@2016'] as const;

let browser: Browser;
let embedOrigin: string;
let closeEmbed: () => void;
let host: Server;
let hostOrigin: string;
const pages = new Map<string, string>();

beforeAll(async () => {
  if (!existsSync(`${embedDist}/index.html`)) {
    throw new Error('apps/embed/dist is missing: build @medlead/embed first');
  }
  ({ origin: embedOrigin, close: closeEmbed } = await serveStatic(embedDist));
  // The course page on another site (localhost against the embed's 127.0.0.1), as an LMS would be.
  host = createServer((request, response) => {
    const body = pages.get(new URL(request.url ?? '/', 'http://x').pathname);
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
});

afterAll(async () => {
  await browser?.close();
  closeEmbed?.();
  host?.close();
});

/** A course page: a heading, some text and the snippet, in an 860 px column. */
const coursePage = (snippet: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Week 3: leadership</title>
<style>body { margin: 0; font-family: system-ui, sans-serif; } main { width: 860px; margin: 0 auto; }</style>
</head><body><main><h1>Week 3: leadership</h1><p>Answer the questions below.</p>
${snippet}
</main></body></html>`;

describe('the iframe snippet in an 860 px course column', () => {
  it.each(frameworks)('grows to fit the %s form, with no scrollbar inside', async (framework) => {
    const snippet = iframeSnippet({
      pageUrl: `${embedOrigin}/index.html`,
      framework,
      view: 'assess',
      theme: 'light',
      height: 300,
      autoHeight: true,
    });
    const path = `/${framework.replace(/\W/g, '-')}.html`;
    pages.set(path, coursePage(snippet));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${hostOrigin}${path}`);
    const handle = await page.waitForSelector('iframe');
    const frame = await handle.contentFrame();
    if (frame === null) throw new Error('no iframe content');
    await frame.locator('form.medlead-form').waitFor();
    // The page inside stops needing its own scrollbar once the frame has grown to it.
    await frame.waitForFunction(
      () => document.documentElement.scrollHeight <= document.documentElement.clientHeight,
    );
    const inner = await frame.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      clientHeight: document.documentElement.clientHeight,
      width: document.documentElement.clientWidth,
    }));
    const outer = await handle.evaluate((element) => element.getBoundingClientRect());
    expect(inner.width).toBe(860);
    expect(outer.height).toBe(inner.clientHeight);
    expect(inner.scrollHeight).toBeLessThanOrEqual(inner.clientHeight);
    expect(outer.height).toBeLessThan(MAX_FRAME_HEIGHT);
    // The fixed height the generator suggests for this framework fits the form too.
    console.log(`${framework}: form ${inner.scrollHeight} px at 860 px`);
    expect(inner.scrollHeight).toBeLessThanOrEqual(measuredFormHeights[framework] ?? 0);
    await page.close();
  });
});
