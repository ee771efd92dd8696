import { type Framework, normalize, walk } from '@medlead/core';
import { type ReactElement, useId, useMemo, useState } from 'react';
import { ChartFigure, ChartSvg } from '../shared/ChartFigure';
import { ChartTooltip } from '../shared/ChartTooltip';
import type { ChartProps } from '../shared/chart-props';
import { formatValue } from '../shared/format-value';
import { showsProvenance } from '../shared/provenance';
import { useRovingFocus } from '../shared/use-roving-focus';
import {
  labelAnchor,
  layoutSectors,
  polar,
  ringSector,
  round,
  type WheelSector,
  wrapLabel,
} from './geometry';
import { WheelTable } from './WheelTable';
import {
  type WheelNode,
  type WheelValues,
  wheelGroups,
  wheelNodes,
  wheelScale,
} from './wheel-data';

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
  /** `wheel`: filled sectors. `radar`: a polygon through the scores. */
  readonly variant?: 'wheel' | 'radar';
  /** The scale to draw on when `report` is plain values. Default: the report's or the framework's. */
  readonly scale?: string;
  /** Labels around the wheel: `auto` shows titles up to 12 nodes, codes beyond. */
  readonly labels?: 'auto' | 'title' | 'code';
}

// Drawing units: the SVG scales to its container through its viewBox, which is wider than tall
// so that names beside the wheel (at three and nine o'clock) fit inside it rather than clip.
const SIZE = 480;
const WIDTH = 620;
const INNER = 36;
const OUTER = 168;
const LABEL_RADIUS = OUTER + 14;

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
  const scale = wheelScale(framework, report, scaleId);
  const nodes = useMemo(
    () => wheelNodes(framework, scale, report, target, comparison),
    [framework, scale, report, target, comparison],
  );
  const { sectors, trackPaths, labelParts } = staticLayout(framework);
  const [tip, setTip] = useState<number | null>(null);
  const caption =
    title ??
    `${framework.shortTitle}: scores by ${framework.terms[framework.assessedKind]?.singular ?? 'node'}`;
  // Which names go round the wheel: long (titles), short (codes or numbers, with a key), or both,
  // one of which a container query shows (long on a wide chart, short on a phone).
  const labelSet: 'long' | 'short' | 'both' =
    labels === 'title'
      ? 'long'
      : labels === 'code' || (labels === 'auto' && nodes.length > 12 && labelParts.hasCodes)
        ? 'short'
        : 'both';
  const radius = (share: number | null) =>
    share === null ? INNER : INNER + share * (OUTER - INNER);

  const tipNode = tip === null ? undefined : nodes[tip];
  const tipSector = tip === null ? undefined : sectors[tip];
  const tipAnchor = polar(
    tipSector?.midAngle ?? 0,
    variant === 'radar' ? radius(tipNode?.normalized ?? 0) : OUTER,
  );

  const { markProps } = useRovingFocus(nodes.length, {
    onMove: setTip,
    onEscape: () => setTip(null),
    onSelect: (index) => {
      const node = nodes[index];
      if (node !== undefined) onSelect?.(node.node.id);
    },
  });

  const path = (inner: number, outer: number, start: number, end: number) =>
    ringSector(inner, outer, start, end);
  const ring = (share: number, start: number, end: number) =>
    describeArc(radius(share), start, end);
  const polygon = (shares: (number | null)[]) =>
    shares
      .map((share, index) => {
        const point = polar(sectors[index]?.midAngle ?? 0, radius(share ?? 0));
        return `${point.x},${point.y}`;
      })
      .join(' ');

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
          comparisonLabel={comparison === undefined ? undefined : comparisonLabel}
          showTarget={target !== undefined}
          showProvenance={showsProvenance(audience)}
        />
      )}
    >
      <ChartSvg
        id={id}
        viewBox={`${-WIDTH / 2} ${-SIZE / 2} ${WIDTH} ${SIZE}`}
        className="medlead-wheel-svg"
        description={`${nodes.length} ${framework.terms[framework.assessedKind]?.plural ?? 'nodes'} on the scale "${scale.title}", from ${scale.points[0]?.label} at the centre to ${scale.points[scale.points.length - 1]?.label} at the rim. Use the arrow keys to move between them.`}
      >
        <g className="medlead-grid" aria-hidden="true">
          {scale.points.map((point) => (
            <circle key={point.value} r={round(radius(normalize(point.value, scale)))} />
          ))}
        </g>
        {variant === 'wheel' &&
          nodes.map((entry, index) => {
            const sector = sectors[index];
            if (sector === undefined) return null;
            return (
              <g key={entry.node.id} aria-hidden="true">
                <path className="medlead-track" d={trackPaths[index]} />
                {entry.normalized !== null && entry.normalized > 0 && (
                  <path
                    className={`medlead-fill medlead-series-${(sector.group % 8) + 1}`}
                    d={path(INNER, radius(entry.normalized), sector.startAngle, sector.endAngle)}
                  />
                )}
                {entry.targetNormalized !== null && (
                  <path
                    className="medlead-target"
                    d={ring(entry.targetNormalized, sector.startAngle, sector.endAngle)}
                  />
                )}
                {entry.comparisonNormalized !== null && (
                  <>
                    <path
                      className="medlead-comparison"
                      d={ring(entry.comparisonNormalized, sector.startAngle, sector.endAngle)}
                    />
                    <Marker angle={sector.midAngle} radius={radius(entry.comparisonNormalized)} />
                  </>
                )}
              </g>
            );
          })}
        {variant === 'radar' && (
          <g aria-hidden="true">
            <polygon
              className="medlead-radar-area medlead-series-1"
              points={polygon(nodes.map((n) => n.normalized))}
            />
            {/* An outline only when every node has a value: a missing one would pull it to the
                centre and read as zero. The markers always show. */}
            {nodes.every((n) => n.targetNormalized !== null) && (
              <polygon
                className="medlead-target"
                points={polygon(nodes.map((n) => n.targetNormalized))}
              />
            )}
            {nodes.map((entry, index) =>
              entry.targetNormalized === null ? null : (
                <TargetMarker
                  key={entry.node.id}
                  angle={sectors[index]?.midAngle ?? 0}
                  radius={radius(entry.targetNormalized)}
                />
              ),
            )}
            {comparison !== undefined && (
              <>
                {nodes.every((n) => n.comparisonNormalized !== null) && (
                  <polygon
                    className="medlead-comparison"
                    points={polygon(nodes.map((n) => n.comparisonNormalized))}
                  />
                )}
                {nodes.map((entry, index) =>
                  entry.comparisonNormalized === null ? null : (
                    <Marker
                      key={entry.node.id}
                      angle={sectors[index]?.midAngle ?? 0}
                      radius={radius(entry.comparisonNormalized)}
                    />
                  ),
                )}
              </>
            )}
          </g>
        )}
        {/* Names around the wheel. In "auto", a narrow container (a phone) swaps the names for
            short marks (codes, or numbers) explained by the key below the chart: the names would
            otherwise shrink with the drawing to an unreadable size. */}
        {labelSet !== 'short' && labelParts.longLabels}
        {labelSet !== 'long' && labelParts.shortLabels}
        <g className="medlead-marks">
          {nodes.map((entry, index) => {
            const sector = sectors[index];
            if (sector === undefined) return null;
            const label = describeNode(entry, comparisonLabel);
            const shape =
              variant === 'wheel' ? (
                <path className="medlead-mark" d={trackPaths[index]} />
              ) : (
                <RadarPoint angle={sector.midAngle} radius={radius(entry.normalized ?? 0)} />
              );
            return (
              // biome-ignore lint/a11y/useSemanticElements: a focusable SVG mark cannot be an HTML button
              <g
                key={entry.node.id}
                {...markProps(index)}
                role="button"
                aria-label={label}
                onBlur={() => setTip(null)}
                onPointerEnter={() => setTip(index)}
                onPointerLeave={() => setTip(null)}
                onClick={() => onSelect?.(entry.node.id)}
              >
                {shape}
              </g>
            );
          })}
        </g>
        {/* One tooltip for the whole chart, anchored on the node under the pointer or focus (a
              Radix tooltip per node would cost every render nine of them), and only in the
              browser: the server has nothing to hover, so it renders none. */}
        <ChartTooltip
          anchor={tipNode === undefined ? undefined : tipAnchor}
          onClose={() => setTip(null)}
          theme={theme}
          container={tooltipContainer}
        >
          <strong>
            {tipNode?.node.code
              ? `${tipNode.node.code} ${tipNode.node.title}`
              : tipNode?.node.title}
          </strong>
          <span>
            {tipNode?.value === null || tipNode === undefined
              ? 'Not rated'
              : `${formatValue(tipNode.value)}: ${tipNode.level ?? ''}`}
          </span>
          {tipNode !== undefined && tipNode.comparison !== null && (
            <span>{`${comparisonLabel}: ${formatValue(tipNode.comparison)}`}</span>
          )}
          {tipNode !== undefined && tipNode.target !== null && (
            <span>{`Target: ${formatValue(tipNode.target)}`}</span>
          )}
          {tipNode !== undefined && showsProvenance(audience) && (
            <span className="medlead-provenance">{provenanceNote(tipNode)}</span>
          )}
        </ChartTooltip>
      </ChartSvg>
      <ul className="medlead-legend">
        <li>
          <span className="medlead-key medlead-key-fill" aria-hidden="true" /> Score ({scale.title})
        </li>
        {target !== undefined && (
          <li>
            <span className="medlead-key medlead-key-target" aria-hidden="true" />{' '}
            {variant === 'radar' ? 'Target (dashed line, hollow diamonds)' : 'Target (dashed line)'}
          </li>
        )}
        {comparison !== undefined && (
          <li>
            <span className="medlead-key medlead-key-comparison" aria-hidden="true" />{' '}
            {comparisonLabel} (dotted line, round markers)
          </li>
        )}
      </ul>
      {labelSet === 'short' && labelParts.key}
      {labelSet === 'both' && labelParts.narrowKey}
    </ChartFigure>
  );
}

