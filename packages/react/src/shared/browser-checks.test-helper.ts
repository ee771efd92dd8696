// Helpers for the real-browser tests: axe with every rule on (colour contrast included, which
// needs real layout and the real stylesheet), run against the page as the user sees it.
import axe from 'axe-core';
import '../theme/styles.css';

declare global {
  interface ImportMeta {
    glob(pattern: string, options: { eager: true }): Record<string, unknown>;
  }
}
// Every component's own stylesheet, as dist/styles.css gathers them (Vite resolves this glob).
import.meta.glob('../*/*.css', { eager: true });

/** axe violations inside `container`, as `rule: targets` lines (empty when clean). */
export async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { resultTypes: ['violations'] });
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => `${node.target} ${node.failureSummary ?? ''}`).join(' | ')}`,
  );
}

/** Paints the page in the theme's surface colour, as a host page in that scheme would. */
export function usePageTheme(theme: 'light' | 'dark'): void {
  document.documentElement.style.colorScheme = theme;
  document.body.style.background = theme === 'dark' ? '#0d1117' : '#ffffff';
  document.body.style.margin = '0';
}
