// The chart text contract (text in CSS pixels, readable on a phone, no larger than body text on a
// desktop, never overlapping, never cut off without a scroll cue), measured in a real browser.
import { page } from 'vitest/browser';

/** The container widths the contract is measured at: phones (320, 375 less page padding), a tablet, a desktop. */
export const contractWidths = [288, 343, 736, 1248] as const;

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

const describe = (text: Element) =>
  `"${(text.textContent ?? '').trim().slice(0, 40)}" (${text.getAttribute('class') ?? 'text'})`;

/**
 * Every way the svg text inside `container` breaks the contract, one line each (empty when it
 * keeps it): drawn under 12 px or over 16 px (computed font size × the text's scale on screen);
 * two texts whose boxes intersect; a text outside its svg; an svg reaching outside `container`
 * unless it is inside a sideways-scrolling region (ScrollRegion); the container scrolling.
 */
export function textProblems(container: HTMLElement): string[] {
  const problems: string[] = [];
  const texts = [...container.querySelectorAll('svg text')].filter((text) => {
    const box = text.getBoundingClientRect();
    return (text.textContent ?? '').trim() !== '' && box.width > 0 && box.height > 0;
  }) as SVGTextElement[];
  const outer = container.getBoundingClientRect();
  for (const text of texts) {
    const size =
      Number.parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? Number.NaN);
    if (!(size >= 11.99 && size <= 16.01))
      problems.push(`${describe(text)} is drawn at ${size.toFixed(1)} px`);
    const svg = text.ownerSVGElement as SVGSVGElement;
    const box = text.getBoundingClientRect();
    const frame = svg.getBoundingClientRect();
    if (
      box.left < frame.left - 0.5 ||
      box.right > frame.right + 0.5 ||
      box.top < frame.top - 0.5 ||
      box.bottom > frame.bottom + 0.5
    )
      problems.push(`${describe(text)} reaches outside its svg`);
  }
  for (const svg of container.querySelectorAll('svg')) {
    const frame = svg.getBoundingClientRect();
    const scrolls = svg.closest('.medlead-scroll') !== null;
    if (!scrolls && (frame.left < outer.left - 0.5 || frame.right > outer.right + 0.5))
      problems.push(
        `an svg (${svg.getAttribute('class')}) is cut off: it reaches outside the page`,
      );
  }
  for (let i = 0; i < texts.length; i += 1) {
    const a = (texts[i] as SVGTextElement).getBoundingClientRect();
    for (let j = i + 1; j < texts.length; j += 1) {
      const b = (texts[j] as SVGTextElement).getBoundingClientRect();
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (across > 0.5 && down > 0.5)
        problems.push(`${describe(texts[i] as Element)} overlaps ${describe(texts[j] as Element)}`);
    }
  }
  if (container.scrollWidth > container.clientWidth + 1)
    problems.push(
      `the container scrolls sideways (${container.scrollWidth} px in ${container.clientWidth})`,
    );
  return problems;
}
