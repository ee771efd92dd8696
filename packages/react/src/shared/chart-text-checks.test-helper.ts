// The chart text contract (issue 13, item 3), measured in real Chromium: every svg text at 12 to
// 16 CSS px as drawn, no two texts overlapping, none cut off outside its svg unless it sits in a
// ScrollRegion that says it scrolls, and the page never scrolling sideways.
import { vi } from 'vitest';
import { page } from 'vitest/browser';

/** Container widths: a 320 px phone, a 375 px phone (16 px page padding each side), 768 and 1280. */
export const containerWidths = [288, 343, 736, 1248] as const;

/** Sets the window to a phone, tablet or desktop around a container `width` wide (16 px padding). */
export async function useContainerWidth(width: number): Promise<void> {
  await page.viewport(width + 32, 900);
}

/** A container `width` pixels wide in the page, for a chart to be rendered into. */
export function containerOfWidth(width: number): HTMLElement {
  document.body.style.margin = '0';
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  container.style.margin = '0 16px';
  document.body.append(container);
  return container;
}

/** True when two boxes overlap by more than half a pixel each way. */
export function boxesOverlap(a: DOMRect, b: DOMRect): boolean {
  return (
    a.left < b.right - 0.5 &&
    b.left < a.right - 0.5 &&
    a.top < b.bottom - 0.5 &&
    b.top < a.bottom - 0.5
  );
}

/** A text's size as drawn: its CSS font size times the svg's scale on screen. */
export function drawnSize(text: SVGTextElement): number {
  return Number.parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 0);
}

/**
 * Every breach of the contract inside `container`, as readable lines (empty when it holds).
 * `container` is the block the chart was given: it must not scroll sideways itself.
 */
export function chartTextProblems(container: HTMLElement): string[] {
  const problems: string[] = [];
  if (container.scrollWidth > container.clientWidth + 1)
    problems.push(`the page scrolls sideways: ${container.scrollWidth} > ${container.clientWidth}`);
  for (const svg of container.querySelectorAll('svg')) {
    const texts = [...svg.querySelectorAll('text')].filter(
      (text) => (text.textContent ?? '').trim() !== '',
    );
    const boxes = texts.map((text) => text.getBoundingClientRect());
    const frame = svg.getBoundingClientRect();
    const region = svg.closest('.medlead-scroll');
    texts.forEach((text, index) => {
      const name = `"${text.textContent}"`;
      const size = drawnSize(text);
      if (!(size >= 11.99 && size <= 16.01)) problems.push(`${name} is ${size.toFixed(2)} px`);
      const box = boxes[index] as DOMRect;
      const inside = (outer: DOMRect) =>
        box.left >= outer.left - 0.5 &&
        box.right <= outer.right + 0.5 &&
        box.top >= outer.top - 0.5 &&
        box.bottom <= outer.bottom + 0.5;
      if (!inside(frame)) problems.push(`${name} lies outside its svg`);
      else if (region !== null && !inside(region.getBoundingClientRect())) {
        // Out of sight in a scrolling region: fine only while the region says it scrolls.
        if (region.getAttribute('data-overflows') !== 'true')
          problems.push(`${name} is hidden in a region that does not say it scrolls`);
      } else if (region === null && !inside(container.getBoundingClientRect()))
        problems.push(`${name} is cut off outside the container`);
      for (let other = index + 1; other < texts.length; other++) {
        if (boxesOverlap(box, boxes[other] as DOMRect))
          problems.push(`${name} overlaps "${texts[other]?.textContent}"`);
      }
    });
  }
  for (const region of container.querySelectorAll('.medlead-scroll')) {
    const overflows = region.scrollWidth > region.clientWidth + 1;
    const hint = region.previousElementSibling?.classList.contains('medlead-scroll-hint') ?? false;
    if (overflows && !hint)
      problems.push(`"${region.getAttribute('aria-label')}" scrolls with no cue`);
  }
  return problems;
}

/**
 * Waits until every chart has laid itself out at the width it measured (its drawing is then as
 * wide as its viewBox; until the chart re-renders, CSS only scales the fallback drawing) and every ScrollRegion says whether it scrolls. A wait on those
 * conditions, not on a number of frames, so a busy machine only makes it slower.
 */
export async function settle(): Promise<void> {
  await vi.waitFor(
    () => {
      // A chart's drawing (ChartSvg, role="group") is as wide as its viewBox once laid out.
      for (const svg of document.querySelectorAll<SVGSVGElement>('svg[width], svg[role="group"]')) {
        const width = svg.matches('[role="group"]')
          ? svg.viewBox.baseVal.width
          : Number(svg.getAttribute('width'));
        if (Math.abs(svg.getBoundingClientRect().width - width) > 1)
          throw new Error(`an svg (${svg.getAttribute('class')}) is not laid out at its width yet`);
      }
      for (const region of document.querySelectorAll('.medlead-scroll')) {
        const overflows = region.scrollWidth > region.clientWidth + 1;
        if (overflows !== (region.getAttribute('data-overflows') === 'true'))
          throw new Error(`"${region.getAttribute('aria-label')}" has not said whether it scrolls`);
      }
    },
    { timeout: 10_000, interval: 20 },
  );
}
