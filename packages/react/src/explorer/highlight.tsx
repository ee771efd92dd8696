import type { ReactNode } from 'react';

/**
 * Folds text the way core's `searchNodes` does (accents stripped, lower case, "&" read as "and",
 * anything but letters, digits and dots a space), keeping for every folded character the span of
 * the original text it came from, so a match found in folded text can be marked in the original.
 */
function foldWithSpans(text: string): {
  folded: string;
  starts: number[];
  ends: number[];
} {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    const end = index + char.length;
    const replacement =
      char === '&'
        ? ' and '
        : char
            .normalize('NFKD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase()
            .replace(/[^a-z0-9.]/g, ' ');
    for (const foldedChar of replacement) {
      folded += foldedChar;
      starts.push(index);
      ends.push(end);
    }
    index = end;
  }
  return { folded, starts, ends };
}

/** The words of a query as `searchNodes` reads them. */
export function queryWords(query: string): readonly string[] {
  return foldWithSpans(query).folded.split(' ').filter(Boolean);
}

/** Where in `text` any of `words` occurs, as merged [start, end) spans in the original text. */
export function matchSpans(
  text: string,
  words: readonly string[],
): readonly (readonly [number, number])[] {
  if (words.length === 0) return [];
  const { folded, starts, ends } = foldWithSpans(text);
  const spans: [number, number][] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
      const start = starts[at];
      const end = ends[at + word.length - 1];
      if (start !== undefined && end !== undefined) spans.push([start, end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

export interface HighlightedProps {
  readonly text: string;
  /** Folded query words (from `queryWords`); none means plain text. */
  readonly words: readonly string[];
}

/** The text with every occurrence of the words wrapped in <mark>, built as React nodes. */
export function Highlighted({ text, words }: HighlightedProps) {
  const spans = matchSpans(text, words);
  if (spans.length === 0) return text;
  const pieces: ReactNode[] = [];
  let from = 0;
  for (const [start, end] of spans) {
    if (start > from) pieces.push(text.slice(from, start));
    pieces.push(<mark key={start}>{text.slice(start, end)}</mark>);
    from = end;
  }
  if (from < text.length) pieces.push(text.slice(from));
  return pieces;
}