interface StaticLayout {
  readonly sectors: readonly WheelSector[];
  readonly trackPaths: readonly string[];
  readonly labelParts: LabelParts;
}

/** The names round the wheel, drawn once per framework (they do not change with the scores). */
interface LabelParts {
  readonly hasCodes: boolean;
  /** Titles, wrapped, beside their sectors. */
  readonly longLabels: ReactElement;
  /** Codes (or numbers, where the framework has no codes), larger, for a narrow wheel. */
  readonly shortLabels: ReactElement;
  /** What the short marks stand for, always shown (labels="code"), or only when narrow. */
  readonly key: ReactElement;
  readonly narrowKey: ReactElement;
}

// What depends only on the framework (slices, their outlines, the names round the wheel) is
// worked out once per framework: a chart redrawn with new scores, or rendered on a server per
// request, reuses it, React elements included.
const layouts = new WeakMap<Framework, StaticLayout>();

function staticLayout(framework: Framework): StaticLayout {
  const cached = layouts.get(framework);
  if (cached !== undefined) return cached;
  const sectors = layoutSectors(wheelGroups(framework));
  const byId = new Map(walk(framework).map((entry) => [entry.node.id, entry.node]));
  const layout = {
    sectors,
    trackPaths: sectors.map((sector) =>
      ringSector(INNER, OUTER, sector.startAngle, sector.endAngle),
    ),
    labelParts: labelParts(sectors, (id) => byId.get(id)),
  };
  if (Object.isFrozen(framework)) layouts.set(framework, layout);
  return layout;
}

