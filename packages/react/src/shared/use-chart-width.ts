import { type RefObject, useEffect, useRef, useState } from 'react';

/** Chart text sizes in CSS pixels: charts lay out at their drawn width, so these are what shows. */
export const chartText = {
  /** Names beside marks (wheel labels, row and column headings). */
  label: 13,
  /** Values, tick labels and other secondary text; never smaller. */
  small: 12,
} as const;

/**
 * The width a chart has to draw in, in CSS pixels, so that it can lay itself out at that width
 * with its viewBox equal to its size: text then shows at its CSS size on a phone and on a wide
 * screen alike, rather than scaling with the page.
 *
 * On the server, and until the first measurement, it is `fallback` (the svg then scales down
 * with `max-width: 100%`, as before). Put `ref` on a block element that fills the chart's width.
 */
export function useChartWidth<T extends HTMLElement = HTMLDivElement>(
  fallback: number,
): { readonly ref: RefObject<T | null>; readonly width: number } {
  const ref = useRef<T | null>(null);
  const [measured, setMeasured] = useState<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const read = () => {
      const width = Math.floor(element.getBoundingClientRect().width);
      // A hidden chart (display: none, a closed tab) measures 0: keep the last real width.
      if (width > 0) setMeasured(width);
    };
    const observer = new ResizeObserver(read);
    observer.observe(element);
    read();
    return () => observer.disconnect();
  }, []);
  return { ref, width: measured ?? fallback };
}
