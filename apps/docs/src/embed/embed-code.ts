// The embed code the generator offers (and the Embedding guide shows): pure functions from the
// educator's choices to the HTML they paste. Every value that reaches an attribute is escaped, so
// an address typed into the generator can never turn into markup in the snippet.
import { assessableNodes, type Framework, findScale, getFramework } from '@medlead/core';

/** Light (the default), dark, or auto: the learner's own system setting. */
export type Theme = 'light' | 'dark' | 'auto';

/** Whom the tool speaks to: learners (plain words) or curriculum leads (sources and notes). */
export type Audience = 'learner' | 'curriculum';

/**
 * The framework: a shipped one by id (`hlm`, its newest edition) or edition key (`fmlm@2016`), or
 * `{ src }`, the address of the educator's own, as a JSON file (`JSON.stringify(framework)` after
 * one of core's imports).
 */
export type FrameworkChoice = string | { readonly src: string };

/** What the iframe page (apps/embed) shows once the learner has answered. */
export type PageView = 'assess' | 'wheel' | 'gap';

/** What the one-file script draws: one element, or the form wired to a wheel. */
export type ElementView =
  | 'self-assessment'
  | 'wheel'
  | 'gap-chart'
  | 'explorer'
  | 'assess-and-wheel';

export interface IframeChoices {
  /** The address of the embed page (apps/embed's index.html, wherever it is hosted). */
  readonly pageUrl: string;
  readonly framework: FrameworkChoice;
  readonly view: PageView;
  /** The gap chart's target: a point of the framework's default scale. Default: the page's own. */
  readonly level?: number | undefined;
  readonly theme: Theme;
  /** Default `learner`. */
  readonly audience?: Audience | undefined;
  /** The frame's starting height in pixels (the host-side script then fits it to the page). */
  readonly height: number;
  /** Add the host-side script that sizes the frame to its content (hosts that allow scripts). */
  readonly autoHeight: boolean;
}

export interface ScriptChoices {
  /** The address of medlead-elements.js. */
  readonly scriptUrl: string;
  /** With `{ src }`, the views with example scores (`wheel`, `gap-chart`) are not offered. */
  readonly framework: FrameworkChoice;
  readonly view: ElementView;
  /** The gap chart's target level. Default: the middle of the framework's scale. */
  readonly level?: number | undefined;
  readonly theme: Theme;
  /** Default: each element's own (learner; curriculum for the explorer). */
  readonly audience?: Audience | undefined;
}

export const pageViews: readonly { value: PageView; label: string }[] = [
  { value: 'assess', label: 'Self-assessment first, every visit' },
  { value: 'wheel', label: 'Self-assessment, then the wheel on every later visit' },
  { value: 'gap', label: 'Self-assessment, then the gap chart on every later visit' },
];

export const elementViews: readonly { value: ElementView; label: string }[] = [
  { value: 'assess-and-wheel', label: 'Self-assessment, then the wheel' },
  { value: 'self-assessment', label: 'Self-assessment form' },
  { value: 'wheel', label: 'Competency wheel (example scores)' },
  { value: 'gap-chart', label: 'Gap chart (example scores)' },
  { value: 'explorer', label: 'Framework explorer' },
];

/** The element views for an own framework: example scores need its node ids, unknown here. */
export const ownFrameworkViews = elementViews.filter(
  (view) => view.value !== 'wheel' && view.value !== 'gap-chart',
);

/** The shipped framework chosen (core throws for one it does not know), or none for an own file. */
export function shippedFramework(choice: FrameworkChoice): Framework | undefined {
  return typeof choice === 'string' ? getFramework(choice) : undefined;
}

/** Text made safe for a double- or single-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * JSON made safe for a single-quoted attribute, the README's form (`scores='{"…": 3}'`): double
 * quotes stay readable, and only what could end the attribute or start an entity is escaped.
 */
export function jsonAttribute(value: unknown): string {
  return `'${JSON.stringify(value).replace(/&/g, '&amp;').replace(/'/g, '&#39;')}'`;
}

/** A framework's middle scale point: the level a gap chart aims at when none is chosen. */
export function middleLevel(framework: Framework): number {
  const values = findScale(framework, framework.defaultScale)?.points.map((p) => p.value) ?? [0];
  return values[Math.floor((values.length - 1) / 2)] ?? 0;
}

