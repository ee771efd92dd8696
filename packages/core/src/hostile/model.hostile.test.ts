// Hostile-input table for scales (findScale, isOnScale, scalesFor), scale math (normalize,
// convertScale, levelOf, pointReached) and parsing (parse*/safeParse* of frameworks, assessments
// and crosswalks), with the schema checks behind them.
import { describe, expect, it } from 'vitest';
import {
  agreement5,
  convertScale,
  describeValue,
  findScale,
  genericScales,
  getCrosswalk,
  hlm,
  isOnScale,
  levelOf,
  MedleadValidationError,
  mlcf,
  normalize,
  parseAssessment,
  parseCrosswalk,
  parseFramework,
  percent100,
  pointReached,
  type RatingScale,
  type SafeParseResult,
  safeParseAssessment,
  safeParseCrosswalk,
  safeParseFramework,
  scalesFor,
} from '../index';
import type { AssessmentInput, CrosswalkInput, FrameworkInput } from '../model/types';
import {
  documentUnderInput,
  expectRefused,
  hostileValues,
  markup,
  safeOutcome,
  sweepArguments,
  vandalize,
} from './hostile.test-helper';

const hlmSelf = hlm.scales.find((scale) => scale.id === 'hlm:self-assessment') as RatingScale;

function expectSwept(totals: { calls: number; refused: number }): void {
  expect(totals.calls).toBeGreaterThan(0);
  expect(totals.refused).toBeGreaterThan(0);
}

/** A scale as a caller might write it, with its points replaced. */
const scaleWith = (values: readonly number[], extra: Record<string, unknown> = {}) => ({
  id: 'hand-made',
  title: 'Hand-made',
  measures: 'performance',
  provenance: 'editorial',
  points: values.map((value) => ({ value, label: `Point ${value}` })),
  ...extra,
});

/** Scales that must never reach arithmetic: each is refused where it enters. */
const degenerateScales: readonly (readonly [string, () => unknown, RegExp])[] = [
  ['an empty object', () => ({}), /./],
  ['one point', () => scaleWith([1]), /2/],
  ['no points', () => scaleWith([]), /2/],
  ['equal ends', () => scaleWith([3, 3]), /rise strictly/],
  ['points not rising', () => scaleWith([1, 3, 2]), /rise strictly/],
  ['falling ends', () => scaleWith([5, 1]), /rise strictly/],
  ['step 0', () => scaleWith([0, 100], { step: 0 }), /./],
  ['a negative step', () => scaleWith([0, 100], { step: -1 }), /./],
  ['a NaN point', () => scaleWith([1, Number.NaN]), /./],
  ['an infinite point', () => scaleWith([1, Number.POSITIVE_INFINITY]), /./],
  ['a span that overflows', () => scaleWith([-1e308, 1e308]), /must be at least -1000000/],
  ['points beyond a million', () => scaleWith([0, 1e7]), /must be at most 1000000/],
  ['a step that cannot divide the span', () => scaleWith([0, 1e300], { step: 1e-300 }), /./],
  ['a string point', () => scaleWith([1, '2' as never]), /./],
  [
    'a Proxy of a scale',
    () =>
      new Proxy(scaleWith([1, 2]), {
        get: () => {
          throw new Error('no');
        },
      }),
    /could not be read|must be a rating scale/,
  ],
];

describe('findScale', () => {
  it('sweeps every argument', () => {
    expectSwept(
      sweepArguments(findScale, [
        ['framework', () => hlm],
        ['id', () => 'hlm:self-assessment'],
      ]),
    );
  });

  it('refuses an id that is not a string; finds nothing for odd strings', () => {
    expectRefused(() => findScale(hlm, null as never), 'id', /must be a string, not null/);
    expectRefused(() => findScale(null as never, 'agreement-5'), 'framework', /null/);
    for (const id of ['__proto__', 'constructor', markup, '', 'hlm:']) {
      expect(findScale(hlm, id)).toBeUndefined();
    }
    expect(findScale(hlm, 'agreement-5')).toBe(agreement5);
  });

  it('gives a frozen scale: a vandal changes no later answer', () => {
    vandalize(findScale(hlm, 'hlm:self-assessment'));
    vandalize(findScale(hlm, 'agreement-5'));
    expect(findScale(hlm, 'hlm:self-assessment')?.points.map((point) => point.value)).toEqual([
      0, 1, 2, 3, 4,
    ]);
    expect(agreement5.points).toHaveLength(5);
  });
});

