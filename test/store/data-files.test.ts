// Finding graph files and placing each article's triples in the named graph of its IRI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { collectDataFiles, readDataFiles } from '../../src/store/data-files.js';
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
      expect(graphs.get(ARTICLE)).toHaveLength(662);
    }
  });

  it('leaves triples of no article in the default graph, and refuses them where articles are required', async () => {
    const file = join(work, 'plain.ttl');
    writeFileSync(file, '<urn:a> <urn:b> <urn:c> .\n');
    expect([...(await readDataFiles([file])).keys()]).toEqual(['']);
    await expect(readDataFiles([file], { articlesOnly: true })).rejects.toMatchObject({ code: 'E_DATA', file });
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
