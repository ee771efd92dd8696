// The docs app's sample data, all of it generated here from @medlead/core with a seeded
// pseudo-random generator: the same numbers on every machine and every run, nothing pasted in by
// hand, and every figure the charts show computed by core's own scoring (scoreAssessment,
// aggregateFeedback, gapAnalysis, summarizeCohort).

import {
  type Assessment,
  type AssessmentInput,
  aggregateFeedback,
  assessableNodes,
  type CohortSummary,
  type FeedbackReport,
  type Framework,
  findScale,
  frameworks,
  type GapAnalysis,
  type GapTarget,
  gapAnalysis,
  hlm,
  mlcf,
  parseAssessment,
  type RaterRole,
  type RatingScale,
  type ScoreReport,
  scoreAssessment,
  summarizeCohort,
} from '@medlead/core';

/** The seed every sample is drawn from. Change it and every sample changes, consistently. */
export const FIXTURE_SEED = 2010;

/** Values by node id, as the charts' `target` and `comparison` props take them. */
export type NodeValueMap = Readonly<Record<string, number | null>>;

/** A framework edition's key, such as `hlm@2013`. */
export type FrameworkKey = string;

// --- A seeded pseudo-random generator -------------------------------------------------------

/** A pseudo-random generator (mulberry32): the same seed gives the same numbers, in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A roughly normal draw (mean 0, sd 1) from twelve uniform draws. */
function normal(random: () => number): number {
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += random();
  return sum - 6;
}

/** A number for a name, so each sample draws from its own stream whatever order they are made in. */
function seedFor(name: string): number {
  let hash = FIXTURE_SEED ^ 0x811c9dc5;
  for (const char of name) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193);
  return hash >>> 0;
}

// --- Building assessments --------------------------------------------------------------------

function defaultScale(framework: Framework): RatingScale {
  const scale = findScale(framework, framework.defaultScale);
  if (scale === undefined) throw new Error(`no default scale for ${framework.key}`);
  return scale;
}

/** The scale point nearest to a position on 0–1 (0 the lowest point, 1 the highest). */
function pointAt(scale: RatingScale, share: number): number {
  const clamped = Math.min(1, Math.max(0, share));
  const index = Math.round(clamped * (scale.points.length - 1));
  const point = scale.points[index] ?? scale.points[0];
  if (point === undefined) throw new Error(`scale ${scale.id} has no points`);
  return point.value;
}

/** How hard each assessed node of a framework is, on 0–1 shares: fixed per framework. */
function difficulties(framework: Framework): ReadonlyMap<string, number> {
  const random = createRandom(seedFor(`difficulty:${framework.key}`));
  return new Map(assessableNodes(framework).map((node) => [node.id, normal(random) * 0.12]));
}

interface RaterPlan {
  readonly framework: Framework;
  readonly subject: string;
  readonly rater: { readonly id: string; readonly role: RaterRole };
  /** The subject's overall standing on 0–1. */
  readonly ability: number;
  /** How this rater leans (self-ratings run high, say), on 0–1 shares. */
  readonly bias?: number;
  /** How much ratings scatter around the standing, on 0–1 shares. */
  readonly noise?: number;
  /** The share of nodes answered "not observed" (null). */
  readonly notObserved?: number;
  /** Rate only the first `count` assessed nodes (a half-finished form). */
  readonly count?: number;
  /** Add importance ratings on this scale (HLM: `hlm:importance`). */
  readonly importanceScale?: string;
}

/** One rater's assessment of one subject, drawn from the plan's own random stream. */
function makeAssessment(plan: RaterPlan): AssessmentInput {
  const { framework, subject, rater } = plan;
  const scale = defaultScale(framework);
  const importance =
    plan.importanceScale === undefined ? undefined : findScale(framework, plan.importanceScale);
  const random = createRandom(seedFor(`${framework.key}:${subject}:${rater.id}`));
  const hardness = difficulties(framework);
  const nodes = assessableNodes(framework).slice(0, plan.count);
  return {
    framework: framework.key,
    scale: scale.id,
    ...(importance === undefined ? {} : { importanceScale: importance.id }),
    subject,
    rater: { ...rater },
    ratings: nodes.map((node) => {
      const share =
        plan.ability -
        (hardness.get(node.id) ?? 0) +
        (plan.bias ?? 0) +
        normal(random) * (plan.noise ?? 0.1);
      const observed = random() >= (plan.notObserved ?? 0);
      return {
        nodeId: node.id,
        value: observed ? pointAt(scale, share) : null,
        ...(importance === undefined
          ? {}
          : { importance: pointAt(importance, 0.45 + normal(random) * 0.25) }),
      };
    }),
  };
}

