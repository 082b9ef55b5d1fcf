// sh:pattern is an XPath regular expression (fn:matches), not a JavaScript one. They differ where it
// matters to Arabic text: XPath's \d and \w are Unicode (٣ is a digit), `.` and counts go by code
// point, not UTF-16 unit, and \s is only space, tab and line ends. The pattern is rewritten into a
// JavaScript expression with the `v` flag that means the same; constructs with no such rewriting
// here (character class subtraction, XML name escapes \i \c, Unicode block names \p{Is…}) throw, and
// the compiler refuses the shape.

const SPACE = '[ \\t\\n\\r]';
const NOT_SPACE = '[^ \\t\\n\\r]';
const WORD = '[^\\p{P}\\p{Z}\\p{C}]';
const NOT_WORD = '[\\p{P}\\p{Z}\\p{C}]';
/** Escapes both languages read the same way (single character escapes, back-references). */
const SAME = new Set(['n', 'r', 't', '\\', '|', '.', '?', '*', '+', '(', ')', '{', '}', '[', ']', '^', '$', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
const CLASS_ESCAPES: Record<string, string> = { d: '\\p{Nd}', D: '\\P{Nd}', w: WORD, W: NOT_WORD, s: SPACE, S: NOT_SPACE };
const ESCAPES: Record<string, string> = { ...CLASS_ESCAPES, '-': '-' };
/** Characters the `v` flag reserves inside a class: written escaped when they stand for themselves. */
const CLASS_PUNCTUATION = /[()[\]{}/\-|&!#%,:;<=>@`~^$*+?.]/;

export class UnsupportedPatternError extends Error {}

/** The JavaScript expression that matches what the XPath pattern with these flags matches. */
export function xpathRegex(pattern: string, flags = ''): RegExp {
  for (const flag of flags) if (!'smixq'.includes(flag)) throw new UnsupportedPatternError(`unknown sh:flags letter "${flag}"`);
  const source = flags.includes('q') ? [...pattern].map((c) => (/[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c)).join('') : translate(flags.includes('x') ? withoutSpaces(pattern) : pattern, flags.includes('s'));
  return new RegExp(source, `v${flags.replace(/[xqv]/g, '')}`);
}

function translate(pattern: string, dotAll: boolean): string {
  const chars = [...pattern];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === '\\') {
      const [text, used] = escape(chars, i, ESCAPES);
      out += text;
      i += used;
    } else if (c === '[') {
      const [text, end] = characterClass(chars, i);
      out += text;
      i = end;
    } else if (c === '.') out += dotAll ? '.' : '[^\\n\\r]';
    else out += c;
  }
  return out;
}

/** The class that opens at `start`, rewritten for the `v` flag, and the index of its closing bracket. */
function characterClass(chars: string[], start: number): [string, number] {
  let out = '[';
  let i = start + 1;
  if (chars[i] === '^') {
    out += '^';
    i++;
  }
  for (let first = true; i < chars.length; i++, first = false) {
    const c = chars[i] as string;
    if (c === ']' && !first) return [`${out}]`, i];
    if (c === '-' && chars[i + 1] === '[') throw new UnsupportedPatternError('character class subtraction (-[…])');
    if (c === '[') throw new UnsupportedPatternError('a "[" inside a character class');
    if (c === '\\') {
      const [text, used] = escape(chars, i, CLASS_ESCAPES);
      out += text;
      i += used;
    } else if (c === '-' && !first && chars[i + 1] !== ']') out += '-';
    else out += CLASS_PUNCTUATION.test(c) ? `\\${c}` : c;
  }
  throw new UnsupportedPatternError('an unclosed character class');
}

/** The escape at `at` (a backslash), rewritten, and how many characters after the backslash it used. */
function escape(chars: string[], at: number, rewrites: Record<string, string>): [string, number] {
  const next = chars[at + 1];
  if (next === undefined) throw new UnsupportedPatternError('a pattern that ends in a backslash');
  if (next in rewrites) return [rewrites[next] as string, 1];
  if (next === 'p' || next === 'P') {
    const close = chars.indexOf('}', at);
    const name = chars.slice(at + 3, close).join('');
    if (chars[at + 2] !== '{' || close < 0 || name.startsWith('Is')) throw new UnsupportedPatternError(`the escape \\${next}{${name}}`);
    return [`\\${next}{${name}}`, close - at];
  }
  if (SAME.has(next)) return [`\\${next}`, 1];
  throw new UnsupportedPatternError(`the escape \\${next}`);
}

/** The `x` flag: whitespace outside character classes is no part of the pattern. */
function withoutSpaces(pattern: string): string {
  let inClass = false;
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      out += c + (pattern[++i] ?? '');
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    if (!inClass && /[ \t\n\r]/.test(c)) continue;
    out += c;
  }
  return out;
}
