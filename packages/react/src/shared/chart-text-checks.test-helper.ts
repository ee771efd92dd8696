// The chart text contract (issue 13, item 3), measured in real Chromium: every svg text at 12 to
// 16 CSS px as drawn, no two texts overlapping, none cut off outside its svg unless it sits in a
// ScrollRegion that says it scrolls, and the page never scrolling sideways.

/** Container widths: a 320 px phone, a 375 px phone (16 px page padding each side), 768 and 1280. */
export const containerWidths = [288, 343, 736, 1248] as const;

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

/** Waits for layout after the charts have measured their room (ResizeObserver, then a render). */
export async function settle(): Promise<void> {
  for (let frame = 0; frame < 3; frame++)
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}
