import { describe, expect, it } from 'vitest';
import { textWidth, widestWord, wrapText } from './text-width';

describe('text widths without measuring', () => {
  it('adds up the characters at the font size', () => {
    expect(textWidth('', 12)).toBe(0);
    expect(textWidth('ii', 10)).toBeCloseTo(5.56);
    expect(textWidth('Strong', 12)).toBeGreaterThan(textWidth('Strong', 10));
    expect(textWidth('≡', 12)).toBeGreaterThan(textWidth('i', 12)); // unknown: wide
  });

  it('wraps between words, never cutting one short', () => {
    expect(wrapText('Neither agree nor disagree', 80, 12)).toEqual([
      'Neither',
      'agree nor',
      'disagree',
    ]);
    expect(wrapText('Professionalism', 20, 12)).toEqual(['Professionalism']);
    expect(wrapText('  ', 100, 12)).toEqual([]);
  });

  it('finds the widest single word', () => {
    expect(widestWord(['a bb', 'ccc d'], 10)).toBeCloseTo(textWidth('ccc', 10));
  });
});
