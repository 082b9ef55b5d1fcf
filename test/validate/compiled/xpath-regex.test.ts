// sh:pattern as XPath reads it: Unicode digits and word characters, code points, XPath's own \s,
// the x and q flags; what has no JavaScript rewriting is refused, never matched differently.
import { describe, expect, it } from 'vitest';
import { xpathRegex } from '../../../src/validate/compiled/xpath-regex.js';

const matches = (pattern: string, text: string, flags = '') => xpathRegex(pattern, flags).test(text);

describe('XPath regular expressions for sh:pattern', () => {
  it('reads \\d and \\w as Unicode classes: Arabic-Indic digits are digits, Arabic letters word characters', () => {
    expect(matches('^\\d+$', '٢٠٢٤')).toBe(true);
    expect(matches('^\\w+$', 'قال')).toBe(true);
    expect(matches('^\\w+$', 'قال،')).toBe(false);
    expect(matches('^[\\d.]+$', '٣.٥')).toBe(true);
    expect(matches('^\\D$', '٣')).toBe(false);
  });

  it('counts code points, not UTF-16 units, and . stops only at line ends', () => {
    expect(matches('^.$', '😀')).toBe(true);
    expect(matches('^.{2}$', 'a😀')).toBe(true);
    expect(matches('^.$', '\u2028')).toBe(true);
    expect(matches('^.$', '\n')).toBe(false);
    expect(matches('^.$', '\n', 's')).toBe(true);
  });

  it('has only space, tab and line ends as \\s', () => {
    expect(matches('^\\s$', ' ')).toBe(true);
    expect(matches('^\\s$', '\u00a0')).toBe(false);
    expect(matches('^\\S$', '\u00a0')).toBe(true);
  });

  it('keeps literal punctuation in classes, ranges, anchors and the i, m, x and q flags', () => {
    expect(matches('^[a-z0-9-]+$', 'q-42')).toBe(true);
    expect(matches('^[(|)&]+$', '(&|)')).toBe(true);
    expect(matches('^\\-?[0-9]$', '-3')).toBe(true);
    expect(matches('^q[0-9]+$', 'Q42', 'i')).toBe(true);
    expect(matches('^b$', 'a\nb', 'm')).toBe(true);
    expect(matches('^ a b c $', 'abc', 'x')).toBe(true);
    expect(matches('a.c', 'abc', 'q')).toBe(false);
    expect(matches('a.c', 'xa.c', 'q')).toBe(true);
  });

  it('throws on what it cannot rewrite exactly', () => {
    for (const [pattern, flags] of [['[a-z-[aeiou]]', ''], ['^\\i\\c*$', ''], ['\\p{IsBasicLatin}', ''], ['\\bword', ''], ['a', 'g'], ['[a', '']]) {
      expect(() => xpathRegex(pattern as string, flags), pattern).toThrow();
    }
  });
});
