// medlead's marks in the HTML descriptions it writes for Moodle and Canvas: data attributes on an
// element, which both systems keep (Moodle stores a description exactly as imported and exports
// it so; Canvas's HTML sanitiser keeps `data-*` attributes, canvas-lms
// lib/canvas_sanitize/canvas_sanitize.rb). They carry what the LMS has no field for, so that
// fromMoodleCsv and fromCanvasOutcomesCsv can give back the framework that was exported: a
// node's code, the nodes listed under a Canvas outcome, and the framework's scale, year,
// publisher and rated level. People see the element's text ("Code: 1.1"), not the attributes.
import type { Framework, RatingScale } from '../model/types';

/** Every mark's attribute name starts so; the imports leave marked elements out of summaries. */
export const markPrefix = 'data-medlead-';

type Escape = (text: string) => string;

function attributes(values: Readonly<Record<string, string>>, toHtml: Escape): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${markPrefix}${name}="${toHtml(value)}"`)
    .join('');
}

/** `<p data-medlead-code="1.1">Code: 1.1</p>`, or nothing for a node without a code. */
export function codeMark(code: string | undefined, toHtml: Escape): string {
  return code === undefined ? '' : `<p${attributes({ code }, toHtml)}>Code: ${toHtml(code)}</p>`;
}

/**
 * The framework's mark: the scale it is rated on (id, title, what it measures and the value of
 * each point, lowest first), its year and publisher, and, for Moodle, the level (1 for the top)
 * whose nodes are rated.
 */
export function frameworkMark(
  framework: Framework,
  scale: RatingScale,
  toHtml: Escape,
  assessedLevel?: number,
): string {
  const values: Record<string, string> = {
    scale: scale.id,
    'scale-title': scale.title,
    measures: scale.measures,
    values: scale.points.map((point) => String(point.value)).join(' '),
    year: String(framework.year),
    publisher: framework.publisher,
  };
  if (assessedLevel !== undefined) values['assessed-level'] = String(assessedLevel);
  return `<p${attributes(values, toHtml)}>Rated on the scale “${toHtml(scale.title)}”.</p>`;
}

/** The mark on a container of nodes listed in a description (a Canvas outcome's parts). */
export const partsMark = `${markPrefix}parts`;

/** The marks on one listed node: its id, its kind and, if it has one, its code. */
export function partMark(
  node: { readonly id: string; readonly kind: string; readonly code?: string | undefined },
  toHtml: Escape,
): string {
  return attributes(
    { id: node.id, kind: node.kind, ...(node.code === undefined ? {} : { code: node.code }) },
    toHtml,
  );
}
