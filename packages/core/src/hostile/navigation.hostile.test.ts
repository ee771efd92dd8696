// Hostile-input table for navigation (getNode, walk, ancestors, assessableNodes, isAssessable,
// searchNodes) and the framework registry (getFramework, listFrameworks, frameworks).
import { describe, expect, it } from 'vitest';
import {
  aggregateFeedback,
  ancestors,
  assessableNodes,
  frameworks,
  getFramework,
  getNode,
  hlm,
  isAssessable,
  listFrameworks,
  mlcf,
  parseAssessment,
  parseFramework,
  searchNodes,
  toMoodleCsv,
  walk,
} from '../index';
import type { Framework, FrameworkInput } from '../model/types';
import { worked360 } from '../scoring/fixtures';
import {
  expectRefused,
  markup,
  safeOutcome,
  sweepArguments,
  vandalize,
} from './hostile.test-helper';

/** A writable deep copy of a shipped framework, as a caller might build one by hand. */
const copyOf = (framework: Framework): FrameworkInput =>
  JSON.parse(JSON.stringify(framework)) as FrameworkInput;

function expectSwept(totals: { calls: number; refused: number }): void {
  expect(totals.calls).toBeGreaterThan(0);
  expect(totals.refused).toBeGreaterThan(0);
}

/** Hostile values for a `framework` argument that look like frameworks. */
const fakeFrameworks: readonly (readonly [string, () => unknown])[] = [
  ['a framework missing its children', () => ({ ...copyOf(hlm), children: undefined })],
  ['a framework whose children are null', () => ({ ...copyOf(hlm), children: [null] })],
  ['a framework with a NaN year', () => ({ ...copyOf(hlm), year: Number.NaN })],
  ['a framework key only', () => ({ key: 'hlm@2013' })],
  ['a framework as JSON text', () => JSON.stringify(hlm)],
];

describe('getNode', () => {
  it('sweeps every argument', () => {
    expectSwept(
      sweepArguments(getNode, [
        ['framework', () => hlm],
        ['id', () => 'hlm:leading-with-care'],
      ]),
    );
  });

  it('refuses a framework that is not one, naming the problem inside it', () => {
    expectRefused(() => getNode(null as never, 'hlm:leading-with-care'), 'framework', /null/);
    expectRefused(() => getNode({} as never, 'hlm:x'), 'framework');
    for (const [, make] of fakeFrameworks)
      expectRefused(() => getNode(make() as never, 'x'), 'framework');
    // A framework built by hand is refused until parsed; parsing names the problem inside it.
    expectRefused(
      () => getNode({ ...copyOf(hlm), year: Number.NaN } as never, 'hlm:leading-with-care'),
      'framework',
      /pass it through parseFramework\(\) first/,
    );
    expectRefused(() => parseFramework({ ...copyOf(hlm), year: Number.NaN }), 'year');
  });

  it('refuses an id that is not a string, and finds nothing for odd strings', () => {
    expectRefused(() => getNode(hlm, null as never), 'id', /must be a string, not null/);
    expectRefused(() => getNode(hlm, 42 as never), 'id', /must be a string/);
    for (const id of ['__proto__', 'constructor', 'toString', markup, '', 'hlm:']) {
      expect(getNode(hlm, id)).toBeUndefined();
    }
  });

  it('takes a hand-built framework once parsed (into a frozen copy), never freezing the caller’s', () => {
    const input = copyOf(hlm);
    expect(getNode(parseFramework(input), 'hlm:leading-with-care')?.title).toBe(
      getNode(hlm, 'hlm:leading-with-care')?.title,
    );
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.children)).toBe(false);
  });

  it('gives a node that cannot be changed', () => {
    const node = getNode(hlm, 'hlm:leading-with-care');
    vandalize(node);
    expect(getNode(hlm, 'hlm:leading-with-care')?.title).toBe('Leading with care');
  });
});

