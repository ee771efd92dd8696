// Reading the HTML that Moodle and Canvas keep descriptions (and Moodle short names) in: plain
// text for a summary or a title, and medlead's own marks (exports/marks.ts). A forgiving reader,
// not a browser's: tags become elements, anything that is not a tag is text, a stray end tag is
// ignored, and nesting stops at 64 levels, so no input can make it slow or overflow the stack.
import { markPrefix } from '../exports/marks';

export interface HtmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: (HtmlElement | string)[];
}

const MAX_NESTING = 64;
const voidElements = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'source', 'wbr']);
const blockElements = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'blockquote',
  'pre',
  'section',
  'article',
  'dl',
  'dt',
  'dd',
  'hr',
  'br',
]);
const hiddenElements = new Set(['script', 'style', 'template', 'head', 'title']);

/** The named references Moodle's and Canvas's editors write; others are left as they are. */
const named: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
};

/** Text with its character references (`&amp;`, `&#92;`, `&#x27;`, `&nbsp;`) decoded. */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g,
    (whole, dec, hex, name) => {
      if (name !== undefined) return Object.hasOwn(named, name) ? (named[name] ?? whole) : whole;
      const code = dec !== undefined ? Number(dec) : Number.parseInt(hex, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/** Parses HTML into a tree under a nameless root element. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { name: '', attributes: new Map(), children: [] };
  const open: HtmlElement[] = [root];
  const current = () => open[open.length - 1] ?? root;
  let at = 0;
  let text = 0;
  const flushText = (end: number) => {
    if (end > text) current().children.push(decodeReferences(html.slice(text, end)));
  };
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) break;
    const next = html[lt + 1] ?? '';
    const closing = next === '/';
    const startsTag = /[A-Za-z!?]/.test(next) || (closing && /[A-Za-z]/.test(html[lt + 2] ?? ''));
    if (!startsTag) {
      at = lt + 1; // "a < b": a "<" that starts no tag is text
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt < 0) break;
    if (next === '!' || next === '?') {
      // A comment, doctype or processing instruction: dropped.
      const end = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : gt;
      flushText(lt);
      at = end < 0 ? html.length : end + (html.startsWith('<!--', lt) ? 3 : 1);
      text = at;
      continue;
    }
    const nameStart = lt + (closing ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < gt && /[A-Za-z0-9-]/.test(html[nameEnd] ?? '')) nameEnd += 1;
    flushText(lt);
    at = gt + 1;
    text = at;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    if (closing) {
      let index = open.length - 1;
      while (index > 0 && open[index]?.name !== name) index -= 1;
      if (index > 0) open.length = index;
      continue;
    }
    if (open.length > MAX_NESTING) continue;
    const element: HtmlElement = {
      name,
      attributes: nameEnd < gt ? readAttributes(html.slice(nameEnd, gt)) : new Map(),
      children: [],
    };
    current().children.push(element);
    if (!voidElements.has(name) && html[gt - 1] !== '/') open.push(element);
  }
  flushText(html.length);
  return root;
}

function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /([^\s"'=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const [, name = '', double, single, bare] of source.matchAll(pattern)) {
    attributes.set(name.toLowerCase(), decodeReferences(double ?? single ?? bare ?? ''));
  }
  return attributes;
}

/** True for an element carrying one of medlead's marks. */
export function isMarked(element: HtmlElement): boolean {
  for (const name of element.attributes.keys()) if (name.startsWith(markPrefix)) return true;
  return false;
}

/** The first element (depth first) carrying the attribute `name`, if any. */
export function findMarked(element: HtmlElement, name: string): HtmlElement | undefined {
  if (element.attributes.has(name)) return element;
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    const found = findMarked(child, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The text of an element as a reader sees it: white space collapsed as HTML does, a line per
 * paragraph, list item or line break, scripts and medlead's marked elements left out.
 */
export function blockText(element: HtmlElement): string {
  const parts: string[] = [];
  const visit = (node: HtmlElement | string) => {
    if (typeof node === 'string') {
      parts.push(node.replace(/[\t\n\f\r ]+/g, ' '));
      return;
    }
    if (hiddenElements.has(node.name) || isMarked(node)) return;
    const block = blockElements.has(node.name);
    if (block) parts.push('\n');
    for (const child of node.children) visit(child);
    if (block) parts.push('\n');
  };
  visit(element);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The text of an element exactly, tags left out and nothing collapsed (a title). */
export function inlineText(element: HtmlElement): string {
  return element.children
    .map((child) =>
      typeof child === 'string' ? child : hiddenElements.has(child.name) ? '' : inlineText(child),
    )
    .join('');
}