function labelParts(
  sectors: readonly WheelSector[],
  nodeOf: (
    id: string,
  ) => { readonly title: string; readonly code?: string | undefined } | undefined,
): LabelParts {
  const named = sectors.map((sector) => ({ sector, node: nodeOf(sector.nodeId) }));
  const hasCodes = named.every(({ node }) => node?.code);
  const mark = (index: number) => (hasCodes ? (named[index]?.node?.code ?? '') : String(index + 1));
  const keyItems = named.map(({ sector, node }, index) => (
    <li key={sector.nodeId}>
      <span className="medlead-wheel-key-mark">{mark(index)}</span> {node?.title}
    </li>
  ));
  return {
    hasCodes,
    longLabels: (
      <g className="medlead-labels medlead-labels-long" aria-hidden="true">
        {named.map(({ sector, node }) => {
          const anchor = polar(sector.midAngle, LABEL_RADIUS);
          const lines = wrapLabel(node?.title ?? '', 16, 3);
          const below = Math.cos(sector.midAngle) < -0.2;
          return (
            <text
              key={sector.nodeId}
              x={anchor.x}
              y={round(anchor.y - (below ? 0 : (lines.length - 1) * 17))}
              textAnchor={labelAnchor(sector.midAngle)}
              dominantBaseline={below ? 'hanging' : 'auto'}
            >
              {lines.map((line, lineIndex) => (
                <tspan key={line} x={anchor.x} dy={lineIndex === 0 ? 0 : 17}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
    ),
    shortLabels: (
      <g className="medlead-labels medlead-labels-short" aria-hidden="true">
        {named.map(({ sector }, index) => {
          const anchor = polar(sector.midAngle, LABEL_RADIUS);
          return (
            <text
              key={sector.nodeId}
              x={anchor.x}
              y={anchor.y}
              textAnchor={labelAnchor(sector.midAngle)}
              dominantBaseline="middle"
            >
              {mark(index)}
            </text>
          );
        })}
      </g>
    ),
    // The marks' own labels carry the full names for screen readers: the key is for the eye.
    key: (
      <ol className="medlead-wheel-key" aria-hidden="true">
        {keyItems}
      </ol>
    ),
    narrowKey: (
      <ol className="medlead-wheel-key medlead-wheel-key-narrow" aria-hidden="true">
        {keyItems}
      </ol>
    ),
  };
}

/** The focusable point of a node on the radar. */
function RadarPoint({ angle, radius }: { angle: number; radius: number }) {
  const point = polar(angle, radius);
  return <circle className="medlead-mark medlead-radar-point" r={7} cx={point.x} cy={point.y} />;
}

/** The hollow diamond that shows a target on the radar (the gap chart's target shape too). */
function TargetMarker({ angle, radius }: { angle: number; radius: number }) {
  const point = polar(angle, radius);
  return (
    <path
      className="medlead-target-marker"
      d={`M${point.x},${round(point.y - 6)}l6,6l-6,6l-6,-6Z`}
    />
  );
}

/** The round marker that shows a comparison value (so it differs from the target by shape too). */
function Marker({ angle, radius }: { angle: number; radius: number }) {
  const point = polar(angle, radius);
  return <circle className="medlead-comparison-marker" r={4} cx={point.x} cy={point.y} />;
}

/** A ring segment (an arc line, not a filled shape) at `radius`, for target and comparison lines. */
function describeArc(radius: number, start: number, end: number): string {
  const from = polar(start, radius);
  const to = polar(end, radius);
  const large = end - start > Math.PI ? 1 : 0;
  return `M${from.x},${from.y}A${round(radius)},${round(radius)} 0 ${large} 1 ${to.x},${to.y}`;
}

/** What a screen reader hears for a node. */
function describeNode(entry: WheelNode, comparisonLabel: string): string {
  const name = entry.node.code ? `${entry.node.code} ${entry.node.title}` : entry.node.title;
  const score =
    entry.value === null ? 'not rated' : `${formatValue(entry.value)}, ${entry.level ?? ''}`;
  const parts = [`${name}: ${score}`];
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
