import { describe, expect, it } from 'vitest';
import { blockText, decodeReferences, findMarked, inlineText, parseHtml } from './html-text';

describe('decodeReferences', () => {
  it('decodes named, decimal and hexadecimal references, and leaves the rest', () => {
    expect(decodeReferences('&amp;lt; &lt;b&gt; &#92; &#x27; &nbsp;&rsquo;')).toBe(
      "&lt; <b> \\ ' \u00a0’",
    );
    expect(decodeReferences('AT&T, &unknown; &#x110000; & ;')).toBe(
      'AT&T, &unknown; &#x110000; & ;',
    );
  });

  it('gives back exactly what an export wrote as a reference: NUL, CR, unpaired surrogates', () => {
    expect(decodeReferences('&#0;&#13;&#55296;')).toBe('\u0000\r\ud800');
  });
});

describe('parseHtml and blockText', () => {
  it('gives a line per paragraph, list item and line break, white space collapsed', () => {
    const html = '<p>One\n  two</p><ul><li>Three</li><li>Four<br>five</li></ul><div>Six</div>';
    expect(blockText(parseHtml(html))).toBe('One two\nThree\nFour\nfive\nSix');
  });

  it('keeps a "<" that starts no tag as text, and drops scripts, styles and comments', () => {
    const html = '<p>a < b and c<d</p><script>alert(1)</script><style>p{}</style><!-- x -->';
    expect(blockText(parseHtml(html))).toBe('a < b and c');
    expect(blockText(parseHtml('1 < 2 > 0'))).toBe('1 < 2 > 0');
  });

  it('leaves medlead’s marked elements out of the text', () => {
    const html = '<p data-medlead-code="1.1">Code: 1.1</p><p>Summary</p>';
    expect(blockText(parseHtml(html))).toBe('Summary');
    expect(
      findMarked(parseHtml(html), 'data-medlead-code')?.attributes.get('data-medlead-code'),
    ).toBe('1.1');
  });

  it('reads attributes in double, single or no quotes, references decoded', () => {
    const element = parseHtml(`<p data-a="x &quot;y&quot;" data-b='z' data-c=w data-d>t</p>`);
    const p = element.children[0];
    if (p === undefined || typeof p === 'string') throw new Error('no element');
    expect(Object.fromEntries(p.attributes)).toEqual({
      'data-a': 'x "y"',
      'data-b': 'z',
      'data-c': 'w',
      'data-d': '',
    });
  });

  it('survives markup no editor writes: stray end tags, unclosed tags, no ">" at all', () => {
    expect(blockText(parseHtml('</p>one<b>two<i>three</p>four'))).toBe('onetwothreefour');
    expect(blockText(parseHtml('<p>one<b>two</p>three'))).toBe('onetwo\nthree');
    expect(blockText(parseHtml('<a href="x" title'))).toBe('<a href="x" title');
  });

  it('reads 100,000 nested elements without overflowing the stack', () => {
    const html = `${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}`;
    expect(blockText(parseHtml(html))).toBe('deep');
    expect(inlineText(parseHtml(html))).toBe('deep');
  });
});

describe('inlineText', () => {
  it('gives the text exactly, tags left out and nothing collapsed (a title)', () => {
    expect(inlineText(parseHtml('Lead, &quot;decide&quot; &amp; &lt;act&gt;\n  <b>then</b>'))).toBe(
      'Lead, "decide" & <act>\n  then',
    );
  });
});
