// `akhbar run` on corpora: TREC and JSON Lines files, standard input, the same bytes whatever the
// number of workers, refused records named by file and record, and a resume after a kill.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'n3';
import { runCli, spawnCli } from './run-cli.js';
import { fixtureArticles, toJsonLines, toTrec } from '../fixtures/corpus.js';

let work: string;
let corpus: string;
const articles = fixtureArticles(14);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'akhbar-corpus-'));
  corpus = join(work, 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'a.trec'), toTrec(articles.slice(0, 10)));
  writeFileSync(join(corpus, 'b.jsonl'), toJsonLines(articles.slice(10)));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('akhbar run on a corpus', () => {
  let one: string;
  beforeAll(async () => {
    one = join(work, 'one');
    const result = await runCli('run', corpus, '--out', one, '--jobs', '1');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^14 of 14 article\(s\) written to .*\n {2}[\d,]+ triples, \d+ statements; 14 record\(s\) in [\d.]+ s/m);
  });

  it('writes one N-Quads file, each article in its own named graph with its headline, url and date', () => {
    expect(readdirSync(one)).toEqual(['all.nq']);
    const quads = new Parser({ format: 'N-Quads' }).parse(readFileSync(join(one, 'all.nq'), 'utf8'));
    const graphs = [...new Set(quads.map((q) => q.graph.value))];
    expect(graphs).toEqual(articles.map((a) => `https://w3id.org/akhbar/id/article/${a.id}`));
    const first = quads.filter((q) => q.graph.value === graphs[0] && q.subject.value === graphs[0]);
    const value = (p: string) => first.find((q) => q.predicate.value === `http://schema.org/${p}`)?.object;
    expect(value('headline')?.value).toBe(articles[0]?.title);
    expect(value('url')?.value).toBe(articles[0]?.url);
    expect([value('datePublished')?.value, (value('datePublished') as { datatype?: { value: string } })?.datatype?.value]).toEqual(['2018-02-01T20:50:44Z', 'http://www.w3.org/2001/XMLSchema#dateTime']);
  });

  it('writes N-Quads that every SHACL engine finds conforming', async () => {
    for (const engine of ['compiled', 'shacl-engine', 'rdf-validate-shacl']) {
      const result = await runCli('validate', join(one, 'all.nq'), '--engine', engine);
      expect(result.code, `${engine}: ${result.out}${result.err}`).toBe(0);
    }
  });

  it('writes the same bytes with two workers, and gzipped the same N-Quads', async () => {
    const two = join(work, 'two');
    expect((await runCli('run', corpus, '--out', two, '--jobs', '2', '--quiet')).code).toBe(0);
    expect(readFileSync(join(two, 'all.nq'), 'utf8')).toBe(readFileSync(join(one, 'all.nq'), 'utf8'));
    const [gz1, gz2] = [join(work, 'gz1'), join(work, 'gz2')];
    expect((await runCli('run', corpus, '--out', gz1, '--jobs', '1', '--gzip', '--quiet')).code).toBe(0);
    expect((await runCli('run', corpus, '--out', gz2, '--jobs', '2', '--gzip', '--quiet')).code).toBe(0);
    expect(readFileSync(join(gz2, 'all.nq.gz'))).toEqual(readFileSync(join(gz1, 'all.nq.gz')));
    expect(gunzipSync(readFileSync(join(gz1, 'all.nq.gz'))).toString()).toBe(readFileSync(join(one, 'all.nq'), 'utf8'));
  });

  it('writes per-article Turtle and JSON-LD for records when asked', async () => {
    const out = join(work, 'per-article');
    expect((await runCli('run', join(corpus, 'b.jsonl'), '--out', out, '--per-article', '--jobs', '1', '--quiet')).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['NEWS-011.jsonld', 'NEWS-011.ttl', 'NEWS-012.jsonld', 'NEWS-012.ttl', 'NEWS-013.jsonld', 'NEWS-013.ttl', 'NEWS-014.jsonld', 'NEWS-014.ttl', 'all.nq']);
  });

  it('names each refused record by file and number, goes on, and exits 1', async () => {
    const bad = join(work, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'c.trec'), `${toTrec(articles.slice(0, 1))}<DOC><DOCNO>x</DOCNO></DOC>\n${toTrec(articles.slice(1, 2))}<DOC><DOCNO>cut</DOCNO>`);
    writeFileSync(join(bad, 'd.jsonl'), `${toJsonLines(articles.slice(2, 3))}{"id": "broken"\n`);
    const result = await runCli('run', bad, '--out', join(work, 'bad-out'), '--jobs', '2');
    expect(result.code).toBe(1);
    expect(result.err.split('\n').map((line) => line.replace(/^.*\/bad\//, ''))).toEqual([
      'c.trec record 2: record without <TEXT> [E_RECORD]',
      'c.trec record 4: unterminated <DOC>: the file ends inside it [E_RECORD]',
      expect.stringMatching(/^d\.jsonl record 2: not JSON: .* \[E_RECORD\]$/),
    ]);
    expect(result.out).toMatch(/3 of 6 article\(s\) written .*, 3 failed\n.*failed: 3 E_RECORD/);
  });

  it('reads JSON Lines from standard input', async () => {
    const out = join(work, 'stdin');
    const { code, out: printed } = await spawnCli(['run', '-', '--out', out, '--jobs', '1'], toJsonLines(articles.slice(0, 3))).done;
    expect(code, printed).toBe(0);
    const graphs = new Set(new Parser({ format: 'N-Quads' }).parse(readFileSync(join(out, 'all.nq'), 'utf8')).map((q) => q.graph.value));
    expect([...graphs].map((g) => g.split('/').at(-1))).toEqual(['NEWS-001', 'NEWS-002', 'NEWS-003']);
  });

  it('resumes a killed run where its last checkpoint left it, cutting off a torn record, to the same bytes', async () => {
    const out = join(work, 'killed');
    const input = toJsonLines(articles);
    const lines = input.split('\n');
    // Only part of the input arrives before the kill, so the run cannot finish first.
    const child = spawnCli(['run', '-', '--out', out, '--jobs', '2', '--checkpoint-every', '3']);
    child.write(`${lines.slice(0, 8).join('\n')}\n`);
    const journal = join(out, '.akhbar-run', 'journal.json');
    for (let waited = 0; !existsSync(journal) && waited < 30_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    child.kill();
    await child.done;
    expect(JSON.parse(readFileSync(journal, 'utf8')).records).toBeGreaterThanOrEqual(3);
    appendFileSync(join(out, '.akhbar-run', 'all.nq.part'), '<https://w3id.org/akhbar/id/article/torn> <http://schema.org/na');

    const resumed = await spawnCli(['run', '-', '--out', out, '--jobs', '2', '--checkpoint-every', '3'], input).done;
    expect(resumed.code, resumed.out).toBe(0);
    expect(resumed.out).toMatch(/resuming: \d+ record\(s\) already done/);
    expect(resumed.out).toMatch(/14 of 14 article\(s\) written/);
    const reference = await spawnCli(['run', '-', '--out', join(work, 'unkilled'), '--jobs', '1'], input).done;
    expect(reference.code).toBe(0);
    expect(readFileSync(join(out, 'all.nq'), 'utf8')).toBe(readFileSync(join(work, 'unkilled', 'all.nq'), 'utf8'));
    expect(readdirSync(out)).toEqual(['all.nq']);
  });
});
