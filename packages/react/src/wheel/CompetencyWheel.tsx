import type { Framework } from '@medlead/core';
import { Fragment, useId, useMemo, useState } from 'react';
import { ChartFigure, ChartSvg } from '../shared/ChartFigure';
import { ChartTooltip } from '../shared/ChartTooltip';
import { type ChartProps, showsProvenance } from '../shared/chart-props';
import { formatValue } from '../shared/format-value';
import { useChartWidth } from '../shared/use-chart-width';
import { useRovingFocus } from '../shared/use-roving-focus';
import { type Point, polar, ringArc, ringSector, round } from './geometry';
import { WheelTable } from './WheelTable';
import {
  scaleShare,
  type WheelNode,
  type WheelValues,
  wheelNodes,
  wheelScale,
  wheelShape,
} from './wheel-data';
import { layoutWheel, WHEEL_MAX_WIDTH, type WheelLayout } from './wheel-layout';

export interface CompetencyWheelProps extends ChartProps {
  readonly framework: Framework;
  /** The scores to draw: a score report from `scoreAssessment`, or values by node id. */
  readonly report?: WheelValues;
  /** A target to draw over the scores (dashed line). */
  readonly target?: WheelValues;
  /** A comparison, such as others' ratings in a 360 (dotted line with round markers). */
  readonly comparison?: WheelValues;
  /** What the comparison is called in the legend and table. Default "Others". */
  readonly comparisonLabel?: string;
  /**
   * What `report` is called in the key, tooltips and table. Default "Score"; in a 360, "Self"
   * beside `comparisonLabel` "Others".
   */
  readonly reportLabel?: string;
  /** `wheel`: filled sectors. `radar`: a polygon through the scores. */
  readonly variant?: 'wheel' | 'radar';
  /** The scale to draw on when `report` is plain values. Default: the report's or the framework's. */
  readonly scale?: string;
  /**
   * Names round the wheel: `title` shows names wherever they fit, `auto` too up to 12 nodes, and
   * `code` short marks (codes, or numbers) with a key. Where names cannot fit (a phone), short
   * marks and a key take their place.
   */
  readonly labels?: 'auto' | 'title' | 'code';
}

/** The width drawn at on the server and until measured: the figure's widest content. */
const FALLBACK_WIDTH = WHEEL_MAX_WIDTH - 24;
/** The least a score is filled, so a score at the bottom of the scale still shows (px). */
const MIN_BAND = 4;

/**
 * The competency wheel: one sector per assessed node, grouped by domain, filled to its score, with
 * rings at each scale point. Tab into it, walk it with the arrow keys (Home and End jump to the
 * ends), Enter or Space chooses a node; every node has a tooltip on hover and focus, and a button
 * reveals the same data as a table. Target and comparison overlays differ by line style and
 * marker as well as colour.
 */
