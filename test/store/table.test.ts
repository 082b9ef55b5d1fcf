// The terminal table: display widths of Arabic, directional isolates, alignment.
import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable, isolate, prefixesOf } from '../../src/store/table.js';
import type { QueryResult } from '../../src/store/results.js';

const XSD_INTEGER = 'http://www.w3.org/2001/XMLSchema#integer';

describe('displayWidth', () => {
  it('counts letters but not harakat, superscript alef or zero-width characters', () => {
    expect(displayWidth('بوتين')).toBe(5);
    expect(displayWidth('بنّاءً')).toBe(4); // shadda U+0651 and tanween U+064B take no column
    expect(displayWidth('هٰذا')).toBe(3); // superscript alef U+0670
    expect(displayWidth('a\u200Bb\u200C\u200D\u200E\u2068c\u2069\uFEFF')).toBe(3);
    expect(displayWidth('ـ')).toBe(1); // tatweel is visible
    expect(displayWidth('日本')).toBe(4);
  });
});

describe('isolate', () => {
  it('wraps Arabic in a first-strong isolate and leaves Latin alone', () => {
    expect(isolate('ألاسكا')).toBe('\u2068ألاسكا\u2069');
    expect(isolate('Alaska')).toBe('Alaska');
  });
});

describe('formatTable', () => {
  const result: QueryResult = {
    kind: 'solutions',
    vars: ['speaker', 'content', 'n'],
    bindings: [
      { speaker: { type: 'uri', value: 'https://w3id.org/akhbar/ontology#Speaker' }, content: { type: 'literal', value: 'بنّاءً ومثمرًا', 'xml:lang': 'ar' }, n: { type: 'literal', value: '7', datatype: XSD_INTEGER } },
      { speaker: { type: 'literal', value: 'Vladimir Putin' }, content: { type: 'literal', value: 'line\nbreak' }, n: { type: 'literal', value: '12', datatype: XSD_INTEGER } },
      { speaker: { type: 'bnode', value: 'b0' } },
    ],
  };

  it('aligns columns by display width, isolates Arabic cells, right-aligns numbers', () => {
    const lines = formatTable(result).split('\n');
    expect(lines[0]).toBe('speaker        | content     |  n');
    expect(lines[1]).toBe('---------------+-------------+---');
    expect(lines[2]).toBe('akh:Speaker    | \u2068بنّاءً ومثمرًا\u2069 |  7');
    expect(lines[3]).toBe('Vladimir Putin | line break  | 12');
    expect(lines[4]).toBe('_:b0           |             |');
    expect(lines[5]).toBe('(3 rows)');
    const widths = [0, 2, 3, 4].map((i) => lines[i] as string).map((line) => displayWidth(line.split(' | ')[0] as string));
    expect(new Set(widths)).toEqual(new Set([14]));
  });

  it('shortens IRIs with the prefixes the query declares', () => {
    const prefixes = prefixesOf('PREFIX ex: <http://example.org/ns#>\nSELECT ?x {}');
    expect(prefixes.ex).toBe('http://example.org/ns#');
    const table = formatTable({ kind: 'solutions', vars: ['x'], bindings: [{ x: { type: 'uri', value: 'http://example.org/ns#thing' } }, { x: { type: 'uri', value: 'http://other.org/a/b' } }] }, prefixes);
    expect(table).toContain('ex:thing');
    expect(table).toContain('<http://other.org/a/b>');
  });

  it('prints an ASK answer as true or false, and no rows as a count', () => {
    expect(formatTable({ kind: 'boolean', value: false })).toBe('false\n');
    expect(formatTable({ kind: 'solutions', vars: ['x'], bindings: [] })).toBe('x\n-\n(0 rows)\n');
  });
});
