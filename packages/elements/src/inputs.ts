// Reading what an educator wrote in an attribute (or a script set as a property, or a src file
// held) into what the @medlead/react components take, and saying in words what is wrong when it
// cannot be read. Every check that core can make is left to core (its messages name the node, the
// scale and the range), so the elements and the library never disagree about what is valid.
import {
  assessableNodes,
  type Framework,
  type GapAnalysis,
  type GapTarget,
  gapAnalysis,
  getFramework,
  MedleadValidationError,
  type SafeParseResult,
  type ScoreReport,
  safeParseFramework,
  type ValidationIssue,
} from '@medlead/core';

/** Scores by node id (`null`: not rated). */
export type Values = Readonly<Record<string, number | null>>;
/** What `scores` may hold: values by node id, or a score report from core's `scoreAssessment`. */
export type Scores = ScoreReport | Values;

/** One or more things wrong with an element's inputs, each a line of plain text for the page. */
export class ElementProblem extends Error {
  override readonly name = 'ElementProblem';
  readonly messages: readonly string[];

  constructor(messages: readonly string[]) {
    super(messages.join('\n'));
    this.messages = messages;
  }
}

/** Long values are cut in messages, so a pasted file in an attribute does not fill the page. */
export function quote(value: string, max = 80): string {
  const text = value.length > max ? `${value.slice(0, max)}…` : value;
  return `"${text}"`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `"3"` as 3: a number written in quotes is still meant as a number. */
function numberFromText(value: unknown): unknown {
  return typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
}

/** Values by node id with numbers written in quotes read as numbers. */
function numbersFromText(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([nodeId, value]) => [nodeId, numberFromText(value)]),
  );
}

/** A score report (as opposed to plain values by node id). */
export const isScoreReport = (value: unknown): value is ScoreReport =>
  isObject(value) &&
  Object.hasOwn(value, 'nodes') &&
  Array.isArray(value.nodes) &&
  Object.hasOwn(value, 'framework');

/** `where` + the rest of a core issue's path, e.g. `scores["hlm:caring"]`. */
function at(where: string, path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, part) =>
      typeof part === 'number'
        ? `${text}[${part}]`
        : /^[A-Za-z_$][\w$]*$/.test(part)
          ? `${text}.${part}`
          : `${text}[${JSON.stringify(part)}]`,
    where,
  );
}

/** Parses JSON text from an attribute (or a property set to a string). */
export function parseJson(where: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ElementProblem([`${where}: is not valid JSON (${reason})`]);
  }
}

/** A number from an attribute such as `level="3"`. */
export function parseNumber(where: string, value: unknown): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    throw new ElementProblem([`${where}: must be a number (got ${quote(String(value))})`]);
  }
  return number;
}

/** How long a `src` file is waited for when `src-timeout` does not say: 15 seconds. */
export const defaultSourceTimeout = 15_000;

/**
 * `src-timeout`, in seconds (above 0, at most 600), as milliseconds; absent or blank gives the
 * default of 15 seconds.
 */
export function parseSourceTimeout(where: string, value: unknown): number {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return defaultSourceTimeout;
  }
  const seconds = typeof value === 'string' ? Number(value) : value;
  if (typeof seconds !== 'number' || !(seconds > 0 && seconds <= 600)) {
    throw new ElementProblem([
      `${where}: must be a number of seconds above 0 and at most 600 (got ${quote(String(value))})`,
    ]);
  }
  return Math.round(seconds * 1000);
}

/** `"a" or "b"`, `"a", "b" or "c"`. */
const inWords = (words: readonly string[]) =>
  words.length <= 2
    ? words.join(' or ')
    : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;

/** One of a few words, e.g. `theme` (light, dark or auto). Absent gives undefined. */
export function parseChoice<T extends string>(
  where: string,
  value: unknown,
  choices: readonly T[],
): T | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const word = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  const chosen = choices.find((choice) => choice === word);
  if (chosen !== undefined) return chosen;
  throw new ElementProblem([
    `${where}: must be ${inWords(choices.map((choice) => `"${choice}"`))} (got ${quote(String(value))})`,
  ]);
}

/**
 * `theme`: light unless the page asks for `dark`, or for `auto` (the reader's system setting,
 * given to the components as no theme at all). Light by default: a course page is most often
 * white, and an element that turned dark on its own would be a dark box on it.
 */
export function parseTheme(where: string, value: unknown): 'light' | 'dark' | undefined {
  const choice = parseChoice(where, value, ['light', 'dark', 'auto'] as const) ?? 'light';
  return choice === 'auto' ? undefined : choice;
}

/**
 * `audience`: whom the element speaks to, `learner` (plain words, no provenance notes) or
 * `curriculum` (sources and notes for educators). Absent gives undefined: the component's own
 * default (learner for the form and the charts, curriculum for the explorer).
 */
