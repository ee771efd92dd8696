// @medlead/elements: the @medlead/react components as custom elements, for pages without a build.
export { defineMedleadElements } from './define';
export { type InputKind, type InputSpec, MedleadElement } from './element-base';
export {
  type ElementTag,
  elementClasses,
  MedleadExplorerElement,
  MedleadGapChartElement,
  MedleadSelfAssessmentElement,
  MedleadWheelElement,
} from './elements';
export { ElementProblem, type Scores, type Values } from './inputs';
export {
  type MountCallbacks,
  type MountedView,
  type MountInputs,
  type MountOptions,
  type MountView,
  mount,
} from './mount';
export { version } from './version';

declare global {
  interface HTMLElementTagNameMap {
    'medlead-wheel': import('./elements').MedleadWheelElement;
    'medlead-gap-chart': import('./elements').MedleadGapChartElement;
    'medlead-self-assessment': import('./elements').MedleadSelfAssessmentElement;
    'medlead-explorer': import('./elements').MedleadExplorerElement;
  }
  interface HTMLElementEventMap {
    'medlead-select': CustomEvent<{ readonly nodeId: string }>;
    'medlead-change': CustomEvent<import('@medlead/core').Assessment>;
    'medlead-submit': CustomEvent<import('@medlead/core').Assessment>;
    'medlead-error': CustomEvent<{ readonly messages: readonly string[] }>;
  }
}
