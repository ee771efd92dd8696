// The built page (dist/) inside a host page's <iframe>, in real Chromium (Debian's, launched as
// every browser test here is: scripts/chromium.mjs): a self-assessment completed by keyboard, the
// wheel, a CSV export, the height message, saved answers, and a hostile URL shown as text.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { assessableNodes, getFramework } from '@medlead/core';
import { type Browser, chromium, type Frame, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { serveStatic } from '../../../scripts/static-server.mjs';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
// The host page comes from its own server, on another site (localhost against the embed's
// 127.0.0.1), as a course site would. (A page Playwright made up itself counts as public, and
// Chromium's local network access rules would then block the 127.0.0.1 iframe.)
let hostOrigin: string;
let sameSiteHostOrigin: string;
let hostServer: Server;
const hostPages = new Map<string, string>();

let browser: Browser;
let origin: string;
let close: () => void;

beforeAll(async () => {
  ({ origin, close } = await serveStatic(dist));
  hostServer = createServer((request, response) => {
    const body = hostPages.get(new URL(request.url ?? '/', 'http://x').pathname);
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => hostServer.listen(0, '127.0.0.1', done));
  const hostPort = (hostServer.address() as AddressInfo).port;
  hostOrigin = `http://localhost:${hostPort}`;
  // Another origin on the same site: where browsers that block third-party storage still allow it.
  sameSiteHostOrigin = `http://127.0.0.1:${hostPort}`;
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
});
afterAll(async () => {
  await browser?.close();
  close?.();
  hostServer?.close();
});

/** The README's host snippet, as an educator would paste it. */
const hostPage = (src: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Course page</title></head>
<body>
<h1>Week 3: leadership</h1>
<iframe id="medlead" src="${src}" title="Leadership self-assessment"
  style="width:100%;border:0;height:600px" loading="lazy"></iframe>
<script>
  window.__heights = [];
  window.addEventListener('message', (event) => {
    const frame = document.getElementById('medlead');
    if (event.source !== frame.contentWindow) return;
    if (!event.data || event.data.type !== 'medlead:height') return;
    window.__heights.push(event.data.height);
    frame.style.height = event.data.height + 'px';
  });
</script>
</body></html>`;

async function openHost(page: Page, path: string, src: string, sameSite = false): Promise<Frame> {
  hostPages.set(path, hostPage(src));
  await page.goto(`${sameSite ? sameSiteHostOrigin : hostOrigin}${path}`);
  const handle = await page.waitForSelector('iframe#medlead');
  const frame = await handle.contentFrame();
  if (frame === null) throw new Error('no iframe content');
  await frame.waitForLoadState('load');
  return frame;
}

const activeInfo = (frame: Frame) =>
  frame.evaluate(() => {
    const active = document.activeElement as HTMLInputElement | null;
    return {
      tag: active?.tagName ?? '',
      type: active?.getAttribute('type') ?? '',
      name: active?.name ?? '',
      text: active?.textContent ?? '',
    };
  });

/** Answers every question by keyboard alone (Tab between questions, arrow keys within), then submits. */
async function answerByKeyboard(page: Page, frame: Frame): Promise<Map<string, number>> {
  // Keyboard only: start at the first control, Tab to each question, arrow keys to answer.
  await frame.getByRole('button', { name: 'Self-assessment' }).focus();
  const answered = new Map<string, number>();
  for (let step = 0; step < 200; step += 1) {
    await page.keyboard.press('Tab');
    const active = await activeInfo(frame);
    if (active.tag === 'INPUT' && active.type === 'radio' && !answered.has(active.name)) {
      // An unanswered group: each ArrowDown moves on one point and checks it.
      const presses = (answered.size % 3) + 1;
      for (let press = 0; press < presses; press += 1) await page.keyboard.press('ArrowDown');
      answered.set(active.name, presses);
    } else if (active.tag === 'BUTTON' && /submit|see|score|finish/i.test(active.text)) {
      await page.keyboard.press('Enter');
      break;
    }
  }
  return answered;
}

describe('apps/embed in an iframe', () => {
  it('completes the HLM self-assessment by keyboard, shows the wheel, exports CSV, reports its height', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const frame = await openHost(
      page,
      '/course.html',
      `${origin}/index.html?framework=hlm&view=wheel&level=3`,
    );
    await frame
      .getByRole('heading', { name: /self-assessment/i })
      .first()
      .waitFor();

    const answered = await answerByKeyboard(page, frame);
    const hlm = getFramework('hlm');
    const nodes = assessableNodes(hlm);
    expect(answered.size).toBe(nodes.length);

    // The wheel, with every dimension.
    const wheel = frame.locator('svg.medlead-wheel-svg');
    await wheel.waitFor();
    expect(await frame.getByRole('heading', { name: 'Your HLM wheel' }).count()).toBe(1);
    // A plain summary between the heading and the wheel; the exports after the wheel, folded.
    const summary = frame.locator('.medlead-summary');
    expect(await summary.textContent()).toMatch(
      /^Your strongest areas? \(\w+\): .+\.Areas? to work on/,
    );
    const order = await frame.evaluate(() => {
      const top = (selector: string) =>
        document.querySelector(selector)?.getBoundingClientRect().top ?? -1;
      return [
        top('#embed-wheel-heading'),
        top('.medlead-summary'),
        top('svg.medlead-wheel-svg'),
        top('.embed-exports'),
      ];
    });
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(await frame.getByRole('button', { name: 'Export CSV' }).isVisible()).toBe(false);
    await frame.getByText('Save or export your results').click();

    // CSV: one row per node, code, title, value, level.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('medlead-hlm-2013.csv');
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('code,title,value,level');
    expect(lines).toHaveLength(nodes.length + 1);
    const labels = ['Insufficient', 'Essential', 'Proficient', 'Strong', 'Exemplary'];
    nodes.forEach((node, index) => {
      const presses = (index % 3) + 1;
      expect(lines[index + 1]).toBe(`,${node.title},${presses},${labels[presses]}`);
    });

    // JSON: the assessment and the report.
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const json = JSON.parse(await readFile(await jsonDownload.path(), 'utf8'));
    expect(json.assessment.framework).toBe('hlm@2013');
    expect(json.report.nodes).toHaveLength(nodes.length);

    // SVG: a standalone document with its styles inlined.
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name: 'Export wheel as SVG' }).click(),
    ]);
    const svg = await readFile(await svgDownload.path(), 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toMatch(/style="fill:/);

    // PNG: the SVG drawn on a canvas.
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name: 'Export wheel as PNG' }).click(),
    ]);
    const png = await readFile(await pngDownload.path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(2000);

    // The host heard the height and sized the iframe to it.
    const heights = await page.evaluate(
      () => (window as unknown as { __heights: number[] }).__heights,
    );
    expect(heights.length).toBeGreaterThan(0);
    const last = heights.at(-1) ?? 0;
    expect(last).toBeGreaterThan(200);
    const frameHeight = await page.evaluate(
      () => document.getElementById('medlead')?.getBoundingClientRect().height,
    );
    expect(frameHeight).toBe(last);

    // The gap chart tab.
    await frame.getByRole('button', { name: 'Gap chart' }).click();
    await frame.getByRole('heading', { name: 'Gaps against level 3 (Strong)' }).waitFor();

    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the answers in the browser until "Clear my answers"', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const frame = await openHost(
      page,
      '/persist.html',
      `${origin}/index.html?framework=hlm&view=gap`,
      true,
    );
    await frame
      .getByRole('heading', { name: /self-assessment/i })
      .first()
      .waitFor();
    expect(await frame.getByText('Your answers stay in this browser only').count()).toBe(1);
    await answerByKeyboard(page, frame);
    // view=gap: the gap chart first, against the middle level (2, Proficient) by default.
    await frame.getByRole('heading', { name: 'Gaps against level 2 (Proficient)' }).waitFor();
    // Answers kept in this browser: a reload opens on the results; "Clear my answers" forgets them.
    await page.reload();
    const again = await (await page.waitForSelector('iframe#medlead')).contentFrame();
    if (again === null) throw new Error('no iframe content');
    await again.getByRole('heading', { name: 'Gaps against level 2 (Proficient)' }).waitFor();
    await again.locator('svg').first().waitFor();
    await again.getByRole('button', { name: 'Clear my answers' }).click();
    await again
      .getByRole('heading', { name: /self-assessment/i })
      .first()
      .waitFor();
    expect(await again.locator('input[type=radio]:checked').count()).toBe(0);
    expect(await again.evaluate(() => Object.keys(localStorage).length)).toBe(0);

    await context.close();
  });

  it('shows a hostile URL value as text and runs nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const hostile = '<img src=x onerror=window.top.__pwned=1>';
    // The iframe is on another origin, so window.top.__pwned could not be set even if it ran: the
    // theme value tries the iframe's own window, which an injected handler could reach.
    const own = '"><img src=x onerror="window.__pwned=1">';
    const src = `index.html?framework=${encodeURIComponent(hostile)}&view=${encodeURIComponent('<script>alert(1)</script>')}&theme=${encodeURIComponent(own)}`;
    // The iframe's src is absolute to the embed server; window.top is the host page.
    const frame = await openHost(page, '/hostile.html', `${origin}/${src}`);
    const alert = frame.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain(`Unknown framework "${hostile}"`);
    expect(text).toContain('Unknown view "<script>alert(1)</script>"');
    expect(await frame.locator('img, script:not([type=module])').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
    expect(await frame.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
    expect(text).toContain('Unknown theme');
    expect(dialogs).toEqual([]);
    await context.close();
  });

  /** HLM answers saved on the generic agreement-5 scale (1 to 5), as an older page or another tool might. */
  const agreementAnswers = (submitted: boolean) => {
    const hlm = getFramework('hlm');
    return {
      submitted,
      assessment: {
        framework: hlm.key,
        scale: 'agreement-5',
        subject: 'me',
        rater: { id: 'me', role: 'self' },
        ratings: assessableNodes(hlm).map((node) => ({ nodeId: node.id, value: 4 })),
      },
    };
  };

  /** Opens the page with `saved` in its storage, and records page errors. */
  async function openWithSaved(search: string, saved: unknown, init?: () => void) {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/index.html`);
    await page.evaluate(
      (value) => localStorage.setItem('medlead-embed:answers:hlm@2013', JSON.stringify(value)),
      saved,
    );
    if (init !== undefined) await page.addInitScript(init);
    await page.goto(`${origin}/index.html${search}`);
    return { context, page, errors };
  }

  /** HLM answers on its own scale (0 to 4), submitted: the page opens on the results. */
  const hlmAnswers = () => {
    const hlm = getFramework('hlm');
    return {
      submitted: true,
      assessment: {
        framework: hlm.key,
        scale: hlm.defaultScale,
        subject: 'me',
        rater: { id: 'me', role: 'self' },
        ratings: assessableNodes(hlm).map((node, index) => ({ nodeId: node.id, value: index % 5 })),
      },
    };
  };

  it('shows the result above the fold on a phone, the exports folded under one button', async () => {
    const { context, page, errors } = await openWithSaved(
      '?framework=hlm&view=wheel',
      hlmAnswers(),
    );
    await page.locator('svg.medlead-wheel-svg').waitFor();
    const { wheelTop, exportButtons, disclosures } = await page.evaluate(() => ({
      wheelTop:
        document.querySelector('svg.medlead-wheel-svg')?.getBoundingClientRect().top ?? 9999,
      exportButtons: [...document.querySelectorAll('.embed-export-buttons button')].filter(
        (button) => button.checkVisibility(),
      ).length,
      disclosures: document.querySelectorAll('details.embed-exports > summary').length,
    }));
    // 375 × 800 (the viewport openWithSaved gives): the wheel starts in the first screen.
    expect(wheelTop).toBeLessThan(500);
    expect(exportButtons).toBe(0);
    expect(disclosures).toBe(1);
    expect(await page.locator('.medlead-summary').textContent()).toContain('Your strongest area');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is light on a dark system unless the address asks for dark or auto; one dark surface', async () => {
    const surface = async (search: string) => {
      const context = await browser.newContext({ colorScheme: 'dark' });
      const page = await context.newPage();
      await page.goto(`${origin}/index.html${search}`);
      await page.locator('form.medlead-form').waitFor();
      const colours = await page.evaluate(() => {
        const background = (element: Element | null) =>
          element ? getComputedStyle(element).backgroundColor : 'none';
        const tab = document.querySelector('.embed-tabs button[aria-pressed="true"]');
        return {
          body: background(document.body),
          form: background(document.querySelector('form.medlead-form')),
          tab: tab ? getComputedStyle(tab).backgroundColor : 'none',
        };
      });
      await context.close();
      return colours;
    };
    const blue = 'rgb(11, 87, 208)';
    expect(await surface('?framework=hlm')).toEqual({
      body: 'rgb(255, 255, 255)',
      form: 'rgb(255, 255, 255)',
      tab: blue,
    });
    const dark = { body: 'rgb(13, 17, 23)', form: 'rgb(13, 17, 23)', tab: 'rgb(138, 180, 248)' };
    expect(await surface('?framework=hlm&theme=dark')).toEqual(dark);
    expect(await surface('?framework=hlm&theme=auto')).toEqual(dark);
  });

  it('shows saved HLM answers on agreement-5 with ?level=0 as a message, not a blank page', async () => {
    const { context, page, errors } = await openWithSaved(
      '?framework=hlm&view=gap&level=0',
      agreementAnswers(true),
    );
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'Your gap chart could not be drawn: your saved answers use the scale “Agreement (1–5)” (levels 1 to 5), which has no level 0. Choose “Clear my answers” and answer again to compare with level 0.',
    );
    // The rest of the page is there: the wheel, the exports, and a way out.
    await page.getByRole('button', { name: 'Wheel', exact: true }).click();
    await page.locator('svg.medlead-wheel-svg').waitFor();
    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await page
      .getByRole('heading', { name: /self-assessment/i })
      .first()
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('catches any error while drawing, says so in plain words, and offers to start again', async () => {
    // Something the wheel needs throws while it is drawn: the page must not go blank.
    const { context, page, errors } = await openWithSaved(
      '?framework=hlm&view=wheel',
      agreementAnswers(true),
      () => {
        Math.cos = () => {
          throw new TypeError('Math.cos is broken <img src=x onerror="window.__pwned=1">');
        };
      },
    );
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('This self-assessment could not be shown.');
    expect(text).toContain('Something went wrong while drawing it.');
    expect(text).not.toMatch(/TypeError|Math\.cos|img/);
    expect(await page.locator('img').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.getByRole('button', { name: 'Clear my saved answers and start again' }).click();
    await page
      .getByRole('heading', { name: /self-assessment/i })
      .first()
      .waitFor();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
    await context.close();
  });

  it('shows a message when even reading the page’s address fails', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      URLSearchParams.prototype.get = () => {
        throw new Error('broken');
      };
    });
    await page.goto(`${origin}/index.html?framework=hlm`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('This self-assessment could not be shown.');
    await context.close();
  });

  it('names a bad level, theme and audience', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/index.html?framework=hlm&level=9&theme=neon&audience=deans`);
    const text = (await page.getByRole('alert').textContent()) ?? '';
    expect(text).toContain('Unknown level "9"');
    expect(text).toContain('Unknown theme "neon"');
    expect(text).toContain('Unknown audience "deans"');
    await context.close();
  });

  describe('a school’s own framework (framework-src)', () => {
    // The framework file on a third server, as a school's web space would hold it.
    let fileServer: Server;
    let files: string;
    const riverside = readFileSync(
      new URL('../../../examples/frameworks/riverside.json', import.meta.url),
      'utf8',
    );
    beforeAll(async () => {
      const broken = JSON.parse(riverside) as { children: { title: string }[] };
      const first = broken.children[0];
      if (first !== undefined) first.title = '';
      const bodies: Record<string, [body: string, cors: boolean]> = {
        '/riverside.json': [riverside, true],
        '/wrapped.json': [JSON.stringify({ framework: JSON.parse(riverside) }), true],
        '/broken.json': [JSON.stringify(broken), true],
        '/no-cors.json': [riverside, false],
      };
      fileServer = createServer((request, response) => {
        const path = new URL(request.url ?? '/', 'http://x').pathname;
        const [body, cors] = bodies[path] ?? [];
        if (body === undefined) {
          response.writeHead(404, { 'access-control-allow-origin': '*' }).end('not here');
          return;
        }
        response
          .writeHead(200, {
            'content-type': 'application/json',
            ...(cors ? { 'access-control-allow-origin': '*' } : {}),
          })
          .end(body);
      });
      await new Promise<void>((done) => fileServer.listen(0, '127.0.0.1', done));
      files = `http://127.0.0.1:${(fileServer.address() as AddressInfo).port}`;
    });
    afterAll(() => fileServer?.close());

    const address = (file: string, rest = '') =>
      `${origin}/index.html?framework-src=${encodeURIComponent(`${files}${file}`)}${rest}`;

    it('loads the file in the iframe, and the learner answers, sees the wheel and the gap', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const frame = await openHost(
        page,
        '/own.html',
        address('/riverside.json', '&view=gap&level=3'),
        true,
      );
      await frame.getByRole('heading', { name: 'Riverside self-assessment' }).waitFor();
      expect(await frame.getByText('Running a safety huddle').count()).toBeGreaterThan(0);
      const answered = await answerByKeyboard(page, frame);
      expect(answered.size).toBe(6);
      await frame.getByRole('heading', { name: 'Gaps against level 3 (Can teach it)' }).waitFor();
      await frame.getByRole('button', { name: 'Wheel', exact: true }).click();
      await frame.getByRole('heading', { name: 'Your Riverside wheel' }).waitFor();
      await frame.locator('svg.medlead-wheel-svg').waitFor();
      // Kept under the framework's own key.
      expect(await frame.evaluate(() => Object.keys(localStorage))).toEqual([
        'medlead-embed:answers:riverside@2025',
      ]);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('takes a file made for the elements, with the framework in a field', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(address('/wrapped.json', '&theme=dark'));
      await page.getByRole('heading', { name: 'Riverside self-assessment' }).waitFor();
      expect(await page.evaluate(() => document.body.dataset.theme)).toBe('dark');
      await context.close();
    });

    it('says in words why a file cannot be used: malformed, missing, not shared, a bad level', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const alertText = async (url: string) => {
        await page.goto(url);
        const alert = page.getByRole('alert');
        await alert.waitFor();
        return (await alert.textContent()) ?? '';
      };
      const broken = await alertText(address('/broken.json'));
      expect(broken).toContain('This self-assessment could not load its framework:');
      expect(broken).toContain('is not a framework medlead can use:');
      expect(broken).toContain('children[0].title: Too small');
      expect(await alertText(address('/gone.json'))).toContain('(HTTP 404 Not Found)');
      expect(await alertText(address('/no-cors.json'))).toContain(
        'that its server lets other sites read it (CORS)',
      );
      expect(await alertText(address('/riverside.json', '&level=4'))).toContain(
        'Unknown level "4": Riverside levels are 0 (Not yet started)',
      );
      expect(
        await alertText(
          `${origin}/index.html?framework-src=${encodeURIComponent('javascript:alert(1)')}`,
        ),
      ).toContain('Unknown framework-src "javascript:alert(1)"');
      await context.close();
    });
  });
});
