// The base class of every medlead element: an open shadow root holding the @medlead/react
// stylesheet, a React root, and a layer for tooltips; inputs from attributes, properties or a
// `src` file; a problem shown as text for anything that cannot be read. It is ours rather than
// @r2wc/react-to-web-component's because what r2wc does differently is what matters here: its
// JSON attributes are parsed in the constructor (broken JSON throws there and leaves the element
// blank), removing an attribute leaves the old value in place, and its events are named from the
// prop (`onSelect` → `select`), so `medlead-change` cannot be had.
import type { Framework } from '@medlead/core';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  defaultSourceTimeout,
  ElementProblem,
  isFrameworkFile,
  parseFlag,
  parseJson,
  parseSourceTimeout,
  parseTheme,
  quote,
  readSourceData,
} from './inputs';
import {
  LoadingMessage,
  messagesOf,
  ProblemBoundary,
  ProblemMessage,
  plainProblem,
  type Theme,
} from './messages';
import { adoptStyles } from './styles';

/**
 * How an attribute's text becomes a value. `text-or-object`: the attribute is text, and a property
 * set to an object keeps the object (`framework`: a key, or a framework).
 */
export type InputKind = 'text' | 'text-or-object' | 'json' | 'number' | 'flag';

export interface InputSpec {
  /** The property name (`showTable`) and the field name in a `src` file. */
  readonly property: string;
  /** The attribute (`show-table`). */
  readonly attribute: string;
  readonly kind: InputKind;
}

/** An input of every element: where its data comes from and how it looks. */
export const commonInputs: readonly InputSpec[] = [
  { property: 'framework', attribute: 'framework', kind: 'text-or-object' },
  { property: 'src', attribute: 'src', kind: 'text' },
  { property: 'srcTimeout', attribute: 'src-timeout', kind: 'number' },
  { property: 'theme', attribute: 'theme', kind: 'text' },
  { property: 'audience', attribute: 'audience', kind: 'text' },
];

/** Inputs about loading `src` itself, never read from the file. */
const sourceInputs: ReadonlySet<string> = new Set(['src', 'srcTimeout']);

/** What a view reads its inputs with; each problem found is kept and the reading goes on. */
export interface InputReader {
  /** The input's value: property, else attribute, else the `src` file's field; undefined if none. */
  get(property: string): unknown;
  /** Whether the input was given at all (even if what was given cannot be read). */
  has(property: string): boolean;
  /** Where the input's value comes from, for messages: `framework`, or `src field "framework"`. */
  where(property: string): string;
  /** Runs a check; a problem it throws is recorded (all are shown together) and gives undefined. */
  check<T>(run: () => T): T | undefined;
}

/** The theme to draw in: the `theme` input read, or light when it cannot be read. */
function themeOrLight(read: () => unknown): Theme | undefined {
  try {
    return parseTheme('theme', read());
  } catch {
    return 'light';
  }
}

type SourceState =
  | { readonly url: string; readonly status: 'loading'; readonly controller: AbortController }
  | {
      readonly url: string;
      readonly status: 'loaded';
      readonly data: Readonly<Record<string, unknown>>;
      /** The file is a framework on its own (its problems are the file's, not a field's). */
      readonly frameworkFile: boolean;
    }
  | { readonly url: string; readonly status: 'failed'; readonly messages: readonly string[] };

const loadable = new Set(['http:', 'https:', 'data:', 'blob:']);

/**
 * HTMLElement, or on a server (where a page's modules may be imported for rendering) a stand-in,
 * so that importing this package there does not throw; the elements are only defined in a browser.
 */
const ElementBase: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/** The base class: subclasses list their inputs and draw a view from them. */
export abstract class MedleadElement extends ElementBase {
  /** The inputs of this kind of element (each an attribute and a property). */
  static readonly inputs: readonly InputSpec[] = commonInputs;

