// Hostile-input table for the crosswalk functions (issue 12): every argument swept with every
// hostile value, the cases the issue names, and proof that a caller cannot change a later result.
import { describe, expect, it } from 'vitest';
import {
  chainRelations,
  composeCrosswalks,
  coverage,
  crosswalks,
  getCrosswalk,
  inverseRelation,
  invertCrosswalk,
  projectScores,
} from '../crosswalks/index';
import { fmlm2021 } from '../frameworks/fmlm';
import { hlm2013 } from '../frameworks/hlm';
import { mlcf2010 } from '../frameworks/mlcf';
import type { Crosswalk } from '../model/types';
import { scoreAssessment } from '../scoring/score-assessment';
import { isDeeplyFrozen } from '../util/deep-freeze';
import { safeParseCrosswalk } from '../validation/parse';
import {
  expectRefused,
  expectUnshared,
  markup,
  safeOutcome,
  sweepArguments,
  vandalize,
} from './hostile.test-helper';

const mlcfToHlm = () => getCrosswalk('mlcf', 'hlm');
const hlmToFmlm = () => getCrosswalk('hlm', 'fmlm');
/** A copy the caller owns: unfrozen, unparsed, free to be made bad. */
const ownCopy = (crosswalk: Crosswalk): Crosswalk => structuredClone(crosswalk) as Crosswalk;
const withFirstLink = (crosswalk: Crosswalk, change: Record<string, unknown>): Crosswalk => {
  const copy = ownCopy(crosswalk) as unknown as { links: Record<string, unknown>[] };
  Object.assign(copy.links[0] ?? {}, change);
  return copy as unknown as Crosswalk;
};
const firstFrom = () => mlcfToHlm().links[0]?.from ?? 'mlcf:1.1';
const validScores = () => ({ [firstFrom()]: 3 });
const mlcfReport = () =>
  scoreAssessment(mlcf2010, {
    framework: 'mlcf@2010',
    scale: 'frequency-5',
    subject: 'learner-7',
    rater: { id: 'learner-7', role: 'self' },
    ratings: [
      { nodeId: 'mlcf:1.1', value: 5 },
      { nodeId: 'mlcf:2.1', value: 1 },
    ],
  });
/** A rating scale a caller might build; valid unless changed. */
const ownScale = (change: Record<string, unknown> = {}) => ({
  id: 'my-scale',
  title: 'Mine',
  measures: 'performance',
  provenance: 'editorial',
  points: [
    { value: 0, label: 'Low' },
    { value: 10, label: 'High' },
  ],
  ...change,
});

describe('getCrosswalk', () => {
  it('survives every hostile argument', () => {
    const totals = sweepArguments(getCrosswalk, [
      ['from', () => 'mlcf'],
      ['to', () => 'hlm'],
    ]);
    expect(totals.calls).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });

  it('refuses what URLSearchParams.get gives for a missing key, and names the argument', () => {
    expectRefused(() => getCrosswalk(null as never, 'hlm'), 'from', /must be a string, not null/);
    expectRefused(() => getCrosswalk('hlm', '__proto__'), 'to', /unknown framework/);
    expectRefused(() => getCrosswalk('constructor', 'hlm'), 'from', /unknown framework/);
    expectRefused(() => getCrosswalk(markup, 'hlm'), 'from');
  });

  it('names the pairs there are, at `to`, when no crosswalk joins the two', () => {
    expectRefused(() => getCrosswalk('fmlm@2016', 'hlm'), 'to', /composeCrosswalks/);
  });

  it('gives deeply frozen crosswalks a caller cannot change', () => {
    expect(isDeeplyFrozen(getCrosswalk('hlm', 'mlcf'))).toBe(true);
    expectUnshared(() => getCrosswalk('hlm', 'mlcf'));
    expectUnshared(() => getCrosswalk('mlcf', 'hlm'));
  });
});

