import { type CSSProperties, type ReactNode, useState } from 'react';
import type { ChartProps } from './chart-props';

/** What a chart's table must carry so the toggle can show and hide it. */
export interface ChartTableProps {
  readonly id: string;
  readonly hidden: boolean;
}

export interface ChartFigureProps {
  /** The chart's `useId()`: the caption, svg description and table ids are built from it. */
  readonly id: string;
  /** The chart's class name after `medlead-` (e.g. `gap` gives `medlead-gap`). */
  readonly kind: string;
  readonly caption: string;
  readonly theme: ChartProps['theme'];
  readonly className: string | undefined;
  readonly defaultShowTable: boolean;
  /** The chart's data table, given the id and hidden state the toggle button controls. */
  readonly table: (props: ChartTableProps) => ReactNode;
  /** What lies between the caption and the toggle: legends, the svg (see `ChartSvg`), notes. */
  readonly children: ReactNode;
}

/**
 * The frame every chart shares: a figure named by its caption, the chart's own content, then a
 * button that reveals the same data as a table.
 */
export function ChartFigure({
  id,
  kind,
  caption,
  theme,
  className,
  defaultShowTable,
  table,
  children,
}: ChartFigureProps) {
  const [showTable, setShowTable] = useState(defaultShowTable);
  return (
    <figure
      className={['medlead', `medlead-${kind}`, className].filter(Boolean).join(' ')}
      data-theme={theme}
      aria-labelledby={`${id}-caption`}
    >
      <figcaption id={`${id}-caption`} className="medlead-caption">
        {caption}
      </figcaption>
      {children}
      <button
        type="button"
        className="medlead-table-toggle"
        aria-expanded={showTable}
        aria-controls={`${id}-table`}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? 'Hide data table' : 'Show data table'}
      </button>
      {table({ id: `${id}-table`, hidden: !showTable })}
    </figure>
  );
}

export interface ChartSvgProps {
  /** The same id as the chart's `ChartFigure`: the svg is named by its caption. */
  readonly id: string;
  readonly viewBox: string;
  /** The drawing's size in px, where the chart is laid out at its measured width (`useChartWidth`). */
  readonly width?: number;
  readonly height?: number;
  readonly className: string;
  readonly style?: CSSProperties;
  /** What the chart shows and how to move through it, read after the caption. */
  readonly description: string;
  readonly children: ReactNode;
}

/** A chart's drawing: a group named by the figure's caption and described by `description`. */
export function ChartSvg({
  id,
  viewBox,
  width,
  height,
  className,
  style,
  description,
  children,
}: ChartSvgProps) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG chart has no HTML element for a group of marks
    <svg
      viewBox={viewBox}
      width={width}
      height={height}
      className={className}
      style={style}
      role="group"
      aria-labelledby={`${id}-caption`}
      aria-describedby={`${id}-desc`}
    >
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}
