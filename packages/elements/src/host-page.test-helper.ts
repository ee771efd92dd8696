// A plain HTML page, as an educator would make one: one <script> tag for the built one-file
// script (dist/medlead-elements.js, exactly as shipped) and the elements, in an iframe of its own
// (so no test code, stylesheet or module of the test runner is in it).
import axe from 'axe-core';
import { vi } from 'vitest';
import { commands } from 'vitest/browser';

let scriptUrl: string | undefined;

/** A URL for the built script's bytes (read once). */
async function oneFileScript(): Promise<string> {
  if (scriptUrl !== undefined) return scriptUrl;
  let code: string;
  try {
    code = await commands.readFile('dist/medlead-elements.js');
  } catch {
    throw new Error('dist/medlead-elements.js is missing: run `pnpm run build` first');
  }
  scriptUrl = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  return scriptUrl;
}

export interface HostPage {
  readonly frame: HTMLIFrameElement;
  readonly window: Window & typeof globalThis & Record<string, unknown>;
  readonly document: Document;
}

/**
 * Opens a page holding only the script tag and `body` (the elements), `width` pixels wide, and
 * waits for it to load. The script goes in the head, or with `scriptLast` at the end of the body
 * (the elements are then upgraded when it runs).
 */
export async function hostPage(
  body: string,
  {
    width = 1280,
    height = 900,
    scriptLast = false,
  }: { width?: number; height?: number; scriptLast?: boolean } = {},
): Promise<HostPage> {
  const src = await oneFileScript();
  const frame = document.createElement('iframe');
  frame.title = 'host page';
  frame.style.cssText = `display:block;width:${width}px;height:${height}px;border:0`;
  const script = `<script src="${src}"></script>`;
  frame.srcdoc = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Course page</title>
${scriptLast ? '' : script}
</head>
<body>
${body}
${scriptLast ? script : ''}
</body>
</html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const window = frame.contentWindow as HostPage['window'] | null;
  if (window === null) throw new Error('no window');
  return { frame, window, document: window.document };
}

const windows = new Set<Window>();

/**
 * Opens a page that says nothing of its encoding (no `<meta charset>`, a `text/html` type without
 * a charset, as some course sites serve): the browser then reads it, and the script, as
 * windows-1252. It is a window of its own, since a frame would take its parent's UTF-8.
 */
export async function pageWithoutCharset(
  body: string,
): Promise<Pick<HostPage, 'window' | 'document'>> {
  const src = await oneFileScript();
  const html = `<!doctype html>
<html lang="en">
<head><title>Course page</title><script src="${src}"></script></head>
<body>
${body}
</body>
</html>`;
  const opened = window.open(URL.createObjectURL(new Blob([html], { type: 'text/html' })));
  if (opened === null) throw new Error('the window was not opened');
  windows.add(opened);
  await vi.waitFor(
    () => {
      if (opened.document.readyState !== 'complete' || opened.location.protocol !== 'blob:') {
        throw new Error('not loaded yet');
      }
    },
    { timeout: 10_000, interval: 20 },
  );
  return { window: opened as HostPage['window'], document: opened.document };
}

/** Removes every host page. */
export function closeHostPages(): void {
  for (const frame of document.querySelectorAll('iframe[title="host page"]')) frame.remove();
  for (const opened of windows) opened.close();
  windows.clear();
}

/** The shadow root of the page's element matching `selector`. */
export function shadowOf(page: HostPage, selector: string): ShadowRoot {
  const element = page.document.querySelector(selector);
  if (element === null) throw new Error(`no ${selector} in the page`);
  if (element.shadowRoot === null) throw new Error(`${selector} has no open shadow root`);
  return element.shadowRoot;
}

/** Waits until the element's shadow root holds `inner`, and gives it. */
export function waitForInShadow(page: HostPage, selector: string, inner: string): Promise<Element> {
  return vi.waitFor(
    () => {
      const found = shadowOf(page, selector).querySelector(inner);
      if (found === null) throw new Error(`${selector} shows no ${inner} yet`);
      return found;
    },
    { timeout: 5000, interval: 20 },
  );
}

/** axe's violations in the whole page, shadow roots included, as `rule: targets` lines. */
export async function pageViolations(page: HostPage): Promise<string[]> {
  const win = page.window as unknown as { axe?: typeof axe; eval(code: string): unknown };
  if (win.axe === undefined) win.eval(axe.source);
  const result = await (win.axe as typeof axe).run(page.document, { resultTypes: ['violations'] });
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join(' | ')}`,
  );
}