describe('invertCrosswalk', () => {
  it('survives every hostile argument', () => {
    const totals = sweepArguments(invertCrosswalk, [['crosswalk', mlcfToHlm]]);
    expect(totals.calls).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });

  it('refuses an empty object (it crashed before) with every missing field', () => {
    const error = expectRefused(() => invertCrosswalk({} as never), 'crosswalk.id');
    const paths = error.issues.map((issue) => issue.pathText);
    expect(paths).toEqual(expect.arrayContaining(['crosswalk.links', 'crosswalk.unmapped']));
  });

  it('refuses bad values inside a valid-looking crosswalk', () => {
    const bad = (change: Record<string, unknown>) => () =>
      invertCrosswalk(withFirstLink(mlcfToHlm(), change));
    expectRefused(bad({ weight: Number.NaN }), 'crosswalk.links[0].weight');
    expectRefused(bad({ weight: 1.5 }), 'crosswalk.links[0].weight');
    expectRefused(bad({ relation: 'constructor' }), 'crosswalk.links[0].relation');
    expectRefused(bad({ relation: '__proto__' }), 'crosswalk.links[0].relation');
    expectRefused(bad({ from: markup }), 'crosswalk.links[0].from');
    const noUnmapped = { ...ownCopy(mlcfToHlm()), unmapped: null };
    expectRefused(() => invertCrosswalk(noUnmapped as never), 'crosswalk.unmapped');
  });

  it('gives a valid crosswalk, deeply frozen and its own inverse, without freezing the input', () => {
    const mine = ownCopy(mlcfToHlm());
    const inverse = invertCrosswalk(mine);
    expect(Object.isFrozen(mine)).toBe(false);
    expect(Object.isFrozen(mine.links[0])).toBe(false);
    expect(isDeeplyFrozen(inverse)).toBe(true);
    const check = safeParseCrosswalk(inverse, { frameworks: { from: hlm2013, to: mlcf2010 } });
    expect(check.success ? [] : check.error.issues).toEqual([]);
    expect(invertCrosswalk(inverse)).toEqual(mine);
  });

  it('gives results a caller cannot change', () => {
    expectUnshared(() => invertCrosswalk(mlcfToHlm()));
    expectUnshared(() => invertCrosswalk(ownCopy(mlcfToHlm())));
  });
});

describe('composeCrosswalks', () => {
  it('survives every hostile argument', () => {
    const totals = sweepArguments(composeCrosswalks, [
      ['first', mlcfToHlm],
      ['second', hlmToFmlm],
    ]);
    expect(totals.calls).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });

  it('refuses weights outside 0–1 (they gave NaN or 8 on a 0–4 scale before)', () => {
    expectRefused(
      () => composeCrosswalks(withFirstLink(mlcfToHlm(), { weight: 2 }), hlmToFmlm()),
      'first.links[0].weight',
    );
    expectRefused(
      () => composeCrosswalks(mlcfToHlm(), withFirstLink(hlmToFmlm(), { weight: -1 })),
      'second.links[0].weight',
    );
    expectRefused(
      () => composeCrosswalks(mlcfToHlm(), withFirstLink(hlmToFmlm(), { weight: 'x' })),
      'second.links[0].weight',
    );
    expectRefused(
      () => composeCrosswalks(mlcfToHlm(), withFirstLink(hlmToFmlm(), { weight: Number.NaN })),
      'second.links[0].weight',
    );
  });

  it('refuses crosswalks that do not meet, at second.from', () => {
    expectRefused(() => composeCrosswalks(mlcfToHlm(), mlcfToHlm()), 'second.from', /do not meet/);
  });

  it('gives a valid crosswalk: it passes safeParseCrosswalk against both editions', () => {
    const composed = composeCrosswalks(mlcfToHlm(), hlmToFmlm());
    expect(isDeeplyFrozen(composed)).toBe(true);
    const check = safeParseCrosswalk(composed, {
      frameworks: { from: mlcf2010, to: fmlm2021 },
    });
    expect(check.success ? [] : check.error.issues.map((issue) => issue.pathText)).toEqual([]);
    // Composing what was composed works too (the ids only grow).
    const again = composeCrosswalks(composed, getCrosswalk('fmlm', 'hlm'));
    expect(safeParseCrosswalk(again).success).toBe(true);
  });

  it('does not freeze the crosswalks it was given', () => {
    const first = ownCopy(mlcfToHlm());
    composeCrosswalks(first, hlmToFmlm());
    expect(Object.isFrozen(first)).toBe(false);
    expect(Object.isFrozen(first.links)).toBe(false);
  });

  it('gives results a caller cannot change', () => {
    expectUnshared(() => composeCrosswalks(mlcfToHlm(), hlmToFmlm()));
  });
});