const byKey = <T>(make: (framework: Framework) => T): Readonly<Record<FrameworkKey, T>> =>
  Object.freeze(
    Object.fromEntries(frameworks.map((framework) => [framework.key, make(framework)])),
  );

// --- One self-assessment per framework edition -------------------------------------------------

/** A complete self-assessment per framework edition, by key (`hlm@2013`…). */
export const selfAssessments: Readonly<Record<FrameworkKey, AssessmentInput>> = byKey((framework) =>
  makeAssessment({
    framework,
    subject: 'learner-01',
    rater: { id: 'learner-01', role: 'self' },
    ability: 0.6,
    noise: 0.16,
    ...importanceScaleOf(framework),
  }),
);

/** `{ importanceScale }` for a framework with an importance scale (the HLM), else nothing. */
function importanceScaleOf(framework: Framework): { importanceScale?: string } {
  const scale = framework.scales.find((candidate) => candidate.measures === 'importance');
  return scale === undefined ? {} : { importanceScale: scale.id };
}

/** The scored complete self-assessments: every assessed node rated. */
export const completeReports: Readonly<Record<FrameworkKey, ScoreReport>> = byKey((framework) =>
  scoreAssessment(framework, selfAssessments[framework.key] as AssessmentInput),
);

/**
 * Half-finished self-assessments: the first half of the assessed nodes answered, one in four of
 * those "not observed"; the rest left blank. Both count as unrated, never as zero.
 */
export const partialAssessments: Readonly<Record<FrameworkKey, AssessmentInput>> = byKey(
  (framework) =>
    makeAssessment({
      framework,
      subject: 'learner-02',
      rater: { id: 'learner-02', role: 'self' },
      ability: 0.5,
      noise: 0.16,
      notObserved: 0.25,
      count: Math.max(2, Math.ceil(assessableNodes(framework).length / 2)),
    }),
);

/** The half-finished self-assessments, scored. */
export const partialReports: Readonly<Record<FrameworkKey, ScoreReport>> = byKey((framework) =>
  scoreAssessment(framework, partialAssessments[framework.key] as AssessmentInput),
);

/** Self-assessments with nothing answered yet. */
export const emptyReports: Readonly<Record<FrameworkKey, ScoreReport>> = byKey((framework) =>
  scoreAssessment(
    framework,
    makeAssessment({
      framework,
      subject: 'learner-03',
      rater: { id: 'learner-03', role: 'self' },
      ability: 0.5,
      count: 0,
    }),
  ),
);

// --- Answers for the self-assessment form -----------------------------------------------------

/** An assessment as core's `parseAssessment` returns it, checked against its framework. */
function parsed(framework: Framework, input: AssessmentInput): Assessment {
  return parseAssessment(input, { framework });
}

/**
 * The complete self-assessments as a form's `defaultValue`: every question answered (the HLM's
 * with importance too), parsed and checked by core.
 */
export const completeFormValues: Readonly<Record<FrameworkKey, Assessment>> = byKey((framework) =>
  parsed(framework, selfAssessments[framework.key] as AssessmentInput),
);

/** The half-finished self-assessments as a form's `defaultValue` ("not observed" answers included). */
export const partialFormValues: Readonly<Record<FrameworkKey, Assessment>> = byKey((framework) =>
  parsed(framework, partialAssessments[framework.key] as AssessmentInput),
);

// --- Gap analyses against a target ------------------------------------------------------------

/**
 * The level each framework's targets aim at: the point three quarters of the way up its default
 * scale (HLM: 3 Strong; the five-point scales: 4). A class's expected level, a gap target.
 */
export const targetLevels: Readonly<Record<FrameworkKey, number>> = byKey((framework) =>
  pointAt(defaultScale(framework), 0.75),
);

/**
 * The target each framework's gap analyses aim at: a career stage where the framework has stages
 * (MLCF postgraduate, FMLM Fellow), otherwise one level for every node.
 */
export const gapTargets: Readonly<Record<FrameworkKey, GapTarget>> = byKey((framework) => {
  const level = targetLevels[framework.key] as number;
  if (framework.id === 'mlcf') return { stage: 'postgraduate', level };
  if (framework.id === 'fmlm') return { stage: 'fellow', level };
  return { level };
});

