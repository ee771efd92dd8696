// Hostile input for scoring: scoreAssessment, gapAnalysis and summarizeCohort. Each block sweeps
// every argument with every hostile value, then tries the cases issue 12 names and others found
// on the way, and shows a caller cannot change a later result by changing one.
import { describe, expect, it } from 'vitest';
import { fmlm2021 } from '../frameworks/fmlm';
import { hlm } from '../frameworks/hlm';
import { mlcf } from '../frameworks/mlcf';
import type { AssessmentInput } from '../model/types';
import { assessableNodes } from '../navigation/navigate';
import { summarizeCohort } from '../scoring/cohort';
import { gapAnalysis } from '../scoring/gap-analysis';
import { scoreAssessment } from '../scoring/score-assessment';
import type { ScoreReport } from '../scoring/score-report';
import { isDeeplyFrozen } from '../util/deep-freeze';
import { parseFramework } from '../validation/parse';
import {
  expectRefused,
  markup,
  safeOutcome,
  sweepArguments,
  vandalize,
} from './hostile.test-helper';

const CARE = 'hlm:leading-with-care';
const VISION = 'hlm:sharing-the-vision';
const hlmIds = assessableNodes(hlm).map((node) => node.id);

/** An HLM self-assessment: `values` by node id (all nine unless given). */
function assessment(
  subject = 'dr-a',
  values: Readonly<Record<string, number | null>> = { [CARE]: 1, [VISION]: 3 },
): AssessmentInput {
  return {
    framework: 'hlm@2013',
    scale: 'hlm:self-assessment',
    importanceScale: 'hlm:importance',
    subject,
    rater: { id: subject, role: 'self' },
    ratings: Object.entries(values).map(([nodeId, value]) => ({ nodeId, value })),
  };
}

const report = (subject = 'dr-a', values?: Readonly<Record<string, number | null>>) =>
  scoreAssessment(hlm, assessment(subject, values));

/** A report as it comes back from storage: plain, unfrozen, not one scoreAssessment built. */
type StoredReport = {
  framework: string;
  scale: string;
  subject: string;
  nodes: Record<string, unknown>[];
  overall: Record<string, unknown>;
  [key: string]: unknown;
};
const stored = (subject = 'dr-a', values?: Readonly<Record<string, number | null>>) =>
  JSON.parse(JSON.stringify(report(subject, values))) as StoredReport;

