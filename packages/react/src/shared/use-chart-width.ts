import { type RefObject, useEffect, useRef, useState } from 'react';

/** Chart text sizes in CSS pixels: charts lay out at their drawn width, so these are what shows. */
export const chartText = {
  /** Names beside marks (wheel labels, row and column headings). */
  label: 13,
  /** Values, tick labels and other secondary text; never smaller. */
  small: 12,
} as const;

/**
 * A ref for an element, and `read(element)` called once it is in the page and again whenever it
 * (or, with `withChild`, its first child) changes size. Nothing on the server, or where the
 * browser has no ResizeObserver.
 */
export function useResized<T extends HTMLElement>(
  read: (element: T) => void,
  withChild = false,
): RefObject<T | null> {
  const ref = useRef<T | null>(null);
  // Once, on mount: `read` only sets state, so the first one stays right.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const update = () => read(element);
    const observer = new ResizeObserver(update);
    observer.observe(element);
    if (withChild && element.firstElementChild !== null)
      observer.observe(element.firstElementChild);
    update();
    return () => observer.disconnect();
  }, []);
  return ref;
}

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
  const [measured, setMeasured] = useState<number | null>(null);
  const ref = useResized<T>((element) => {
    const width = Math.floor(element.getBoundingClientRect().width);
    // A hidden chart (display: none, a closed tab) measures 0: keep the last real width.
    if (width > 0) setMeasured(width);
  });
  return { ref, width: measured ?? fallback };
}
