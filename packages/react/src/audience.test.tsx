// What learners see carries no provenance machinery; what educators see keeps it. Every
// learner-facing view, for every framework edition, rendered on the server (with its data table
// shown) and, in jsdom, with its first mark's tooltip open; the text is searched for the words of
// provenance and research notes.
import {
  type Assessment,
  aggregateFeedback,
  assessableNodes,
  type Framework,
  findScale,
  frameworks,
  gapAnalysis,
  scoreAssessment,
  summarizeCohort,
} from '@medlead/core';
import { act, cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { CohortDistribution } from './cohort/CohortDistribution';
import { SelfAssessmentForm } from './form/SelfAssessmentForm';
import { GapChart } from './gap/GapChart';
import { FeedbackHeatmap } from './heatmap/FeedbackHeatmap';
import { ScaleLegend } from './legend/ScaleLegend';
import type { Audience } from './shared/chart-props';
import { CompetencyWheel } from './wheel/CompetencyWheel';

afterEach(cleanup);

/** Words that belong to provenance and research notes, never to a learner's view. */
const provenanceWords =
  /Published|Paraphrased|Editorial|Uncertain|provenance|retrieved|from memory|specification|as published/i;

/** Whole-word hits only, in the text a reader sees (tags and attribute names aside). */
function provenanceHits(text: string): string[] {
  return [...text.matchAll(new RegExp(provenanceWords.source, 'gi'))].map((match) =>
    text.slice(Math.max(0, (match.index ?? 0) - 40), (match.index ?? 0) + 40),
  );
}

/** The text of server-rendered HTML, without its tags and attributes (class names say "provenance"). */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, ' ');
}

/** One rater's assessment: each node a scale point, varied by rater and node. */
function assessment(
  framework: Framework,
  raterId: string,
  role: Assessment['rater']['role'],
  shift: number,
): Assessment {
  const scale = findScale(framework, framework.defaultScale);
  if (scale === undefined) throw new Error(`no default scale for ${framework.key}`);
  const points = scale.points.map((point) => point.value);
  return {
    framework: framework.key,
    scale: scale.id,
    subject: 'learner-1',
    rater: { id: raterId, role },
    ratings: assessableNodes(framework).map((node, index) => ({
      nodeId: node.id,
      value: points[(index + shift) % points.length] ?? null,
    })),
  };
}

/** Every learner-facing view of one framework edition, for one audience (undefined: the default). */
function learnerViews(
  framework: Framework,
  audience: Audience | undefined,
): [string, ReactElement][] {
  const self = assessment(framework, 'learner-1', 'self', 0);
  const report = scoreAssessment(framework, self);
  const raters = [
    self,
    assessment(framework, 'm1', 'manager', 1),
    assessment(framework, 'p1', 'peer', 2),
    assessment(framework, 'p2', 'peer', 3),
    assessment(framework, 'p3', 'peer', 1),
  ];
  const cohort = summarizeCohort(framework, [
    report,
    scoreAssessment(framework, {
      ...assessment(framework, 'learner-2', 'self', 2),
      subject: 'learner-2',
    }),
  ]);
  const scale = findScale(framework, framework.defaultScale);
  const middle = scale?.points[Math.floor(scale.points.length / 2)]?.value ?? 0;
  const props = audience === undefined ? {} : { audience };
  return [
    [
      'SelfAssessmentForm',
      <SelfAssessmentForm key="form" framework={framework} subject="learner-1" {...props} />,
    ],
    [
      'CompetencyWheel',
      <CompetencyWheel
        key="wheel"
        framework={framework}
        report={report}
        defaultShowTable
        {...props}
      />,
    ],
    [
      'GapChart',
      <GapChart
        key="gap"
        framework={framework}
        gaps={gapAnalysis(framework, report, { level: middle })}
        defaultShowTable
        {...props}
      />,
    ],
    ['ScaleLegend', <ScaleLegend key="legend" framework={framework} {...props} />],
    [
      'FeedbackHeatmap',
      <FeedbackHeatmap
        key="heatmap"
        framework={framework}
        report={aggregateFeedback(framework, raters)}
        defaultShowTable
        {...props}
      />,
    ],
    [
      'CohortDistribution',
      <CohortDistribution
        key="cohort"
        framework={framework}
        summary={cohort}
        defaultShowTable
        {...props}
      />,
    ],
  ];
}

/** The view's text with its first mark's tooltip open (charts only; the form has none). */
function textWithTooltip(view: ReactElement): string {
  const { container } = render(view);
  const mark = container.querySelector<HTMLElement | SVGElement>('svg [tabindex="0"]');
  if (mark !== null) act(() => mark.focus());
  return document.body.textContent ?? '';
}

describe.each(frameworks.map((framework) => [framework.key, framework] as const))(
  '%s',
  (_, framework) => {
    it.each(learnerViews(framework, undefined))(
      '%s shows learners no provenance words, on the server or in its tooltip',
      (_name, view) => {
        expect(provenanceHits(textOf(renderToString(view)))).toEqual([]);
        expect(provenanceHits(textWithTooltip(view))).toEqual([]);
      },
    );
  },
);

describe('the curriculum audience keeps provenance where the data has it', () => {
  it.each(frameworks.map((framework) => [framework.key, framework] as const))(
    '%s: the form badges every summary; the tables say where each name comes from',
    (_, framework) => {
      const views = new Map(learnerViews(framework, 'curriculum'));
      const form = textOf(renderToString(views.get('SelfAssessmentForm') as ReactElement));
      const summaries = new Set(assessableNodes(framework).map((node) => node.summary.provenance));
      for (const provenance of summaries)
        expect(form).toContain(provenance.charAt(0).toUpperCase() + provenance.slice(1));
      for (const name of ['CompetencyWheel', 'FeedbackHeatmap', 'CohortDistribution'])
        expect(textOf(renderToString(views.get(name) as ReactElement))).toContain(
          'Source of the name',
        );
      // Uncertain names or summaries (the AMA's names, FMLM's domains…) are marked as such.
      if (assessableNodes(framework).some((node) => node.uncertain ?? node.summary.uncertain))
        expect(form).toMatch(/Uncertain/);
      // The wheel's tooltip (its table hidden) says where the name under the mark comes from.
      const report = scoreAssessment(framework, assessment(framework, 'learner-1', 'self', 0));
      expect(
        textWithTooltip(
          <CompetencyWheel framework={framework} report={report} audience="curriculum" />,
        ),
      ).toMatch(/Title as published|Title paraphrased|Editorial/);
    },
  );

  it('the legend says where a scale comes from and why it is uncertain', () => {
    const hlm = frameworks.find((framework) => framework.id === 'hlm') as Framework;
    const html = textOf(renderToString(<ScaleLegend framework={hlm} audience="curriculum" />));
    expect(html).toContain('Published');
    expect(html).toContain('Uncertain');
  });
});