describe('walk', () => {
  it('sweeps every argument', () => {
    expectSwept(sweepArguments(walk, [['framework', () => hlm]]));
  });

  it('refuses what is not a framework', () => {
    expectRefused(() => walk(undefined as never), 'framework', /undefined/);
    expectRefused(() => walk(new Map() as never), 'framework', /a Map/);
    for (const [, make] of fakeFrameworks) expectRefused(() => walk(make() as never), 'framework');
  });

  it('gives the same frozen list every call: its entries and their paths are frozen too', () => {
    const entries = walk(hlm);
    expect(walk(hlm)).toBe(entries);
    expect(Object.isFrozen(entries)).toBe(true);
    for (const entry of entries) {
      expect(Object.isFrozen(entry)).toBe(true);
      expect(Object.isFrozen(entry.path)).toBe(true);
      expect(Object.isFrozen(entry.node)).toBe(true);
    }
  });

  it('cannot be changed by a caller', () => {
    const before = JSON.stringify(walk(hlm));
    const entries = walk(hlm) as unknown as { node: unknown }[][];
    expect(() => (entries as unknown as unknown[]).pop()).toThrowError(TypeError);
    expect(() => (entries as unknown as unknown[]).sort()).toThrowError(TypeError);
    expect(() => (walk(hlm)[0]?.path as unknown as string[] | undefined)?.push('x')).toThrowError(
      TypeError,
    );
    vandalize(walk(hlm));
    expect(JSON.stringify(walk(hlm))).toBe(before);
  });

  it('never trusts a framework frozen only at its top level: a later change cannot go stale', () => {
    const input = copyOf(mlcf);
    Object.freeze(input); // frozen at the top only: its nodes can still change
    expectRefused(() => walk(input as never), 'framework', /parseFramework/);
    expect(walk(parseFramework(input))).toHaveLength(25);
    const first = input.children[0];
    if (first === undefined) throw new Error('mlcf has children');
    first.children = [];
    // The change is seen by a new parse; the earlier parse kept its own frozen copy.
    expect(walk(parseFramework(input))).toHaveLength(21);
    expect(Object.isFrozen(input.children)).toBe(false);
  });

  it('refuses a framework 700 levels deep or cyclic, with a clear error', () => {
    const deepInput = copyOf(mlcf);
    let parent = deepInput.children[0];
    for (let level = 0; level < 700 && parent !== undefined; level++) {
      const child = { ...parent, id: `mlcf:9.${level}`, children: [] };
      parent.children = [child];
      parent = child;
    }
    expectRefused(() => walk(deepInput as never), 'framework', /parseFramework/);
    expectRefused(() => parseFramework(deepInput), 'children', /levels deep/);
    const cyclic = copyOf(mlcf);
    const top = cyclic.children[0];
    if (top === undefined) throw new Error('mlcf has children');
    top.children = [top];
    expectRefused(() => walk(cyclic as never), 'framework', /parseFramework/);
    expectRefused(() => parseFramework(cyclic), 'children', /appears twice/);
  });
});

describe('ancestors', () => {
  it('sweeps every argument', () => {
    expectSwept(
      sweepArguments(ancestors, [
        ['framework', () => mlcf],
        ['id', () => 'mlcf:1.1'],
      ]),
    );
  });

  it('refuses a missing id or one not in the hierarchy, by path', () => {
    expectRefused(() => ancestors(mlcf, null as never), 'id', /must be a string, not null/);
    expectRefused(() => ancestors(mlcf, 'mlcf:9.9'), 'id', /"mlcf:9\.9" is not a node.*mlcf@2010/);
    expectRefused(() => ancestors(mlcf, '__proto__'), 'id', /not a node/);
    expectRefused(() => ancestors(mlcf, 'constructor'), 'id', /not a node/);
    // A very long id is cut short in the message.
    const refused = expectRefused(() => ancestors(mlcf, 'x'.repeat(100_000)), 'id');
    expect(refused.message.length).toBeLessThan(500);
  });

  it('gives a fresh list: changing it changes no later answer', () => {
    const list = ancestors(mlcf, 'mlcf:5.4');
    vandalize(list);
    expect(ancestors(mlcf, 'mlcf:5.4').map((node) => node.id)).toEqual(['mlcf:5']);
  });
});