export function CompetencyWheel({
  framework,
  report,
  target,
  comparison,
  comparisonLabel = 'Others',
  reportLabel = 'Score',
  variant = 'wheel',
  scale: scaleId,
  title,
  labels = 'auto',
  onSelect,
  defaultShowTable = false,
  audience = 'learner',
  theme,
  tooltipContainer,
  className,
}: CompetencyWheelProps) {
  const id = useId();
  const hatchId = `${id.replace(/[^\w-]/g, '')}-unrated`;
  const scale = wheelScale(framework, report, scaleId);
  const nodes = wheelNodes(framework, scale, report, target, comparison);
  // What depends only on the framework (slices and names), kept while only the scores change.
  const shape = useMemo(() => wheelShape(framework), [framework]);
  const { sectors } = shape;
  const { ref, width } = useChartWidth(FALLBACK_WIDTH);
  const layout: WheelLayout = useMemo(
    () =>
      layoutWheel({
        ...shape,
        rings: scale.points.map((point) => ({
          text: formatValue(point.value),
          share: scaleShare(point.value, scale),
        })),
        width,
        labels,
      }),
    [shape, scale, width, labels],
  );
  const { inner, outer } = layout;
  const [tip, setTip] = useState<number | null>(null);
  const closeTip = () => setTip(null);
  const choose = (index: number) => {
    const entry = nodes[index];
    if (entry !== undefined) onSelect?.(entry.node.id);
  };
  const nodeTerm = framework.terms[framework.assessedKind];
  const caption = title ?? `${framework.shortTitle}: scores by ${nodeTerm?.singular ?? 'node'}`;
  const radar = variant === 'radar';
  // Colour: one per domain where the framework groups its nodes, else one throughout (see
  // `wheelShape`); the radar is one shape, so one colour. The key says which.
  const grouped = !radar && shape.groups.length > 0;
  // The key lists only what is drawn.
  const rated = nodes.some((entry) => entry.normalized !== null);
  const unrated = nodes.some((entry) => entry.normalized === null);
  const radius = (share: number | null) =>
    share === null ? inner : inner + share * (outer - inner);
  /** The point at `share` on the axis of the node at `index` (the centre ring if null). */
  const at = (index: number, share: number | null) =>
    polar(sectors[index]?.midAngle ?? 0, radius(share));
  const outline = (shares: (number | null)[]) =>
    shares
      .map((share, index) => {
        const { x, y } = at(index, share);
        return `${x},${y}`;
      })
      .join(' ');
  const tracks = sectors.map((sector) =>
    ringSector(inner, outer, sector.startAngle, sector.endAngle),
  );
  // Target (dashed) and comparison (dotted, round markers) are drawn alike: on the wheel an arc
  // across each sector at the value; on the radar an outline through the values, only when every
  // node has one (a missing one would pull it to the centre and read as zero), and markers.
  const overlays = [
    {
      name: 'target',
      shares: nodes.map((entry) => entry.targetNormalized),
      marker: radar ? diamond : undefined,
    },
    { name: 'comparison', shares: nodes.map((entry) => entry.comparisonNormalized), marker: dot },
  ];

  const tipNode = tip === null ? undefined : nodes[tip];
  const { markProps } = useRovingFocus(nodes.length, {
    onMove: setTip,
    onEscape: closeTip,
    onSelect: choose,
  });

  return (
    <ChartFigure
      id={id}
      kind="wheel"
      caption={caption}
      theme={theme}
      className={className}
      defaultShowTable={defaultShowTable}
      table={(tableProps) => (
        <WheelTable
          {...tableProps}
          caption={caption}
          nodes={nodes}
          scaleTitle={scale.title}
          reportLabel={reportLabel}
          comparisonLabel={comparison === undefined ? undefined : comparisonLabel}
          showTarget={target !== undefined}
          showProvenance={showsProvenance(audience)}
        />
      )}
    >
      <div ref={ref} className="medlead-wheel-frame">
        <ChartSvg
          id={id}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          className="medlead-wheel-svg"
          description={`${nodes.length} ${nodeTerm?.plural ?? 'nodes'} on the scale "${scale.title}", from ${scale.points[0]?.label} at the centre to ${scale.points[scale.points.length - 1]?.label} at the rim. Use the arrow keys to move between them.`}
        >
          <defs>
            {/* Not rated: hatched, so it differs from a score at the bottom of the scale (a
                thin band at the centre) by pattern, not colour. */}
            <pattern
              id={hatchId}
              width={6}
              height={6}
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect className="medlead-hatch-ground" width={6} height={6} />
              <line className="medlead-hatch-line" x1={0} y1={0} x2={0} y2={6} />
            </pattern>
          </defs>
          <g transform={`translate(${layout.cx} ${layout.cy})`}>
            <g aria-hidden="true">
              {sectors.map((sector, index) => {
                const share = nodes[index]?.normalized ?? null;
                return (
                  <Fragment key={sector.nodeId}>
                    {!radar && <path className="medlead-track" d={tracks[index]} />}
                    {share === null ? (
                      <path
                        className="medlead-unrated"
                        d={tracks[index]}
                        fill={`url(#${hatchId})`}
                      />
                    ) : (
                      !radar && (
                        <path
                          className={`medlead-fill medlead-series-${grouped ? sector.group + 1 : 1}`}
                          d={ringSector(
                            inner,
                            Math.max(radius(share), inner + MIN_BAND),
                            sector.startAngle,
                            sector.endAngle,
                          )}
                        />
                      )
                    )}
                  </Fragment>
                );
              })}
            </g>
            {/* The rings over the fills, so a score reads against the scale. */}
            <g className="medlead-grid" aria-hidden="true">
              {scale.points.map((point) => (
                <circle key={point.value} r={round(radius(scaleShare(point.value, scale)))} />
              ))}
            </g>
            <g aria-hidden="true">
              {radar && (
                <polygon
                  className="medlead-radar-area medlead-series-1"
                  points={outline(nodes.map((entry) => entry.normalized))}
                />
              )}
              {overlays.map(({ name, shares, marker }) => (
                <Fragment key={name}>
                  {radar && shares.every((share) => share !== null) && (
                    <polygon className={`medlead-${name}`} points={outline(shares)} />
                  )}
                  {sectors.map((sector, index) => {
                    const share = shares[index] ?? null;
                    return (
                      share !== null && (
                        <Fragment key={sector.nodeId}>
                          {!radar && (
                            <path
                              className={`medlead-${name}`}
                              d={ringArc(radius(share), sector.startAngle, sector.endAngle)}
                            />
                          )}
                          {marker?.(at(index, share))}
                        </Fragment>
                      )
                    );
                  })}
                </Fragment>
              ))}
            </g>
            <g className="medlead-ring-values" aria-hidden="true">
              {layout.ringLabels.map((label) => (
                <text key={label.ring} x={0} y={label.y} textAnchor="middle">
                  {label.text}
                </text>
              ))}
            </g>
            {/* The names (or short marks) beside the sectors, placed by the layout. */}
            <g className={`medlead-labels medlead-labels-${layout.names}`} aria-hidden="true">
              {layout.labels.map((label, index) => (
                <text key={sectors[index]?.nodeId} x={label.x} textAnchor={label.anchor}>
                  {label.lines.map((line, lineIndex) => (
                    <tspan key={line} x={label.x} y={label.baselines[lineIndex]}>
                      {line}
                    </tspan>
                  ))}
                </text>
              ))}
            </g>
            <g className="medlead-marks">
              {nodes.map((entry, index) => {
                const point = at(index, entry.normalized);
                return (
                  // biome-ignore lint/a11y/useSemanticElements: a focusable SVG mark cannot be an HTML button
                  <g
                    key={entry.node.id}
                    {...markProps(index)}
                    role="button"
                    aria-label={describeNode(
                      entry,
                      comparison === undefined ? undefined : reportLabel,
                      comparisonLabel,
                    )}
                    onBlur={closeTip}
                    onPointerEnter={() => setTip(index)}
                    onPointerLeave={closeTip}
                    onClick={() => choose(index)}
                  >
                    {radar ? (
                      // The node's focusable point.
                      <circle
                        className={`medlead-mark medlead-radar-point${entry.normalized === null ? ' medlead-radar-point-unrated' : ''}`}
                        r={7}
                        cx={point.x}
                        cy={point.y}
                      />
                    ) : (
                      <path className="medlead-mark" d={tracks[index]} />
                    )}
                  </g>
                );
              })}
            </g>
            {/* One tooltip for the whole chart, anchored on the node under the pointer or focus (a
              Radix tooltip per node would cost every render nine of them), and only in the
              browser: the server has nothing to hover, so it renders none. */}
            <ChartTooltip
              anchor={
                tipNode === undefined ? undefined : at(tip ?? 0, radar ? tipNode.normalized : 1)
              }
              onClose={closeTip}
              theme={theme}
              container={tooltipContainer}
            >
              {tipNode !== undefined && (
                <Fragment>
                  <strong>{named(tipNode.node)}</strong>
                  <span>{`${reportLabel}: ${scoreText(tipNode)}`}</span>
                  {tipNode.comparison !== null && (
                    <span>{`${comparisonLabel}: ${formatValue(tipNode.comparison)}`}</span>
                  )}
                  {tipNode.target !== null && (
                    <span>{`Target: ${formatValue(tipNode.target)}`}</span>
                  )}
                  {showsProvenance(audience) && (
                    <span className="medlead-provenance">{provenanceNote(tipNode)}</span>
                  )}
                </Fragment>
              )}
            </ChartTooltip>
          </g>
        </ChartSvg>
      </div>
      <ul className="medlead-legend medlead-wheel-legend">
        {rated && grouped && (
          <li>
            {`${reportLabel}: filled from the centre, coloured by ${shape.groupTerm}`}
            <ul className="medlead-wheel-groups">
              {shape.groups.map((group, index) => (
                <li key={group.id}>
                  <Swatch series={index + 1} />
                  {named(group)}
                </li>
              ))}
            </ul>
          </li>
        )}
        {rated && !grouped && (
          <li>
            <Swatch series={1} outline={radar} />
            {radar
              ? `${reportLabel}: the shaded shape, a point per ${nodeTerm?.singular ?? 'node'}`
              : `${reportLabel}: filled from the centre`}
          </li>
        )}
        {unrated && (
          <li>
            <span
              className="medlead-wheel-swatch medlead-wheel-swatch-unrated"
              aria-hidden="true"
            />
            Not rated (hatched)
          </li>
        )}
        {target !== undefined && (
          <li>
            <span className="medlead-key medlead-key-target" aria-hidden="true" />{' '}
            {radar ? 'Target (dashed line, hollow diamonds)' : 'Target (dashed line)'}
          </li>
        )}
        {comparison !== undefined && (
          <li>
            <span className="medlead-key medlead-key-comparison" aria-hidden="true" />{' '}
            {comparisonLabel} (dotted line, round markers)
          </li>
        )}
      </ul>
      <p className="medlead-wheel-scale">
        {`Rings, centre to rim (${scale.title}): `}
        {scale.points.map((point, index) => (
          <span key={point.value} className="medlead-wheel-scale-point">
            <b>{formatValue(point.value)}</b> {point.label}
            {index < scale.points.length - 1 ? ', ' : ''}
          </span>
        ))}
      </p>
      {layout.names === 'short' && (
        // The marks' own labels carry the full names for screen readers: the key is for the eye.
        <ol className="medlead-wheel-key" aria-hidden="true">
          {sectors.map((sector, index) => (
            <li key={sector.nodeId}>
              <span className="medlead-wheel-key-mark">{shape.marks[index]}</span>{' '}
              {shape.titles[index]}
            </li>
          ))}
        </ol>
      )}
    </ChartFigure>
  );
}

