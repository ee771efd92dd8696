import { type KeyboardEvent, useRef, useState } from 'react';

/** Where a key moves focus from the mark at `index` of `count` marks; undefined if it does not. */
export type FocusMove = (
  key: string,
  ctrl: boolean,
  index: number,
  count: number,
) => number | undefined;

/**
 * Keyboard walking for the marks of a chart, as one Tab stop (a roving tabindex): the arrow keys
 * move to the next or previous mark (wrapping round), Home and End to the ends, Enter or Space
 * choose the mark, Escape calls `onEscape` (closing a tooltip). Marks laid out in a grid pass
 * `gridMove(columns)` as `move` (a separate function, so a chart walked as a list leaves it out).
 */
export function useRovingFocus(
  count: number,
  handlers: {
    onSelect?: (index: number) => void;
    onMove?: (index: number) => void;
    onEscape?: () => void;
  },
  move: FocusMove = listMove,
) {
  const [active, setActive] = useState(0);
  const marks = useRef<(Element | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next = move(event.key, event.ctrlKey, index, count);
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

/** Moves in a list of marks, wrapping round (a `FocusMove`). */
function listMove(key: string, _ctrl: boolean, index: number, count: number): number | undefined {
  if (key === 'ArrowRight' || key === 'ArrowDown') return (index + 1) % count;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/**
 * Moves in a grid of marks, `columns` to a row, numbered row by row (the last row may be short):
 * ArrowUp and ArrowDown move a row, ArrowLeft and ArrowRight one mark within the row, Home and
 * End to the row's ends, Ctrl+Home and Ctrl+End to the first and last mark; at an edge focus
 * stays put, as in the WAI-ARIA grid pattern (no wrapping, so a user can feel where the grid ends).
 */
export function gridMove(columns: number): FocusMove {
  return (key, ctrl, index, count) => {
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
  };
}
