// The entry of dist/medlead-elements.js, the one-file script: it registers the elements as it
// loads, and its exports become the global `MedleadElements` (`MedleadElements.mount(…)`).
import { defineMedleadElements } from './define';

defineMedleadElements();

export { defineMedleadElements } from './define';
export { mount } from './mount';
export { version } from './version';
