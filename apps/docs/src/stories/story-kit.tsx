// What every story file shares: the theme and viewport globals, and argTypes for the props every
// chart takes, so a new component's stories (heatmap, form, explorer…) are written the same way.
import { type Framework, frameworks, getNode, scalesFor } from '@medlead/core';
import type { ArgTypes } from '@storybook/react-vite';
import type { ReactNode } from 'react';

export type Theme = 'light' | 'dark';

/** A theme name, or undefined for anything else. */
export function themeOf(value: unknown): Theme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

/** Viewport presets; `phone` is the 360 px width every component must stay readable at. */
export const viewports = {
  phone: { name: 'Phone (360 × 740)', styles: { width: '360px', height: '740px' }, type: 'mobile' },
  tablet: {
    name: 'Tablet (768 × 1024)',
    styles: { width: '768px', height: '1024px' },
    type: 'tablet',
  },
  laptop: {
    name: 'Laptop (1280 × 900)',
    styles: { width: '1280px', height: '900px' },
    type: 'desktop',
  },
} as const;

/** Story globals for a phone-width story (the test run sizes the browser to it too). */
export const phoneGlobals = { viewport: { value: 'phone', isRotated: false } };

/** Story globals for a dark-theme story (the whole canvas, and the component's `theme`). */
export const darkGlobals = { theme: 'dark' };

/** Every framework edition core ships, by key, for a `framework` control. */
export const frameworksByKey: Readonly<Record<string, Framework>> = Object.fromEntries(
  frameworks.map((framework) => [framework.key, framework]),
);

/** Every scale id any edition can use (its own scales and the generic ones), for a `scale` control. */
export const scaleIds: readonly string[] = [
  ...new Set(frameworks.flatMap((framework) => scalesFor(framework).map((scale) => scale.id))),
];

/** The `framework` prop as a select of every edition (the control shows keys, the story gets data). */
export const frameworkArgType = {
  description: 'The framework edition (from `@medlead/core`: `hlm`, `getFramework("fmlm@2016")`…).',
  options: Object.keys(frameworksByKey),
  mapping: frameworksByKey,
  control: { type: 'select' },
  table: { type: { summary: 'Framework' } },
} as const;

/**
 * A select over named sample values (from src/fixtures.ts). `undefined` is offered as "none" so
 * the prop can be left out.
 */
export function sampleArgType<T>(
  description: string,
  samples: Readonly<Record<string, T>>,
  type: string,
) {
  return {
    description,
    options: ['none', ...Object.keys(samples)],
    mapping: { none: undefined, ...samples },
    control: { type: 'select' },
    table: { type: { summary: type } },
  } as const;
}

/** The `theme` prop; the toolbar's Theme sets it unless a story or control does. */
export const themeArgType = {
  description:
    "Force a colour set; by default the user's preference decides. The toolbar's Theme sets it here.",
  options: ['light', 'dark'],
  control: 'inline-radio',
  table: { type: { summary: "'light' | 'dark'" } },
} as const;

/** The `audience` prop: whom a view speaks to, and its default for this component. */
export function audienceArgType(defaultValue: 'learner' | 'curriculum') {
  return {
    description:
      'Whom the view speaks to. `learner`: plain words, no provenance badges or uncertainty notes (what medlead wrote where the owner published none is said once). `curriculum`: where each item comes from and what is uncertain, for educators.',
    options: ['learner', 'curriculum'],
    control: 'inline-radio',
    table: {
      type: { summary: "'learner' | 'curriculum'" },
      defaultValue: { summary: defaultValue },
    },
  } as const;
}

/** argTypes for the props every chart takes (`ChartProps` in @medlead/react). */
export const chartArgTypes = {
  title: {
    description: "The chart's caption and accessible name. Default: made from the framework.",
    control: 'text',
    table: { type: { summary: 'string' } },
  },
  onSelect: {
    description: 'Called with a node id when a node is chosen (click, Enter or Space).',
    table: { type: { summary: '(nodeId: string) => void' } },
  },
  defaultShowTable: {
    description: 'Show the equivalent data table from the start.',
    control: 'boolean',
    table: { type: { summary: 'boolean' }, defaultValue: { summary: 'false' } },
  },
  audience: audienceArgType('learner'),
  theme: themeArgType,
  tooltipContainer: {
    description:
      'Where tooltips render (a shadow root inside a custom element, say). Default: document.body.',
    control: false,
    table: { type: { summary: 'HTMLElement | null' } },
  },
  className: {
    description: 'Extra class names on the figure.',
    control: 'text',
    table: { type: { summary: 'string' } },
  },
} satisfies Partial<ArgTypes>;

/** A framework edition as the sample names and page titles give it: "HLM (2013)". */
export function editionLabel(framework: Framework): string {
  return `${framework.shortTitle} (${framework.edition})`;
}

/**
 * The name of a sample, typed as the sample's value: a story's `args` hold option names, which
 * Storybook's `mapping` turns into values before rendering (so the Controls panel shows which
 * sample is chosen). Throws on a name that is not in the catalogue.
 */
export function option<T>(samples: Readonly<Record<string, T>>, name: string): T {
  if (!(name in samples)) throw new Error(`no sample named "${name}"`);
  return name as unknown as T;
}

/** The same, for the `framework` control: a key such as `hlm@2013`. */
export function frameworkOption(key: string): Framework {
  return option(frameworksByKey, key);
}

type Values = { readonly framework: string } | Readonly<Record<string, unknown>> | undefined;

/** True when a sample (a report, a gap analysis or values by node id) belongs to the framework. */
export function fitsFramework(values: Values, framework: Framework): boolean {
  if (values === undefined) return true;
  if (typeof values.framework === 'string') return values.framework === framework.key;
  return Object.keys(values).every((id) => getNode(framework, id) !== undefined);
}

/**
 * Renders the story, or, when a control has paired samples with a framework they do not belong
 * to, says so instead of letting the component throw.
 */
export function Guard({
  framework,
  samples,
  children,
}: {
  framework: Framework;
  samples: readonly Values[];
  children: ReactNode;
}) {
  if (samples.every((sample) => fitsFramework(sample, framework))) return children;
  return (
    <p role="status">
      {`A sample chosen in Controls is not for ${editionLabel(framework)}: pick a sample whose name starts with "${editionLabel(framework)}", or another framework.`}
    </p>
  );
}
