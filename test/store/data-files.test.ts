// Finding graph files and placing each article's triples in the named graph of its IRI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'n3';
import { collectDataFiles, readDataFiles } from '../../src/store/data-files.js';
import { articleGraphs } from '../../src/store/graph-stream.js';
import { placeInArticleGraphs } from '../../src/store/articles.js';

const ARTICLE = 'https://w3id.org/akhbar/id/article/alaska-summit';
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'akhbar-data-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('collectDataFiles', () => {
  it('takes the graph files of a folder, skipping JSON-LD that has its Turtle twin', () => {
    expect(collectDataFiles(['output'])).toEqual([join('output', 'alaska-summit.ttl'), join('output', 'all.nq')]);
  });

  it('for a load, takes a run folder’s N-Quads alone: the per-article files beside them hold the same graphs', () => {
    expect(collectDataFiles(['output'], { oneCopy: true })).toEqual([join('output', 'all.nq')]);
  });

  it('takes JSON-LD without a twin, and searches sub-folders', () => {
    const dir = join(work, 'jsonld');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    copyFileSync('output/alaska-summit.jsonld', join(dir, 'sub', 'a.jsonld'));
    writeFileSync(join(dir, 'notes.txt'), 'not a graph');
    expect(collectDataFiles([dir])).toEqual([join(dir, 'sub', 'a.jsonld')]);
  });

  it('names a missing path, a file that is not a graph, and a folder with none', () => {
    expect(() => collectDataFiles([join(work, 'nope')])).toThrow(expect.objectContaining({ code: 'E_MISSING' }));
    expect(() => collectDataFiles(['input/alaska-summit.txt'])).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
    mkdirSync(join(work, 'empty'), { recursive: true });
    expect(() => collectDataFiles([join(work, 'empty')])).toThrow(expect.objectContaining({ code: 'E_NO_DATA', message: expect.stringContaining('akhbar run') }));
  });
});

describe('article graphs', () => {
  it('puts the Turtle, JSON-LD and N-Quads of an article in the same graph, the graph of its IRI', async () => {
    for (const file of ['output/alaska-summit.ttl', 'output/alaska-summit.jsonld', 'output/all.nq']) {
      const graphs = await readDataFiles([file]);
      expect([...graphs.keys()], file).toEqual([ARTICLE]);
      expect(new Set(graphs.get(ARTICLE)?.map((q) => q.graph.value))).toEqual(new Set([ARTICLE]));
      expect(graphs.get(ARTICLE)).toHaveLength(671);
    }
  });

  it('leaves triples of no article in the default graph, and refuses them where articles are required', async () => {
    const file = join(work, 'plain.ttl');
    writeFileSync(file, '<urn:a> <urn:b> <urn:c> .\n');
    expect([...(await readDataFiles([file])).keys()]).toEqual(['']);
    await expect(collect(articleGraphs([file]))).rejects.toMatchObject({ code: 'E_DATA', file });
  });

  it('streams the graphs of N-Quads in file order, gzipped or not, a graph met again coming again', async () => {
    const line = (g: string, n: number) => `<urn:s${n}> <urn:p> "${n}" <urn:${g}> .\n`;
    const file = join(work, 'pieces.nq.gz');
    writeFileSync(file, gzipSync([line('a', 1), line('a', 2), line('b', 3), line('a', 4)].join('')));
    expect((await collect(articleGraphs([file]))).map((g) => [g.name, g.quads.length])).toEqual([['urn:a', 2], ['urn:b', 1], ['urn:a', 1]]);
    const loose = join(work, 'loose.nq');
    writeFileSync(loose, `${line('a', 1)}<urn:s> <urn:p> <urn:o> .\n`);
    await expect(collect(articleGraphs([loose]))).rejects.toMatchObject({ code: 'E_DATA', file: loose });
  });

  it('streams N-Quads naming the file and line of a syntax error', async () => {
    const file = join(work, 'broken.nq');
    writeFileSync(file, '<urn:s> <urn:p> <urn:o> <urn:g> .\n<urn:s> <urn:p> "open <urn:g> .\n');
    await expect(collect(articleGraphs([file]))).rejects.toMatchObject({ code: 'E_RDF_SYNTAX', file, message: expect.stringContaining('line 2') });
  });

  it('refuses a file with two articles and no named graphs', () => {
    const quads = new Parser().parse('<urn:a1> a <http://schema.org/NewsArticle> .\n<urn:a2> a <http://schema.org/NewsArticle> .\n');
    expect(() => placeInArticleGraphs(quads, 'two.ttl')).toThrow(expect.objectContaining({ code: 'E_DATA', file: 'two.ttl' }));
  });

  it('reports a syntax error with its file', async () => {
    const file = join(work, 'broken.ttl');
    writeFileSync(file, '<urn:a> <urn:b> .\n');
    await expect(readDataFiles([file])).rejects.toMatchObject({ code: 'E_RDF_SYNTAX', file });
  });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
