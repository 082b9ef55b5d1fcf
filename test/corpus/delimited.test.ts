// Splitting a byte stream at a delimiter, whatever the chunk boundaries, in bounded memory.
import { describe, expect, it } from 'vitest';
import { DelimitedSplitter } from '../../src/corpus/delimited.js';

function split(input: string, chunkSize: number, maxBytes = 1000): string[] {
  const splitter = new DelimitedSplitter(Buffer.from('</DOC>'), maxBytes);
  const bytes = Buffer.from(input);
  const pieces = [];
  for (let at = 0; at < bytes.length; at += chunkSize) pieces.push(...splitter.push(bytes.subarray(at, at + chunkSize)));
  const rest = splitter.end();
  return [...pieces, ...(rest ? [rest] : [])].map((p) => (p.oversized ? '<oversized>' : p.bytes.toString()));
}

describe('DelimitedSplitter', () => {
  const input = '<DOC>قال</DOC>\n<DOC>أكد</DOC>tail';

  it.each([1, 2, 3, 5, 64])('gives the same pieces with chunks of %i bytes, keeping characters whole', (size) => {
    expect(split(input, size)).toEqual(['<DOC>قال</DOC>', '\n<DOC>أكد</DOC>', 'tail']);
  });

  it('drops a piece that outgrows the limit and goes on after its delimiter', () => {
    expect(split(`<DOC>${'x'.repeat(50)}</DOC><DOC>ok</DOC>`, 7, 20)).toEqual(['<oversized>', '<DOC>ok</DOC>']);
  });
});
