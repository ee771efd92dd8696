// @vitest-environment node
import { findScale, frameworks, normalize } from '@medlead/core';
import { describe, expect, it } from 'vitest';
import { formatValue } from '../shared/format-value';
import { wheelShape } from './wheel-data';
import { type Box, layoutWheel, overlaps, WHEEL_MAX_WIDTH } from './wheel-layout';

const widths = Array.from({ length: (1280 - 280) / 8 + 1 }, (_, step) => 280 + step * 8);
const modes = ['auto', 'title', 'code'] as const;

/** The nearest a box comes to the centre. */
function distanceToCentre(box: Box): number {
  const x = Math.max(box.left, Math.min(0, box.right));
  const y = Math.max(box.top, Math.min(0, box.bottom));
  return Math.hypot(x, y);
}

describe.each(frameworks.map((framework) => [framework.key, framework] as const))(
  'layoutWheel for %s',
  (_key, framework) => {
    const shape = wheelShape(framework);
    const scale = findScale(framework, framework.defaultScale);
    const rings = (scale?.points ?? []).map((point) => ({
      text: formatValue(point.value),
      share: scale === undefined ? 0 : normalize(point.value, scale),
    }));

    it.each(modes)(
      'labels="%s": no label touches another, the disc or the edges, 280–1280 px',
      (labels) => {
        for (const width of widths) {
          const layout = layoutWheel({ ...shape, rings, width, labels });
          const where = `${labels} at ${width} px`;
          expect(layout.width, where).toBeLessThanOrEqual(Math.min(width, WHEEL_MAX_WIDTH));
          expect(layout.labels, where).toHaveLength(shape.sectors.length);
          const boxes = [
            ...layout.labels.map((label) => label.box),
            ...layout.ringLabels.map((ring) => ring.box),
          ];
          for (const [index, box] of boxes.entries())
            for (const other of boxes.slice(index + 1))
              expect(overlaps(box, other), `${where}: ${JSON.stringify([box, other])}`).toBe(false);
          for (const label of layout.labels) {
            expect(distanceToCentre(label.box), where).toBeGreaterThan(layout.outer);
            expect(label.box.left + layout.cx, where).toBeGreaterThanOrEqual(0);
            expect(label.box.right + layout.cx, where).toBeLessThanOrEqual(layout.width);
            expect(label.box.top + layout.cy, where).toBeGreaterThanOrEqual(0);
            expect(label.box.bottom + layout.cy, where).toBeLessThanOrEqual(layout.height);
          }
          for (const ring of layout.ringLabels)
            expect(Math.hypot(ring.box.left, ring.box.top), where).toBeLessThan(layout.outer);
        }
      },
    );

    it('shows the rim value, and names where asked for on a wide chart', () => {
      const wide = layoutWheel({ ...shape, rings, width: 1280, labels: 'title' });
      expect(wide.names).toBe('long');
      expect(wide.ringLabels.at(-1)?.text).toBe(rings.at(-1)?.text);
      expect(wide.width).toBe(WHEEL_MAX_WIDTH);
      const narrow = layoutWheel({ ...shape, rings, width: 280, labels: 'title' });
      expect(narrow.names).toBe('short');
      expect(layoutWheel({ ...shape, rings, width: 1280, labels: 'code' }).names).toBe('short');
    });
  },
);
