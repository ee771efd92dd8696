// Text widths without measuring, so charts lay out the same on the server and in the browser.
// The widths are DejaVu Sans's (in em), the widest of the common sans-serif fonts (and Linux's
// usual system-ui): a chart laid out with them leaves room in Segoe UI, Roboto, San Francisco and
// Arial too.

// biome-ignore format: a table, one row per letter range
const widths: Readonly<Record<string, number>> = {
  a: 0.613, b: 0.635, c: 0.55, d: 0.635, e: 0.615, f: 0.352, g: 0.635, h: 0.634, i: 0.278,
  j: 0.278, k: 0.579, l: 0.278, m: 0.974, n: 0.634, o: 0.612, p: 0.635, q: 0.635, r: 0.411,
  s: 0.521, t: 0.392, u: 0.634, v: 0.592, w: 0.818, x: 0.592, y: 0.592, z: 0.525,
  A: 0.684, B: 0.686, C: 0.698, D: 0.77, E: 0.632, F: 0.575, G: 0.775, H: 0.752, I: 0.295,
  J: 0.295, K: 0.656, L: 0.557, M: 0.863, N: 0.748, O: 0.787, P: 0.603, Q: 0.787, R: 0.695,
  S: 0.635, T: 0.611, U: 0.732, V: 0.684, W: 0.989, X: 0.685, Y: 0.611, Z: 0.685,
  ' ': 0.318, '.': 0.318, ',': 0.318, ':': 0.337, ';': 0.337, '-': 0.361, '(': 0.39,
  ')': 0.39, '/': 0.337, '&': 0.78, "'": 0.275, '’': 0.318, '"': 0.46, '?': 0.531, '!': 0.4,
};
const DIGIT = 0.636;
/** Anything else (symbols, accented letters): as wide as a wide capital. */
const OTHER = 0.84;

/**
 * Bold (the wheel's short marks) is wider: in DejaVu Sans Bold's advance widths, digits are 9%
 * wider than in the regular face, a code such as "1.1" 11%, the letters a–g up to 13%.
 */
const BOLD = 1.13;

/** About how wide `text` is, in CSS pixels, at a font size of `px`. */
export function textWidth(text: string, px: number, bold = false): number {
  let width = 0;
  for (const c of text) width += widths[c] ?? (c >= '0' && c <= '9' ? DIGIT : OTHER);
  return width * px * (bold ? BOLD : 1);
}

/** Where a line may break: at spaces, and after a slash ("Team player/team leader"). */
const words = (text: string) => text.split(/(?<=\/)|\s+/).filter(Boolean);

/**
 * Splits `text` into lines no wider than `maxWidth` at `px`, breaking between words and never
 * cutting a word short: a word wider than the line gets a line of its own (callers size their
 * columns by `widestWord`, so that does not happen).
 */
export function wrapText(text: string, maxWidth: number, px: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words(text)) {
    const candidate = line === '' || line.endsWith('/') ? `${line}${word}` : `${line} ${word}`;
    if (line === '' || textWidth(candidate, px) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The width of the widest single word of any of `texts`: no line can be narrower. */
export function widestWord(texts: readonly string[], px: number): number {
  let widest = 0;
  for (const text of texts)
    for (const word of words(text)) widest = Math.max(widest, textWidth(word, px));
  return widest;
}
