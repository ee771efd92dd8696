import type { Framework } from '../model/types';
import { fail, requireString } from '../validation/arguments';
import { ama2020 } from './ama';
import { fmlm2016, fmlm2021 } from './fmlm';
import { hlm2013 } from './hlm';
import { mlcf2010 } from './mlcf';

/** Every framework edition medlead ships, oldest edition first within each family. */
export const frameworks: readonly Framework[] = Object.freeze([
  mlcf2010,
  hlm2013,
  ama2020,
  fmlm2016,
  fmlm2021,
]);

/** A line about one framework edition, as `listFrameworks` gives it. */
export interface FrameworkSummary {
  readonly key: string;
  readonly id: string;
  readonly edition: string;
  readonly title: string;
  readonly shortTitle: string;
  readonly year: number;
  readonly version: string;
  readonly status: Framework['status'];
  /** True for the edition `getFramework(id)` returns. */
  readonly newest: boolean;
}

function newestOf(id: string): Framework | undefined {
  return frameworks
    .filter((framework) => framework.id === id)
    .reduce<Framework | undefined>(
      (newest, framework) =>
        newest === undefined || framework.year > newest.year ? framework : newest,
      undefined,
    );
}

/**
 * A framework by key (`'fmlm@2016'`) or by family id (`'fmlm'`, the newest edition).
 * Throws `MedleadValidationError` (path `keyOrId`) for anything else: a value that is not a
 * string (`null` from `URLSearchParams.get` included), or a string naming no shipped edition,
 * with the known keys listed.
 */
export function getFramework(keyOrId: string): Framework {
  const wanted = requireString('framework key', ['keyOrId'], keyOrId);
  // Compared with the shipped keys and ids only, never used to index an object.
  const found = wanted.includes('@')
    ? frameworks.find((framework) => framework.key === wanted)
    : newestOf(wanted);
  if (found === undefined) {
    const known = frameworks.map((framework) => framework.key).join(', ');
    // Shown as text (elements print it with textContent); cut short so it cannot flood the message.
    const shown = `"${wanted.length > 80 ? `${wanted.slice(0, 80)}…` : wanted}"`;
    fail(
      'framework key',
      ['keyOrId'],
      `unknown framework ${shown}: use a family id (mlcf, hlm, ama, fmlm) or a key (${known})`,
    );
  }
  return found;
}

/** One summary line per edition, in the order of `frameworks`, as a fresh list. */
export function listFrameworks(): readonly FrameworkSummary[] {
  return frameworks.map((framework) => ({
    key: framework.key,
    id: framework.id,
    edition: framework.edition,
    title: framework.title,
    shortTitle: framework.shortTitle,
    year: framework.year,
    version: framework.version,
    status: framework.status,
    newest: newestOf(framework.id) === framework,
  }));
}
