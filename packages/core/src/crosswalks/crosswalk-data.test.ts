import { describe, expect, it } from 'vitest';
import { getFramework } from '../frameworks/registry';
import { isAssessable } from '../navigation/navigate';
import { safeParseCrosswalk } from '../validation/parse';
import { crosswalks } from './registry';

// Every stored crosswalk, checked against the schema and both of its editions: real nodes,
// nothing silently unmapped, one line of rationale, provenance on every link.
describe.each(crosswalks.map((crosswalk) => [crosswalk.id, crosswalk] as const))(
  '%s',
  (_name, crosswalk) => {
    it('fits the schema and both editions, with every assessed node linked or unmapped', () => {
      const frameworks = { from: getFramework(crosswalk.from), to: getFramework(crosswalk.to) };
      const result = safeParseCrosswalk(crosswalk, { frameworks });
      expect(
        result.success ? [] : result.error.issues.map((i) => `${i.pathText}: ${i.message}`),
      ).toEqual([]);
    });

    it('links only assessed nodes, once per pair, with a one-line rationale', () => {
      const from = getFramework(crosswalk.from);
      const to = getFramework(crosswalk.to);
      for (const link of crosswalk.links) {
        expect(isAssessable(from, link.from), link.from).toBe(true);
        expect(isAssessable(to, link.to), link.to).toBe(true);
        expect(link.rationale.length, link.rationale).toBeLessThanOrEqual(160);
        expect(link.rationale).not.toMatch(/\n/);
      }
    });

    it('is deep-frozen', () => {
      expect(Object.isFrozen(crosswalk.links[0])).toBe(true);
    });
  },
);
