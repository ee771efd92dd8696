import { type Framework, findScale } from '@medlead/core';
import { useId } from 'react';
import { scaleAuthorshipNote } from '../shared/authorship';
import { type Audience, showsProvenance } from '../shared/chart-props';
import { formatValue } from '../shared/format-value';
import { ProvenanceBadge } from '../shared/provenance';

export interface ScaleLegendProps {
  readonly framework: Framework;
  /** The scale's id. Default: the framework's default scale. */
  readonly scale?: string;
  /** The legend's heading. Default: the scale's title. */
  readonly title?: string;
  /** Show each point's summary, where the scale has one. Default true. */
  readonly showSummaries?: boolean;
  /**
   * Whom the legend speaks to. `learner` (default): plain words (a scale medlead wrote says so once).
   * `curriculum`: where the scale comes from and, when it is uncertain, why.
   */
  readonly audience?: Audience;
  readonly theme?: 'light' | 'dark';
  readonly className?: string;
}

/**
 * What a rating scale's points mean: an ordered list of value and label (and the point's summary),
 * drawn as steps that rise from left to right on a wide screen and stack on a phone. For educators
 * it says where the scale comes from and, when it is uncertain, why, in text.
 */
export function ScaleLegend({
  framework,
  scale: scaleId,
  title,
  showSummaries = true,
  audience = 'learner',
  theme,
  className,
}: ScaleLegendProps) {
  const id = useId();
  const chosen = scaleId ?? framework.defaultScale;
  const scale = findScale(framework, chosen);
  if (scale === undefined)
    throw new Error(`medlead: "${chosen}" is not a scale of ${framework.key}`);
  const first = scale.points[0]?.value ?? 0;
  const last = scale.points[scale.points.length - 1]?.value ?? 0;
  const steps = scale.points.length;
  const learnerNote = scaleAuthorshipNote(framework, scale);

  return (
    <section
      className={['medlead', 'medlead-scale-legend', className].filter(Boolean).join(' ')}
      data-theme={theme}
      aria-labelledby={`${id}-title`}
    >
      <p id={`${id}-title`} className="medlead-caption">
        {title ?? scale.title}
      </p>
      {scale.summary !== undefined && <p className="medlead-scale-summary">{scale.summary}</p>}
      <ol className="medlead-scale-points">
        {scale.points.map((point, index) => (
          <li key={point.value} className="medlead-scale-point">
            {/* The step's height grows with the point, so the order reads without colour. */}
            <svg className="medlead-scale-step" viewBox="0 0 24 24" aria-hidden="true">
              <rect
                x={2}
                width={20}
                y={22 - (20 * (index + 1)) / steps}
                height={(20 * (index + 1)) / steps}
              />
            </svg>
            <span className="medlead-scale-value">{formatValue(point.value)}</span>
            <span className="medlead-scale-label">{point.label}</span>
            {showSummaries && point.summary !== undefined && (
              <span className="medlead-scale-point-summary">{point.summary}</span>
            )}
          </li>
        ))}
      </ol>
      {scale.step !== undefined && (
        <p className="medlead-scale-note">
          {`Any value from ${formatValue(first)} to ${formatValue(last)} in steps of ${formatValue(scale.step)}; the points above are anchors.`}
        </p>
      )}
      {showsProvenance(audience) ? (
        <p className="medlead-scale-note">
          <ProvenanceBadge
            provenance={scale.provenance}
            uncertain={scale.uncertain !== undefined}
          />{' '}
          {scale.uncertain}
        </p>
      ) : (
        learnerNote !== undefined && <p className="medlead-scale-note">{learnerNote}</p>
      )}
    </section>
  );
}
