import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../model/types';
import { walk } from '../navigation/navigate';
import { frameworks } from './registry';

// Users store these ids in their own records, so none may disappear or be reused in a minor
// release. published-ids.json is the record of every id we have published: a test fails if an id
// in it is gone, and also if a new id is not yet in it (add it there, in the same change).

type IdRecord = Record<string, Record<'nodes' | 'indicators' | 'scales' | 'stages', string[]>>;

const published: IdRecord = JSON.parse(
  readFileSync(new URL('./published-ids.json', import.meta.url), 'utf8'),
);

function currentIds(framework: Framework) {
  const nodes = [...walk(framework).map((entry) => entry.node), ...(framework.crossCutting ?? [])];
  return {
    nodes: nodes.map((node) => node.id),
    indicators: nodes.flatMap((node) => (node.indicators ?? []).map((indicator) => indicator.id)),
    scales: framework.scales.map((scale) => scale.id),
    stages: (framework.stages ?? []).map((stage) => stage.id),
  };
}

describe('published ids', () => {
  it('every published framework key is still shipped', () => {
    expect(frameworks.map((framework) => framework.key)).toEqual(
      expect.arrayContaining(Object.keys(published)),
    );
  });

  describe.each(frameworks.map((framework) => [framework.key, framework] as const))(
    '%s',
    (key, framework) => {
      const current = currentIds(framework);
      const record = published[key];

      it('is recorded in published-ids.json', () => {
        expect(record, `add "${key}" to published-ids.json`).toBeDefined();
      });

      for (const group of ['nodes', 'indicators', 'scales', 'stages'] as const) {
        it(`keeps every published ${group.slice(0, -1)} id`, () => {
          const missing = (record?.[group] ?? []).filter((id) => !current[group].includes(id));
          expect(missing, 'published ids may never be removed or renamed').toEqual([]);
        });

        it(`has every current ${group.slice(0, -1)} id on record`, () => {
          const unrecorded = current[group].filter((id) => !(record?.[group] ?? []).includes(id));
          expect(unrecorded, 'add new ids to published-ids.json').toEqual([]);
        });
      }
    },
  );
});
