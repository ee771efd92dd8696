// `mount(element, options)`: the elements for a script (a WordPress plugin, a Moodle filter)
// without writing HTML. It puts the chosen element inside `target` and sets its properties.
import type { Assessment, Framework } from '@medlead/core';
import { defineMedleadElements } from './define';
import type { MedleadElement } from './element-base';
import { type ElementTag, elementClasses } from './elements';
import type { Scores, Values } from './inputs';

/** Which element to mount. */
export type MountView = 'wheel' | 'gap-chart' | 'self-assessment' | 'explorer';

/** The element's inputs, as properties (each the camelCase of an attribute). */
export interface MountInputs {
  /** A framework id or edition key, or a framework (an imported one, say): checked by core. */
  readonly framework?: string | Framework;
  readonly scores?: Scores | string;
  readonly src?: string;
  /** Seconds to wait for `src` before saying it did not answer (default 15). */
  readonly srcTimeout?: number;
  /** `light` (default), `dark`, or `auto`: the reader's system setting. */
  readonly theme?: 'light' | 'dark' | 'auto';
  /** `learner` (plain words) or `curriculum` (sources and notes); default: the element's own. */
  readonly audience?: 'learner' | 'curriculum';
  readonly scale?: string;
  readonly caption?: string;
  readonly showTable?: boolean;
  /** Wheel: `wheel` or `radar`. */
  readonly variant?: 'wheel' | 'radar';
  /** Wheel: values by node id. Gap chart: values by node id, or `{ level }`, `{ nodes }`, `{ stage, level }`. */
  readonly target?: Values | object | string;
  /** Wheel: another set of scores, such as others' ratings. */
  readonly comparison?: Scores | string;
  readonly comparisonLabel?: string;
  /** Wheel: what the scores are called (default "Score"; "Self" beside others' ratings in a 360). */
  readonly reportLabel?: string;
  /** Gap chart: one target value for every node. */
  readonly level?: number;
  readonly actualLabel?: string;
  readonly targetLabel?: string;
  /** Self-assessment: an opaque id of the person assessed. */
  readonly subject?: string;
  readonly importanceScale?: string;
  readonly allowComments?: boolean;
  /** Explorer: the starting search. */
  readonly query?: string;
}

export interface MountCallbacks {
  /** A chart's node or an explorer's item was chosen (`medlead-select`). */
  readonly onSelect?: (nodeId: string) => void;
  /** Self-assessment: every answer (`medlead-change`), with the assessment so far. */
  readonly onChange?: (assessment: Assessment) => void;
  /** Self-assessment: the complete assessment (`medlead-submit`). */
  readonly onSubmit?: (assessment: Assessment) => void;
  /** The element shows a problem (`medlead-error`): the same lines as on the page. */
  readonly onError?: (messages: readonly string[]) => void;
}

export interface MountOptions extends MountInputs, MountCallbacks {
  /** Which element; default `wheel`. */
  readonly view?: MountView;
}

export interface MountedView {
  /** The custom element put inside the target. */
  readonly element: MedleadElement;
  /** Changes inputs or callbacks; an input given as `undefined` is cleared. */
  update(options: MountInputs & MountCallbacks): void;
  /** Removes the element (and its listeners). */
  unmount(): void;
}

const callbackEvents = {
  onSelect: ['medlead-select', (detail: { nodeId: string }) => detail.nodeId],
  onChange: ['medlead-change', (detail: Assessment) => detail],
  onSubmit: ['medlead-submit', (detail: Assessment) => detail],
  onError: ['medlead-error', (detail: { messages: readonly string[] }) => detail.messages],
} as const;

type CallbackName = keyof typeof callbackEvents;

/** The options' own enumerable properties: nothing inherited (a polluted Object.prototype). */
function ownOptions(what: string, options: unknown): Map<string, unknown> {
  if (options === undefined) return new Map();
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`medlead mount: ${what} must be an object of options`);
  }
  return new Map(Object.entries(options));
}

/**
 * Mounts an element inside `target` (an element, or a CSS selector for one), replacing what it
 * holds. Problems with the data show inside the element, as with attributes; a target that is not
 * there, options that are not an object, an unknown `view` or an option the view does not take
 * throw a TypeError. Only the options' own properties count: a key inherited from a prototype
 * (or put on Object.prototype) changes nothing.
 */
export function mount(target: Element | string, options: MountOptions = {}): MountedView {
  const host = typeof target === 'string' ? document.querySelector(target) : target;
  if (!(host instanceof Element)) {
    throw new TypeError(
      `medlead mount: no element ${typeof target === 'string' ? target : ''}`.trim(),
    );
  }
  const given = ownOptions('options', options);
  const view = given.get('view') ?? 'wheel';
  given.delete('view');
  const tag = `medlead-${typeof view === 'string' ? view : ''}` as ElementTag;
  const elementClass = Object.hasOwn(elementClasses, tag) ? elementClasses[tag] : undefined;
  if (elementClass === undefined) {
    throw new TypeError(
      `medlead mount: view must be ${Object.keys(elementClasses)
        .map((name) => `"${name.replace('medlead-', '')}"`)
        .join(', ')} (got ${typeof view === 'string' ? `"${view}"` : typeof view})`,
    );
  }
  defineMedleadElements();
  const element = host.ownerDocument.createElement(tag) as MedleadElement;
  const properties = new Set(elementClass.inputs.map((input) => input.property));
  const listeners = new Map<CallbackName, EventListener>();

  const apply = (changes: Map<string, unknown>) => {
    for (const [name, value] of changes) {
      if (Object.hasOwn(callbackEvents, name)) {
        const [type, pick] = callbackEvents[name as CallbackName];
        const old = listeners.get(name as CallbackName);
        if (old !== undefined) element.removeEventListener(type, old);
        listeners.delete(name as CallbackName);
        if (typeof value === 'function') {
          const listener = (event: Event) =>
            (value as (argument: unknown) => void)(
              (pick as (detail: never) => unknown)((event as CustomEvent).detail as never),
            );
          element.addEventListener(type, listener);
          listeners.set(name as CallbackName, listener);
        }
      } else if (properties.has(name)) {
        (element as unknown as Record<string, unknown>)[name] = value;
      } else {
        throw new TypeError(
          `medlead mount: the ${view} view does not take "${name}" (it takes ${[...properties].join(', ')})`,
        );
      }
    }
  };
  const update = (changes: MountInputs & MountCallbacks) => apply(ownOptions('update', changes));
  apply(given);
  host.replaceChildren(element);
  return {
    element,
    update,
    unmount() {
      for (const [name, listener] of listeners) {
        element.removeEventListener(callbackEvents[name][0], listener);
      }
      listeners.clear();
      element.remove();
    },
  };
}
