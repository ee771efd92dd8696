// Opens the static Storybook build the way a visitor would: served from a subfolder of a plain
// static server (so its paths must be relative), in Debian's Chromium. Every entry of index.json
// (stories and docs pages) must render with no console error and no error display, and every
// story must have no axe violation and must read well at 320, 375, 768 and 1280 px (chart text
// sizes, overlapping labels, cut-off text, sideways scrolling: layout-check.mjs). The manager page
// is loaded too.
//
// axe runs once per story, in addon-a11y (`a11y.test: 'error'` in .storybook/preview.tsx), as in
// the manager's Accessibility panel: the check reads the addon's report from Storybook's
// `storyFinished` event rather than starting a second axe in the same page (axe refuses to run
// twice at once: "Axe is already running").
//
//   node scripts/static-check.mjs [--screenshots <dir>]   (after `pnpm run build`)
//
// src/static-build.test.ts runs it as part of `pnpm --filter @medlead/docs test`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { checkLayout } from './layout-check.mjs';

const BASE = '/medlead-docs/'; // a subfolder, as on most static hosts
/**
 * How long one story or page may take to render, play and be checked. Most take well under a
 * second; a busy two-core machine running four of them at once beside other tests can take ten
 * times that. A limit only so that a story that never finishes fails instead of hanging.
 */
const STORY_TIMEOUT = 60_000;

/**
 * Runs in a story's preview page before Storybook: keeps what each `storyFinished` event says
 * (Storybook emits it once a story has rendered, played and run its afterEach hooks, with every
 * addon's report) in `window.__medleadFinished[storyId]`: whether addon-a11y checked the story,
 * and a line for each violation it found (or its error). It listens from the start, so the first story's event (sent while the page loads)
 * is not missed: the channel is caught when Storybook puts it on the window.
 */
function listenForFinishedStories() {
  const finished = {};
  /** @type {any} */ (window).__medleadFinished = finished;
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      if (next === channel) return;
      channel = next;
      next.on('storyFinished', ({ storyId, reporters }) => {
        if (finished[storyId] !== undefined) return; // the first render is the one checked
        const reports = reporters.filter((report) => report.type === 'a11y');
        const problems = reports.flatMap(({ result }) =>
          result.error !== undefined
            ? [`addon-a11y failed: ${result.error?.message ?? String(result.error)}`]
            : result.violations.map(
                (violation) =>
                  `${violation.id} (${violation.nodes.length}): ${violation.nodes[0]?.target.join(' ')}`,
              ),
        );
        finished[storyId] = { checked: reports.length > 0, problems };
      });
    },
  });
}

/**
 * Checks a static build. Resolves to { entries, failures }: one failure line per problem.
 * @param {{ dir: string, screenshots?: string, log?: (line: string) => void }} options
 */
export async function checkStaticBuild({ dir, screenshots, log = () => {} }) {
  const root = resolve(dir);
  const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries);
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
    // Every wait below (loads, selectors, conditions) is for a condition; this is how long any
    // of them may take before it counts as a failure.
    context.setDefaultTimeout(STORY_TIMEOUT);
    /**
     * Opens a page; `errors` collects what goes wrong in it (a caller may empty it). `init` runs
     * in the page before any of its own scripts.
     */
    const open = async (url, init) => {
      const page = await context.newPage();
      if (init) await page.addInitScript(init);
      const errors = [];
      const loading = new Set();
      page.on('request', (request) => loading.add(request));
      page.on('requestfinished', (request) => loading.delete(request));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('requestfailed', (request) => {
        loading.delete(request);
        // A load the page itself called off (a frame sent elsewhere mid-load) is not a failure.
        if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
        errors.push(`failed to load ${request.url()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
      });
      /**
       * Until no request has been in flight for half a second (what Playwright's 'networkidle'
       * means), so that late loads and their errors are seen. Counted here rather than with
       * waitForLoadState('networkidle'), which on a busy machine now and then never came (for
       * the manager, twice in eight runs) with nothing left loading; and a timeout says what is
       * still loading.
       */
      const settled = async () => {
        const deadline = performance.now() + STORY_TIMEOUT;
        let quietSince = performance.now();
        while (performance.now() - quietSince < 500) {
          if (loading.size > 0) quietSince = performance.now();
          if (performance.now() > deadline) {
            const urls = [...loading].map((request) => request.url());
            throw new Error(`still loading after ${STORY_TIMEOUT} ms: ${urls.join(', ')}`);
          }
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      };
      await page.goto(`${server.origin}${BASE}${url}`, { waitUntil: 'load' });
      return { page, errors, settled };
    };

    // The manager (sidebar and toolbar) loads, lists the stories, and says nothing is wrong.
    {
      const { page, errors, settled } = await open('index.html');
      try {
        await page.waitForSelector('#storybook-explorer-tree');
        // The preview frame beside it shows the first page (the Introduction).
        const preview = page.frameLocator('#storybook-preview-iframe');
        await preview.locator('#storybook-docs .sbdocs-content').first().waitFor();
        await settled();
      } catch (error) {
        failures.push(`index.html: never rendered: ${String(error).split('\n')[0]}`);
      }
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
    const report = async (entry, page, errors, started) => {
      const shown = await errorDisplay(page);
      if (shown) failures.push(`${entry.id}: error display: ${shown}`);
      if (screenshots) {
        await page.screenshot({ path: join(screenshots, `${entry.id}.png`), fullPage: true });
      }
      for (const error of errors) failures.push(`${entry.id}: console error: ${error}`);
      const took = `${Math.round(performance.now() - started)} ms`;
      log(`${entry.id}: ${errors.length === 0 ? 'ok' : `${errors.length} errors`} (${took})`);
    };
    const checkDocs = async (entry) => {
      const started = performance.now();
      const { page, errors, settled } = await open(
        `iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`,
      );
      try {
        await page.waitForSelector('#storybook-docs .sbdocs-content');
        await settled();
      } catch (error) {
        failures.push(`${entry.id}: never rendered: ${String(error).split('\n')[0]}`);
      }
      await report(entry, page, errors, started);
      await page.close();
    };
    const checkStory = async (entry, preview) => {
      const started = performance.now();
      let current = preview;
      if (current === undefined) {
        current = await open(
          `iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story`,
          listenForFinishedStories,
        );
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
        // Until this story has rendered, its play function has run and addon-a11y has checked it.
        await page.waitForFunction(
          (storyId) => /** @type {any} */ (window).__medleadFinished?.[storyId] !== undefined,
          entry.id,
        );
        await page.waitForSelector('#storybook-root > *');
        const { checked, problems } = await page.evaluate(
          (storyId) => /** @type {any} */ (window).__medleadFinished[storyId],
          entry.id,
        );
        // Every story must be checked: one the addon skipped (it errored first, or its check was
        // turned off) is a failure, not a pass.
        if (!checked) failures.push(`${entry.id}: axe: addon-a11y did not check it`);
        for (const problem of problems) failures.push(`${entry.id}: axe: ${problem}`);
        // Then the same story at phone, tablet and laptop widths (layout-check.mjs).
        for (const problem of await checkLayout(page, 900, STORY_TIMEOUT)) {
          failures.push(`${entry.id}: layout ${problem}`);
        }
      } catch (error) {
        failures.push(`${entry.id}: never rendered: ${String(error).split('\n')[0]}`);
      }
      await report(entry, page, errors, started);
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
