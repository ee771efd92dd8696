import { type KeyboardEvent, useRef, useState } from 'react';

/** How the marks are laid out: by default a list; with `columns`, a grid read row by row. */
export interface RovingFocusOptions {
  /**
   * Marks per row of a grid (the last row may be short). Then ArrowUp and ArrowDown move a row,
   * ArrowLeft and ArrowRight one mark within the row, Home and End to the row's ends, Ctrl+Home
   * and Ctrl+End to the first and last mark; at an edge focus stays put, as in the WAI-ARIA grid
   * pattern (no wrapping, so a user can feel where the grid ends).
   */
  readonly columns?: number;
}

/**
 * Keyboard walking for the marks of a chart, as one Tab stop (a roving tabindex): the arrow keys
 * move to the next or previous mark (wrapping round), Home and End to the ends, Enter or Space
 * choose the mark, Escape calls `onEscape` (closing a tooltip). With `options.columns` the marks
 * are walked as a grid instead (see `RovingFocusOptions`).
 */
export function useRovingFocus(
  count: number,
  handlers: {
    onSelect?: (index: number) => void;
    onMove?: (index: number) => void;
    onEscape?: () => void;
  },
  options: RovingFocusOptions = {},
) {
  const [active, setActive] = useState(0);
  const marks = useRef<(Element | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next =
      options.columns === undefined
        ? listMove(event.key, index, count)
        : gridMove(event.key, event.ctrlKey, index, count, options.columns);
    if (next !== undefined) {
      event.preventDefault();
      setActive(next);
      handlers.onMove?.(next);
      (marks.current[next] as HTMLElement | SVGElement | null)?.focus();
    } else if (event.key === 'Escape') {
      handlers.onEscape?.();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      handlers.onSelect?.(index);
    }
  };

  /** Props for the mark at `index`. */
  const markProps = (index: number) => ({
    ref: (element: Element | null) => {
      marks.current[index] = element;
    },
    // Clamped, so a chart redrawn with fewer marks still has its one Tab stop.
    tabIndex: index === Math.min(active, count - 1) ? 0 : -1,
    onKeyDown: (event: KeyboardEvent) => onKeyDown(event, index),
    onFocus: () => {
      setActive(index);
      handlers.onMove?.(index);
    },
  });

  return { active, markProps };
}

/** Where a key moves focus in a list of `count` marks (wrapping round); undefined if it does not. */
function listMove(key: string, index: number, count: number): number | undefined {
  if (key === 'ArrowRight' || key === 'ArrowDown') return (index + 1) % count;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/**
 * Where a key moves focus in a grid of `count` marks, `columns` to a row, numbered row by row;
 * undefined if it does not. Exported for its tests.
 */
export function gridMove(
  key: string,
  ctrl: boolean,
  index: number,
  count: number,
  columns: number,
): number | undefined {
  const rowStart = index - (index % columns);
  const rowEnd = Math.min(rowStart + columns, count) - 1;
  switch (key) {
    case 'ArrowRight':
      return Math.min(index + 1, rowEnd);
    case 'ArrowLeft':
      return Math.max(index - 1, rowStart);
    case 'ArrowDown':
      return index + columns < count ? index + columns : index;
    case 'ArrowUp':
      return index - columns >= 0 ? index - columns : index;
    case 'Home':
      return ctrl ? 0 : rowStart;
    case 'End':
      return ctrl ? count - 1 : rowEnd;
    default:
      return undefined;
  }
}
