// Hostile input for the tables in this folder: values no caller should send, and the checks every
// public function must pass with them. A function given any of these either refuses it with a
// MedleadValidationError (naming the argument) or returns an answer holding no NaN or Infinity;
// it never throws anything else, runs markup or pollutes Object.prototype.
import { expect } from 'vitest';
import { underPath } from '../validation/arguments';
import { MedleadValidationError } from '../validation/errors';

function cyclic(): unknown {
  const node: Record<string, unknown> = { id: 'hlm:cycle', children: [] };
  (node.children as unknown[]).push(node);
  node.self = node;
  return node;
}

function deep(levels: number): unknown {
  let value: Record<string, unknown> = { id: 'hlm:leaf' };
  for (let level = 0; level < levels; level++)
    value = { id: `hlm:l${level}`, children: [value], nested: value };
  return value;
}

const throwingProxy = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('trap: get');
      },
      ownKeys() {
        throw new Error('trap: ownKeys');
      },
      getOwnPropertyDescriptor() {
        throw new Error('trap: getOwnPropertyDescriptor');
      },
      has() {
        throw new Error('trap: has');
      },
      getPrototypeOf() {
        throw new Error('trap: getPrototypeOf');
      },
    },
  );

const throwingGetter = () =>
  Object.defineProperty({}, 'value', {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });

/** Markup that sets `globalThis.__pwned` if anything ever runs it. */
export const markup =
  '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=1</script>';

/** Every hostile value, by name; each call makes a fresh one. */
export const hostileValues: readonly (readonly [name: string, make: () => unknown])[] = [
  ['null', () => null],
  ['undefined', () => undefined],
  ['NaN', () => Number.NaN],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['-Infinity', () => Number.NEGATIVE_INFINITY],
  ['-0', () => -0],
  ['a huge number', () => 1e308],
  ['a negative number', () => -7],
  ['a fraction', () => 0.1 + 0.2],
  ['true', () => true],
  ['an empty string', () => ''],
  ['white space', () => ' \t\n '],
  ['markup', () => markup],
  ['a formula', () => '=HYPERLINK("http://example.invalid","x")'],
  ['"__proto__"', () => '__proto__'],
  ['"constructor"', () => 'constructor'],
  ['a very long string', () => 'x'.repeat(100_000)],
  ['a symbol', () => Symbol('hostile')],
  ['a bigint', () => 10n],
  ['a function', () => () => 1],
  ['an empty object', () => ({})],
  ['an empty list', () => []],
  ['a list of nulls', () => [null, null]],
  ['an object with a __proto__ key', () => JSON.parse('{"__proto__":{"polluted":"yes"},"x":1}')],
  ['an object with no prototype', () => Object.create(null)],
  [
    'an object inheriting every key',
    () => Object.create({ framework: 'hlm@2013', value: 1, nodes: [], level: 1 }),
  ],
  ['a Map', () => new Map([['hlm:engaging-the-team', 2]])],
  ['a Date', () => new Date(0)],
  ['a cyclic object', cyclic],
  ['a 700-level-deep object', () => deep(700)],
  ['a Proxy whose traps throw', throwingProxy],
  [
    'a revoked Proxy',
    () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    },
  ],
  ['an object with a throwing getter', throwingGetter],
];

/** Every NaN or infinite number in a value, by path (cycles and getters are not followed). */
export function nonFiniteNumbers(value: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const visit = (current: unknown, path: string) => {
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) found.push(`${path}: ${current}`);
      return;
    }
    if (typeof current !== 'object' || current === null || seen.has(current)) return;
    seen.add(current);
    if (current instanceof Map) {
      for (const [key, item] of current) visit(item, `${path}.get(${String(key)})`);
      return;
    }
    for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(current))) {
      if ('value' in descriptor) visit(descriptor.value, `${path}.${key}`);
    }
  };
  visit(value, '(result)');
  return found;
}

export type Outcome = { readonly refused: MedleadValidationError } | { readonly result: unknown };

/**
 * Runs `run` and checks the outcome is safe: a MedleadValidationError with at least one issue,
 * or a result with no NaN or Infinity; never another error, executed markup or prototype pollution.
 */
export function safeOutcome(run: () => unknown): Outcome {
  let outcome: Outcome;
  try {
    outcome = { result: run() };
  } catch (error) {
    if (!(error instanceof MedleadValidationError)) {
      throw new Error(
        `threw ${String((error as Error)?.name)} instead of MedleadValidationError: ${String((error as Error)?.message)}`,
      );
    }
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) expect(typeof issue.message).toBe('string');
    outcome = { refused: error };
  }
  if ('result' in outcome) expect(nonFiniteNumbers(outcome.result)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype was polluted').toBeUndefined();
  expect((globalThis as Record<string, unknown>).__pwned, 'markup ran').toBeUndefined();
  return outcome;
}