/** A copy of a result as plain data, to compare a later result with. */
const snapshot = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('scoreAssessment', () => {
  it('refuses every hostile value of every argument, naming it, or answers without NaN', () => {
    const totals = sweepArguments(scoreAssessment, [
      ['framework', () => hlm],
      ['assessment', () => assessment()],
    ]);
    expect(totals.calls).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });

  it('refuses a missing framework (it crashed before)', () => {
    expectRefused(() => scoreAssessment(null as never, assessment()), 'framework', /framework/);
    expectRefused(() => scoreAssessment({} as never, assessment()), 'framework');
  });

  it('names the assessment in every path of an assessment problem', () => {
    const bad = assessment('dr-a', { [CARE]: 9, [VISION]: 2.5 });
    const error = expectRefused(() => scoreAssessment(hlm, bad), 'assessment.ratings[0].value');
    expect(error.issues.map((issue) => issue.pathText)).toEqual([
      'assessment.ratings[0].value',
      'assessment.ratings[1].value',
    ]);
    expectRefused(() => scoreAssessment(hlm, null as never), 'assessment');
  });

  it.each([
    ['a __proto__ node id', JSON.parse('{"__proto__": 2}'), 'assessment.ratings[0].nodeId'],
    ['a NaN value', { [CARE]: Number.NaN }, 'assessment.ratings[0].value'],
    ['a node of another framework', { 'mlcf:1.1': 2 }, 'assessment.ratings[0].nodeId'],
    ['a value as text', { [CARE]: '3' }, 'assessment.ratings[0].value'],
    ['Infinity', { [CARE]: Number.POSITIVE_INFINITY }, 'assessment.ratings[0].value'],
  ])('refuses %s', (_name, values, path) => {
    const input = assessment('dr-a');
    const ratings = Object.keys(values).map((nodeId) => ({
      nodeId,
      value: (values as Record<string, unknown>)[nodeId],
    }));
    expectRefused(() => scoreAssessment(hlm, { ...input, ratings } as never), path);
  });

  it('refuses an assessment for another framework, or on a scale the framework has not', () => {
    expectRefused(
      () => scoreAssessment(mlcf, assessment()),
      'assessment.framework',
      /framework given is mlcf@2010/,
    );
    expectRefused(
      () => scoreAssessment(hlm, { ...assessment(), scale: 'mlcf:nothing' }),
      'assessment.scale',
    );
  });

  it('refuses an assessment whose ratings throw when read', () => {
    const trap = assessment();
    Object.defineProperty(trap.ratings, 0, {
      enumerable: true,
      get() {
        throw new Error('trap');
      },
    });
    expectRefused(() => scoreAssessment(hlm, trap), 'assessment', /could not be read/);
  });

  it('refuses a very large assessment rating one node again and again, listing each repeat', () => {
    const input = assessment();
    const ratings = Array.from({ length: 5_000 }, () => ({ nodeId: CARE, value: 1 }));
    const error = expectRefused(
      () => scoreAssessment(hlm, { ...input, ratings }),
      'assessment.ratings[1].nodeId',
      /rated twice/,
    );
    expect(error.issues).toHaveLength(4_999);
  });

  it('keeps markup in a comment as text, and runs none of it', () => {
    const input = assessment();
    const withComment = {
      ...input,
      ratings: [{ nodeId: CARE, value: 2, comment: markup }],
    };
    const outcome = safeOutcome(() => scoreAssessment(hlm, withComment));
    expect('result' in outcome && (outcome.result as ScoreReport).nodes[1]?.comment).toBe(markup);
  });

  it('takes a framework given as plain data once parsed (into its own copy)', () => {
    const plain = JSON.parse(JSON.stringify(hlm)) as typeof hlm;
    expectRefused(() => scoreAssessment(plain, assessment()), 'framework', /parseFramework/);
    const result = scoreAssessment(parseFramework(plain), assessment());
    expect(result).toEqual(report());
    expect(Object.isFrozen(plain), "the caller's framework is not frozen").toBe(false);
  });

  it('gives a deeply frozen report sharing nothing that can change with its input', () => {
    const input = assessment();
    const withComment = { ...input, ratings: [{ nodeId: CARE, value: 2, comment: 'Good.' }] };
    const result = scoreAssessment(hlm, withComment);
    expect(isDeeplyFrozen(result)).toBe(true);
    expect(Object.isFrozen(withComment), "the caller's assessment is not frozen").toBe(false);
    const before = snapshot(result);
    withComment.ratings[0] = { nodeId: CARE, value: 4, comment: 'Changed.' };
    withComment.subject = 'someone else';
    expect(snapshot(result)).toEqual(before);
  });

  it('vandalize: changing a report does not change a later report', () => {
    const first = report();
    const expected = snapshot(first);
    vandalize(first);
    expect(snapshot(first)).toEqual(expected);
    expect(snapshot(report())).toEqual(expected);
  });
});