export function parseAudience(where: string, value: unknown): 'learner' | 'curriculum' | undefined {
  return parseChoice(where, value, ['learner', 'curriculum'] as const);
}

/** Text such as `subject`; absent or blank gives the fallback. */
export function parseText(where: string, value: unknown, fallback: string): string {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'string') throw new ElementProblem([`${where}: must be text`]);
  return value.trim() === '' ? fallback : value.trim();
}

/** `true` for a present boolean attribute, unless it says "false". */
export function parseFlag(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  return !(typeof value === 'string' && value.trim().toLowerCase() === 'false');
}

/**
 * A framework: a family id (`hlm`) or edition key (`fmlm@2016`), through core's `getFramework`;
 * or a framework object (an imported one, read from a `src` file or set as a property), checked
 * by core's `safeParseFramework`.
 */
export function resolveFramework(where: string, value: unknown): Framework {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    throw new ElementProblem([
      `${where}: is required: a framework id (mlcf, hlm, ama or fmlm), an edition key such as "fmlm@2016", or a framework (in a src file)`,
    ]);
  }
  if (typeof value === 'object') return checkFramework(where, value);
  if (typeof value !== 'string') {
    throw new ElementProblem([
      `${where}: must be a framework id or key, as text, or a framework object`,
    ]);
  }
  try {
    return getFramework(value.trim());
  } catch (error) {
    // `HLM` for `hlm`: ids and keys are lower case.
    const lower = value.trim().toLowerCase();
    if (lower !== value.trim()) {
      try {
        return getFramework(lower);
      } catch {
        // the problem with what was written is the one to show
      }
    }
    throw problemFrom(error, () => where);
  }
}

/**
 * Each framework object checked, by the object given: an element redraws on every input change,
 * and a framework of thousands of nodes is checked once. A `src` file's objects are the element's
 * own; an object set as a property is the page's, which sets a new one to change it.
 */
const checkedFrameworks = new WeakMap<object, SafeParseResult<Framework>>();

/** The most problems listed for one framework: the first few say what is wrong with the file. */
const MAX_FRAMEWORK_PROBLEMS = 10;

function checkFramework(where: string, value: object): Framework {
  let result = checkedFrameworks.get(value);
  if (result === undefined) {
    result = safeParseFramework(value);
    checkedFrameworks.set(value, result);
  }
  if (result.success) return result.data;
  const { issues } = result.error;
  const messages = issues
    .slice(0, MAX_FRAMEWORK_PROBLEMS)
    .map((issue) =>
      issue.path.length === 0
        ? `${where}: ${issue.message}`
        : `${where}: ${issue.pathText}: ${issue.message}`,
    );
  const more = issues.length - MAX_FRAMEWORK_PROBLEMS;
  if (more > 0) messages.push(`${where}: and ${more} more problem${more === 1 ? '' : 's'}`);
  throw new ElementProblem(messages);
}

/** Names where a core issue points, in the element's words (core's `actual` is `scores`, …). */
type Rename = (path: readonly (string | number)[]) => string;

/** `{ actual: 'scores' }`: a path under `actual` becomes one under `scores`; `''` drops the root. */
const renameRoots =
  (roots: Readonly<Record<string, string>>, fallback: string): Rename =>
  (path) => {
    const [first, ...rest] = path;
    const root = typeof first === 'string' ? roots[first] : undefined;
    if (root === undefined) return at(fallback, path);
    // An empty root drops the first part: core's `options.scale` is the `scale` attribute.
    return root === '' ? at(String(rest[0] ?? fallback), rest.slice(1)) : at(root, rest);
  };

/**
 * Turns core's validation error into messages, each path in the element's words. Anything else is
 * given back as it is (the page then says, in plain words, that something went wrong).
 */
function problemFrom(error: unknown, rename: Rename): unknown {
  if (error instanceof ElementProblem) return error;
  if (!(error instanceof MedleadValidationError)) return error;
  return new ElementProblem(
    error.issues.map((issue: ValidationIssue) => `${rename(issue.path)}: ${issue.message}`),
  );
}

/**
 * Checks scores against a framework: every node id known and rated by it, every value on the
 * scale, a score report of this edition. Core's `gapAnalysis` makes exactly these checks on its
 * `actual` argument, so it is asked with an empty target.
 */
export function checkScores(
  where: string,
  framework: Framework,
  value: unknown,
  scale: string | undefined,
): Scores {
  if (!isObject(value)) {
    throw new ElementProblem([
      `${where}: must be an object of scores by node id (such as {"${firstNodeId(framework)}": 3}) or a score report`,
    ]);
  }
  const scores = (isScoreReport(value) ? value : numbersFromText(value)) as Scores;
  try {
    gapAnalysis(framework, scores, { nodes: {} }, scale === undefined ? {} : { scale });
  } catch (error) {
    const problem = problemFrom(error, renameRoots({ actual: where, options: '' }, where));
    if (!(problem instanceof ElementProblem)) throw problem;
    // An unknown id is most often a typo or a guess: say which ids there are.
    if (!problem.messages.some((message) => / is not a node of | rates only /.test(message))) {
      throw problem;
    }
    const ids = assessableNodes(framework).map((node) => node.id);
    throw new ElementProblem([
      ...problem.messages,
      `${where}: the node ids ${framework.key} takes scores for are ${ids.join(', ')}`,
    ]);
  }
  return scores;
}