describe('scalesFor', () => {
  it('sweeps every argument', () => {
    expectSwept(sweepArguments(scalesFor, [['framework', () => hlm]]));
  });

  it('refuses what is not a framework', () => {
    expectRefused(() => scalesFor(null as never), 'framework', /null/);
    expectRefused(() => scalesFor('hlm' as never), 'framework', /a string/);
  });

  it('gives a fresh list: changing it changes no later one', () => {
    const before = scalesFor(hlm).map((scale) => scale.id);
    vandalize(scalesFor(hlm));
    (scalesFor(hlm) as unknown[]).length = 0;
    expect(scalesFor(hlm).map((scale) => scale.id)).toEqual(before);
    expect(genericScales.map((scale) => scale.id)).toEqual(
      expect.arrayContaining(['agreement-5', 'percent-100']),
    );
  });
});

describe('isOnScale', () => {
  it('sweeps every argument', () => {
    expectSwept(
      sweepArguments(isOnScale, [
        ['value', () => 3],
        ['scale', () => agreement5],
      ]),
    );
  });

  it('answers false for NaN and ±Infinity; refuses a value that is no number', () => {
    expect(isOnScale(Number.NaN, agreement5)).toBe(false);
    expect(isOnScale(Number.POSITIVE_INFINITY, percent100)).toBe(false);
    expect(isOnScale(-0, hlmSelf)).toBe(true);
    expect(isOnScale(1e308, percent100)).toBe(false);
    expectRefused(() => isOnScale('3' as never, agreement5), 'value', /must be a number/);
    expectRefused(() => isOnScale(null as never, agreement5), 'value', /null/);
  });

  it.each(degenerateScales)('refuses a scale with %s', (_name, make, message) => {
    expectRefused(() => isOnScale(1, make() as never), 'scale', message);
  });

  it('checks a hand-made scale each time: changing it after a call is seen', () => {
    const scale = scaleWith([1, 2, 3]);
    expect(isOnScale(3, scale as never)).toBe(true);
    scale.points.pop();
    expect(isOnScale(3, scale as never)).toBe(false);
  });
});

describe('normalize', () => {
  it('sweeps every argument', () => {
    expectSwept(
      sweepArguments(normalize, [
        ['value', () => 3],
        ['scale', () => agreement5],
      ]),
    );
  });

  it('refuses NaN, infinities and values off the scale, by name', () => {
    expectRefused(() => normalize(Number.NaN, agreement5), 'value', /finite number, not NaN/);
    expectRefused(() => normalize(Number.POSITIVE_INFINITY, agreement5), 'value', /Infinity/);
    expectRefused(() => normalize(6, agreement5), 'value', /outside scale "agreement-5"/);
    expectRefused(() => normalize(0, agreement5), 'value', /outside/);
  });

  it.each(degenerateScales)('refuses a scale with %s', (_name, make, message) => {
    expectRefused(() => normalize(1, make() as never), 'scale', message);
  });

  it('refuses the issue’s example: a scale {}', () => {
    expectRefused(() => normalize(1, {} as never), 'scale.points');
  });

  it('gives finite answers at the extremes of a wide valid scale', () => {
    const wide = scaleWith([-1e6, 1e6]);
    expect(normalize(-1e6, wide as never)).toBe(0);
    expect(normalize(1e6, wide as never)).toBe(1);
    expect(normalize(0, wide as never)).toBe(0.5);
  });
});

