import { describe, expect, it } from 'vitest';
import { frameworks } from '../frameworks/registry';
import type { Crosswalk, MappingRelation } from '../model/types';
import { assessableNodes } from '../navigation/navigate';
import { findScale } from '../scales/find-scale';
import { scaleRange } from '../scoring/scale-math';
import { MedleadValidationError } from '../validation/errors';
import { composeCrosswalks } from './compose';
import { invertCrosswalk } from './invert';
import { getCrosswalk } from './lookup';
import { projectScores } from './project';
import { crosswalks } from './registry';

const byKey = (key: string) => frameworks.find((framework) => framework.key === key);

describe('the stored crosswalks', () => {
  it('cover the seven pairs the design asks for', () => {
    expect(crosswalks.map((crosswalk) => `${crosswalk.from} → ${crosswalk.to}`)).toEqual([
      'mlcf@2010 → hlm@2013',
      'mlcf@2010 → fmlm@2021',
      'hlm@2013 → fmlm@2021',
      'ama@2020 → mlcf@2010',
      'ama@2020 → hlm@2013',
      'ama@2020 → fmlm@2021',
      'fmlm@2016 → fmlm@2021',
    ]);
  });

  it.each(crosswalks.map((crosswalk) => [crosswalk.id, crosswalk] as const))(
    '%s is its inverse’s inverse',
    (_id, crosswalk) => {
      expect(invertCrosswalk(invertCrosswalk(crosswalk))).toEqual(crosswalk);
    },
  );

  it.each(crosswalks.map((crosswalk) => [crosswalk.id, crosswalk] as const))(
    '%s projects a full score set to values inside the target scale',
    (_id, crosswalk) => {
      const from = byKey(crosswalk.from);
      const to = byKey(crosswalk.to);
      if (from === undefined || to === undefined) throw new Error('unknown framework');
      const fromScale = findScale(from, from.defaultScale);
      const toScale = findScale(to, to.defaultScale);
      if (fromScale === undefined || toScale === undefined) throw new Error('no default scale');
      const { min, max } = scaleRange(toScale);
      for (const point of fromScale.points) {
        const scores = Object.fromEntries(
          assessableNodes(from).map((node) => [node.id, point.value]),
        );
        const projected = projectScores(scores, crosswalk);
        for (const node of projected.nodes) {
          expect(node.value).not.toBeNull();
          expect(node.value ?? Number.NaN).toBeGreaterThanOrEqual(min - 1e-9);
          expect(node.value ?? Number.NaN).toBeLessThanOrEqual(max + 1e-9);
          expect(node.coverage).toBe(1);
        }
      }
    },
  );
});

describe('getCrosswalk', () => {
  it('gives the stored crosswalk, by key or by family id', () => {
    expect(getCrosswalk('mlcf@2010', 'hlm@2013').id).toBe('mlcf-2010-hlm-2013');
    expect(getCrosswalk('mlcf', 'fmlm').to).toBe('fmlm@2021');
  });

  it('gives a correct inverse for the other direction, the same object each time', () => {
    const inverse = getCrosswalk('hlm', 'mlcf');
    expect(inverse).toEqual(invertCrosswalk(getCrosswalk('mlcf', 'hlm')));
    expect(getCrosswalk('hlm', 'mlcf')).toBe(inverse);
    expect(Object.isFrozen(inverse.links[0])).toBe(true);
    const narrow = getCrosswalk('mlcf', 'ama').links.find((link) => link.from === 'mlcf:1.4');
    expect(narrow?.relation).toBe('broadMatch'); // AMA professionalism → 1.4 is narrowMatch
  });

  it('names the pairs there are when there is none', () => {
    expect(() => getCrosswalk('fmlm@2016', 'hlm')).toThrowError(MedleadValidationError);
    expect(() => getCrosswalk('fmlm@2016', 'hlm')).toThrowError(/composeCrosswalks/);
  });
});

describe('composing through the HLM', () => {
  const opposite = (a: MappingRelation, b: MappingRelation) =>
    (a === 'broadMatch' && b === 'narrowMatch') || (a === 'narrowMatch' && b === 'broadMatch');

  it.each([
    ['mlcf', getCrosswalk('mlcf', 'fmlm')],
    ['ama', getCrosswalk('ama', 'fmlm')],
  ] as [string, Crosswalk][])(
    'agrees in direction with the direct %s → FMLM crosswalk',
    (family, direct) => {
      const composed = composeCrosswalks(getCrosswalk(family, 'hlm'), getCrosswalk('hlm', 'fmlm'));
      let compared = 0;
      for (const link of composed.links) {
        const match = direct.links.find(
          (candidate) => candidate.from === link.from && candidate.to === link.to,
        );
        if (match === undefined) continue;
        compared += 1;
        expect(opposite(link.relation, match.relation), `${link.from} → ${link.to}`).toBe(false);
        expect(link.provenance).toBe('editorial');
      }
      expect(compared).toBeGreaterThan(0);
    },
  );
});
