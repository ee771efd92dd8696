// What a reader sees at a phone's width and at a desktop's, measured in the page (issue 13): chart
// text is sized in CSS pixels, so it is readable on a phone and never shouts on a wide screen; no
// two labels overlap; nothing is cut off without a cue; the page never scrolls sideways.
//
// static-check.mjs runs `checkLayout` on every story at each width in `LAYOUT_WIDTHS`.

/** The widths every story is measured at: small and common phones, a tablet, a laptop. */
export const LAYOUT_WIDTHS = [320, 375, 768, 1280];

/** The smallest chart text, in CSS pixels, at any width. */
export const MIN_TEXT_PX = 12;

/**
 * Runs in the page. Returns one line per problem in `#storybook-root`, at the current width:
 * svg text under MIN_TEXT_PX or over the page's body text size, text boxes that intersect, text
 * beyond the page's edge that is not in a sideways-scrolling `.medlead-scroll` region, and a page
 * wider than the window.
 * @param {{ minText: number }} limits
 */
export function measureLayout({ minText }) {
  const problems = [];
  const root = document.querySelector('#storybook-root');
  if (root === null) return ['no #storybook-root'];
  const viewport = document.documentElement.clientWidth;
  const body = Number.parseFloat(getComputedStyle(document.body).fontSize);
  if (document.documentElement.scrollWidth > viewport + 1) {
    problems.push(
      `the page scrolls sideways (${document.documentElement.scrollWidth} px wide in ${viewport} px)`,
    );
  }
  const name = (text) => JSON.stringify((text.textContent ?? '').trim().slice(0, 40));
  /** The text's four corners on screen (its box through its transform, rotation included). */
  const corners = (text) => {
    const box = text.getBBox();
    const matrix = text.getScreenCTM();
    if (matrix === null) return null;
    return [
      [box.x, box.y],
      [box.x + box.width, box.y],
      [box.x + box.width, box.y + box.height],
      [box.x, box.y + box.height],
    ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
  };
  /** Whether two convex quadrilaterals overlap by more than a pixel (separating axes). */
  const intersect = (a, b) => {
    for (const quad of [a, b]) {
      for (let i = 0; i < 4; i++) {
        const p = quad[i];
        const q = quad[(i + 1) % 4];
        const axis = { x: q.y - p.y, y: p.x - q.x };
        const length = Math.hypot(axis.x, axis.y) || 1;
        const project = (points) =>
          points.map((point) => (point.x * axis.x + point.y * axis.y) / length);
        const pa = project(a);
        const pb = project(b);
        const overlap =
          Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb));
        if (overlap <= 1) return false;
      }
    }
    return true;
  };
  for (const svg of root.querySelectorAll('svg')) {
    const texts = [...svg.querySelectorAll('text')].filter(
      (text) => (text.textContent ?? '').trim() !== '' && text.getClientRects().length > 0,
    );
    const boxes = [];
    for (const text of texts) {
      const style = getComputedStyle(text);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const matrix = text.getScreenCTM();
      if (matrix === null) continue;
      const size = Number.parseFloat(style.fontSize) * Math.hypot(matrix.a, matrix.b);
      if (size < minText - 0.05)
        problems.push(`text ${name(text)} is ${size.toFixed(1)} px (under ${minText})`);
      if (size > body + 0.05) {
        problems.push(`text ${name(text)} is ${size.toFixed(1)} px (over the body's ${body})`);
      }
      const rect = text.getBoundingClientRect();
      if (
        (rect.left < -1 || rect.right > viewport + 1) &&
        text.closest('.medlead-scroll') === null
      ) {
        problems.push(`text ${name(text)} is cut off at the page's edge with no scroll cue`);
      }
      const quad = corners(text);
      if (quad !== null) boxes.push({ text, quad });
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        if (intersect(boxes[i].quad, boxes[j].quad)) {
          problems.push(`texts ${name(boxes[i].text)} and ${name(boxes[j].text)} overlap`);
        }
      }
    }
  }
  return problems;
}

/**
 * A fingerprint of the story's layout (every svg's size and viewBox), or null while a chart has
 * not yet laid itself out at its new width: until it re-renders after a resize, CSS only scales
 * the old drawing, so its box is narrower than its viewBox. The page has settled once the fingerprint is not null
 * and stops changing.
 */
export function layoutFingerprint() {
  const root = document.querySelector('#storybook-root');
  if (root === null) return '';
  const svgs = [...root.querySelectorAll('svg')];
  // A chart's drawing (ChartSvg: role="group") is laid out at its drawn size, so its viewBox is
  // as wide as its box; so is any svg with a width attribute.
  const stale = svgs.some((svg) => {
    const width = svg.matches('[role="group"]')
      ? svg.viewBox.baseVal.width
      : Number(svg.getAttribute('width'));
    return width > 0 && Math.abs(svg.getBoundingClientRect().width - width) > 1;
  });
  if (stale) return null;
  const sizes = svgs.map(
    (svg) => `${svg.getAttribute('viewBox')}:${Math.round(svg.getBoundingClientRect().width)}`,
  );
  const page = document.documentElement;
  return `${sizes.join('|')}|${page.scrollWidth}|${page.scrollHeight}`;
}

/**
 * Resizes the page to each width, waits for the layout to settle, and returns a problem line for
 * each thing wrong (at most a few per width, so one bad story does not bury the rest).
 * @param {import('playwright').Page} page
 * @param {number} height the window height while measuring
 * @param {number} timeout how long the layout may take to settle at one width
 */
export async function checkLayout(page, height, timeout) {
  const failures = [];
  const original = page.viewportSize();
  for (const width of LAYOUT_WIDTHS) {
    await page.setViewportSize({ width, height });
    // Settled: the same fingerprint (not null) three times in a row, 100 ms apart.
    const deadline = performance.now() + timeout;
    let last = '';
    let same = 0;
    while (same < 3) {
      if (performance.now() > deadline) {
        failures.push(`at ${width} px: the layout never settled in ${timeout} ms`);
        break;
      }
      await page.waitForTimeout(100);
      const now = await page.evaluate(layoutFingerprint);
      same = now !== null && now === last ? same + 1 : 0;
      last = now;
    }
    const problems = await page.evaluate(measureLayout, { minText: MIN_TEXT_PX });
    const shown = [...new Set(problems)];
    for (const problem of shown.slice(0, 4)) failures.push(`at ${width} px: ${problem}`);
    if (shown.length > 4) failures.push(`at ${width} px: and ${shown.length - 4} more`);
  }
  if (original !== null) await page.setViewportSize(original);
  return failures;
}
