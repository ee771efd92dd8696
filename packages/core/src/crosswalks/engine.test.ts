import { describe, expect, it } from 'vitest';
import type { Crosswalk, CrosswalkLink } from '../model/types';
import { issuesOf } from '../validation/expect-issue.test-helper';
import { chainRelations, composeCrosswalks } from './compose';
import { coverage } from './coverage';
import { invertCrosswalk } from './invert';
import { projectScores } from './project';

// Small hand-made crosswalks between the real MLCF, HLM and FMLM 2021 node ids, so every
// expected figure can be worked out by hand.
const link = (
  from: string,
  to: string,
  relation: CrosswalkLink['relation'],
  weight: number,
): CrosswalkLink => ({
  from,
  to,
  relation,
  weight,
  rationale: 'test',
  provenance: 'editorial',
});

const mlcfToHlm: Crosswalk = {
  id: 'test-mlcf-hlm',
  from: 'mlcf@2010',
  to: 'hlm@2013',
  version: '1.0.0',
  title: 'Test MLCF to HLM',
  summary: 'For tests.',
  links: [
    link('mlcf:3.4', 'hlm:holding-to-account', 'closeMatch', 0.8),
    link('mlcf:3.3', 'hlm:holding-to-account', 'relatedMatch', 0.4),
    link('mlcf:3.3', 'hlm:developing-capability', 'broadMatch', 0.6),
    link('mlcf:4.2', 'hlm:evaluating-information', 'exactMatch', 1),
  ],
  unmapped: {
    from: [{ nodeId: 'mlcf:1.1', reason: 'test' }],
    to: [{ nodeId: 'hlm:leading-with-care', reason: 'test' }],
  },
};

const hlmToFmlm: Crosswalk = {
  id: 'test-hlm-fmlm',
  from: 'hlm@2013',
  to: 'fmlm@2021',
  version: '1.0.0',
  title: 'Test HLM to FMLM',
  summary: 'For tests.',
  links: [
    link('hlm:holding-to-account', 'fmlm:team', 'broadMatch', 0.5),
    link('hlm:developing-capability', 'fmlm:team', 'broadMatch', 0.5),
    link('hlm:evaluating-information', 'fmlm:corporate', 'relatedMatch', 0.3),
  ],
  unmapped: { from: [], to: [{ nodeId: 'fmlm:system-leadership', reason: 'test' }] },
};

describe('invertCrosswalk', () => {
  it('turns every link round, swapping broad and narrow, and swaps the unmapped sides', () => {
    const inverse = invertCrosswalk(mlcfToHlm);
    expect(inverse).toMatchObject({
      id: 'test-mlcf-hlm-inverse',
      from: 'hlm@2013',
      to: 'mlcf@2010',
      title: 'Inverse of: Test MLCF to HLM',
    });
    expect(inverse.links[2]).toMatchObject({
      from: 'hlm:developing-capability',
      to: 'mlcf:3.3',
      relation: 'narrowMatch',
      weight: 0.6,
    });
    expect(inverse.links[0]?.relation).toBe('closeMatch');
    expect(inverse.unmapped.from[0]?.nodeId).toBe('hlm:leading-with-care');
  });

  it('is its own inverse', () => {
    expect(invertCrosswalk(invertCrosswalk(mlcfToHlm))).toEqual(mlcfToHlm);
  });
});

describe('composeCrosswalks', () => {
  it('chains relations conservatively', () => {
    expect(chainRelations('exactMatch', 'broadMatch')).toBe('broadMatch');
    expect(chainRelations('closeMatch', 'broadMatch')).toBe('broadMatch');
    expect(chainRelations('broadMatch', 'broadMatch')).toBe('broadMatch');
    expect(chainRelations('broadMatch', 'narrowMatch')).toBe('relatedMatch');
    expect(chainRelations('closeMatch', 'closeMatch')).toBe('closeMatch');
    expect(chainRelations('relatedMatch', 'exactMatch')).toBe('relatedMatch');
  });

  it('multiplies weights, keeps the strongest path, merges relations, and marks every link editorial', () => {
    const composed = composeCrosswalks(mlcfToHlm, hlmToFmlm);
    expect(composed.from).toBe('mlcf@2010');
    expect(composed.to).toBe('fmlm@2021');
    const byPair = Object.fromEntries(composed.links.map((l) => [`${l.from}>${l.to}`, l]));
    // 3.4 → holding (close .8) → team (broad .5): broad, .4
    expect(byPair['mlcf:3.4>fmlm:team']).toMatchObject({
      relation: 'broadMatch',
      weight: 0.4,
      provenance: 'editorial',
    });
    // 3.3 → holding (related .4) → team (.5) = .2 related; 3.3 → capability (broad .6) → team (.5) = .3 broad
    // strongest path .3; relations {related, broad} merge to related
    expect(byPair['mlcf:3.3>fmlm:team']).toMatchObject({ relation: 'relatedMatch', weight: 0.3 });
    // 4.2 → evaluating (exact 1) → corporate (related .3)
    expect(byPair['mlcf:4.2>fmlm:corporate']).toMatchObject({
      relation: 'relatedMatch',
      weight: 0.3,
    });
    expect(composed.links).toHaveLength(3);
    expect(composed.unmapped.from.map((entry) => entry.nodeId)).toEqual(['mlcf:1.1']);
    expect(composed.unmapped.to.map((entry) => entry.nodeId)).toEqual(['fmlm:system-leadership']);
  });

  it('refuses crosswalks that do not meet', () => {
    const issues = issuesOf(() => composeCrosswalks(mlcfToHlm, mlcfToHlm));
    expect(issues[0]?.pathText).toBe('second.from');
  });
});