describe('gapAnalysis', () => {
  it('refuses every hostile value of every argument, naming it, or answers without NaN', () => {
    const totals = sweepArguments(gapAnalysis, [
      ['framework', () => hlm],
      ['actual', () => report()],
      ['target', () => ({ level: 3 })],
      ['options', () => ({ importance: { [CARE]: 4 } })],
    ]);
    expect(totals.calls).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });

  it('refuses null options (it crashed before), and unknown or badly typed options', () => {
    expectRefused(
      () => gapAnalysis(hlm, report(), { level: 3 }, null as never),
      'options',
      /must be an object of options or left out, not null/,
    );
    expectRefused(
      () => gapAnalysis(hlm, report(), { level: 3 }, { scales: 'x' } as never),
      'options.scales',
      /not an option/,
    );
    expectRefused(
      () => gapAnalysis(hlm, { [CARE]: 1 }, { level: 3 }, { scale: 4 } as never),
      'options.scale',
      /must be a scale id/,
    );
    expectRefused(
      () => gapAnalysis(hlm, { [CARE]: 1 }, { level: 3 }, { scale: 'mlcf:unknown' }),
      'options.scale',
      /not a scale of hlm@2013/,
    );
  });

  it.each([
    ['NaN', { [CARE]: Number.NaN }, 'options.importance["hlm:leading-with-care"]'],
    ['text', { [CARE]: '4' }, 'options.importance["hlm:leading-with-care"]'],
    ['an unknown node', { 'hlm:empathy': 4 }, 'options.importance["hlm:empathy"]'],
    [
      'a cross-cutting theme',
      { 'hlm:personal-qualities': 4 },
      'options.importance["hlm:personal-qualities"]',
    ],
  ])('refuses importance given as %s', (_name, importance, path) => {
    expectRefused(() => gapAnalysis(hlm, report(), { level: 3 }, { importance } as never), path);
  });

  it('refuses importance that is not values by node id', () => {
    expectRefused(
      () => gapAnalysis(hlm, report(), { level: 3 }, { importance: [4, 4] } as never),
      'options.importance',
      /must be importance by node id/,
    );
  });

  it('refuses a target with both level and nodes, nodes: null, or an unknown key', () => {
    expectRefused(
      () => gapAnalysis(hlm, report(), { level: 3, nodes: { [CARE]: 4 } } as never),
      'target',
      /gives nodes and level/,
    );
    expectRefused(
      () => gapAnalysis(hlm, report(), { stage: 'x', level: 3, nodes: {} } as never),
      'target',
      /gives nodes and/,
    );
    expectRefused(
      () => gapAnalysis(hlm, report(), { nodes: null } as never),
      'target.nodes',
      /must be values by node id .* not null/,
    );
    expectRefused(
      () => gapAnalysis(hlm, report(), { level: 3, levle: 4 } as never),
      'target.levle',
      /not part of a target/,
    );
    expectRefused(() => gapAnalysis(hlm, report(), {} as never), 'target', /must be/);
    expectRefused(
      () => gapAnalysis(hlm, report(), Object.create({ level: 3 })),
      'target',
      /must be/,
    );
  });

  it('refuses a stage that is not text, and a stage target with no level', () => {
    expectRefused(
      () => gapAnalysis(fmlm2021, { 'fmlm:self': 3 }, { stage: 3, level: 3 } as never),
      'target.stage',
      /must be a stage id/,
    );
    expectRefused(
      () => gapAnalysis(fmlm2021, { 'fmlm:self': 3 }, { stage: 'fellow' } as never),
      'target.level',
      /not a value from 1 to 5/,
    );
  });

  it('accepts a Map as actual values and as target nodes, with the same answer as objects', () => {
    const values = { 'mlcf:1.1': 2, 'mlcf:1.2': 4, 'mlcf:2.1': 3 };
    const targets = { 'mlcf:1': 4, 'mlcf:1.2': 5 };
    const fromObjects = gapAnalysis(mlcf, values, { nodes: targets });
    const fromMaps = gapAnalysis(mlcf, new Map(Object.entries(values)), {
      nodes: new Map(Object.entries(targets)),
    });
    expect(fromMaps).toEqual(fromObjects);
    expect(fromObjects.items.map((item) => [item.nodeId, item.target])).toEqual([
      ['mlcf:1.1', 4],
      ['mlcf:1.2', 5],
    ]);
    const byMap = gapAnalysis(
      mlcf,
      { 'mlcf:1.1': 2, 'mlcf:1.2': 2 },
      { level: 4 },
      { importance: new Map([['mlcf:1.2', 5]]) },
    );
    expect(byMap.items.map((item) => [item.nodeId, item.priority])).toEqual([
      ['mlcf:1.2', 5],
      ['mlcf:1.1', null],
    ]);
  });

  it('refuses a Map with a key that is not a node id, or a value off the scale', () => {
    expectRefused(
      () => gapAnalysis(hlm, new Map<unknown, number>([[1, 2]]) as never, { level: 3 }),
      'actual',
      /key that is not a node id: the number 1/,
    );
    expectRefused(
      () => gapAnalysis(hlm, new Map([[CARE, 7]]), { level: 3 }),
      'actual["hlm:leading-with-care"]',
      /7 is not a value from 0 to 4/,
    );
    expectRefused(
      () => gapAnalysis(hlm, report(), { nodes: new Map([[CARE, Number.NaN]]) }),
      'target.nodes["hlm:leading-with-care"]',
      /NaN is not a value/,
    );
  });

  it('refuses __proto__ keys as unknown nodes, and nothing is polluted', () => {
    const polluting = () => JSON.parse('{"__proto__": {"polluted": "yes"}}') as never;
    expectRefused(
      () => gapAnalysis(hlm, polluting(), { level: 3 }),
      'actual.__proto__',
      /not a node/,
    );
    expectRefused(
      () => gapAnalysis(hlm, report(), { nodes: polluting() }),
      'target.nodes.__proto__',
      /not a node/,
    );
    expectRefused(
      () => gapAnalysis(hlm, report(), { level: 3 }, { importance: polluting() }),
      'options.importance.__proto__',
      /not a node/,
    );
    expectRefused(
      () => gapAnalysis(hlm, report(), JSON.parse('{"__proto__": {"level": 3}}')),
      'target.__proto__',
      /not part of a target/,
    );
  });

  it('refuses actual that is neither a report nor values', () => {
    expectRefused(() => gapAnalysis(hlm, [1, 2] as never, { level: 3 }), 'actual', /a list/);
    expectRefused(() => gapAnalysis(hlm, 'hlm' as never, { level: 3 }), 'actual');
  });

  it('refuses a report of another framework, or on another scale than options.scale', () => {
    const foreign = scoreAssessment(mlcf, {
      framework: 'mlcf@2010',
      scale: 'frequency-5',
      subject: 'x',
      rater: { id: 'x', role: 'self' },
      ratings: [{ nodeId: 'mlcf:1.1', value: 3 }],
    });
    expectRefused(() => gapAnalysis(hlm, foreign, { level: 3 }), 'actual.framework', /mlcf@2010/);
    expectRefused(
      () => gapAnalysis(hlm, report(), { level: 3 }, { scale: 'agreement-5' }),
      'actual.scale',
      /options.scale uses "agreement-5"/,
    );
    expectRefused(
      () => gapAnalysis(hlm, { ...stored(), scale: 'mlcf:nothing' } as never, { level: 3 }),
      'actual.scale',
      /not a scale of hlm@2013/,
    );
  });

  it('checks a report back from storage: values, normalized figures, every node once', () => {
    const offScale = stored();
    (offScale.nodes[1] as Record<string, unknown>).value = 9;
    expectRefused(() => gapAnalysis(hlm, offScale as never, { level: 3 }), 'actual.nodes[1].value');

    // Values moved to another scale while the scale id stayed: normalized gives it away.
    const relabelled = stored();
    (relabelled.nodes[1] as Record<string, unknown>).value = 0;
    expectRefused(
      () => gapAnalysis(hlm, relabelled as never, { level: 3 }),
      'actual.nodes[1].normalized',
      /value 0 on scale "hlm:self-assessment" is 0/,
    );

    // A node left out has no value, as with value: null.
    const cut = stored();
    cut.nodes.splice(1, 1);
    const gaps = gapAnalysis(hlm, cut as never, { level: 3 });
    expect(gaps.unrated.map((node) => node.nodeId)).toContain(CARE);
    expect(gaps.items.map((item) => item.nodeId)).toEqual([VISION]);

    const twice = stored();
    twice.nodes.push({ ...twice.nodes[1] });
    expectRefused(
      () => gapAnalysis(hlm, twice as never, { level: 3 }),
      'actual.nodes[9].nodeId',
      /listed twice/,
    );

    const nan = stored();
    nan.overall.value = Number.NaN;
    expectRefused(() => gapAnalysis(hlm, nan as never, { level: 3 }), 'actual.overall.value');
  });

  it('gives the same answer for a report and its trip through storage', () => {
    expect(gapAnalysis(hlm, stored() as never, { level: 3 })).toEqual(
      gapAnalysis(hlm, report(), { level: 3 }),
    );
  });

  it('vandalize: changing a result does not change a later result', () => {
    const first = gapAnalysis(hlm, report(), { level: 3 });
    const expected = snapshot(first);
    vandalize(first);
    expect(snapshot(first)).toEqual(expected);
    expect(snapshot(gapAnalysis(hlm, report(), { level: 3 }))).toEqual(expected);
  });
});

