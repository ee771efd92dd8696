// @vitest-environment node
import { hlm, searchNodes } from '@medlead/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Highlighted, matchSpans, queryWords } from './highlight';

describe('query words and match spans', () => {
  it('reads a query as core’s search does: case, accents, punctuation and "&" folded', () => {
    expect(queryWords('  Self-Awareness & Café ')).toEqual(['self', 'awareness', 'and', 'cafe']);
    expect(queryWords('1.1')).toEqual(['1.1']);
    expect(queryWords(' – ')).toEqual([]);
  });

  it('finds words in the original text, across case and accents, merging overlaps', () => {
    expect(matchSpans('Self-awareness and self-control', ['self'])).toEqual([
      [0, 4],
      [19, 23],
    ]);
    expect(matchSpans('Un café', ['cafe'])).toEqual([[3, 7]]);
    expect(matchSpans('Building & Maintaining', ['and'])).toEqual([[9, 10]]);
    expect(matchSpans('selfless', ['self', 'elf', 'less'])).toEqual([[0, 8]]);
    expect(matchSpans('Leading', [])).toEqual([]);
  });

  it('marks what searchNodes matched', () => {
    const [hit] = searchNodes(hlm, 'personal qualities');
    expect(hit?.node.title).toBe('Personal qualities');
    const html = renderToString(
      <Highlighted text={hit?.node.title ?? ''} words={queryWords('personal qualities')} />,
    );
    expect(html).toBe('<mark>Personal</mark> <mark>qualities</mark>');
    expect(renderToString(<Highlighted text="a < b" words={['b']} />)).toBe(
      'a &lt; <mark>b</mark>',
    );
  });
});