describe('convertScale', () => {
  it('sweeps every argument', () => {
    expectSwept(
      sweepArguments(convertScale, [
        ['value', () => 3],
        ['from', () => agreement5],
        ['to', () => percent100],
        ['options', () => ({ round: 'nearest' })],
      ]),
    );
  });

  it('reads only a known round option', () => {
    expectRefused(
      () => convertScale(3, agreement5, percent100, { round: 'up' } as never),
      'options.round',
      /"none" or "nearest"/,
    );
    expectRefused(
      () => convertScale(3, agreement5, percent100, { rounding: 'nearest' } as never),
      'options.rounding',
      /not an option/,
    );
    expectRefused(() => convertScale(3, agreement5, percent100, null as never), 'options');
    // Only own properties are options: inherited keys are never read.
    const inherited = Object.create({ round: 'up' }) as never;
    expect(convertScale(3, agreement5, percent100, inherited)).toBe(
      convertScale(3, agreement5, percent100),
    );
    expect(convertScale(3, agreement5, percent100, { round: undefined } as never)).toBe(50);
  });

  it.each(degenerateScales)('refuses a from or to scale with %s', (_name, make, message) => {
    expectRefused(() => convertScale(1, make() as never, percent100), 'from', message);
    expectRefused(() => convertScale(3, agreement5, make() as never), 'to', message);
  });

  it('never leaves the target scale, even between extremes', () => {
    const wide = scaleWith([-1e6, 1e6]);
    expect(convertScale(1e6, wide as never, agreement5)).toBe(5);
    expect(convertScale(5, agreement5, wide as never)).toBe(1e6);
    expect(convertScale(1, agreement5, wide as never, { round: 'nearest' })).toBe(-1e6);
  });
});

describe('levelOf', () => {
  it('sweeps every argument', () => {
    expectSwept(
      sweepArguments(levelOf, [
        ['value', () => 3],
        ['scale', () => hlmSelf],
      ]),
    );
  });

  it('refuses NaN and a value off the scale', () => {
    expectRefused(() => levelOf(Number.NaN, hlmSelf), 'value', /finite number, not NaN/);
    expectRefused(() => levelOf(2.5, hlmSelf), 'value', /not on scale "hlm:self-assessment"/);
    expectRefused(() => levelOf(101, percent100), 'value', /not on scale/);
  });

  it.each(degenerateScales)('refuses a scale with %s', (_name, make, message) => {
    expectRefused(() => levelOf(1, make() as never), 'scale', message);
  });

  it('gives a frozen point: a vandal changes no later answer', () => {
    vandalize(levelOf(3, hlmSelf));
    expect(levelOf(3, hlmSelf).label).toBe('Strong');
  });
});

describe('pointReached', () => {
  it('sweeps every argument', () => {
    expectSwept(
      sweepArguments(pointReached, [
        ['value', () => 2.5],
        ['scale', () => hlmSelf],
      ]),
    );
  });

  it('refuses NaN and the infinities instead of giving the lowest point', () => {
    expectRefused(() => pointReached(Number.NaN, hlmSelf), 'value', /finite number, not NaN/);
    expectRefused(() => pointReached(Number.NEGATIVE_INFINITY, hlmSelf), 'value', /-Infinity/);
    expectRefused(() => pointReached('3' as never, hlmSelf), 'value', /a string/);
    expect(pointReached(2.5, hlmSelf).value).toBe(2);
    expect(pointReached(-1, hlmSelf).value).toBe(0); // below the scale: its lowest point, as documented
  });

  it.each(degenerateScales)('refuses a scale with %s', (_name, make, message) => {
    expectRefused(() => pointReached(1, make() as never), 'scale', message);
  });
});

// ---- parsing ----------------------------------------------------------------------------------

/** A writable deep copy of something shipped, as a caller might build it by hand. */
const copyOf = <T>(value: unknown): T => JSON.parse(JSON.stringify(value)) as T;

function hlmAssessment(): AssessmentInput {
  return {
    framework: 'hlm@2013',
    scale: 'hlm:self-assessment',
    importanceScale: 'hlm:importance',
    subject: 'learner-1',
    rater: { id: 'learner-1', role: 'self' },
    ratings: [
      { nodeId: 'hlm:leading-with-care', value: 3, importance: 4 },
      { nodeId: 'hlm:engaging-the-team', value: null },
    ],
  };
}

