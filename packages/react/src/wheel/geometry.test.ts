// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { labelAnchor, layoutSectors, polar, ringSector, wrapLabel } from './geometry';

describe('layoutSectors', () => {
  it('gives equal slices in order, covering the circle but for the gaps between groups', () => {
    const sectors = layoutSectors(
      [
        { id: 'a', nodeIds: ['a1', 'a2'] },
        { id: 'b', nodeIds: ['b1', 'b2'] },
      ],
      0.1,
    );
    expect(sectors.map((s) => [s.nodeId, s.group])).toEqual([
      ['a1', 0],
      ['a2', 0],
      ['b1', 1],
      ['b2', 1],
    ]);
    const step = (2 * Math.PI - 0.2) / 4;
    for (const sector of sectors) expect(sector.endAngle - sector.startAngle).toBeCloseTo(step, 12);
    expect(sectors[2]?.startAngle ?? 0).toBeCloseTo(0.05 + 2 * step + 0.1, 12);
  });

  it('leaves no gaps for a single group (a flat framework drawn as one block)', () => {
    const sectors = layoutSectors([{ id: 'all', nodeIds: ['x', 'y', 'z'] }]);
    expect(sectors[0]?.startAngle).toBe(0);
    expect(sectors[2]?.endAngle).toBeCloseTo(2 * Math.PI, 12);
    expect(layoutSectors([])).toEqual([]);
  });
});

describe('polar and labelAnchor', () => {
  it('puts 0 at twelve o’clock, clockwise, with labels running away from the wheel', () => {
    expect(polar(0, 10)).toEqual({ x: 0, y: -10 });
    expect(polar(Math.PI / 2, 10)).toEqual({ x: 10, y: 0 });
    expect(labelAnchor(0)).toBe('middle');
    expect(labelAnchor(Math.PI / 2)).toBe('start');
    expect(labelAnchor((3 * Math.PI) / 2)).toBe('end');
  });
});

describe('wrapLabel', () => {
  it('wraps long names instead of clipping them', () => {
    expect(wrapLabel('Demonstrating Personal Qualities', 14, 3)).toEqual([
      'Demonstrating',
      'Personal',
      'Qualities',
    ]);
    expect(wrapLabel('Building & Maintaining Relationships', 16, 3)).toEqual([
      'Building &',
      'Maintaining',
      'Relationships',
    ]);
  });

  it('ends with an ellipsis when more lines would be needed, and cuts a single over-long word', () => {
    expect(wrapLabel('Identifying the Contexts for Change', 10, 2)).toEqual(['Identifyi…', 'the…']);
    expect(wrapLabel('Supercalifragilistic', 8, 2)).toEqual(['Superca…']);
  });
});

describe('ringSector', () => {
  it('draws a closed ring slice: outer arc clockwise, then the inner arc back', () => {
    const path = ringSector(10, 20, 0, Math.PI / 2, 0);
    expect(path).toBe(
      'M0,-20A20,20 0 0 1 14.14,-14.14A20,20 0 0 1 20,0L10,0A10,10 0 0 0 7.07,-7.07A10,10 0 0 0 0,-10Z',
    );
  });

  it('leaves a gap between slices and can draw a whole ring', () => {
    expect(ringSector(10, 20, 0, Math.PI / 2, 2)).toMatch(/^M1,-19\.9\d/); // starts 0.05 rad in: a 1-unit half gap
    expect(ringSector(10, 20, 0, 2 * Math.PI, 0)).toContain('A20,20 0 0 1 0,20');
  });
});