describe('projectScores', () => {
  it('survives every hostile argument', () => {
    const totals = sweepArguments(projectScores, [
      ['scores', validScores],
      ['crosswalk', mlcfToHlm],
      ['options', () => ({ toScale: 'hlm:self-assessment' })],
    ]);
    expect(totals.calls).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });

  it('refuses a scale {} in options (it crashed before), through the scale schema', () => {
    expectRefused(
      () => projectScores(validScores(), mlcfToHlm(), { toScale: {} as never }),
      'options.toScale.id',
    );
    expectRefused(
      () => projectScores(validScores(), mlcfToHlm(), { fromScale: {} as never }),
      'options.fromScale',
    );
    expectRefused(
      () => projectScores(validScores(), mlcfToHlm(), { toScale: null as never }),
      'options.toScale',
      /must be a rating scale or its id, not null/,
    );
    expectRefused(
      () => projectScores(validScores(), mlcfToHlm(), { toScale: 'nope' }),
      'options.toScale',
      /not a scale of hlm@2013/,
    );
  });

  it('refuses degenerate and overflowing scales', () => {
    const one = ownScale({ points: [{ value: 1, label: 'Only' }] });
    expectRefused(
      () => projectScores(validScores(), mlcfToHlm(), { toScale: one as never }),
      'options.toScale.points',
    );
    const equal = ownScale({
      points: [
        { value: 1, label: 'A' },
        { value: 1, label: 'B' },
      ],
    });
    expectRefused(
      () => projectScores(validScores(), mlcfToHlm(), { toScale: equal as never }),
      'options.toScale.points[1].value',
    );
    const wide = ownScale({
      points: [
        { value: -1e308, label: 'A' },
        { value: 1e308, label: 'B' },
      ],
    });
    expectRefused(
      () => projectScores(validScores(), mlcfToHlm(), { toScale: wide as never }),
      'options.toScale',
      /must be at least -1000000/,
    );
  });

  it('refuses unparsed crosswalks with weights outside 0–1 (NaN or 8 on 0–4 before)', () => {
    expectRefused(
      () => projectScores(validScores(), withFirstLink(mlcfToHlm(), { weight: 10 })),
      'crosswalk.links[0].weight',
    );
    expectRefused(
      () => projectScores(validScores(), withFirstLink(mlcfToHlm(), { weight: Number.NaN })),
      'crosswalk.links[0].weight',
    );
  });

  it('accepts a Map of node id → value, with the same answer as an object', () => {
    const asMap = projectScores(new Map(Object.entries(validScores())), mlcfToHlm());
    expect(asMap).toEqual(projectScores(validScores(), mlcfToHlm()));
    expect(asMap.nodes.some((node) => node.value !== null)).toBe(true);
    expectRefused(
      () => projectScores(new Map([[7, 3]]) as never, mlcfToHlm()),
      'scores',
      /keys must be node ids/,
    );
    expectRefused(
      () => projectScores(new Map([[firstFrom(), Number.NaN]]), mlcfToHlm()),
      'scores',
      /must be a number or null/,
    );
  });

  it('refuses __proto__ and other keys that are not nodes, without polluting anything', () => {
    const scores = JSON.parse(`{"__proto__": {"polluted": "yes"}, "${firstFrom()}": 3}`);
    expectRefused(() => projectScores(scores, mlcfToHlm()), 'scores.__proto__', /not a node/);
    expectRefused(
      () => projectScores({ constructor: 1 } as never, mlcfToHlm()),
      'scores.constructor',
    );
    expectRefused(() => projectScores({ [markup]: 1 } as never, mlcfToHlm()), 'scores');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses values that are not numbers on the source scale', () => {
    const id = firstFrom();
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, '3', 9, -1, undefined, {}]) {
      expectRefused(() => projectScores({ [id]: value } as never, mlcfToHlm()), 'scores');
    }
    expectRefused(() => projectScores([3, 4] as never, mlcfToHlm()), 'scores', /must be/);
  });

  it('checks a score report: its framework, its values, and a scale that differs from its own', () => {
    const report = mlcfReport();
    expect(projectScores(report, mlcfToHlm()).nodes.length).toBeGreaterThan(0);
    expectRefused(() => projectScores(report, hlmToFmlm()), 'scores.framework');
    const offScale = structuredClone(report) as unknown as {
      nodes: { assessed: boolean; value: unknown }[];
    };
    const index = offScale.nodes.findIndex((node) => node.assessed);
    (offScale.nodes[index] as { value: unknown }).value = 40;
    expectRefused(
      () => projectScores(offScale as never, mlcfToHlm()),
      `scores.nodes[${index}].value`,
    );
    (offScale.nodes[index] as { value: unknown }).value = Number.NaN;
    expectRefused(() => projectScores(offScale as never, mlcfToHlm()), `scores.nodes[${index}]`);
    expectRefused(
      () => projectScores(report, mlcfToHlm(), { fromScale: 'agreement-5' }),
      'options.fromScale',
      /score report is on "frequency-5"/,
    );
  });

  it('reads options as own properties only', () => {
    expectRefused(
      () => projectScores(validScores(), mlcfToHlm(), { bogus: 1 } as never),
      'options.bogus',
    );
    // Inherited keys are never read: the result is that of no options.
    const inherited = Object.create({ toScale: {} });
    expect(projectScores(validScores(), mlcfToHlm(), inherited)).toEqual(
      projectScores(validScores(), mlcfToHlm()),
    );
  });

  it('gives only finite values inside the target scale for a large input', () => {
    const crosswalk = mlcfToHlm();
    const scores = Object.fromEntries(crosswalk.links.map((link) => [link.from, 5]));
    const projected = safeOutcome(() =>
      projectScores(scores, crosswalk, { toScale: ownScale() as never }),
    );
    expect('result' in projected).toBe(true);
    const huge = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`mlcf:9.${i}`, 1]));
    expectRefused(() => projectScores(huge, crosswalk), 'scores');
  });

  it('gives results a caller cannot change', () => {
    expectUnshared(() => projectScores(validScores(), mlcfToHlm()));
    expectUnshared(() => projectScores(mlcfReport(), mlcfToHlm()));
  });
});

