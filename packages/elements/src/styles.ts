// The @medlead/react stylesheet goes inside each element's shadow root (page styles do not reach
// in, and ours do not leak out). It is read as text at build time, so the one-file script needs
// nothing else; every element on a page shares one constructed stylesheet where the browser has
// them, a <style> of its own otherwise.
import kitCss from '@medlead/react/styles.css?inline';

/** The element's own rules: the host box, and the loading and problem messages. */
const elementCss = `
:host { display: block; }
:host([hidden]) { display: none; }
.medlead-element-message {
  --medlead-element-error: light-dark(#b3261e, #ffb4ab);
  margin: 0;
  padding: 0.75rem 1rem;
  border: 1px solid var(--medlead-grid);
  border-radius: 0.375rem;
  line-height: 1.45;
  overflow-wrap: anywhere;
}
.medlead-element-problem { border: 3px solid var(--medlead-element-error); }
.medlead-element-message p { margin: 0; }
.medlead-element-problem ul { margin: 0.5rem 0 0; padding-left: 1.25rem; }
.medlead-element-problem li + li { margin-top: 0.25rem; }
@media (forced-colors: active) {
  .medlead-element-problem { border-color: CanvasText; }
}
`;

export const cssText = `${kitCss}\n${elementCss}`;

let shared: CSSStyleSheet | undefined;

function constructedSheet(): CSSStyleSheet | undefined {
  if (shared !== undefined) return shared;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    shared = sheet;
    return sheet;
  } catch {
    return undefined;
  }
}

/** Puts the stylesheet into a shadow root. */
export function adoptStyles(root: ShadowRoot): void {
  const sheet = 'adoptedStyleSheets' in root ? constructedSheet() : undefined;
  if (sheet !== undefined) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = cssText;
  root.append(style);
}