const mlcfToHlm = (): CrosswalkInput => copyOf(getCrosswalk('mlcf', 'hlm'));

/** A safeParse* function as a throwing one, for the sweep; asserts it never throws itself. */
function unwrapped<A extends unknown[]>(safeParse: (...args: A) => SafeParseResult<unknown>) {
  return (...args: A): unknown => {
    let result: SafeParseResult<unknown>;
    try {
      result = safeParse(...args);
    } catch (error) {
      throw new Error(`safeParse threw ${String(error)}`);
    }
    if (!result.success) throw result.error;
    return result.data;
  };
}

/** Inputs any parse function is given: none may make a safeParse* throw. */
function nastyDocuments(valid: () => Record<string, unknown>): [string, () => unknown][] {
  const withGetter = () => {
    const input = valid();
    Object.defineProperty(input, 'children', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    Object.defineProperty(input, 'ratings', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    return input;
  };
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable(valid(), {});
    revoke();
    return proxy;
  };
  let reads = 0;
  const flipping = () =>
    new Proxy(valid(), {
      get(target, key, receiver) {
        reads++;
        return reads % 2 === 0 ? Number.NaN : Reflect.get(target, key, receiver);
      },
    });
  return [
    ...hostileValues.map(([name, make]) => [name, make] as [string, () => unknown]),
    ['an object whose getters throw', withGetter],
    ['a revoked Proxy', revoked],
    ['a Proxy answering differently each read', flipping],
    ['the document as JSON text', () => JSON.stringify(valid())],
  ];
}

describe('describeValue', () => {
  it('names every hostile value in a few words, never throwing', () => {
    for (const [name, make] of hostileValues) {
      const words = describeValue(make());
      expect(words, name).toMatch(/^(null|undefined|NaN|-?Infinity|(a|an|the) [\w .+-]+)$/);
      expect(words.length, name).toBeLessThan(40);
    }
    expect(describeValue([1])).toBe('a list');
    expect(describeValue(new Map())).toBe('a Map');
    expect(describeValue(Number.NaN)).toBe('NaN');
  });
});

describe('MedleadValidationError', () => {
  it('writes each issue’s path as text itself', () => {
    const error = new MedleadValidationError('props', [
      { path: ['report', 'nodes', 2, 'odd key'], message: 'is wrong' },
    ]);
    expect(error.issues[0]?.pathText).toBe('report.nodes[2]["odd key"]');
    expect(error.message).toBe(
      'Invalid props: 1 problem\n  - report.nodes[2]["odd key"]: is wrong',
    );
  });
});

describe('parseFramework', () => {
  it('sweeps every argument', () => {
    expectSwept(
      sweepArguments(documentUnderInput(parseFramework), [['input', () => copyOf(mlcf)]]),
    );
  });

  it('refuses a 700-level-deep framework and a cyclic one with a clear error', () => {
    const deep = copyOf<FrameworkInput>(mlcf);
    let parent = deep.children[0];
    for (let level = 0; level < 700 && parent !== undefined; level++) {
      const child = { ...parent, id: `mlcf:9.${level}`, children: [] };
      parent.children = [child];
      parent = child;
    }
    expectRefused(() => parseFramework(deep), 'children', /nested more than 32 levels deep/);
    const cyclic = copyOf<FrameworkInput>(mlcf);
    const top = cyclic.children[0];
    if (top === undefined) throw new Error('mlcf has children');
    top.children = [top];
    expectRefused(() => parseFramework(cyclic), 'children[0].children[0]', /appears twice/);
    const crossCycle = copyOf<FrameworkInput>(hlm);
    const theme = crossCycle.crossCutting?.[0];
    if (theme === undefined) throw new Error('hlm has cross-cutting themes');
    theme.children = [theme];
    expectRefused(() => parseFramework(crossCycle), 'crossCutting[0].children[0]', /appears twice/);
  });

  it('refuses a framework too large to check in one issue, before zod reads it', () => {
    // Each of these would otherwise cost zod seconds and an issue per entry.
    const withChildren = (children: unknown[]) => ({ ...copyOf<FrameworkInput>(hlm), children });
    // More list items than allowed: empty nodes, or titles.
    const emptyNodes = withChildren(Array.from({ length: 30_000 }, () => ({})));
    const titles = copyOf<FrameworkInput>(hlm);
    const first = titles.children[0];
    if (first === undefined) throw new Error('hlm has children');
    first.alternativeTitles = Array.from({ length: 30_000 }, (_, index) => `t${index}`);
    // More values than allowed, in fewer list items: nodes padded with fields of their own.
    const padding = Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`x${index}`, 1]));
    const padded = withChildren(Array.from({ length: 15_000 }, () => ({ ...padding })));
    // A sparse array of two billion slots is refused by its length, without a walk.
    const sparse = { ...copyOf<FrameworkInput>(hlm), sources: new Array(2 ** 31) };
    for (const input of [emptyNodes, titles, padded, sparse]) {
      const refused = expectRefused(() => parseFramework(input), '(root)', /too large to check/);
      expect(refused.issues).toHaveLength(1);
    }
  });

  it('takes a framework of 5,000 competencies', () => {
    const input = copyOf<FrameworkInput>(hlm);
    const [dimension] = input.children;
    if (dimension === undefined) throw new Error('hlm has children');
    const { children: _children, levels: _levels, indicators: _indicators, ...plain } = dimension;
    input.crossCutting = [];
    input.stages = [];
    input.children = Array.from({ length: 5_000 }, (_, index) => ({
      ...plain,
      id: `hlm:competency-${index}`,
      code: String(index + 1),
    }));
    expect(parseFramework(input).children).toHaveLength(5_000);
  });

  it('looks node kinds up as own properties of terms', () => {
    const input = copyOf<FrameworkInput>(mlcf);
    const node = input.children[0];
    if (node === undefined) throw new Error('mlcf has children');
    // "constructor" is the one Object.prototype key that is also a valid slug.
    node.kind = 'constructor';
    expectRefused(() => parseFramework(input), 'children[0].kind', /no entry in "terms"/);
    expectRefused(
      () => parseFramework({ ...input, assessedKind: 'constructor' }),
      'children[0].kind',
      /no entry in "terms"/,
    );
    // A term of its own named "constructor" is fine.
    node.kind = 'constructor';
    input.terms = { ...input.terms, constructor: { singular: 'builder', plural: 'builders' } };
    expect(parseFramework(input).children[0]?.kind).toBe('constructor');
  });

  it('refuses a __proto__ key in terms without polluting anything', () => {
    const input = copyOf<FrameworkInput>(mlcf) as unknown as Record<string, unknown>;
    input.terms = JSON.parse(
      `{"__proto__":{"singular":"x","plural":"xs"},${JSON.stringify(mlcf.terms).slice(1)}`,
    );
    // zod alone would drop the key without a word; it is refused instead.
    expectRefused(() => parseFramework(input), 'terms.__proto__', /never a valid key/);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/x',
    ' javascript:alert(1)',
    'http:example.org',
  ])('accepts only http(s) source URLs: refuses %j', (url) => {
    const input = copyOf<FrameworkInput>(mlcf);
    const source = input.sources[0];
    if (source === undefined) throw new Error('mlcf has sources');
    source.url = url;
    expectRefused(() => parseFramework(input), 'sources[0].url', /http: or https:/);
  });

  it('keeps every shipped source URL http(s), so CASE officialSourceURL is always a web address', () => {
    for (const framework of [mlcf, hlm]) {
      for (const source of parseFramework(copyOf(framework)).sources) {
        if (source.url !== undefined) expect(source.url).toMatch(/^https?:\/\//);
      }
    }
  });

  it('refuses a scale whose span overflows, or one with a single point', () => {
    const input = copyOf<FrameworkInput>(mlcf) as unknown as { scales: unknown[] };
    input.scales = [scaleWith([-1e308, 1e308])];
    expectRefused(() => parseFramework(input), 'scales[0].points', /must be at least -1000000/);
    input.scales = [scaleWith([1])];
    expectRefused(() => parseFramework(input), 'scales[0].points');
  });

  it('refuses markup in ids and NaN deep inside', () => {
    const input = copyOf<FrameworkInput>(hlm);
    const node = input.children[0];
    if (node === undefined) throw new Error('hlm has children');
    node.id = markup;
    expectRefused(() => parseFramework(input), 'children[0].id');
    const levels = copyOf<FrameworkInput>(hlm);
    const heading = levels.children[0]?.levels?.[0];
    if (heading === undefined) throw new Error('hlm has level headings');
    heading.value = Number.NaN;
    expectRefused(() => parseFramework(levels), 'children[0].levels[0].value');
  });

  it('gives a deeply frozen copy and never freezes the input', () => {
    const input = copyOf<FrameworkInput>(mlcf);
    const parsed = parseFramework(input);
    expect(Object.isFrozen(input)).toBe(false);
    vandalize(parsed);
    expect(parsed.children[0]?.title).toBe(mlcf.children[0]?.title);
  });
});

