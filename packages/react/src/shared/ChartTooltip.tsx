import * as Tooltip from '@radix-ui/react-tooltip';
import { type ReactNode, useRef, useSyncExternalStore } from 'react';

export interface ChartTooltipProps {
  /** Where in the chart's SVG units the tooltip points; `undefined` closes it. */
  readonly anchor: { readonly x: number; readonly y: number } | undefined;
  readonly onClose: () => void;
  readonly theme?: 'light' | 'dark' | undefined;
  /** Where the tooltip renders (a shadow root's container inside a custom element, for instance). */
  readonly container?: HTMLElement | null | undefined;
  readonly children: ReactNode;
}

const noSubscription = () => () => {};

/** False on the server and during hydration, true once running in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * One tooltip for a whole chart, placed inside its <svg> and anchored on the mark under the
 * pointer or focus. A Radix tooltip per mark would cost every render one each; and since the
 * server has nothing to hover, it renders nothing there.
 */
export function ChartTooltip({ anchor, onClose, theme, container, children }: ChartTooltipProps) {
  const hydrated = useHydrated();
  const trigger = useRef<SVGCircleElement>(null);
  if (!hydrated) return null;
  // Radix also closes a tooltip when anything around it scrolls, as a page or a scroll container
  // does when focus moves to a mark out of view. While focus is on one of the chart's marks the
  // chart itself closes the tooltip (on blur and Escape), so Radix's request is ignored then.
  const requestClose = () => {
    // Inside a shadow root (the custom elements), document.activeElement is the host element:
    // the focused mark is the root's own activeElement.
    const root = trigger.current?.getRootNode() as Document | ShadowRoot | undefined;
    if (!trigger.current?.ownerSVGElement?.contains(root?.activeElement ?? null)) onClose();
  };
  return (
    <Tooltip.Provider delayDuration={150}>
      <Tooltip.Root open={anchor !== undefined} onOpenChange={(open) => !open && requestClose()}>
        <Tooltip.Trigger asChild>
          <circle
            ref={trigger}
            className="medlead-tooltip-anchor"
            r={1}
            cx={anchor?.x ?? 0}
            cy={anchor?.y ?? 0}
          />
        </Tooltip.Trigger>
        <Tooltip.Portal container={container ?? undefined}>
          {anchor !== undefined && (
            <Tooltip.Content className="medlead medlead-tooltip" data-theme={theme} sideOffset={6}>
              {children}
            </Tooltip.Content>
          )}
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
