// N-Quads as lines: the graph of a line found without parsing its terms, lines that are not quads
// refused, and the lines of a file of any size read whole, across read buffers and gzip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'n3';
import { graphOfLine, readLines } from '../../src/io/nquads-lines.js';

const G = 'https://w3id.org/akhbar/id/article/a';

describe('graphOfLine', () => {
  it.each([
    [`<https://e.org/s> <https://e.org/p> <https://e.org/o> <${G}> .`],
    [`<https://e.org/s> <https://e.org/p> "قال \\"إن\\" الأمر > <x> ." <${G}> .`],
    [`<https://e.org/s> <https://e.org/p> "a\\\\" <${G}> .`],
    [`<https://e.org/s> <https://e.org/p> "سلام"@ar <${G}> .`],
    [`<https://e.org/s> <https://e.org/p> "12"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> <${G}> .`],
    [`_:b1 <https://e.org/p> _:b2 <${G}> .`],
    [`  <https://e.org/s>\t<https://e.org/p> "x"@en-GB <${G}>  .  # a comment\r`],
  ])('finds the graph of %s, as a parser does', (line) => {
    expect(graphOfLine(line)).toBe(G);
    expect(new Parser({ format: 'N-Quads' }).parse(line)[0]?.graph.value).toBe(G);
  });

  it('decodes an escaped graph IRI as a store reads it', () => {
    expect(graphOfLine('<https://e.org/s> <https://e.org/p> "x" <https://e.org/\\u062E\\U0000062Ebr> .')).toBe('https://e.org/خخbr');
  });

  it('passes over blank and comment lines', () => {
    expect(graphOfLine('')).toBeUndefined();
    expect(graphOfLine('   # nothing here')).toBeUndefined();
  });

  it.each([
    ['<https://e.org/s> <https://e.org/p> <https://e.org/o> .', /outside any named graph/],
    [`<https://e.org/s> <https://e.org/p> "unterminated <${G}> .`, /unterminated literal/],
    [`<https://e.org/s> <https://e.org/p> "x" _:g .`, /graph's IRI/],
    [`<https://e.org/s> <https://e.org/p> "x" <${G}> . extra`, /after the graph/],
    [`<https://e.org/s p> <https://e.org/p> "x" <${G}> .`, /unterminated IRI/],
    [`"s" <https://e.org/p> "x" <${G}> .`, /expected the subject/],
    [`<https://e.org/s> <https://e.org/p> "x"@ <${G}> .`, /language tag/],
  ])('refuses %s', (line, why) => {
    expect(() => graphOfLine(line)).toThrow(why);
  });
});

describe('readLines', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'akhbar-lines-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  // Three megabytes of two-byte letters: read buffers end inside letters and inside lines.
  const lines = Array.from({ length: 30_000 }, (_, i) => `${i} ${'قال الوزير إن المحادثات كانت مثمرة '.repeat(1 + (i % 5))}`);

  it.each([['plain', 'big.nq'], ['gzipped', 'big.nq.gz']])('gives every line of a %s file, in order and numbered', async (_kind, name) => {
    const file = join(work, name);
    const text = `${lines.join('\n')}\n`;
    writeFileSync(file, name.endsWith('.gz') ? gzipSync(text) : text);
    const read: string[] = [];
    for await (const batch of readLines(file)) {
      expect(batch.first).toBe(read.length + 1);
      read.push(...batch.lines);
    }
    expect(read).toEqual(lines);
  });

  it('gives a last line without a line break', async () => {
    const file = join(work, 'last.nq');
    writeFileSync(file, 'one\ntwo');
    const read: string[] = [];
    for await (const batch of readLines(file)) read.push(...batch.lines);
    expect(read).toEqual(['one', 'two']);
  });

  it('names a file it cannot read, and gzip that is not', async () => {
    const drain = async (file: string) => {
      for await (const batch of readLines(file)) void batch;
    };
    await expect(drain(join(work, 'nope.nq'))).rejects.toMatchObject({ code: 'E_MISSING', file: join(work, 'nope.nq') });
    writeFileSync(join(work, 'bad.nq.gz'), 'not gzip at all');
    await expect(drain(join(work, 'bad.nq.gz'))).rejects.toMatchObject({ code: 'E_RDF_SYNTAX' });
  });
});