describe('safeParseFramework', () => {
  it('sweeps every argument', () => {
    expectSwept(
      sweepArguments(documentUnderInput(unwrapped(safeParseFramework)), [
        ['input', () => copyOf(mlcf)],
      ]),
    );
  });

  it('never throws, whatever it is given', () => {
    for (const [name, make] of nastyDocuments(() => copyOf(mlcf))) {
      let result: SafeParseResult<unknown> | undefined;
      expect(() => {
        result = safeParseFramework(make());
      }, name).not.toThrow();
      if (result?.success === false) expect(result.error.issues.length).toBeGreaterThan(0);
    }
  });

  it('reports depth and cycles as failures', () => {
    const cyclic = copyOf<FrameworkInput>(mlcf);
    const top = cyclic.children[0];
    if (top === undefined) throw new Error('mlcf has children');
    top.children = [top];
    const result = safeParseFramework(cyclic);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.message).toMatch(/appears twice/);
  });
});

describe('parseAssessment', () => {
  it('sweeps every argument', () => {
    expectSwept(
      sweepArguments(documentUnderInput(parseAssessment), [
        ['input', hlmAssessment],
        ['options', () => ({ framework: hlm })],
      ]),
    );
  });

  it('refuses a null framework option and unknown or inherited options', () => {
    expectRefused(
      () => parseAssessment(hlmAssessment(), { framework: null as never }),
      'options.framework',
      /null/,
    );
    expectRefused(
      () => parseAssessment(hlmAssessment(), { frameworks: hlm } as never),
      'options.frameworks',
      /not an option/,
    );
    expectRefused(() => parseAssessment(hlmAssessment(), null as never), 'options');
    // Only own properties are options: inherited keys are never read.
    expect(parseAssessment(hlmAssessment(), Object.create({ framework: 'nonsense' }))).toEqual(
      parseAssessment(hlmAssessment()),
    );
  });

  it('refuses NaN, markup keys and __proto__ inside a valid-looking assessment', () => {
    const nan = hlmAssessment() as unknown as { ratings: { value: unknown }[] };
    (nan.ratings[0] as { value: unknown }).value = Number.NaN;
    expectRefused(() => parseAssessment(nan), 'ratings[0].value');
    const proto = JSON.parse(
      `{"__proto__":{"polluted":"yes"},${JSON.stringify(hlmAssessment()).slice(1)}`,
    );
    expect(safeOutcome(() => parseAssessment(proto))).toHaveProperty('result');
    const badNode = hlmAssessment();
    (badNode.ratings[0] as { nodeId: string }).nodeId = markup;
    expectRefused(() => parseAssessment(badNode), 'ratings[0].nodeId');
    expectRefused(() => parseAssessment(hlmAssessment(), { framework: mlcf }), 'framework');
  });

  it('gives a frozen copy: a vandal changes nothing', () => {
    const parsed = parseAssessment(hlmAssessment(), { framework: hlm });
    vandalize(parsed);
    expect(parsed.ratings[0]?.value).toBe(3);
  });
});

