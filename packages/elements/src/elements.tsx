// The four elements. Each reads its inputs, checks them with core, and draws the @medlead/react
// component; tooltips go into the element's own shadow root.
import type { Assessment, Framework, GapTarget } from '@medlead/core';
import { CompetencyWheel, FrameworkExplorer, GapChart, SelfAssessmentForm } from '@medlead/react';
import type { ReactNode } from 'react';
import { commonInputs, type InputReader, type InputSpec, MedleadElement } from './element-base';
import {
  analyseGaps,
  checkScores,
  ElementProblem,
  gapTarget,
  isScoreReport,
  parseAudience,
  parseChoice,
  parseFlag,
  parseText,
  resolveFramework,
  type Scores,
  type Values,
} from './inputs';
import type { Theme } from './messages';

/** Only the props that have a value (the components' props are exact: no explicit undefined). */
function defined<T extends Record<string, unknown>>(
  props: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

const text = (input: InputReader, property: string): string | undefined => {
  const value = input.get(property);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

/**
 * The framework, from `framework` or, when that is absent, from a score report given as
 * `scores`; and the scores, checked against it.
 */
function frameworkAndScores(
  input: InputReader,
  scale: string | undefined,
): { framework: Framework | undefined; scores: Scores | undefined; given: boolean } {
  const rawScores = input.get('scores');
  const given = input.get('framework');
  const fromReport = isScoreReport(rawScores) ? rawScores.framework : undefined;
  const framework = input.check(() =>
    resolveFramework(input.where('framework'), given ?? fromReport),
  );
  const scores =
    framework === undefined || rawScores === undefined || rawScores === null
      ? undefined
      : input.check(() => checkScores('scores', framework, rawScores, scale));
  return { framework, scores, given: input.has('scores') };
}

/** The `audience` input; undefined (the component's own default) when absent or unreadable. */
const audienceOf = (input: InputReader) =>
  input.check(() => parseAudience('audience', input.get('audience')));

/** Records a problem found by the view itself. */
function problem(input: InputReader, message: string): void {
  input.check(() => {
    throw new ElementProblem([message]);
  });
}

const chartInputs = (...inputs: InputSpec[]): readonly InputSpec[] => [
  ...commonInputs,
  { property: 'scores', attribute: 'scores', kind: 'json' },
  { property: 'scale', attribute: 'scale', kind: 'text' },
  { property: 'caption', attribute: 'caption', kind: 'text' },
  { property: 'showTable', attribute: 'show-table', kind: 'flag' },
  ...inputs,
];

/** `<medlead-wheel>`: the competency wheel (or radar) of `scores`, with a `target` overlay. */
export class MedleadWheelElement extends MedleadElement {
  static readonly tag = 'medlead-wheel';
  static override readonly inputs = chartInputs(
    { property: 'variant', attribute: 'variant', kind: 'text' },
    { property: 'target', attribute: 'target', kind: 'json' },
    { property: 'comparison', attribute: 'comparison', kind: 'json' },
    { property: 'comparisonLabel', attribute: 'comparison-label', kind: 'text' },
    { property: 'reportLabel', attribute: 'report-label', kind: 'text' },
  );
  static {
    MedleadElement.defineInputs(MedleadWheelElement);
  }
  declare scores: Scores | string | null;
  declare scale: string | null;
  declare caption: string | null;
  declare showTable: boolean;
  declare variant: 'wheel' | 'radar' | null;
  declare target: Scores | string | null;
  declare comparison: Scores | string | null;
  declare comparisonLabel: string | null;
  declare reportLabel: string | null;
  protected readonly label = 'competency wheel';

  protected view(input: InputReader, theme: Theme | undefined): ReactNode {
    const scale = text(input, 'scale');
    const { framework, scores } = frameworkAndScores(input, scale);
    const variant = input.check(() =>
      parseChoice('variant', input.get('variant'), ['wheel', 'radar'] as const),
    );
    const overlay = (property: 'target' | 'comparison') => {
      const value = input.get(property);
      if (framework === undefined || value === undefined || value === null) return undefined;
      return input.check(() => checkScores(property, framework, value, scale));
    };
    const target = overlay('target');
    const comparison = overlay('comparison');
    const audience = audienceOf(input);
    if (framework === undefined) return null;
    return (
      <CompetencyWheel
        framework={framework}
        tooltipContainer={this.tooltipLayer}
        onSelect={(nodeId) => this.emit('medlead-select', { nodeId })}
        defaultShowTable={parseFlag(input.get('showTable'))}
        {...defined({
          report: scores,
          target,
          comparison,
          comparisonLabel: text(input, 'comparisonLabel'),
          reportLabel: text(input, 'reportLabel'),
          variant,
          scale,
          title: text(input, 'caption'),
          audience,
          theme,
        })}
      />
    );
  }
}

/** `<medlead-gap-chart>`: `scores` against a `target` (or one `level`), largest gap first. */
export class MedleadGapChartElement extends MedleadElement {
  static readonly tag = 'medlead-gap-chart';
  static override readonly inputs = chartInputs(
    { property: 'target', attribute: 'target', kind: 'json' },
    { property: 'level', attribute: 'level', kind: 'number' },
    { property: 'actualLabel', attribute: 'actual-label', kind: 'text' },
    { property: 'targetLabel', attribute: 'target-label', kind: 'text' },
  );
  static {
    MedleadElement.defineInputs(MedleadGapChartElement);
  }
  declare scores: Scores | string | null;
  declare scale: string | null;
  declare caption: string | null;
  declare showTable: boolean;
  /** Values by node id, or core's `{ level }`, `{ nodes }` or `{ stage, level }`. */
  declare target: Values | GapTarget | string | null;
  declare level: number | null;
  declare actualLabel: string | null;
  declare targetLabel: string | null;
  protected readonly label = 'gap chart';

  protected view(input: InputReader, theme: Theme | undefined): ReactNode {
    const scale = text(input, 'scale');
    const { framework, scores, given } = frameworkAndScores(input, scale);
    if (!given) {
      problem(
        input,
        'scores: is required: the scores to compare with the target, by node id or as a score report',
      );
    }
    const level = input.get('level');
    const target = input.check(() => gapTarget(input.get('target'), level));
    const audience = audienceOf(input);
    if (framework === undefined || scores === undefined || target === undefined) return null;
    const fromLevel = level !== undefined && level !== null && level !== '';
    const gaps = input.check(() =>
      analyseGaps(framework, scores, target, fromLevel ? 'level' : 'target', scale),
    );
    if (gaps === undefined) return null;
    return (
      <GapChart
        framework={framework}
        gaps={gaps}
        tooltipContainer={this.tooltipLayer}
        onSelect={(nodeId) => this.emit('medlead-select', { nodeId })}
        defaultShowTable={parseFlag(input.get('showTable'))}
        {...defined({
          actualLabel: text(input, 'actualLabel'),
          targetLabel: text(input, 'targetLabel'),
          title: text(input, 'caption'),
          audience,
          theme,
        })}
      />
    );
  }
}

/**
 * `<medlead-self-assessment>`: one question per assessed node; `medlead-change` on every answer
 * and `medlead-submit` with the complete assessment (detail: the Assessment).
 */
export class MedleadSelfAssessmentElement extends MedleadElement {
  static readonly tag = 'medlead-self-assessment';
  static override readonly inputs: readonly InputSpec[] = [
    ...commonInputs,
    { property: 'subject', attribute: 'subject', kind: 'text' },
    { property: 'scale', attribute: 'scale', kind: 'text' },
    { property: 'importanceScale', attribute: 'importance-scale', kind: 'text' },
    { property: 'allowComments', attribute: 'allow-comments', kind: 'flag' },
    { property: 'caption', attribute: 'caption', kind: 'text' },
  ];
  static {
    MedleadElement.defineInputs(MedleadSelfAssessmentElement);
  }
  declare subject: string | null;
  declare scale: string | null;
  declare importanceScale: string | null;
  declare allowComments: boolean;
  declare caption: string | null;
  protected readonly label = 'self-assessment';
  #assessment: Assessment | undefined;

  /** The assessment so far (after the last change or submit); undefined before any answer. */
  get assessment(): Assessment | undefined {
    return this.#assessment;
  }

  protected view(input: InputReader, theme: Theme | undefined): ReactNode {
    const framework = input.check(() =>
      resolveFramework(input.where('framework'), input.get('framework')),
    );
    const subject = input.check(() => parseText('subject', input.get('subject'), 'learner'));
    const scale = text(input, 'scale');
    const importanceScale = text(input, 'importanceScale');
    const audience = audienceOf(input);
    if (framework === undefined || subject === undefined) return null;
    return (
      <SelfAssessmentForm
        // A new framework, scale or subject starts a new assessment (answers to the old one would
        // not fit it).
        key={`${framework.key} ${scale ?? ''} ${importanceScale ?? ''} ${subject}`}
        framework={framework}
        subject={subject}
        allowComments={parseFlag(input.get('allowComments'))}
        onChange={(draft) => {
          this.#assessment = draft;
          this.emit('medlead-change', draft);
        }}
        onSubmit={(assessment) => {
          this.#assessment = assessment;
          this.emit('medlead-submit', assessment);
        }}
        {...defined({ scale, importanceScale, title: text(input, 'caption'), audience, theme })}
      />
    );
  }
}

/** `<medlead-explorer>`: the framework as a searchable tree, starting from `query`. */
export class MedleadExplorerElement extends MedleadElement {
  static readonly tag = 'medlead-explorer';
  static override readonly inputs: readonly InputSpec[] = [
    ...commonInputs,
    { property: 'query', attribute: 'query', kind: 'text' },
    { property: 'caption', attribute: 'caption', kind: 'text' },
  ];
  static {
    MedleadElement.defineInputs(MedleadExplorerElement);
  }
  declare query: string | null;
  declare caption: string | null;
  protected readonly label = 'framework explorer';

  protected view(input: InputReader, theme: Theme | undefined): ReactNode {
    const framework = input.check(() =>
      resolveFramework(input.where('framework'), input.get('framework')),
    );
    const query = input.get('query');
    const audience = audienceOf(input);
    if (framework === undefined) return null;
    const defaultQuery = typeof query === 'string' ? query : '';
    return (
      <FrameworkExplorer
        // The search box is the explorer's own once drawn; a new `query` starts it afresh.
        key={`${framework.key} ${defaultQuery}`}
        framework={framework}
        defaultQuery={defaultQuery}
        onSelect={(nodeId) => this.emit('medlead-select', { nodeId })}
        {...defined({ title: text(input, 'caption'), audience, theme })}
      />
    );
  }
}

/** Every element class, by tag name. */
export const elementClasses = {
  'medlead-wheel': MedleadWheelElement,
  'medlead-gap-chart': MedleadGapChartElement,
  'medlead-self-assessment': MedleadSelfAssessmentElement,
  'medlead-explorer': MedleadExplorerElement,
} as const;

export type ElementTag = keyof typeof elementClasses;