/** Asserts `run` is refused with an issue whose path text starts with `path` (and matches `message`). */
export function expectRefused(
  run: () => unknown,
  path: string,
  message?: RegExp,
): MedleadValidationError {
  const outcome = safeOutcome(run);
  if (!('refused' in outcome)) throw new Error(`accepted, but should be refused at ${path}`);
  const issues = outcome.refused.issues;
  const match = issues.find(
    (issue) =>
      issue.pathText === path ||
      issue.pathText.startsWith(`${path}.`) ||
      issue.pathText.startsWith(`${path}[`),
  );
  expect(
    match,
    `no issue at ${path}: ${issues.map((issue) => `${issue.pathText}: ${issue.message}`).join('; ')}`,
  ).toBeDefined();
  if (message !== undefined) expect(match?.message).toMatch(message);
  return outcome.refused;
}

/** One argument of a public function: its name and a valid value for it. */
export type Argument = readonly [name: string, valid: () => unknown];

/**
 * Calls `fn` once per argument and hostile value, with that argument replaced and the others
 * valid. Every outcome must be safe; a refusal must name the argument replaced. Returns how many
 * calls were made and how many were refused, for the table's totals.
 */
export function sweepArguments(
  fn: (...args: never[]) => unknown,
  args: readonly Argument[],
): { calls: number; refused: number } {
  let calls = 0;
  let refused = 0;
  args.forEach(([name], position) => {
    for (const [valueName, make] of hostileValues) {
      const call = args.map(([, valid], index) => (index === position ? make() : valid()));
      let outcome: Outcome;
      try {
        outcome = safeOutcome(() => (fn as (...a: unknown[]) => unknown)(...call));
      } catch (error) {
        throw new Error(
          `${fn.name}: argument "${name}" as ${valueName}: ${(error as Error).message}`,
        );
      }
      calls++;
      if ('refused' in outcome) {
        refused++;
        const named = outcome.refused.issues.some(
          (issue) =>
            issue.pathText === name ||
            issue.pathText.startsWith(`${name}.`) ||
            issue.pathText.startsWith(`${name}[`),
        );
        expect(
          named,
          `${fn.name}: refusing "${name}" as ${valueName} names ${outcome.refused.issues.map((issue) => issue.pathText).join(', ')}`,
        ).toBe(true);
      }
    }
  });
  return { calls, refused };
}

/**
 * Tries to change every array and object reachable from `value` (push, pop, sort, assigning keys);
 * what is frozen refuses quietly. Used to show a caller cannot change a later result.
 */
export function vandalize(value: unknown): void {
  const seen = new Set<object>();
  const visit = (current: unknown) => {
    if (typeof current !== 'object' || current === null || seen.has(current)) return;
    seen.add(current);
    const attempt = (change: () => void) => {
      try {
        change();
      } catch {
        // frozen: the change was refused, as it should be
      }
    };
    const children = Object.values(Object.getOwnPropertyDescriptors(current)).flatMap(
      (descriptor) => ('value' in descriptor ? [descriptor.value] : []),
    );
    if (Array.isArray(current)) {
      attempt(() => current.reverse());
      attempt(() => current.pop());
      attempt(() => current.push({ vandal: true }));
    } else if (current instanceof Map || current instanceof Set) {
      attempt(() => current.clear());
    } else {
      for (const key of Object.keys(current)) {
        attempt(() => {
          const record = current as Record<string, unknown>;
          record[key] = typeof record[key] === 'number' ? Number.NaN : 'vandal';
        });
      }
      attempt(() => {
        (current as Record<string, unknown>).vandal = true;
      });
    }
    for (const child of children) visit(child);
  };
  visit(value);
}

/** Runs `make` twice, vandalising the first result: the second must equal a clean snapshot. */
export function expectUnshared(make: () => unknown): void {
  const first = make();
  const snapshot = structuredClone(first);
  vandalize(first);
  expect(make()).toEqual(snapshot);
  expect(first).toEqual(snapshot); // frozen: vandalize could not change it either
}

/**
 * parse* and from* report paths from the document's root (`ratings[2].value`, as documented); only the
 * options' paths start with the parameter's name. For the sweep, a refusal of the document is
 * put under `input` so the sweep can check every refusal names the argument swept.
 */
export function documentUnderInput<A extends unknown[]>(parse: (...args: A) => unknown) {
  return function parsed(...args: A): unknown {
    try {
      return parse(...args);
    } catch (error) {
      if (!(error instanceof MedleadValidationError)) throw error;
      if (error.issues.every((issue) => issue.pathText.startsWith('options'))) throw error;
      throw underPath('input', ['input'], error.issues);
    }
  };
}

/** Every option of a function, swept one at a time inside an otherwise valid options object. */
export function sweepOption(
  run: (options: unknown) => unknown,
  name: string,
  base: Record<string, unknown> = {},
): { calls: number; refused: number } {
  const optionAsArgument = (value: unknown) => run({ ...base, [name]: value });
  Object.defineProperty(optionAsArgument, 'name', { value: `option ${name}` });
  return sweepArguments(optionAsArgument, [[`options.${name}`, () => base[name]]]);
}
