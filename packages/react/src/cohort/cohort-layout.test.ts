import { agreement5, ama, findScale, frequency5, hlm, percent100 } from '@medlead/core';
import { describe, expect, it } from 'vitest';
import { cohortFrame, layoutAxis, layoutDots, stackDots } from './cohort-layout';

/** A phone's room: 320 px less the page's and the figure's padding. */
const phone = cohortFrame(264);

const axisOf = (points: readonly { value: number; label: string }[], frame = phone) => {
  const min = points[0]?.value ?? 0;
  const max = points[points.length - 1]?.value ?? 1;
  return layoutAxis(
    points,
    (value) => frame.plotLeft + ((value - min) / (max - min)) * (frame.plotRight - frame.plotLeft),
    frame,
  );
};

describe('cohortFrame', () => {
  it('takes the room it has, from 240 px up to 640 px, and keeps room for the end stacks', () => {
    expect(cohortFrame(264)).toMatchObject({ width: 264, plotLeft: 32, plotRight: 232 });
    expect(cohortFrame(1248).width).toBe(640);
    expect(cohortFrame(100).width).toBe(240);
    // A name line leaves room for "n = 30*" beside it, at 13 px text.
    expect(cohortFrame(264).nameChars).toBe(23);
  });
});

describe('layoutAxis', () => {
  it('labels every point with its value and label, whole, on the scales the frameworks use', () => {
    const scales = [
      findScale(hlm, 'hlm:self-assessment'),
      findScale(ama, 'ama:proficiency'),
      frequency5,
      agreement5,
      percent100,
    ];
    for (const [scale, width] of scales.flatMap((scale) =>
      [264, 319, 640].map((width) => [scale, width] as const),
    )) {
      if (scale === undefined) throw new Error('missing scale');
      const axis = axisOf(scale.points, cohortFrame(width));
      axis.ticks.forEach((tick, index) => {
        const point = scale.points[index];
        expect(tick.lines.join(' ')).toBe(`${point?.value} ${point?.label}`); // nothing cut
      });
    }
  });

  it('alternates long labels in two tiers and keeps the end labels inside the chart', () => {
    const scale = findScale(hlm, 'hlm:self-assessment');
    if (scale === undefined) throw new Error('missing scale');
    expect(axisOf(scale.points, cohortFrame(640)).ticks.map((tick) => tick.tier)).toEqual([
      0, 1, 0, 1, 0,
    ]);
    // A phone's room takes three tiers, so that "0 Insufficient" stays whole.
    const axis = axisOf(scale.points);
    expect(axis.ticks.map((tick) => tick.tier)).toEqual([0, 1, 2, 0, 1]);
    expect(axis.ticks.map((tick) => tick.anchor)).toEqual([
      'start',
      'middle',
      'middle',
      'middle',
      'end',
    ]);
    expect(axis.ticks[0]?.x).toBe(phone.plotLeft);
    expect(axis.ticks[4]?.x).toBe(phone.plotRight);
  });

  it('keeps short labels on one line', () => {
    const axis = axisOf([
      { value: 1, label: 'Low' },
      { value: 2, label: 'Mid' },
      { value: 3, label: 'High' },
    ]);
    expect(axis.ticks.every((tick) => tick.tier === 0 && tick.lines.length === 1)).toBe(true);
  });
});

describe('dot stacks', () => {
  it('puts one dot per learner, in layers no wider than the grid, none below the baseline', () => {
    const grid = layoutDots(13, 5, phone);
    const dots = stackDots(13, 200, 100, grid);
    expect(dots).toHaveLength(13);
    expect(new Set(dots.map((dot) => `${dot.cx},${dot.cy}`)).size).toBe(13);
    expect(Math.max(...dots.map((dot) => dot.cy))).toBeLessThan(100);
    expect(Math.min(...dots.map((dot) => dot.cy))).toBeGreaterThanOrEqual(100 - grid.height);
    const layers = new Set(dots.map((dot) => dot.cy));
    expect(layers.size).toBe(Math.ceil(13 / grid.columns));
  });

  it('shrinks the dots for a big class, down to 3 px apart, then grows the stacks', () => {
    expect(layoutDots(1, 5, phone).pitch).toBe(10);
    expect(layoutDots(100, 5, phone).pitch).toBeLessThan(10);
    const crowd = layoutDots(1000, 5, phone);
    expect(crowd.pitch).toBe(3);
    expect(crowd.columns * Math.round(crowd.height / crowd.pitch)).toBeGreaterThanOrEqual(1000);
    expect(stackDots(0, 200, 100, crowd)).toEqual([]);
  });
});