/** The complete self-assessments against `gapTargets`. */
export const completeGaps: Readonly<Record<FrameworkKey, GapAnalysis>> = byKey((framework) =>
  gapAnalysis(
    framework,
    completeReports[framework.key] as ScoreReport,
    gapTargets[framework.key] as GapTarget,
  ),
);

/** The half-finished self-assessments against `gapTargets` (the blanks are listed as unrated). */
export const partialGaps: Readonly<Record<FrameworkKey, GapAnalysis>> = byKey((framework) =>
  gapAnalysis(
    framework,
    partialReports[framework.key] as ScoreReport,
    gapTargets[framework.key] as GapTarget,
  ),
);

/** The empty self-assessments against `gapTargets`: no rows, every node unrated. */
export const emptyGaps: Readonly<Record<FrameworkKey, GapAnalysis>> = byKey((framework) =>
  gapAnalysis(
    framework,
    emptyReports[framework.key] as ScoreReport,
    gapTargets[framework.key] as GapTarget,
  ),
);

/** The targets of `gapTargets` as values by node id, for a wheel's `target` overlay. */
export const targetValues: Readonly<Record<FrameworkKey, NodeValueMap>> = byKey((framework) => {
  const gaps = completeGaps[framework.key] as GapAnalysis;
  return Object.fromEntries([
    ...gaps.items.map((item) => [item.nodeId, item.target] as const),
    ...gaps.unrated.map((item) => [item.nodeId, item.target] as const),
  ]);
});

// --- A full 360 on the Healthcare Leadership Model ------------------------------------------

const SUBJECT_360 = 'learner-07';

interface RaterSpec {
  readonly id: string;
  readonly role: RaterRole;
  readonly bias: number;
  readonly notObserved: number;
}

/**
 * The raters of the 360: self (who rates high), a manager, five peers and two direct reports,
 * self and manager also rating importance. Two direct reports are fewer than the three an
 * anonymous group needs, so that group is suppressed.
 */
const raters360: readonly RaterSpec[] = [
  { id: SUBJECT_360, role: 'self', bias: 0.18, notObserved: 0 },
  { id: 'manager-1', role: 'manager', bias: -0.05, notObserved: 0 },
  ...[1, 2, 3, 4, 5].map((n) => ({
    id: `peer-${n}`,
    role: 'peer' as const,
    bias: 0,
    notObserved: 0.12,
  })),
  ...[1, 2].map((n) => ({
    id: `report-${n}`,
    role: 'direct-report' as const,
    bias: -0.08,
    notObserved: 0,
  })),
];

/** One assessment per rater of a 360 on one subject; self and manager rate importance too. */
function make360(
  framework: Framework,
  subject: string,
  raters: readonly RaterSpec[],
): readonly AssessmentInput[] {
  return Object.freeze(
    raters.map((rater) =>
      makeAssessment({
        framework,
        subject,
        rater: { id: rater.id, role: rater.role },
        ability: 0.55,
        bias: rater.bias,
        noise: 0.15,
        notObserved: rater.notObserved,
        ...(rater.role === 'self' || rater.role === 'manager' ? importanceScaleOf(framework) : {}),
      }),
    ),
  );
}

/** Every assessment of the 360, one per rater. */
export const assessments360: readonly AssessmentInput[] = make360(hlm, SUBJECT_360, raters360);

/** The 360 with core's default anonymity rules: the two direct reports are suppressed. */
export const feedback360: FeedbackReport = aggregateFeedback(hlm, [...assessments360]);

/**
 * The same 360 with a third direct report, so the direct reports are shown: to compare with the
 * above (thresholds are never lowered below 3, so showing them takes a third rater).
 */
export const feedback360AllShown: FeedbackReport = aggregateFeedback(hlm, [
  ...make360(hlm, SUBJECT_360, [
    ...raters360,
    { id: 'report-3', role: 'direct-report', bias: -0.08, notObserved: 0 },
  ]),
]);

/** The subject's own ratings from the 360, scored. */
export const selfReport360: ScoreReport = scoreAssessment(
  hlm,
  assessments360.find((assessment) => assessment.rater.role === 'self') as AssessmentInput,
);

/** Everyone but self, pooled under the anonymity rule: values by node (null where not shown). */
export const othersValues360: NodeValueMap = Object.fromEntries(
  feedback360.nodes.map((node) => [
    node.nodeId,
    node.others.status === 'shown' ? node.others.mean : null,
  ]),
);