describe('summarizeCohort', () => {
  const three = () => [report('l1', { [CARE]: 1 }), report('l2', { [CARE]: 3 }), report('l3')];

  it('refuses every hostile value of every argument, naming it, or answers without NaN', () => {
    const totals = sweepArguments(summarizeCohort, [
      ['framework', () => hlm],
      ['reports', three],
    ]);
    expect(totals.calls).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });

  it('refuses hostile values as a report, naming its place in the list', () => {
    expectRefused(() => summarizeCohort(hlm, [report('l1'), null as never]), 'reports[1]');
    expectRefused(() => summarizeCohort(hlm, [{} as never]), 'reports[0]');
  });

  it('takes its rows from the framework, not from the first report', () => {
    const reversed = stored('l1');
    reversed.nodes.reverse();
    const cohort = summarizeCohort(hlm, [reversed as never, report('l2')]);
    expect(cohort.nodes.map((node) => node.nodeId)).toEqual(hlmIds);
    expect(cohort.nodes.find((node) => node.nodeId === CARE)).toMatchObject({ n: 2, mean: 1 });
  });

  it('refuses reports of another framework, naming each', () => {
    const foreign = { ...stored('l2'), framework: 'mlcf@2010' };
    expectRefused(
      () => summarizeCohort(hlm, [report('l1'), foreign as never]),
      'reports[1].framework',
      /framework given is hlm@2013/,
    );
    // One scored against a different edition with the same key fails on its nodes.
    const other = parseFramework({
      ...JSON.parse(JSON.stringify(hlm)),
      children: JSON.parse(JSON.stringify(hlm.children)).slice(0, 8),
    });
    expectRefused(
      () => summarizeCohort(other, [report('l1')]),
      'reports[0].nodes[8].nodeId',
      /not a node of hlm@2013/,
    );
  });

  it('refuses a scale that is not the framework’s, or differs from the first report’s', () => {
    expectRefused(
      () => summarizeCohort(hlm, [{ ...stored('l1'), scale: 'mlcf:nothing' } as never]),
      'reports[0].scale',
      /not a scale of hlm@2013/,
    );
    const onAgreement = scoreAssessment(hlm, {
      ...assessment('l2', { [CARE]: 5 }),
      scale: 'agreement-5',
    });
    expectRefused(
      () => summarizeCohort(hlm, [report('l1'), onAgreement]),
      'reports[1].scale',
      /reports\[0\] uses "hlm:self-assessment"/,
    );
  });

  it('refuses a report listing a node twice or an unknown node', () => {
    const twice = stored('l1');
    twice.nodes[2] = { ...twice.nodes[1] };
    expectRefused(
      () => summarizeCohort(hlm, [twice as never]),
      'reports[0].nodes[2].nodeId',
      /"hlm:leading-with-care" is listed twice \(first at nodes\[1\]\)/,
    );
    const unknown = stored('l1');
    (unknown.nodes[0] as Record<string, unknown>).nodeId = 'hlm:empathy';
    expectRefused(
      () => summarizeCohort(hlm, [unknown as never]),
      'reports[0].nodes[0].nodeId',
      /not a node of hlm@2013/,
    );
    const proto = stored('l1');
    (proto.nodes[0] as Record<string, unknown>).nodeId = '__proto__';
    expectRefused(() => summarizeCohort(hlm, [proto as never]), 'reports[0].nodes[0].nodeId');
  });

  it('counts a node a report leaves out as no value, as value: null does', () => {
    const cut = stored('l1', { [CARE]: 2, [VISION]: 3 });
    cut.nodes = cut.nodes.filter((node) => node.nodeId !== CARE);
    const empty = { ...stored('l2'), nodes: [] };
    const cohort = summarizeCohort(hlm, [
      cut as never,
      empty as never,
      report('l3', { [CARE]: 4 }),
    ]);
    expect(cohort.learners).toBe(3);
    expect(cohort.nodes.find((node) => node.nodeId === CARE)).toMatchObject({ n: 1, mean: 4 });
    expect(cohort.nodes.find((node) => node.nodeId === VISION)).toMatchObject({ n: 1, mean: 3 });
  });

  it('refuses values that are not finite or not on the scale, and normalized figures that lie', () => {
    const nan = stored('l1');
    (nan.nodes[1] as Record<string, unknown>).value = Number.NaN;
    expectRefused(() => summarizeCohort(hlm, [nan as never]), 'reports[0].nodes[1].value');
    const between = stored('l1');
    Object.assign(between.nodes[1] as object, { value: 2.5, normalized: 0.625 });
    expectRefused(
      () => summarizeCohort(hlm, [between as never]),
      'reports[0].nodes[1].value',
      /not a value of scale/,
    );
    const lying = stored('l1');
    (lying.nodes[1] as Record<string, unknown>).normalized = 0.9;
    expectRefused(
      () => summarizeCohort(hlm, [lying as never]),
      'reports[0].nodes[1].normalized',
      /is 0.9 but value 1/,
    );
    const flipped = stored('l1');
    (flipped.nodes[1] as Record<string, unknown>).assessed = false;
    expectRefused(() => summarizeCohort(hlm, [flipped as never]), 'reports[0].nodes[1].assessed');
    const overall = stored('l1');
    overall.overall.value = 40;
    expectRefused(() => summarizeCohort(hlm, [overall as never]), 'reports[0].overall.value');
  });

  it('reads parent values as means: between points is fine for a parent', () => {
    const parentReport = scoreAssessment(mlcf, {
      framework: 'mlcf@2010',
      scale: 'frequency-5',
      subject: 'x',
      rater: { id: 'x', role: 'self' },
      ratings: [
        { nodeId: 'mlcf:1.1', value: 4 },
        { nodeId: 'mlcf:1.2', value: 5 },
      ],
    });
    const cohort = summarizeCohort(mlcf, [JSON.parse(JSON.stringify(parentReport))]);
    expect(cohort.nodes[0]).toMatchObject({ nodeId: 'mlcf:1', n: 1, mean: 4.5 });
  });

  it('reads a large class from storage the same as in memory', () => {
    const inMemory = Array.from({ length: 2_000 }, (_, index) =>
      report(
        `l${index}`,
        Object.fromEntries(
          hlmIds.map((id, at) => [id, (index * 7 + at) % 6 === 5 ? null : (index + at) % 5]),
        ),
      ),
    );
    const fromStorage = JSON.parse(JSON.stringify(inMemory)) as never[];
    const summary = summarizeCohort(hlm, inMemory);
    expect(summarizeCohort(hlm, fromStorage)).toEqual(summary);
    expect(summary.learners).toBe(2_000);
    expect(summary.nodes[0]?.histogram.reduce((sum, point) => sum + point.count, 0)).toBe(
      summary.nodes[0]?.n,
    );
  });

  it('vandalize: changing a result (or the list given) does not change a later result', () => {
    const reports = three();
    const first = summarizeCohort(hlm, reports);
    const expected = snapshot(first);
    vandalize(first);
    vandalize(reports);
    expect(snapshot(first)).toEqual(expected);
    expect(snapshot(summarizeCohort(hlm, three()))).toEqual(expected);
  });
});