  static get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: the subclass the browser asks, with its own inputs
    return this.inputs.map((input) => input.attribute);
  }

  /** Makes a property of every input of `elementClass` (a subclass), on its prototype. */
  protected static defineInputs(elementClass: typeof MedleadElement): void {
    for (const input of elementClass.inputs) {
      Object.defineProperty(elementClass.prototype, input.property, {
        configurable: true,
        enumerable: true,
        get(this: MedleadElement) {
          return this.#getInput(input);
        },
        set(this: MedleadElement, value: unknown) {
          this.#setInput(input, value);
        },
      });
    }
  }

  /**
   * A framework id (`hlm`) or edition key (`fmlm@2016`), or a framework object (one imported with
   * core's `fromMoodleCsv`, say, or read from JSON: it is checked with `safeParseFramework`).
   */
  declare framework: string | Framework | null;
  /** The URL of a JSON file with the element's data (the attributes given win over it). */
  declare src: string | null;
  /**
   * Seconds to wait for `src` before showing that it did not answer (default 15, at most 600);
   * read when the file starts loading.
   */
  declare srcTimeout: number | null;
  /** `light` (the default), `dark`, or `auto`: the reader's system setting decides. */
  declare theme: 'light' | 'dark' | 'auto' | null;
  /** `learner` (plain words) or `curriculum` (sources and notes); default: the component's own. */
  declare audience: 'learner' | 'curriculum' | null;

  /** What the element shows, in words, for its messages ("competency wheel"). */
  protected abstract readonly label: string;

  /**
   * The view for the inputs: a @medlead/react component. Problems are thrown as `ElementProblem`
   * or recorded through `input.check`.
   */
  protected abstract view(input: InputReader, theme: Theme | undefined): ReactNode;

  #mountPoint: HTMLDivElement;
  /** Where tooltips go: inside the shadow root, so that its stylesheet reaches them. */
  protected readonly tooltipLayer: HTMLDivElement;
  #root: Root | undefined;
  #scheduled = false;
  /** Values set as properties (objects such as `scores`); an attribute set later wins again. */
  readonly #overrides = new Map<string, unknown>();
  #source: SourceState | undefined;
  /** Counts input changes, so a problem a component threw is retried after a change. */
  #version = 0;
  #lastProblem = '';

  constructor() {
    super();
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    adoptStyles(shadow);
    this.#mountPoint = this.ownerDocument.createElement('div');
    this.#mountPoint.className = 'medlead medlead-element-view';
    this.tooltipLayer = this.ownerDocument.createElement('div');
    this.tooltipLayer.className = 'medlead-element-tooltips';
    shadow.append(this.#mountPoint, this.tooltipLayer);
  }

  connectedCallback(): void {
    // A property set before the element was defined is an own property hiding the accessor.
    for (const { property } of (this.constructor as typeof MedleadElement).inputs) {
      if (Object.hasOwn(this, property)) {
        const value = (this as unknown as Record<string, unknown>)[property];
        delete (this as unknown as Record<string, unknown>)[property];
        (this as unknown as Record<string, unknown>)[property] = value;
      }
    }
    this.#schedule();
  }

  disconnectedCallback(): void {
    // Moving an element disconnects and reconnects it at once: only let go once it is really gone.
    queueMicrotask(() => {
      if (this.isConnected) return;
      if (this.#source?.status === 'loading') {
        this.#source.controller.abort();
        this.#source = undefined;
      }
      this.#root?.unmount();
      this.#root = undefined;
    });
  }

  attributeChangedCallback(name: string): void {
    const input = (this.constructor as typeof MedleadElement).inputs.find(
      (candidate) => candidate.attribute === name,
    );
    if (input !== undefined) this.#overrides.delete(input.property);
    this.#changed();
  }

  #getInput(input: InputSpec): unknown {
    if (this.#overrides.has(input.property)) return this.#overrides.get(input.property);
    const text = this.getAttribute(input.attribute);
    switch (input.kind) {
      case 'flag':
        return parseFlag(text);
      case 'number':
        return text === null || text.trim() === '' ? null : Number(text);
      case 'json':
        if (text === null) return null;
        try {
          return JSON.parse(text);
        } catch {
          return null;
        }
      default:
        return text;
    }
  }

  #setInput(input: InputSpec, value: unknown): void {
    this.#overrides.delete(input.property);
    if (input.kind === 'flag') {
      this.toggleAttribute(input.attribute, Boolean(value));
    } else if (value === null || value === undefined) {
      this.removeAttribute(input.attribute);
    } else if (
      input.kind === 'json'
        ? typeof value !== 'string'
        : input.kind === 'text-or-object' && typeof value === 'object'
    ) {
      // Objects stay objects (no trip through JSON); the attribute no longer says what is shown.
      this.removeAttribute(input.attribute);
      this.#overrides.set(input.property, value);
      this.#changed();
    } else {
      this.setAttribute(input.attribute, String(value));
    }
  }

  #changed(): void {
    this.#version++;
    this.#schedule();
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    // Attributes set one after another by a script are drawn once.
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.isConnected) this.#render();
    });
  }

  /** Sends a DOM event from the element (bubbling, and out of any shadow root it sits in). */
  protected emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #problem(messages: readonly string[]): void {
    const key = messages.join('\n');
    if (key === this.#lastProblem) return;
    this.#lastProblem = key;
    this.dispatchEvent(
      new CustomEvent('medlead-error', { detail: { messages }, bubbles: true, composed: true }),
    );
  }

  #render(): void {
    try {
      this.#draw();
    } catch (error) {
      // Whatever went wrong (even in drawing the message itself), the element says so in words.
      this.#drawPlainProblem(messagesOf(error));
    }
  }

  /** The problem, written with the DOM alone into a fresh mount point (the renderer let go of). */
  #drawPlainProblem(messages: readonly string[]): void {
    const root = this.#root;
    this.#root = undefined;
    try {
      root?.unmount();
    } catch {
      // the old tree is dropped with its mount point below
    }
    const theme = themeOrLight(() => this.getAttribute('theme'));
    const point = this.ownerDocument.createElement('div');
    point.className = 'medlead medlead-element-view';
    if (theme !== undefined) point.dataset.theme = theme;
    point.append(plainProblem(this.ownerDocument, this.label, theme, messages));
    this.#mountPoint.replaceWith(point);
    this.#mountPoint = point;
    this.#problem(messages);
  }

  #draw(): void {
    this.#root ??= createRoot(this.#mountPoint, {
      // React only (Preact's createRoot takes no options, and throws from render instead): an
      // error no boundary caught would leave the element blank.
      onUncaughtError: (error: unknown) =>
        queueMicrotask(() => this.#drawPlainProblem(messagesOf(error))),
    } as Parameters<typeof createRoot>[1]);
    const { label } = this;
    const problems: string[] = [];
    const check = <T,>(run: () => T): T | undefined => {
      try {
        return run();
      } catch (error) {
        problems.push(...messagesOf(error));
        return undefined;
      }
    };
    // The `src` file's state is looked up lazily: its timeout is an input read below.
    let source: SourceState | undefined;
    let data: Readonly<Record<string, unknown>> | undefined;
    const reader: InputReader = {
      get: (property) => check(() => this.#read(property, data)),
      has: (property) => {
        const input = this.#input(property);
        if (this.#overrides.has(property)) return this.#overrides.get(property) != null;
        return this.hasAttribute(input.attribute) || data?.[property] != null;
      },
      where: (property) => {
        const input = this.#input(property);
        if (this.#overrides.has(property) || this.hasAttribute(input.attribute)) {
          return input.attribute;
        }
        if (property === 'framework' && source?.status === 'loaded' && source.frameworkFile) {
          return 'src';
        }
        return data?.[property] === undefined ? input.attribute : `src field "${property}"`;
      },
      check,
    };
    const timeout = check(() =>
      parseSourceTimeout('src-timeout', this.getAttribute('src-timeout')),
    );
    source = this.#sourceFor(timeout);
    data = source?.status === 'loaded' ? source.data : undefined;
    // A theme that cannot be read is a problem shown (in light); `auto` is no theme forced.
    check(() => parseTheme('theme', reader.get('theme')));
    const theme = themeOrLight(() => reader.get('theme'));
    // The whole element is one .medlead surface, so the page sees one box, however wide the
    // component inside is drawn.
    if (theme === undefined) delete this.#mountPoint.dataset.theme;
    else this.#mountPoint.dataset.theme = theme;

    let content: ReactNode;
    if (source?.status === 'loading') {
      content = <LoadingMessage label={label} theme={theme} />;
    } else if (source?.status === 'failed') {
      problems.push(...source.messages);
    } else {
      content = check(() => this.view(reader, theme));
    }
    if (problems.length > 0) {
      content = <ProblemMessage label={label} theme={theme} messages={problems} />;
      this.#problem(problems);
    } else {
      this.#lastProblem = '';
    }
    this.#root.render(
      <ProblemBoundary
        resetKey={this.#version}
        label={label}
        theme={theme}
        onProblem={(messages) => this.#problem(messages)}
      >
        {content}
      </ProblemBoundary>,
    );
  }

  /**
   * An input's value: a property set to an object, else the attribute (JSON parsed; a parse
   * problem is thrown), else the `src` file's field; undefined when none gives it.
   */
  #read(property: string, data: Readonly<Record<string, unknown>> | undefined): unknown {
    const input = this.#input(property);
    if (this.#overrides.has(property)) return this.#overrides.get(property);
    const text = this.getAttribute(input.attribute);
    if (text !== null) {
      if (input.kind === 'json') return parseJson(input.attribute, text);
      if (input.kind === 'flag') return parseFlag(text);
      return text;
    }
    const value = data?.[property];
    if (typeof value === 'string' && input.kind === 'json') {
      return parseJson(`src field "${property}"`, value);
    }
    return value ?? undefined;
  }

  #input(property: string): InputSpec {
    const input = (this.constructor as typeof MedleadElement).inputs.find(
      (candidate) => candidate.property === property,
    );
    if (input === undefined) throw new Error(`medlead: no input "${property}"`);
    return input;
  }

  /** The `src` file's state; starts loading it when the URL is new. */
  #sourceFor(timeout = defaultSourceTimeout): SourceState | undefined {
    const url = this.getAttribute('src')?.trim() ?? '';
    if (this.#source?.url === url) return this.#source;
    if (this.#source?.status === 'loading') this.#source.controller.abort();
    this.#source = undefined;
    if (url === '') return undefined;
    let address: URL;
    try {
      address = sourceUrl(url, this.ownerDocument.baseURI);
    } catch (error) {
      this.#source = { url, status: 'failed', messages: messagesOf(error) };
      return this.#source;
    }
    const controller = new AbortController();
    this.#source = { url, status: 'loading', controller };
    const fields = (this.constructor as typeof MedleadElement).inputs
      .map((input) => input.property)
      .filter((property) => !sourceInputs.has(property));
    void (async () => {
      let state: SourceState;
      try {
        const json = await fetchJson(url, address, controller.signal, timeout);
        state = {
          url,
          status: 'loaded',
          data: readSourceData(url, json, fields),
          frameworkFile: isFrameworkFile(json),
        };
      } catch (error) {
        state = { url, status: 'failed', messages: messagesOf(error) };
      }
      if (controller.signal.aborted || this.#source?.url !== url) return;
      this.#source = state;
      this.#changed();
    })();
    return this.#source;
  }
}

/** The `src` URL, resolved against the page; only addresses that can hold data are fetched. */
function sourceUrl(url: string, base: string): URL {
  let address: URL;
  try {
    address = new URL(url, base);
  } catch {
    throw new ElementProblem([`src: ${quote(url)} is not a URL`]);
  }
  if (!loadable.has(address.protocol)) {
    throw new ElementProblem([
      `src: ${quote(url)} cannot be loaded: give an http or https address of a JSON file`,
    ]);
  }
  return address;
}

/**
 * The `src` file's JSON. Gives up after `timeout` ms (a server that takes the connection and never
 * answers, or stops halfway through), and when `signal` says the element no longer wants it.
 */
async function fetchJson(
  url: string,
  address: URL,
  signal: AbortSignal,
  timeout: number,
): Promise<unknown> {
  const request = new AbortController();
  const stop = () => request.abort();
  signal.addEventListener('abort', stop, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    request.abort();
  }, timeout);
  const tooSlow = () =>
    new ElementProblem([
      `src: ${quote(url)} did not answer within ${timeout / 1000} seconds; check the address, or try again later`,
    ]);
  try {
    let response: Response;
    try {
      response = await fetch(address, { signal: request.signal, credentials: 'same-origin' });
    } catch (error) {
      if (timedOut) throw tooSlow();
      const reason = error instanceof Error ? error.message : String(error);
      throw new ElementProblem([
        `src: could not load ${quote(url)} (${reason}); check the address, and that its server lets this page read it (CORS)`,
      ]);
    }
    if (!response.ok) {
      throw new ElementProblem([
        `src: could not load ${quote(url)} (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''})`,
      ]);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (timedOut) throw tooSlow();
      const reason = error instanceof Error ? error.message : String(error);
      throw new ElementProblem([`src: could not read ${quote(url)} (${reason})`]);
    }
    return parseJson(`src: ${quote(url)}`, text);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}