/** What each view shows, in words, for the frame's title. */
const pageShows: Record<PageView, string> = {
  assess: 'self-assessment',
  wheel: 'self-assessment and competency wheel',
  gap: 'self-assessment and gap chart',
};
const elementShows: Record<ElementView, string> = {
  'assess-and-wheel': 'self-assessment and competency wheel',
  'self-assessment': 'self-assessment',
  wheel: 'competency wheel',
  'gap-chart': 'gap chart',
  explorer: 'framework explorer',
};

/** "Self-assessment", or "The HLM: self-assessment" (an own framework's title is in its file). */
const titled = (framework: Framework | undefined, shows: string) =>
  framework === undefined
    ? `${shows.charAt(0).toUpperCase()}${shows.slice(1)}`
    : `${framework.title}: ${shows}`;

/** What the iframe page is called for screen readers: the framework and what it shows. */
export function pageTitle(framework: Framework | undefined, view: PageView): string {
  return titled(framework, pageShows[view]);
}

/** The same for what the script draws (the generator's preview frame). */
export function elementsTitle(framework: Framework | undefined, view: ElementView): string {
  return titled(framework, elementShows[view]);
}

/** The embed page's address with the choices in its query (what the iframe's src holds). */
export function embedPageUrl(choices: Omit<IframeChoices, 'height' | 'autoHeight'>): string {
  const { framework } = choices;
  const params = new URLSearchParams(
    typeof framework === 'string' ? { framework } : { 'framework-src': framework.src },
  );
  params.set('view', choices.view);
  if (choices.view === 'gap' && choices.level !== undefined)
    params.set('level', String(choices.level));
  if (choices.theme !== 'light') params.set('theme', choices.theme);
  if (choices.audience === 'curriculum') params.set('audience', 'curriculum');
  return `${choices.pageUrl}?${params}`;
}

/** The frame's id: one per framework and view, so several embeds on one page do not collide. */
const frameId = ({ framework, view }: IframeChoices) =>
  `medlead-${typeof framework === 'string' ? framework : 'own'}-${view}`.replace(
    /[^a-z0-9-]/gi,
    '-',
  );

/** The tallest the host-side script lets the frame grow: far above any framework's form. */
export const MAX_FRAME_HEIGHT = 20_000;

/**
 * The self-assessment form's height in an 860 px course column, per framework (its newest edition
 * by id, older editions by key), as measured in Chromium by embed-fit.test.ts (which prints the
 * heights it measures, and fails when a form is taller than the frame suggested below).
 */
export const measuredFormHeights: Readonly<Record<string, number>> = {
  mlcf: 4372,
  hlm: 2772,
  ama: 2241,
  fmlm: 1091,
  'fmlm@2016': 929,
};

/**
 * A fixed frame height that fits the framework's form in an 860 px column, for pages that allow
 * no script (Canvas): the measured height with room for a few lines more, rounded up to 100 px.
 */
export function suggestedHeight(framework: string): number {
  const measured = measuredFormHeights[framework];
  return measured === undefined ? 2000 : Math.ceil((measured * 1.08) / 100) * 100;
}

/** The generator's words under the height field, for the framework chosen. */
export function heightHelp(framework: Framework | undefined, key: string): string {
  const measured = measuredFormHeights[key];
  const name = framework === undefined ? 'Your framework’s' : `The ${framework.shortTitle}`;
  const form =
    measured === undefined || framework === undefined
      ? `${name} form has not been measured`
      : `In an 860 px course column the ${framework.shortTitle} form is ${measured.toLocaleString('en')} px tall`;
  return `${form}; the height suggested here fits it. A narrower column or a phone needs more, and the frame then scrolls inside. Where your page allows a script, tick the box below: the frame then fits itself to what it shows.`;
}

/**
 * The host-side script: fits the frame to the height the embed page reports. Only a message from
 * this frame's own window and from the embed page's origin counts, and only up to a sane height.
 */
function heightScript(id: string): string {
  return `<script>
  // Fits the frame to the height the medlead page reports (and nothing else).
  window.addEventListener('message', (event) => {
    const frame = document.getElementById('${id}');
    if (!frame || event.source !== frame.contentWindow) return;
    if (event.origin !== new URL(frame.src, location.href).origin) return;
    if (!event.data || event.data.type !== 'medlead:height') return;
    const height = Number(event.data.height);
    if (!Number.isFinite(height) || height <= 0) return;
    frame.style.height = Math.min(Math.ceil(height), ${MAX_FRAME_HEIGHT}) + 'px';
  });
</script>`;
}

