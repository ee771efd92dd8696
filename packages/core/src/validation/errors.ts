/** One problem found in an input: where it is and what is wrong. */
export interface ValidationIssue {
  /** Path from the input's root to the bad value, e.g. `['ratings', 2, 'value']`. */
  readonly path: readonly (string | number)[];
  /** The same path as text, e.g. `ratings[2].value` (`(root)` for the input itself). */
  readonly pathText: string;
  readonly message: string;
}

/** Thrown by every `parse*` function (and returned by the `safeParse*` ones) for bad input. */
export class MedleadValidationError extends Error {
  override readonly name = 'MedleadValidationError';
  /** Every problem found, not only the first. */
  readonly issues: readonly ValidationIssue[];

  /**
   * `what` names the input ("ResultSummary props"); each issue gives a path and a message, and its
   * `pathText` is worked out here from the path, so the two always agree.
   */
  constructor(
    what: string,
    issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
  ) {
    const made = issues.map((issue) => makeIssue(issue.path, issue.message));
    super(
      `Invalid ${what}: ${made.length} problem${made.length === 1 ? '' : 's'}\n${made
        .map((issue) => `  - ${issue.pathText}: ${issue.message}`)
        .join('\n')}`,
    );
    this.issues = made;
  }
}

/** Builds an issue from a path, writing the path as text the way a developer would. */
export function makeIssue(path: readonly PropertyKey[], message: string): ValidationIssue {
  const parts = path.map((part) => (typeof part === 'number' ? part : String(part)));
  return { path: parts, pathText: formatPath(parts), message };
}

export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(part)) return index === 0 ? part : `.${part}`;
      return `[${JSON.stringify(part)}]`;
    })
    .join('');
}

/** The result of a `safeParse*` function: never throws. */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: MedleadValidationError };