function firstNodeId(framework: Framework): string {
  return assessableNodes(framework)[0]?.id ?? `${framework.id}:…`;
}

/**
 * A gap chart's target: the `target` attribute (values by node id, or core's `{ level }`,
 * `{ nodes }` or `{ stage, level }`) or the `level` attribute (one value for every node).
 */
export function gapTarget(target: unknown, level: unknown): GapTarget {
  const hasTarget = target !== undefined && target !== null;
  const hasLevel = level !== undefined && level !== null && level !== '';
  if (hasTarget && hasLevel) {
    throw new ElementProblem(['target, level: give one of them, not both']);
  }
  if (hasLevel) return { level: parseNumber('level', level) };
  if (!hasTarget) {
    throw new ElementProblem([
      'target: is required (or level): what to aim for, such as level="3" or target=\'{"node id": 3}\'',
    ]);
  }
  if (!isObject(target)) {
    throw new ElementProblem([
      'target: must be an object: values by node id, {"level": n}, {"nodes": {…}} or {"stage": "…", "level": n}',
    ]);
  }
  // Own properties only: a key inherited from a prototype (or a polluted Object.prototype) is not
  // part of what was written.
  const own = (key: string) => (Object.hasOwn(target, key) ? target[key] : undefined);
  if (
    Object.hasOwn(target, 'level') ||
    Object.hasOwn(target, 'nodes') ||
    Object.hasOwn(target, 'stage')
  ) {
    const { level: _level, nodes: _nodes, ...rest } = target;
    const targetLevel = own('level');
    const nodes = own('nodes');
    return {
      ...rest,
      ...(targetLevel === undefined ? {} : { level: numberFromText(targetLevel) }),
      ...(isObject(nodes)
        ? { nodes: numbersFromText(nodes) }
        : nodes === undefined
          ? {}
          : { nodes }),
    } as unknown as GapTarget;
  }
  return { nodes: numbersFromText(target) as Values };
}

/** Core's gap analysis, its problems named by the element's attributes. */
export function analyseGaps(
  framework: Framework,
  scores: Scores,
  target: GapTarget,
  targetFrom: 'target' | 'level',
  scale: string | undefined,
): GapAnalysis {
  try {
    return gapAnalysis(framework, scores, target, scale === undefined ? {} : { scale });
  } catch (error) {
    const rename = renameRoots({ actual: 'scores', target: 'target', options: '' }, 'scores');
    // A `level` attribute reaches core as `{ level }`: its problems are the attribute's own.
    throw problemFrom(error, (path) =>
      targetFrom === 'level' && path[0] === 'target' ? 'level' : rename(path),
    );
  }
}

/**
 * A framework on its own, as `JSON.stringify(framework)` writes it: an object with `children` (a
 * field no element takes). Whether it is a valid one is for core to say.
 */
export const isFrameworkFile = (data: unknown): boolean =>
  isObject(data) && Object.hasOwn(data, 'children');

/**
 * The data a `src` file holds: an object with the same fields as the attributes (`framework`,
 * `scores`, `target`, …), a score report on its own (its framework comes with it), or a framework
 * on its own (the element's `framework`).
 */
export function readSourceData(
  url: string,
  data: unknown,
  fields: readonly string[],
): Readonly<Record<string, unknown>> {
  if (isFrameworkFile(data)) {
    return Object.assign(Object.create(null) as Record<string, unknown>, { framework: data });
  }
  if (isScoreReport(data)) {
    return Object.assign(Object.create(null) as Record<string, unknown>, {
      framework: data.framework,
      scores: data,
    });
  }
  if (!isObject(data)) {
    throw new ElementProblem([
      `src: ${quote(url)} must hold a JSON object with fields such as "framework" and "scores", or a score report`,
    ]);
  }
  const unknown = Object.keys(data).filter((key) => !fields.includes(key));
  if (unknown.length > 0) {
    throw new ElementProblem([
      `src: ${quote(url)} has ${unknown.length === 1 ? 'a field' : 'fields'} this element does not take: ${unknown
        .map((key) => quote(key, 40))
        .join(', ')} (it takes ${fields.join(', ')})`,
    ]);
  }
  // Without a prototype: a field the file does not hold is absent, whatever Object.prototype holds.
  return Object.assign(Object.create(null) as Record<string, unknown>, data);
}