describe('assessableNodes', () => {
  it('sweeps every argument', () => {
    expectSwept(sweepArguments(assessableNodes, [['framework', () => hlm]]));
  });

  it('refuses what is not a framework', () => {
    expectRefused(() => assessableNodes(null as never), 'framework', /null/);
    expectRefused(() => assessableNodes('hlm' as never), 'framework', /a string/);
  });

  it('gives a list that a caller cannot use to change a later one', () => {
    const before = assessableNodes(hlm).map((node) => node.id);
    vandalize(assessableNodes(hlm));
    (assessableNodes(hlm) as unknown[]).length = 0;
    expect(assessableNodes(hlm).map((node) => node.id)).toEqual(before);
    expect(before).toHaveLength(9);
  });
});

describe('isAssessable', () => {
  it('sweeps every argument', () => {
    expectSwept(
      sweepArguments(isAssessable, [
        ['framework', () => hlm],
        ['id', () => 'hlm:leading-with-care'],
      ]),
    );
  });

  it('refuses an id that is not a string; odd strings are simply not assessable', () => {
    expectRefused(() => isAssessable(hlm, null as never), 'id', /must be a string/);
    expectRefused(() => isAssessable(hlm, ['hlm:leading-with-care'] as never), 'id', /a list/);
    for (const id of ['__proto__', 'constructor', markup, '']) {
      expect(isAssessable(hlm, id)).toBe(false);
    }
    expect(isAssessable(hlm, 'hlm:leading-with-care')).toBe(true);
  });

  it('refuses a framework whose assessedKind is wrong', () => {
    expectRefused(
      () => parseFramework({ ...copyOf(hlm), assessedKind: 'constructor' }),
      'assessedKind',
    );
  });
});

describe('searchNodes', () => {
  it('sweeps every argument', () => {
    expectSwept(
      sweepArguments(searchNodes, [
        ['framework', () => hlm],
        ['text', () => 'care'],
      ]),
    );
  });

  it('refuses a null query (what URLSearchParams.get gives for a missing one)', () => {
    expectRefused(() => searchNodes(hlm, null as never), 'text', /must be a string, not null/);
    expectRefused(() => searchNodes(hlm, 42 as never), 'text', /must be a string/);
    expectRefused(() => searchNodes(null as never, 'care'), 'framework', /null/);
  });

  it('finds nothing for an empty or white-space query, or for markup', () => {
    expect(searchNodes(hlm, '')).toEqual([]);
    expect(searchNodes(hlm, ' \t\n ')).toEqual([]);
    expect(searchNodes(hlm, '<script>')).toEqual([]);
    expect(searchNodes(hlm, markup)).toEqual([]);
    expect(searchNodes(hlm, '__proto__')).toEqual([]);
    expect(searchNodes(hlm, 'constructor')).toEqual([]);
    expect(safeOutcome(() => searchNodes(hlm, 'care '.repeat(20_000)))).toHaveProperty('result');
  });

  it('gives fresh hits: changing them changes no later search', () => {
    const before = searchNodes(hlm, 'care').map((hit) => `${hit.node.id}:${hit.matchedIn}`);
    vandalize(searchNodes(hlm, 'care'));
    expect(searchNodes(hlm, 'care').map((hit) => `${hit.node.id}:${hit.matchedIn}`)).toEqual(
      before,
    );
    expect(before.length).toBeGreaterThan(0);
  });
});

