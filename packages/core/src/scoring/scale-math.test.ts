import { describe, expect, it } from 'vitest';
import { hlm } from '../frameworks/hlm';
import type { RatingScale } from '../model/types';
import { agreement5, frequency5, percent100 } from '../scales/generic';
import { MedleadValidationError } from '../validation/errors';
import { convertScale, levelOf, nearestValid, normalize } from './scale-math';

const hlmSelf = hlm.scales.find((scale) => scale.id === 'hlm:self-assessment') as RatingScale;

describe('normalize', () => {
  it('places values on 0–1 from the lowest to the highest point', () => {
    expect(normalize(1, agreement5)).toBe(0);
    expect(normalize(5, agreement5)).toBe(1);
    expect(normalize(3, agreement5)).toBe(0.5);
    expect(normalize(2.5, hlmSelf)).toBe(0.625);
    expect(normalize(73, percent100)).toBe(0.73);
  });

  it.each([0, 6, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s on a 1–5 scale', (value) => {
    expect(() => normalize(value, agreement5)).toThrowError(MedleadValidationError);
  });
});

describe('convertScale', () => {
  it('maps linearly, keeping the relative position', () => {
    expect(convertScale(3, agreement5, percent100)).toBe(50);
    expect(convertScale(4, hlmSelf, frequency5)).toBe(5);
    expect(convertScale(2, hlmSelf, agreement5)).toBe(3);
    expect(convertScale(75, percent100, hlmSelf)).toBe(3);
    expect(convertScale(1, hlmSelf, percent100)).toBe(25);
  });

  it('snaps to the nearest valid value on request, halves going up', () => {
    expect(convertScale(60, percent100, agreement5)).toBeCloseTo(3.4, 12);
    expect(convertScale(60, percent100, agreement5, { round: 'nearest' })).toBe(3);
    expect(convertScale(62.5, percent100, agreement5, { round: 'nearest' })).toBe(4);
    expect(nearestValid(33.3, percent100)).toBe(33);
  });

  it('round-trips', () => {
    for (const value of [1, 2, 3, 4, 5]) {
      expect(
        convertScale(convertScale(value, agreement5, percent100), percent100, agreement5),
      ).toBeCloseTo(value, 12);
    }
  });

  it('rejects a value off the source scale', () => {
    expect(() => convertScale(7, agreement5, percent100)).toThrowError(
      /outside scale "agreement-5"/,
    );
  });
});

describe('levelOf', () => {
  it('gives the point, or on a stepped scale the anchor reached', () => {
    expect(levelOf(3, hlmSelf).label).toBe('Strong');
    expect(levelOf(99, percent100).label).toBe('Substantial');
    expect(() => levelOf(2.5, hlmSelf)).toThrowError(/not on scale/);
  });
});