describe('safeParseAssessment', () => {
  it('sweeps every argument', () => {
    expectSwept(
      sweepArguments(documentUnderInput(unwrapped(safeParseAssessment)), [
        ['input', hlmAssessment],
        ['options', () => ({ framework: hlm })],
      ]),
    );
  });

  it('gives { success: false } for { framework: null }, never throwing', () => {
    const result = safeParseAssessment(hlmAssessment(), { framework: null as never });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.pathText).toBe('options.framework');
  });

  it('never throws, whatever the input or options', () => {
    const nasty = nastyDocuments(() => hlmAssessment() as never);
    for (const [name, make] of nasty) {
      expect(() => safeParseAssessment(make()), name).not.toThrow();
      expect(() => safeParseAssessment(hlmAssessment(), make() as never), name).not.toThrow();
      expect(
        () => safeParseAssessment(hlmAssessment(), { framework: make() as never }),
        name,
      ).not.toThrow();
    }
  });
});

describe('parseCrosswalk', () => {
  it('sweeps every argument', () => {
    expectSwept(
      sweepArguments(documentUnderInput(parseCrosswalk), [
        ['input', mlcfToHlm],
        ['options', () => ({ frameworks: { from: mlcf, to: hlm } })],
      ]),
    );
  });

  it('refuses weights outside 0–1 or NaN, and null frameworks', () => {
    for (const weight of [Number.NaN, -0.1, 1.5, 8, Number.POSITIVE_INFINITY]) {
      const input = mlcfToHlm() as unknown as { links: { weight: number }[] };
      (input.links[0] as { weight: number }).weight = weight;
      expectRefused(() => parseCrosswalk(input), 'links[0].weight');
    }
    expectRefused(
      () => parseCrosswalk(mlcfToHlm(), { frameworks: null as never }),
      'options.frameworks',
    );
    expectRefused(
      () => parseCrosswalk(mlcfToHlm(), { frameworks: { from: mlcf, to: null as never } }),
      'options.frameworks.to',
    );
    expectRefused(
      () => parseCrosswalk(mlcfToHlm(), { frameworks: { from: mlcf } } as never),
      'options.frameworks.to',
    );
  });

  it('accepts only http(s) URLs in its sources', () => {
    const input = mlcfToHlm() as unknown as Record<string, unknown>;
    input.sources = [{ title: 'x', publisher: 'y', url: 'javascript:alert(1)' }];
    expectRefused(() => parseCrosswalk(input), 'sources[0].url', /http: or https:/);
  });

  it('gives a frozen copy', () => {
    const parsed = parseCrosswalk(mlcfToHlm(), { frameworks: { from: mlcf, to: hlm } });
    vandalize(parsed);
    expect(parsed.links.length).toBe(getCrosswalk('mlcf', 'hlm').links.length);
  });
});

describe('safeParseCrosswalk', () => {
  it('sweeps every argument', () => {
    expectSwept(
      sweepArguments(documentUnderInput(unwrapped(safeParseCrosswalk)), [
        ['input', mlcfToHlm],
        ['options', () => ({ frameworks: { from: mlcf, to: hlm } })],
      ]),
    );
  });

  it('gives { success: false } for null frameworks, never throwing', () => {
    for (const options of [
      { frameworks: null },
      { frameworks: { from: null, to: hlm } },
      { frameworks: { from: mlcf, to: hlm, extra: 1 } },
      null,
    ]) {
      const result = safeParseCrosswalk(mlcfToHlm(), options as never);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues[0]?.pathText).toMatch(/^options/);
    }
  });

  it('never throws, whatever the input or options', () => {
    for (const [name, make] of nastyDocuments(mlcfToHlm as never)) {
      expect(() => safeParseCrosswalk(make()), name).not.toThrow();
      expect(() => safeParseCrosswalk(mlcfToHlm(), make() as never), name).not.toThrow();
      expect(
        () => safeParseCrosswalk(mlcfToHlm(), { frameworks: make() as never }),
        name,
      ).not.toThrow();
    }
  });
});
