// A school's own framework, from the JSON file `?framework-src=` names: what an import
// (`fromMoodleCsv`, `fromCasePackage`, `fromCanvasOutcomesCsv`) gave, written out with
// `JSON.stringify(framework)`. Fetched with a time limit, checked by core, and every problem told
// in plain words (shown as text, never as markup).
import { type Framework, safeParseFramework } from '@medlead/core';

/** How long the file is waited for: 15 seconds, as the elements wait for their `src`. */
export const FRAMEWORK_FILE_TIMEOUT = 15_000;

/** The most of a framework's problems listed; the first few say what is wrong with the file. */
const MAX_PROBLEMS = 10;

export type LoadedFramework =
  | { readonly ok: true; readonly framework: Framework }
  | { readonly ok: false; readonly errors: readonly string[] };

export interface LoadOptions {
  /** Milliseconds to wait for the whole file (default 15 seconds). */
  readonly timeout?: number;
  /** The fetch to use (the browser's by default; tests give their own). */
  readonly fetch?: typeof fetch;
}

/** A URL quoted for a message (shortened; shown as text). */
const quote = (url: URL) => {
  const text = url.href;
  return JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}…` : text);
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The framework a file holds: the framework on its own (`JSON.stringify(framework)`), or in a
 * `framework` field (a file made for the elements' `src`, whose other fields are not for this page).
 */
export function frameworkIn(data: unknown): unknown {
  if (isObject(data) && !Object.hasOwn(data, 'children') && Object.hasOwn(data, 'framework')) {
    return data.framework;
  }
  return data;
}

/** Checks what the file holds with core; its problems, each with where it is, in plain words. */
export function checkFrameworkFile(url: URL, data: unknown): LoadedFramework {
  const framework = frameworkIn(data);
  if (!isObject(framework)) {
    return {
      ok: false,
      errors: [
        `The framework file ${quote(url)} holds no framework: it should hold a framework as JSON.stringify(framework) writes it, or {"framework": {…}}.`,
      ],
    };
  }
  const result = safeParseFramework(framework);
  if (result.success) return { ok: true, framework: result.data };
  const { issues } = result.error;
  const more = issues.length - MAX_PROBLEMS;
  return {
    ok: false,
    errors: [
      `The framework file ${quote(url)} is not a framework medlead can use:`,
      ...issues
        .slice(0, MAX_PROBLEMS)
        .map((issue) =>
          issue.path.length === 0 ? issue.message : `${issue.pathText}: ${issue.message}`,
        ),
      ...(more > 0 ? [`and ${more} more problem${more === 1 ? '' : 's'}.`] : []),
    ],
  };
}

/**
 * Fetches the framework file and checks it. Never throws: a network or CORS failure, a server
 * that does not answer within the time limit, an HTTP error, text that is not JSON and a file that
 * is not a framework each give a message saying what to check.
 */
export async function loadFramework(url: URL, options: LoadOptions = {}): Promise<LoadedFramework> {
  const { timeout = FRAMEWORK_FILE_TIMEOUT, fetch: fetchFile = globalThis.fetch } = options;
  const failed = (message: string): LoadedFramework => ({ ok: false, errors: [message] });
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const tooSlow = () =>
    failed(
      `The framework file ${quote(url)} did not answer within ${timeout / 1000} seconds: check the address, or try again later.`,
    );
  try {
    let response: Response;
    try {
      // No cookies: the file is public, and its server need not trust this page with them.
      response = await fetchFile(url, { signal: controller.signal, credentials: 'omit' });
    } catch {
      if (timedOut) return tooSlow();
      return failed(
        `The framework file ${quote(url)} could not be loaded: check the address, and that its server lets other sites read it (CORS).`,
      );
    }
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return failed(
        `The framework file ${quote(url)} could not be loaded (HTTP ${status}): check the address.`,
      );
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      if (timedOut) return tooSlow();
      return failed(`The framework file ${quote(url)} could not be read to the end: try again.`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return failed(
        `The framework file ${quote(url)} is not JSON: save the framework with JSON.stringify(framework).`,
      );
    }
    return checkFrameworkFile(url, data);
  } finally {
    clearTimeout(timer);
  }
}