describe('getFramework', () => {
  it('sweeps every argument', () => {
    expectSwept(sweepArguments(getFramework, [['keyOrId', () => 'hlm']]));
  });

  it('refuses null (what URLSearchParams.get gives for a missing parameter) by name', () => {
    expectRefused(() => getFramework(null as never), 'keyOrId', /must be a string, not null/);
    expectRefused(() => getFramework(undefined as never), 'keyOrId', /must be a string/);
    expectRefused(() => getFramework(2013 as never), 'keyOrId', /must be a string/);
    expectRefused(() => getFramework({ key: 'hlm@2013' } as never), 'keyOrId');
  });

  it.each([
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'hlm@',
    '@2013',
    '@',
    'hlm@2013 ',
    ' hlm',
    'HLM',
    'hlm@__proto__',
    markup,
  ])('refuses %j as an unknown framework, listing the keys', (key) => {
    expectRefused(() => getFramework(key), 'keyOrId', /unknown framework.*hlm@2013/);
  });

  it('shows markup as text and cuts a huge key short', () => {
    expectRefused(() => getFramework(markup), 'keyOrId', /unknown framework "<img src=x/);
    const refused = expectRefused(() => getFramework('x'.repeat(100_000)), 'keyOrId');
    expect(refused.message.length).toBeLessThan(500);
  });

  it('gives the shipped, frozen edition', () => {
    const framework = getFramework('hlm');
    vandalize(framework);
    expect(getFramework('hlm')).toBe(hlm);
    expect(hlm.title).toBe('The Healthcare Leadership Model');
    expect(walk(hlm)).toHaveLength(walk(getFramework('hlm@2013')).length);
  });
});

describe('listFrameworks', () => {
  it('sweeps every argument (it takes none; extra arguments are ignored)', () => {
    const totals = sweepArguments(listFrameworks, [['(none)', () => undefined]]);
    expect(totals.calls).toBeGreaterThan(0);
  });

  it('gives a fresh list each time: changing it changes no later one', () => {
    const before = JSON.stringify(listFrameworks());
    const list = listFrameworks();
    vandalize(list);
    (list as unknown[]).length = 0;
    expect(JSON.stringify(listFrameworks())).toBe(before);
    expect(listFrameworks()).not.toBe(listFrameworks());
  });
});

describe('frameworks', () => {
  it('is frozen all the way down: a vandal changes nothing', () => {
    const before = frameworks.map((framework) => framework.key);
    vandalize(frameworks);
    expect(Object.isFrozen(frameworks)).toBe(true);
    expect(frameworks.map((framework) => framework.key)).toEqual(before);
    for (const framework of frameworks) {
      expect(Object.isFrozen(framework.children)).toBe(true);
      expect(getFramework(framework.key)).toBe(framework);
    }
  });
});

describe('results shared with scoring and exports', () => {
  it('vandalizing walk, assessableNodes and search results changes no later walk, 360 or export', () => {
    const assessments = worked360.map((input) => parseAssessment(input, { framework: hlm }));
    const walked = JSON.stringify(walk(hlm));
    const assessable = assessableNodes(hlm).map((node) => node.id);
    const csv = toMoodleCsv(hlm);
    const feedback = JSON.stringify(aggregateFeedback(hlm, assessments));

    for (const run of [
      () => (walk(hlm) as unknown[]).pop(),
      () => (walk(hlm) as unknown[]).sort(),
      () => (walk(hlm) as unknown[]).reverse(),
      () => (walk(hlm) as unknown[]).splice(0, 3),
      () => {
        (walk(hlm) as unknown[]).length = 0;
      },
      () => (walk(hlm)[0]?.path as unknown as string[] | undefined)?.pop(),
      () => (assessableNodes(hlm) as unknown[]).pop(),
      () => (searchNodes(hlm, 'care') as unknown[]).pop(),
    ]) {
      try {
        run();
      } catch {
        // frozen: refused, as it should be
      }
    }
    vandalize(walk(hlm));
    vandalize(assessableNodes(hlm));
    vandalize(searchNodes(hlm, 'team'));
    vandalize(getNode(hlm, 'hlm:leading-with-care'));

    expect(JSON.stringify(walk(hlm))).toBe(walked);
    expect(assessableNodes(hlm).map((node) => node.id)).toEqual(assessable);
    expect(toMoodleCsv(hlm)).toBe(csv);
    expect(JSON.stringify(aggregateFeedback(hlm, assessments))).toBe(feedback);
  });

  it('a parsed framework is indexed once and stays right', () => {
    const parsed = parseFramework(copyOf(mlcf));
    expect(walk(parsed)).toBe(walk(parsed));
    expect(walk(parsed).map((entry) => entry.node.id)).toEqual(
      walk(mlcf).map((entry) => entry.node.id),
    );
  });
});
