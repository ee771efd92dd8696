/**
 * Whom a view speaks to. `learner`: plain words, no provenance badges or research notes (what
 * medlead wrote where the owner published none is said once, in plain words). `curriculum`: full
 * provenance and uncertainty, for educators and curriculum leads.
 */
export type Audience = 'learner' | 'curriculum';

/** Props every medlead chart takes. */
export interface ChartProps {
  /** The chart's accessible name and caption. */
  readonly title?: string;
  /** Called with a node id when a node is chosen (click, Enter or Space). */
  readonly onSelect?: (nodeId: string) => void;
  /** Show the equivalent data table from the start. */
  readonly defaultShowTable?: boolean;
  /** Whom the chart speaks to (its tooltips and notes). Default `learner`. */
  readonly audience?: Audience;
  /** Force a colour set; by default the user's preference decides. */
  readonly theme?: 'light' | 'dark';
  /** Where tooltips render (a shadow root's container inside a custom element, for instance). */
  readonly tooltipContainer?: HTMLElement | null;
  readonly className?: string;
}
