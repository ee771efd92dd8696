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

  it('breaks after a slash too, keeping it on the first line', () => {
    expect(wrapText('Team player/team leader', 100, 13)).toEqual(['Team player/', 'team leader']);
    expect(wrapText('Team player/team leader', 200, 13)).toEqual(['Team player/team leader']);
  });

  it('makes bold text wider', () => {
    expect(textWidth('1.1', 15, true)).toBeGreaterThan(textWidth('1.1', 15) * 1.1);
  });

  it('finds the widest single word', () => {
    expect(widestWord(['a bb', 'ccc d'], 10)).toBeCloseTo(textWidth('ccc', 10));
    expect(widestWord(['Team player/team leader'], 10)).toBeCloseTo(textWidth('player/', 10));
  });
});
