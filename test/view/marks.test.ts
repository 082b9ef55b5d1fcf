// Overlapping spans become nested markup: outer ranks first, a crossing span cut into parts.
import { describe, expect, it } from 'vitest';
import { paragraphSpans, renderMarks, type Mark } from '../../src/view/marks.js';

const mark = (start: number, end: number, rank: number, name: string): Mark => ({ start, end, rank, open: (part) => `<${name}${part ? ` part=${part}` : ''}>`, close: `</${name}>` });

describe('renderMarks', () => {
  it('nests a span inside the one that holds it and escapes the text between', () => {
    expect(renderMarks('a <b> c', [mark(0, 7, 1, 's'), mark(2, 5, 2, 'm')])).toBe('<s>a <m>&lt;b&gt;</m> c</s>');
  });

  it('puts the outer rank outside at equal spans, whatever the order given', () => {
    expect(renderMarks('abc', [mark(0, 3, 2, 'm'), mark(0, 3, 1, 's')])).toBe('<s><m>abc</m></s>');
  });

  it('cuts a span that crosses the end of the one it starts in, and goes on with a second part', () => {
    expect(renderMarks('abcdef', [mark(0, 4, 1, 's'), mark(2, 6, 2, 'm')])).toBe('<s>ab<m>cd</m></s><m part=1>ef</m>');
  });

  it('cuts again at every boundary a long span crosses', () => {
    const html = renderMarks('abcdefgh', [mark(0, 3, 0, 'p'), mark(4, 8, 0, 'p'), mark(1, 6, 2, 'm')]);
    expect(html).toBe('<p>a<m>bc</m></p><m part=1>d</m><p><m part=2>ef</m>gh</p>');
  });

  it('keeps the text whole when there is nothing to mark, and leaves out empty spans', () => {
    expect(renderMarks('x & y', [mark(2, 2, 1, 's')])).toBe('x &amp; y');
  });
});

describe('paragraphSpans', () => {
  it('gives the lines of a text, blank ones left out', () => {
    expect(paragraphSpans('one\n\ntwo\n')).toEqual([{ start: 0, end: 3 }, { start: 5, end: 8 }]);
  });
});
