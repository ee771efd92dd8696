import { type Framework, findScale, getFramework } from '@medlead/core';

export type View = 'assess' | 'wheel' | 'gap';

/** Whom the page speaks to: learners (plain words) or curriculum leads (sources and notes). */
export type Audience = 'learner' | 'curriculum';

export interface EmbedConfig {
  readonly framework: Framework;
  readonly view: View;
  /** The target level for the gap chart: a point of the framework's default scale. */
  readonly level: number;
  /** Forced colours; undefined follows the learner's system setting (`theme=auto`). */
  readonly theme: 'light' | 'dark' | undefined;
  readonly audience: Audience;
}

const views: readonly View[] = ['assess', 'wheel', 'gap'];

/** A URL value quoted for an error message (shortened; shown as text, never as markup). */
const quote = (value: string) =>
  JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

/** What the address says: the page's settings, a framework file to load first, or what is wrong. */
export type ConfigResult =
  | { readonly status: 'ready'; readonly config: EmbedConfig }
  | {
      readonly status: 'load';
      /** The framework file (`?framework-src=`): load it, then read the address again with it. */
      readonly frameworkSrc: URL;
      readonly theme: EmbedConfig['theme'];
    }
  | { readonly status: 'invalid'; readonly errors: readonly string[] };

/** The address of a framework file: absolute, and on the web (http or https). */
function frameworkSrcOf(value: string): URL | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads `?framework=hlm&view=assess|wheel|gap&level=3&theme=light|dark|auto&audience=learner`,
 * or `?framework-src=https://…/framework.json&…`: the address of a school's own framework, as a
 * JSON file. Such a file is loaded first (`status: 'load'`), and the address read again with the
 * framework it held (`fromFile`), so the level is checked against its scale. Every problem becomes
 * one plain-text message; the page shows them instead of the tool. The page is light unless the
 * address asks for dark (or auto, the learner's setting): a course page is most often white, and
 * a dark box on it looks broken.
 */
export function readConfig(search: string, fromFile?: Framework): ConfigResult {
  const params = new URLSearchParams(search);
  const errors: string[] = [];
  const srcValue = params.get('framework-src');
  const frameworkValue = params.get('framework');
  let framework: Framework | undefined;
  let frameworkSrc: URL | undefined;
  if (srcValue !== null) {
    frameworkSrc = frameworkSrcOf(srcValue);
    if (frameworkSrc === undefined) {
      errors.push(
        `Unknown framework-src ${quote(srcValue)}: give the full address of a JSON file, starting with https://.`,
      );
    }
    if (frameworkValue !== null) {
      errors.push(
        `Both framework ${quote(frameworkValue)} and framework-src are given: use one of them.`,
      );
    }
    framework = fromFile;
  } else {
    const frameworkId = frameworkValue ?? 'hlm';
    try {
      framework = getFramework(frameworkId);
    } catch {
      errors.push(
        `Unknown framework ${quote(frameworkId)}: use one of mlcf, hlm, ama, fmlm (or a key such as fmlm@2016), or framework-src with the address of your own.`,
      );
    }
  }
  const viewValue = params.get('view') ?? 'assess';
  const view = views.find((candidate) => candidate === viewValue);
  if (view === undefined) {
    errors.push(`Unknown view ${quote(viewValue)}: use assess, wheel or gap.`);
  }
  const themeValue = params.get('theme') ?? '';
  let theme: 'light' | 'dark' | undefined = 'light';
  if (themeValue === 'dark') theme = 'dark';
  else if (themeValue === 'auto') theme = undefined;
  else if (themeValue !== '' && themeValue !== 'light') {
    errors.push(`Unknown theme ${quote(themeValue)}: use light, dark or auto.`);
  }
  const audienceValue = params.get('audience') ?? '';
  let audience: Audience = 'learner';
  if (audienceValue === 'curriculum') audience = 'curriculum';
  else if (audienceValue !== '' && audienceValue !== 'learner') {
    errors.push(
      `Unknown audience ${quote(audienceValue)}: use learner (plain words, the default) or curriculum (with sources and notes for educators).`,
    );
  }
  let level = Number.NaN;
  if (framework !== undefined) {
    const scale = findScale(framework, framework.defaultScale);
    const points = scale?.points ?? [];
    const values = points.map((point) => point.value);
    const middle = values[Math.floor((values.length - 1) / 2)] ?? 0;
    const levelValue = params.get('level');
    if (levelValue === null || levelValue === '') level = middle;
    else {
      const parsed = /^-?\d+(\.\d+)?$/.test(levelValue.trim()) ? Number(levelValue) : Number.NaN;
      if (!values.includes(parsed)) {
        errors.push(
          `Unknown level ${quote(levelValue)}: ${framework.shortTitle} levels are ${points
            .map((point) => `${point.value} (${point.label})`)
            .join(', ')}.`,
        );
      } else level = parsed;
    }
  }
  if (errors.length === 0 && view !== undefined) {
    if (framework !== undefined) {
      return { status: 'ready', config: { framework, view, level, theme, audience } };
    }
    // A framework file not loaded yet (a shipped framework is known, or an error above).
    if (frameworkSrc !== undefined) return { status: 'load', frameworkSrc, theme };
  }
  return { status: 'invalid', errors };
}
