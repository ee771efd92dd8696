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

/**
 * Reads `?framework=hlm&view=assess|wheel|gap&level=3&theme=light|dark|auto&audience=learner`.
 * Every problem becomes one plain-text message; the page shows them instead of the tool. The page
 * is light unless the address asks for dark (or auto, the learner's setting): a course page is
 * most often white, and a dark box on it looks broken.
 */
export function readConfig(
  search: string,
): { ok: true; config: EmbedConfig } | { ok: false; errors: string[] } {
  const params = new URLSearchParams(search);
  const errors: string[] = [];
  const frameworkId = params.get('framework') ?? 'hlm';
  let framework: Framework | undefined;
  try {
    framework = getFramework(frameworkId);
  } catch {
    errors.push(
      `Unknown framework ${quote(frameworkId)}: use one of mlcf, hlm, ama, fmlm (or a key such as fmlm@2016).`,
    );
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
  if (errors.length > 0 || framework === undefined || view === undefined) {
    return { ok: false, errors };
  }
  return { ok: true, config: { framework, view, level, theme, audience } };
}
