/// <reference lib="dom" />
// (The callbacks given to page.evaluate run in the page, so they use the DOM's types.)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

// What an educator does, and what we will be judged by: take medlead-elements.js out of the packed
// @medlead/elements tarball, put it beside a plain HTML page made of the README's snippet word for
// word, and open the page in Chromium, from a web server and straight from the disk. Then the same
// with hostile and broken values: each must come out as text inside its element, and nothing
// injected may run.

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const elementsDir = join(root, 'packages/elements');

/** The first ```html block after `heading` in a Markdown file. */
function htmlSnippet(markdown: string, heading: string): string {
  const after = markdown.slice(markdown.indexOf(heading));
  const block = /```html\n([\s\S]*?)```/.exec(after)?.[1];
  if (block === undefined) throw new Error(`no html block after "${heading}"`);
  return block.trim();
}

const elementsSnippet = htmlSnippet(
  readFileSync(join(elementsDir, 'README.md'), 'utf8'),
  '## Paste this into your page',
);
const rootSnippet = htmlSnippet(
  readFileSync(join(root, 'README.md'), 'utf8'),
  '### On a course page, with no build step',
);

/** A course page as a content editor saves one: a heading, some text, and what was pasted. */
const coursePage = (body: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Week 3: leadership</title><link rel="icon" href="data:,"></head>
<body>
<main>
<h1>Week 3: leadership</h1>
<p>Rate yourself, then look at your wheel.</p>
${body}
</main>
</body>
</html>
`;

/** Markup that would run code if it were ever parsed as HTML. */
const injected = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const asAttribute = injected.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Hostile and broken values, each in a page of its own; what the element must say, as text. */
const hostile: { name: string; element: string; says: RegExp }[] = [
  {
    name: 'markup-framework',
    element: `<medlead-wheel framework="${asAttribute}"></medlead-wheel>`,
    says: /framework: unknown framework "<img src=x onerror=/,
  },
  {
    name: 'unknown-framework',
    element: '<medlead-self-assessment framework="nhs-leadership"></medlead-self-assessment>',
    says: /framework: unknown framework "nhs-leadership"/,
  },
  {
    name: 'broken-json',
    element: `<medlead-wheel framework="hlm" scores='{"hlm:leading-with-care":3'></medlead-wheel>`,
    says: /scores: is not valid JSON/,
  },
  {
    name: 'json-not-an-object',
    element: `<medlead-gap-chart framework="hlm" level="3" scores='[1,2,3]'></medlead-gap-chart>`,
    says: /scores: must be an object of scores by node id/,
  },
  {
    name: 'markup-node-id',
    element: `<medlead-wheel framework="hlm" scores='${JSON.stringify({ [injected]: 3 }).replace(/'/g, '&#39;')}'></medlead-wheel>`,
    says: /is not a node of hlm@2013/,
  },
  {
    name: 'proto-key',
    element: `<medlead-wheel framework="hlm" scores='{"__proto__":{"polluted":1}}'></medlead-wheel>`,
    says: /"__proto__" is not a node of hlm@2013/,
  },
  {
    name: 'off-scale',
    element: `<medlead-wheel framework="ama" scores='{"ama:professionalism":99}'></medlead-wheel>`,
    says: /99 is not a value from 1 to 5/,
  },
  {
    name: 'markup-theme',
    element: `<medlead-explorer framework="hlm" theme="${asAttribute}"></medlead-explorer>`,
    says: /theme: must be "light", "dark" or "auto"/,
  },
  {
    name: 'markup-variant',
    element: `<medlead-wheel framework="hlm" variant="${asAttribute}"></medlead-wheel>`,
    says: /variant: must be "wheel" or "radar"/,
  },
  {
    name: 'javascript-src',
    element: '<medlead-wheel src="javascript:window.__pwned=1"></medlead-wheel>',
    says: /src: "javascript:window.__pwned=1" cannot be loaded/,
  },
  {
    name: 'markup-level',
    element: `<medlead-gap-chart framework="hlm" level="${asAttribute}" scores='{"hlm:leading-with-care":1}'></medlead-gap-chart>`,
    says: /level: must be a number \(got "<img src=x onerror=/,
  },
];

let site = '';
let browser: Browser;
let server: { origin: string; close: () => void };

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'medlead-course-'));
  // The file as shipped: out of the tarball npm would publish.
  const packed = join(site, 'packed');
  mkdirSync(packed);
  const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    packageManager: string;
  };
  const execPath = process.env.npm_execpath;
  const pnpm = execPath?.includes('pnpm')
    ? [process.execPath, execPath]
    : ['npx', '-y', packageManager];
  execFileSync(pnpm[0] as string, [...pnpm.slice(1), 'pack', '--pack-destination', packed], {
    cwd: elementsDir,
    stdio: 'ignore',
  });
  execFileSync('sh', ['-c', 'tar -xzf *.tgz'], { cwd: packed });
  const course = join(site, 'course');
  mkdirSync(course);
  copyFileSync(
    join(packed, 'package/dist/medlead-elements.js'),
    join(course, 'medlead-elements.js'),
  );
  writeFileSync(join(course, 'index.html'), coursePage(elementsSnippet));
  const scriptTag = elementsSnippet.split('\n')[0] ?? '';
  for (const { name, element } of hostile)
    writeFileSync(join(course, `${name}.html`), coursePage(`${scriptTag}\n${element}`));
  writeFileSync(
    join(course, 'markup-caption.html'),
    coursePage(
      `${scriptTag}\n<medlead-wheel framework="hlm" caption="${asAttribute}" scores='{"hlm:leading-with-care":3}'></medlead-wheel>`,
    ),
  );
  server = await serveStatic(course, { base: '/course/' });
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (site !== '') rmSync(site, { recursive: true, force: true });
});