describe('projectScores', () => {
  it('gives each target the weighted mean of its linked values, on the target scale, with coverage', () => {
    // MLCF on frequency 1–5: 3.4 = 5 (1.0), 3.3 = 3 (0.5), 4.2 unrated.
    const projected = projectScores({ 'mlcf:3.4': 5, 'mlcf:3.3': 3, 'mlcf:4.2': null }, mlcfToHlm);
    expect(projected.scale).toBe('hlm:self-assessment'); // HLM's default, 0–4
    const node = (id: string) => projected.nodes.find((n) => n.nodeId === id);
    // holding: (0.8 × 1.0 + 0.4 × 0.5) / 1.2 = 0.8333 → 0–4: 3.333; coverage 1.2 / 1.2
    expect(node('hlm:holding-to-account')?.normalized).toBeCloseTo(1 / 1.2, 12);
    expect(node('hlm:holding-to-account')?.value).toBeCloseTo(4 / 1.2, 12);
    expect(node('hlm:holding-to-account')?.coverage).toBe(1);
    // capability: 0.5 → 2
    expect(node('hlm:developing-capability')?.value).toBe(2);
    // evaluating: its one link has no value
    expect(node('hlm:evaluating-information')).toMatchObject({
      value: null,
      normalized: null,
      coverage: 0,
    });
    expect(projected.nodes.map((n) => n.nodeId)).toEqual([
      'hlm:evaluating-information',
      'hlm:holding-to-account',
      'hlm:developing-capability',
    ]);
    expect(projected.unmapped[0]?.nodeId).toBe('hlm:leading-with-care');
  });

  it('rejects values off the source scale and nodes the crosswalk does not know', () => {
    const issues = issuesOf(() => projectScores({ 'mlcf:3.4': 9, 'mlcf:9.9': 1 }, mlcfToHlm));
    expect(issues.map((issue) => issue.pathText)).toEqual([
      'scores["mlcf:3.4"]',
      'scores["mlcf:9.9"]',
    ]);
  });
});

describe('coverage', () => {
  it('answers which target nodes a set of source nodes touches, and how much', () => {
    const result = coverage(['mlcf:3.3'], mlcfToHlm);
    expect(result.covered.map((node) => node.nodeId)).toEqual([
      'hlm:developing-capability',
      'hlm:holding-to-account',
    ]);
    expect(result.covered[0]).toEqual({
      nodeId: 'hlm:developing-capability',
      share: 1,
      links: [{ from: 'mlcf:3.3', relation: 'broadMatch', weight: 0.6 }],
    });
    // holding to account: 0.4 of its 0.8 + 0.4 link weight comes from 3.3
    expect(result.covered[1]?.share).toBeCloseTo(0.4 / 1.2, 12);
    expect(result.notCovered).toEqual(['hlm:evaluating-information', 'hlm:leading-with-care']);
  });

  it('expands a domain to its elements and reports the unmapped ones', () => {
    const result = coverage(['mlcf:1', 'mlcf:3'], mlcfToHlm);
    expect(result.nodes).toEqual(['mlcf:1.1', 'mlcf:3.3', 'mlcf:3.4']);
    expect(result.unmapped.map((entry) => entry.nodeId)).toEqual(['mlcf:1.1']);
    expect(result.covered.map((node) => node.nodeId)).toEqual([
      'hlm:holding-to-account',
      'hlm:developing-capability',
    ]);
  });

  it('rejects unknown ids', () => {
    expect(issuesOf(() => coverage(['mlcf:7.7'], mlcfToHlm))[0]?.pathText).toBe('nodeIds[0]');
  });
});
