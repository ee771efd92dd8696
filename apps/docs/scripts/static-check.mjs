// Opens the static Storybook build the way a visitor would: served from a subfolder of a plain
// static server (so its paths must be relative), in Debian's Chromium. Every entry of index.json
// (stories and docs pages) must render with no console error and no error display, and every
// story must have no axe violation (the rules addon-a11y runs). The manager page is loaded too.
//
//   node scripts/static-check.mjs [--screenshots <dir>]   (after `pnpm run build`)
//
// src/static-build.test.ts runs it as part of `pnpm --filter @medlead/docs test`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/static-server.mjs';

const require = createRequire(import.meta.url);
const BASE = '/medlead-docs/'; // a subfolder, as on most static hosts
/**
 * Checks a static build. Resolves to { entries, failures }: one failure line per problem.
 * @param {{ dir: string, screenshots?: string, log?: (line: string) => void }} options
 */
export async function checkStaticBuild({ dir, screenshots, log = () => {} }) {
  const root = resolve(dir);
  const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries);
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const server = await serveStatic(root, { base: BASE });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const failures = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    /** Opens a page; `errors` collects what goes wrong in it (a caller may empty it). */
    const open = async (url) => {
      const page = await context.newPage();
      const errors = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('requestfailed', (request) => {
        // A load the page itself called off (a frame sent elsewhere mid-load) is not a failure.
        if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
        errors.push(`failed to load ${request.url()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`${server.origin}${BASE}${url}`, { waitUntil: 'load' });
      return { page, errors };
    };

    // The manager (sidebar and toolbar) loads, lists the stories, and says nothing is wrong.
    {
      const { page, errors } = await open('index.html', 'index.html');
      await page.waitForSelector('#storybook-explorer-tree', { timeout: 30_000 });
      // The preview frame beside it shows the first page (the Introduction).
      const preview = page.frameLocator('#storybook-preview-iframe');
      await preview.locator('#storybook-docs .sbdocs-content').first().waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      if (screenshots) await page.screenshot({ path: join(screenshots, 'index.png') });
      for (const error of errors) failures.push(`index.html: console error: ${error}`);
      await page.close();
    }

    // A few workers at a time. Docs pages each get a page of their own. Stories share one preview
    // page per worker and are switched as the manager switches them (Storybook's setCurrentStory
    // event), so the preview bundle is parsed once per worker rather than once per story: on a
    // two-core machine that parsing was most of the check's time.
    const queue = [...entries];
    const worker = async () => {
      /** @type {{ page: import('playwright').Page, errors: string[] } | undefined} */
      let preview;
      try {
        for (let entry = queue.shift(); entry !== undefined; entry = queue.shift()) {
          if (entry.type === 'docs') await checkDocs(entry);
          else preview = await checkStory(entry, preview);
        }
      } finally {
        await preview?.page.close();
      }
    };
    /** Whether the preview shows Storybook's error display, and what it says. */
    const errorDisplay = (page) =>
      page.evaluate(() =>
        document.body.classList.contains('sb-show-errordisplay')
          ? (document.querySelector('#error-message')?.textContent ?? 'error display shown')
          : null,
      );
    const report = async (entry, page, errors) => {
      const shown = await errorDisplay(page);
      if (shown) failures.push(`${entry.id}: error display: ${shown}`);
      if (screenshots) {
        await page.screenshot({ path: join(screenshots, `${entry.id}.png`), fullPage: true });
      }
      for (const error of errors) failures.push(`${entry.id}: console error: ${error}`);
      log(`${entry.id}: ${errors.length === 0 ? 'ok' : `${errors.length} errors`}`);
    };
    const checkDocs = async (entry) => {
      const { page, errors } = await open(
        `iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`,
      );
      try {
        await page.waitForSelector('#storybook-docs .sbdocs-content', { timeout: 30_000 });
        await page.waitForLoadState('networkidle');
      } catch {
        failures.push(`${entry.id}: never rendered`);
      }
      await report(entry, page, errors);
      await page.close();
    };
    const checkStory = async (entry, preview) => {
      let current = preview;
      if (current === undefined) {
        current = await open(`iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story`);
        await current.page.addScriptTag({ content: axeSource });
      } else {
        current.errors.length = 0;
        await current.page.evaluate((storyId) => {
          /** @type {any} */ (window).__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', {
            storyId,
            viewMode: 'story',
          });
        }, entry.id);
      }
      const { page, errors } = current;
      try {
        // Until this story has rendered and its play function and Storybook's checks are done.
        await page.waitForFunction(
          (storyId) => {
            const render = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender;
            return (
              render?.id === storyId && ['finished', 'errored', 'aborted'].includes(render.phase)
            );
          },
          entry.id,
          { timeout: 30_000 },
        );
        await page.waitForSelector('#storybook-root > *', { timeout: 30_000 });
      } catch {
        failures.push(`${entry.id}: never rendered`);
      }
      const violations = await page.evaluate(async () => {
        const { axe } = /** @type {any} */ (window);
        axe.configure({ rules: [{ id: 'region', enabled: false }] });
        const result = await axe.run({
          include: document.body,
          exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'],
        });
        return result.violations.map(
          (violation) =>
            `${violation.id} (${violation.nodes.length}): ${violation.nodes[0]?.target.join(' ')}`,
        );
      });
      for (const violation of violations) failures.push(`${entry.id}: axe: ${violation}`);
      await report(entry, page, errors);
      return current;
    };
    await Promise.all(Array.from({ length: 4 }, worker));
  } finally {
    await browser.close();
    server.close();
  }
  return { entries: entries.length, failures };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--screenshots');
  const screenshots = at === -1 ? undefined : process.argv[at + 1];
  const dir = fileURLToPath(new URL('../storybook-static', import.meta.url));
  const { entries, failures } = await checkStaticBuild({ dir, screenshots, log: console.log });
  console.log(`${entries} entries checked, ${failures.length} problems`);
  for (const failure of failures) console.log(`  ${failure}`);
  process.exitCode = failures.length === 0 ? 0 : 1;
}
