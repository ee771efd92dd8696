import { type KeyboardEvent, useRef, useState } from 'react';

/**
 * Keyboard walking for the marks of a chart, as one Tab stop (a roving tabindex): the arrow keys
 * move to the next or previous mark (wrapping round), Home and End to the ends, Enter or Space
 * choose the mark, Escape calls `onEscape` (closing a tooltip).
 */
export function useRovingFocus(
  count: number,
  handlers: {
    onSelect?: (index: number) => void;
    onMove?: (index: number) => void;
    onEscape?: () => void;
  },
) {
  const [active, setActive] = useState(0);
  const marks = useRef<(Element | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? (index + 1) % count
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? (index - 1 + count) % count
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? count - 1
              : undefined;
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
    tabIndex: index === active ? 0 : -1,
    onKeyDown: (event: KeyboardEvent) => onKeyDown(event, index),
    onFocus: () => {
      setActive(index);
      handlers.onMove?.(index);
    },
  });

  return { active, markProps };
}
