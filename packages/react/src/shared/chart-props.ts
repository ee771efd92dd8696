/**
 * Whom a view speaks to. `learner`: plain words, no provenance badges or research notes (what
 * medlead wrote where the owner published none is said once, in plain words). `curriculum`: full
 * provenance and uncertainty, for educators and curriculum leads.
 */
export type Audience = 'learner' | 'curriculum';

/**
 * Whether a view shows provenance (badges, "Uncertain" notes, where a name comes from): only to
 * educators. Learners get plain words; what medlead wrote is said once (see `authorshipNote`).
 * (Here, not beside the badges, so a chart that needs only this brings no React context along.)
 */
export function showsProvenance(audience: Audience): boolean {
  return audience === 'curriculum';
}

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