/** A square in a series colour for the key: filled, or (the radar's area) tinted and outlined. */
function Swatch({ series, outline = false }: { series: number; outline?: boolean }) {
  const colour = `var(--medlead-series-${series})`;
  return (
    <span
      className={
        outline ? 'medlead-wheel-swatch medlead-wheel-swatch-area' : 'medlead-wheel-swatch'
      }
      style={outline ? { color: colour } : { background: colour }}
      aria-hidden="true"
    />
  );
}

/** The hollow diamond that marks a target on the radar (the gap chart's target shape too). */
function diamond({ x, y }: Point) {
  return <path className="medlead-target-marker" d={`M${x},${round(y - 6)}l6,6l-6,6l-6,-6Z`} />;
}

/** The round marker of a comparison value (so it differs from the target by shape too). */
function dot({ x, y }: Point) {
  return <circle className="medlead-comparison-marker" r={4} cx={x} cy={y} />;
}

/** A node or group by its code and title, or its title where it has no code. */
function named(item: { readonly code?: string | undefined; readonly title: string }): string {
  return item.code ? `${item.code} ${item.title}` : item.title;
}

/** A node's score and the level it reaches, or "not rated". */
function scoreText(entry: WheelNode): string {
  return entry.value === null ? 'not rated' : `${formatValue(entry.value)}, ${entry.level ?? ''}`;
}

/** What a screen reader hears for a node; the score is named only beside a comparison. */
function describeNode(
  entry: WheelNode,
  reportLabel: string | undefined,
  comparisonLabel: string,
): string {
  const parts = [
    `${named(entry.node)}: ${reportLabel ? `${reportLabel.toLowerCase()} ` : ''}${scoreText(entry)}`,
  ];
  if (entry.comparison !== null)
    parts.push(`${comparisonLabel.toLowerCase()} ${formatValue(entry.comparison)}`);
  if (entry.target !== null) parts.push(`target ${formatValue(entry.target)}`);
  return parts.join('; ');
}

/** Where the node's title comes from, in words, as the content rules require the UI to say. */
function provenanceNote(entry: WheelNode): string {
  const words = {
    published: 'Title as published',
    paraphrased: 'Title paraphrased',
    editorial: 'Editorial: not published by the owner',
  };
  const note = words[entry.node.provenance];
  return entry.node.uncertain ? `${note}; uncertain` : note;
}