/** The iframe snippet, for hosts that strip scripts (Canvas, most WordPress authors) and all others. */
export function iframeSnippet(choices: IframeChoices): string {
  const framework = shippedFramework(choices.framework);
  const id = frameId(choices);
  const frame = [
    '<iframe',
    choices.autoHeight ? `  id="${escapeAttribute(id)}"` : undefined,
    `  src="${escapeAttribute(embedPageUrl(choices))}"`,
    `  title="${escapeAttribute(pageTitle(framework, choices.view))}"`,
    `  style="width: 100%; height: ${Math.round(choices.height)}px; border: 0"`,
    '  loading="lazy"',
    '></iframe>',
  ]
    .filter((line) => line !== undefined)
    .join('\n');
  return choices.autoHeight ? `${frame}\n${heightScript(id)}` : frame;
}

/**
 * Example scores for every rated node of a framework, so a chart snippet draws something at once:
 * the scale's points in turn (the educator swaps in real scores, or a `src` file).
 */
export function exampleScores(framework: Framework): Record<string, number> {
  const values = findScale(framework, framework.defaultScale)?.points.map((p) => p.value) ?? [];
  return Object.fromEntries(
    assessableNodes(framework).map((node, index) => [
      node.id,
      values[(index * 2 + 1) % values.length] ?? 0,
    ]),
  );
}

/**
 * The framework of a chart with example scores: a shipped one, whose node ids are known (the
 * generator offers these views only for shipped frameworks).
 */
function withExampleScores(framework: Framework | undefined, view: ElementView): Framework {
  if (framework === undefined) {
    throw new Error(`the ${view} view shows example scores: choose a framework medlead ships`);
  }
  return framework;
}

const scoresAttribute = (framework: Framework) =>
  `scores=${jsonAttribute(exampleScores(framework))}`;

/** The one-file script's snippet, for hosts that allow scripts (Moodle, WordPress admins, own sites). */
export function scriptSnippet(choices: ScriptChoices): string {
  const framework = shippedFramework(choices.framework);
  const common = [
    typeof choices.framework === 'string'
      ? `framework="${escapeAttribute(choices.framework)}"`
      : `src="${escapeAttribute(choices.framework.src)}"`,
    choices.theme === 'light' ? undefined : `theme="${choices.theme}"`,
  ];
  // The audience only where it is not the element's own default.
  const audience = (own: Audience) =>
    choices.audience === undefined || choices.audience === own
      ? undefined
      : `audience="${choices.audience}"`;
  const attributes = (...more: (string | undefined)[]) =>
    [...common, audience('learner'), ...more]
      .filter((attribute) => attribute !== undefined)
      .join(' ');
  const script = `<script src="${escapeAttribute(choices.scriptUrl)}"></script>`;
  switch (choices.view) {
    case 'self-assessment':
      return `${script}\n<medlead-self-assessment ${attributes()}></medlead-self-assessment>`;
    case 'wheel': {
      const shipped = withExampleScores(framework, choices.view);
      return `${script}\n<medlead-wheel ${attributes(scoresAttribute(shipped))}></medlead-wheel>`;
    }
    case 'gap-chart': {
      const shipped = withExampleScores(framework, choices.view);
      const level = `level="${choices.level ?? middleLevel(shipped)}"`;
      return `${script}\n<medlead-gap-chart ${attributes(scoresAttribute(shipped), level)}></medlead-gap-chart>`;
    }
    case 'explorer':
      return `${script}\n<medlead-explorer ${[...common, audience('curriculum')]
        .filter((attribute) => attribute !== undefined)
        .join(' ')}></medlead-explorer>`;
    case 'assess-and-wheel':
      return `${script}
<medlead-self-assessment ${attributes()}></medlead-self-assessment>
<medlead-wheel ${attributes()} hidden></medlead-wheel>
<script>
  // When the learner submits, draw their answers on the wheel (nothing leaves the page).
  document.addEventListener('medlead-submit', (event) => {
    const wheel = document.querySelector('medlead-wheel');
    const scores = {};
    for (const rating of event.detail.ratings) scores[rating.nodeId] = rating.value;
    wheel.scores = scores;
    wheel.hidden = false;
  });
</script>`;
  }
}