describe('coverage', () => {
  it('survives every hostile argument', () => {
    const totals = sweepArguments(coverage, [
      ['nodeIds', () => [firstFrom(), 'mlcf:1']],
      ['crosswalk', mlcfToHlm],
    ]);
    expect(totals.calls).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });

  it("refuses a string where a list of ids belongs: coverage('mlcf:1.1', cw) crashed before", () => {
    expectRefused(
      () => coverage('mlcf:1.1' as never, mlcfToHlm()),
      'nodeIds',
      /must be a list, not a string/,
    );
    expectRefused(() => coverage(['mlcf:1.1', 7] as never, mlcfToHlm()), 'nodeIds[1]', /string/);
    expectRefused(() => coverage([null] as never, mlcfToHlm()), 'nodeIds[0]');
    expectRefused(() => coverage(['__proto__'], mlcfToHlm()), 'nodeIds[0]', /not a node/);
    expectRefused(() => coverage([markup], mlcfToHlm()), 'nodeIds[0]');
  });

  it('refuses a crosswalk that is not one, with weights checked', () => {
    expectRefused(() => coverage(['mlcf:1.1'], {} as never), 'crosswalk');
    expectRefused(
      () => coverage(['mlcf:1.1'], withFirstLink(mlcfToHlm(), { weight: Number.NaN })),
      'crosswalk.links[0].weight',
    );
  });

  it('copes with a very long list', () => {
    const outcome = safeOutcome(() => coverage(Array(20_000).fill(firstFrom()), mlcfToHlm()));
    expect('result' in outcome).toBe(true);
  });

  it('gives results a caller cannot change', () => {
    expectUnshared(() => coverage(['mlcf:1', firstFrom()], mlcfToHlm()));
  });
});

describe('chainRelations', () => {
  it('survives every hostile argument', () => {
    const totals = sweepArguments(chainRelations, [
      ['first', () => 'exactMatch'],
      ['second', () => 'broadMatch'],
    ]);
    expect(totals.calls).toBeGreaterThan(0);
    expect(totals.refused).toBe(totals.calls); // no hostile value is a relation
  });

  it('looks relations up as own keys only', () => {
    expectRefused(() => chainRelations('constructor' as never, 'exactMatch'), 'first');
    expectRefused(() => chainRelations('exactMatch', 'toString' as never), 'second');
    expectRefused(() => chainRelations('exactMatch', '__proto__' as never), 'second');
    expect(chainRelations('broadMatch', 'narrowMatch')).toBe('relatedMatch');
  });
});

describe('inverseRelation', () => {
  it('is frozen: a caller cannot change how later crosswalks are inverted', () => {
    expect(isDeeplyFrozen(inverseRelation)).toBe(true);
    vandalize(inverseRelation);
    expect(inverseRelation.broadMatch).toBe('narrowMatch');
    expect(Object.hasOwn(inverseRelation, 'vandal')).toBe(false);
    const inverse = invertCrosswalk(ownCopy(mlcfToHlm()));
    expect(inverse.links.every((link) => link.relation in inverseRelation)).toBe(true);
  });
});

describe('crosswalks', () => {
  it('is deeply frozen: vandalising it changes no later lookup or result', () => {
    expect(isDeeplyFrozen(crosswalks)).toBe(true);
    const before = structuredClone(crosswalks);
    const projected = structuredClone(projectScores(validScores(), mlcfToHlm()));
    vandalize(crosswalks);
    expect(crosswalks).toEqual(before);
    expect(projectScores(validScores(), mlcfToHlm())).toEqual(projected);
  });

  it('holds only crosswalks that parse', () => {
    for (const crosswalk of crosswalks) expect(safeParseCrosswalk(crosswalk).success).toBe(true);
  });
});
