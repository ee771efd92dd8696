/** Props every medlead chart takes. */
export interface ChartProps {
  /** The chart's accessible name and caption. */
  readonly title?: string;
  /** Called with a node id when a node is chosen (click, Enter or Space). */
  readonly onSelect?: (nodeId: string) => void;
  /** Show the equivalent data table from the start. */
  readonly defaultShowTable?: boolean;
  /** Force a colour set; by default the user's preference decides. */
  readonly theme?: 'light' | 'dark';
  /** Where tooltips render (a shadow root's container inside a custom element, for instance). */
  readonly tooltipContainer?: HTMLElement | null;
  readonly className?: string;
}