/** Opens a page and records what went wrong in it: errors, dialogs and requests elsewhere. */
async function open(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(server.origin) && !target.startsWith('file:'))
      problems.push(`request elsewhere: ${target}`);
  });
  await page.goto(url);
  return { page, problems };
}

/** The text inside an element's shadow root, once it shows `selector`. */
async function shadowText(page: Page, tag: string, selector: string): Promise<string> {
  await page.waitForFunction(
    ([t, s]) => document.querySelector(t as string)?.shadowRoot?.querySelector(s as string) != null,
    [tag, selector],
    { timeout: 10_000 },
  );
  return page.evaluate((t) => document.querySelector(t)?.shadowRoot?.textContent ?? '', tag);
}

describe("the README's snippet, pasted into a plain HTML page", () => {
  it('is the same in the root README and the package README, and loads the file beside the page', () => {
    expect(rootSnippet).toBe(elementsSnippet);
    expect(elementsSnippet).toMatch(/^<script src="medlead-elements\.js"><\/script>\n/);
  });

  it.each([
    ['from a web server', () => `${server.origin}/course/index.html`],
    ['opened from the disk', () => pathToFileURL(join(site, 'course/index.html')).href],
  ])('draws the wheel and the form %s, with no error and nothing fetched', async (_, url) => {
    const { page, problems } = await open(url());
    const wheel = await shadowText(page, 'medlead-wheel', 'svg');
    expect(wheel).toContain('Leading with care');
    const form = await shadowText(page, 'medlead-self-assessment', 'fieldset');
    expect(form).toContain('Inspiring shared purpose');
    expect(
      await page.evaluate(
        () =>
          document
            .querySelector('medlead-self-assessment')
            ?.shadowRoot?.querySelectorAll('fieldset').length,
      ),
    ).toBe(9);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lets a learner answer by keyboard and hands the page the assessment', async () => {
    const { page, problems } = await open(`${server.origin}/course/index.html`);
    await shadowText(page, 'medlead-self-assessment', 'fieldset');
    await page.evaluate(() => {
      const w = window as unknown as { submitted?: unknown };
      document.addEventListener('medlead-submit', (event) => {
        w.submitted = (event as CustomEvent).detail;
      });
    });
    // From the page's heading onwards by Tab alone: a question (a radio group) is one Tab stop,
    // Space answers it; on the submit button, Enter.
    const focusedKind = () =>
      page.evaluate(() => {
        const focused =
          document.querySelector('medlead-self-assessment')?.shadowRoot?.activeElement;
        if (focused instanceof HTMLInputElement) return focused.type;
        if (focused instanceof HTMLButtonElement) return focused.type;
        return 'other';
      });
    let answered = 0;
    for (let step = 0; step < 40; step += 1) {
      await page.keyboard.press('Tab');
      const kind = await focusedKind();
      if (kind === 'radio') {
        await page.keyboard.press('Space');
        answered += 1;
      } else if (kind === 'submit') {
        await page.keyboard.press('Enter');
        break;
      }
    }
    expect(answered).toBe(9);
    const submitted = await page.waitForFunction(
      () => (window as unknown as { submitted?: { ratings: unknown[] } }).submitted,
      undefined,
      { timeout: 10_000 },
    );
    const assessment = (await submitted.jsonValue()) as { framework: string; ratings: unknown[] };
    expect(assessment.framework).toBe('hlm@2013');
    expect(assessment.ratings).toHaveLength(9);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('hostile and broken values in that page', () => {
  it('draws markup in a caption as the words it is, and runs nothing', async () => {
    const { page, problems } = await open(`${server.origin}/course/markup-caption.html`);
    const text = await shadowText(page, 'medlead-wheel', 'svg');
    expect(text).toContain(injected);
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        injected: document
          .querySelector('medlead-wheel')
          ?.shadowRoot?.querySelectorAll('img, script').length,
      })),
    ).toEqual({ pwned: undefined, injected: 0 });
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(hostile)(
    '$name is shown as text, and nothing injected runs',
    async ({ name, element, says }) => {
      const { page, problems } = await open(`${server.origin}/course/${name}.html`);
      const tag = /^<([a-z-]+)/.exec(element)?.[1] ?? '';
      const text = await shadowText(page, tag, '.medlead-element-problem');
      expect(text).toMatch(/could not be shown:/);
      expect(text).toMatch(says);
      // Long enough for an image's error handler or a script to have run, had either been made.
      await page.waitForTimeout(300);
      const state = await page.evaluate((t) => {
        const shadow = document.querySelector(t)?.shadowRoot;
        return {
          pwned: (window as unknown as { __pwned?: unknown }).__pwned,
          polluted: ({} as { polluted?: unknown }).polluted,
          injected: shadow?.querySelectorAll('img, script').length ?? -1,
          pageImages: document.querySelectorAll('img, script:not([src])').length,
        };
      }, tag);
      expect(state).toEqual({ pwned: undefined, polluted: undefined, injected: 0, pageImages: 0 });
      // The element reports its problem as a `medlead-error` and logs nothing as an error.
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});
