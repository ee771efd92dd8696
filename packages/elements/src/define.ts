import { type ElementTag, elementClasses } from './elements';

/**
 * Registers the four elements (`medlead-wheel`, `medlead-gap-chart`, `medlead-self-assessment`,
 * `medlead-explorer`). A tag already taken (a second copy of the script on the page) is left as it
 * is; where there are no custom elements (on a server) nothing is done.
 */
export function defineMedleadElements(registry?: CustomElementRegistry): void {
  const target = registry ?? (typeof customElements === 'undefined' ? undefined : customElements);
  if (target === undefined) return; // a server, or a browser without custom elements
  for (const [tag, elementClass] of Object.entries(elementClasses) as [
    ElementTag,
    CustomElementConstructor,
  ][]) {
    if (target.get(tag) === undefined) target.define(tag, elementClass);
  }
}