/** Self against others, as a gap analysis: the gap is others − self, by node. */
export const selfVsOthersGaps: GapAnalysis = gapAnalysis(hlm, selfReport360, {
  nodes: Object.fromEntries(
    Object.entries(othersValues360).filter((entry): entry is [string, number] => entry[1] !== null),
  ),
});

// --- A 360 on the MLCF: twenty long element names, every rater group ---------------------------

const SUBJECT_360_MLCF = 'learner-08';

/**
 * The raters of the MLCF 360: self, a manager, four peers, three direct reports and three other
 * raters (say, nurses on the ward). The other raters often answer "not observed", so on some
 * elements fewer than three of them rated it and that one cell is suppressed.
 */
const raters360Mlcf: readonly RaterSpec[] = [
  { id: SUBJECT_360_MLCF, role: 'self', bias: 0.12, notObserved: 0 },
  { id: 'mlcf-manager-1', role: 'manager', bias: 0, notObserved: 0.05 },
  ...[1, 2, 3, 4].map((n) => ({
    id: `mlcf-peer-${n}`,
    role: 'peer' as const,
    bias: 0.02,
    notObserved: 0.1,
  })),
  ...[1, 2, 3].map((n) => ({
    id: `mlcf-report-${n}`,
    role: 'direct-report' as const,
    bias: -0.04,
    notObserved: 0.05,
  })),
  ...[1, 2, 3].map((n) => ({
    id: `mlcf-other-${n}`,
    role: 'other' as const,
    bias: 0,
    notObserved: 0.3,
  })),
];

/** Every assessment of the MLCF 360, one per rater. */
export const assessments360Mlcf: readonly AssessmentInput[] = make360(
  mlcf,
  SUBJECT_360_MLCF,
  raters360Mlcf,
);

/** The MLCF 360 with core's default anonymity rules. */
export const feedback360Mlcf: FeedbackReport = aggregateFeedback(mlcf, [...assessments360Mlcf]);

// --- A generated cohort --------------------------------------------------------------------

/** How many learners the generated cohorts have. */
export const COHORT_SIZE = 40;

function cohortReports(framework: Framework, size: number, tag: string): readonly ScoreReport[] {
  const random = createRandom(seedFor(`cohort:${tag}:${framework.key}`));
  return Array.from({ length: size }, (_, index) => {
    const id = `${tag}-${String(index + 1).padStart(2, '0')}`;
    return scoreAssessment(
      framework,
      makeAssessment({
        framework,
        subject: id,
        rater: { id, role: 'self' },
        ability: 0.52 + normal(random) * 0.14,
        noise: 0.13,
        notObserved: 0.06,
      }),
    );
  });
}

/** One scored self-assessment per learner: 40 learners on the MLCF and on the HLM. */
export const cohortReportsByKey: Readonly<
  Record<'mlcf@2010' | 'hlm@2013', readonly ScoreReport[]>
> = {
  'mlcf@2010': cohortReports(mlcf, COHORT_SIZE, 'student'),
  'hlm@2013': cohortReports(hlm, COHORT_SIZE, 'trainee'),
};

/** The cohorts summarised by core (`summarizeCohort`): per node n, mean, sd, quartiles, histogram. */
export const cohortSummaries: Readonly<Record<'mlcf@2010' | 'hlm@2013', CohortSummary>> = {
  'mlcf@2010': summarizeCohort(mlcf, cohortReportsByKey['mlcf@2010']),
  'hlm@2013': summarizeCohort(hlm, cohortReportsByKey['hlm@2013']),
};

/** A class of four on the HLM: too few for steady quartiles (charts should say so). */
export const smallCohortSummary: CohortSummary = summarizeCohort(
  hlm,
  cohortReports(hlm, 4, 'small'),
);

/** An empty class: n = 0 and no figures. */
export const emptyCohortSummary: CohortSummary = summarizeCohort(hlm, []);

/** The cohorts' medians by assessed node, for a wheel's comparison ("the class median"). */
export const cohortMedians: Readonly<Record<'mlcf@2010' | 'hlm@2013', NodeValueMap>> = {
  'mlcf@2010': medians(cohortSummaries['mlcf@2010']),
  'hlm@2013': medians(cohortSummaries['hlm@2013']),
};

function medians(summary: CohortSummary): NodeValueMap {
  return Object.fromEntries(
    summary.nodes.filter((node) => node.assessed).map((node) => [node.nodeId, node.median]),
  );
}
