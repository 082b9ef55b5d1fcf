// Staging for the bulk loader: the input's graphs in gzipped N-Quads files of about the size asked,
// every line of the input once, each graph's lines together, the graphs counted and listed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { checkInput, GRAPH_LIST, stageGraphs, writeGraphList, type StagedFile, type StagedGraph } from '../../src/store/bulk-stage.js';
import { runCli } from '../cli/run-cli.js';
import { archiveJsonLines } from '../fixtures/archive.js';

let work: string;
let corpus: string;
let lines: string[];
const graphOf = (line: string) => /<([^>]+)> \.$/.exec(line)?.[1] as string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'akhbar-stage-'));
  writeFileSync(join(work, 'archive.jsonl'), archiveJsonLines());
  expect((await runCli('run', join(work, 'archive.jsonl'), '--out', join(work, 'out'), '--jobs', '1', '--gzip', '--quiet')).code).toBe(0);
  corpus = join(work, 'out', 'all.nq.gz');
  lines = gunzipSync(readFileSync(corpus)).toString('utf8').split('\n').filter((l) => l !== '');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function stage(files: string[], chunkTriples: number): Promise<{ dir: string; staged: StagedFile[]; graphs: Map<string, StagedGraph> }> {
  const dir = mkdtempSync(join(work, 'stage-'));
  const { graphs } = await checkInput(files);
  const staged: StagedFile[] = [];
  for await (const file of stageGraphs(files, dir, graphs, chunkTriples)) staged.push(file);
  return { dir, staged, graphs };
}
const linesOf = (file: StagedFile) => gunzipSync(readFileSync(file.path)).toString('utf8').split('\n').filter((l) => l !== '');

describe('stageGraphs', () => {
  it('writes every line once, in files of about the size asked, each graph whole in one file', async () => {
    const { dir, staged, graphs } = await stage([corpus], 100);
    expect(staged.length).toBeGreaterThan(2);
    const written = staged.flatMap(linesOf);
    expect(written).toEqual(lines);
    staged.forEach((file, i) => {
      const own = linesOf(file);
      expect(file.triples).toBe(own.length);
      expect([...new Set(own.map(graphOf))]).toEqual(file.newGraphs);
      // A file closes with the first graph that takes it to the size (the last one may be smaller).
      const lastGraph = own.filter((l) => graphOf(l) === file.newGraphs.at(-1)).length;
      if (i < staged.length - 1) expect(file.triples).toBeGreaterThanOrEqual(100);
      expect(file.triples - lastGraph).toBeLessThan(100);
    });
    expect([...graphs.keys()]).toEqual([...new Set(lines.map(graphOf))]);
    expect([...graphs.values()].map((g) => g.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect([...graphs.values()].reduce((sum, g) => sum + g.sent, 0)).toBe(lines.length);
    expect(staged.map((f) => f.firstPosition)).toEqual(staged.map((_, i) => 1 + staged.slice(0, i).reduce((sum, f) => sum + f.newGraphs.length, 0)));
    await writeGraphList(dir, graphs);
    expect(readFileSync(join(dir, GRAPH_LIST), 'utf8')).toBe(`${[...graphs.keys()].join('\n')}\n`);
  });

  it('counts a graph met in two places as one in two parts, and a line repeated within a piece once', async () => {
    const [first] = lines;
    const graph = graphOf(first as string);
    const own = lines.filter((l) => graphOf(l) === graph);
    const rest = lines.filter((l) => graphOf(l) !== graph);
    const file = join(work, 'pieces.nq');
    writeFileSync(file, [...own.slice(0, 5), own[0], ...rest, ...own.slice(5), ''].join('\n'));
    const { graphs, staged } = await stage([file], 1_000_000);
    expect(graphs.get(graph)).toEqual({ sent: own.length, parts: 2, position: 1 });
    expect(staged).toHaveLength(1);
    expect(staged[0]?.triples).toBe(lines.length);
  });

  it('stages Turtle and JSON-LD as N-Quads in the article’s graph', async () => {
    const { staged, graphs } = await stage(['output/alaska-summit.ttl'], 1_000_000);
    const nquads = readFileSync('output/all.nq', 'utf8').split('\n').filter((l) => l !== '');
    expect(linesOf(staged[0] as StagedFile).sort()).toEqual(nquads.sort());
    expect([...graphs.keys()]).toEqual(['https://w3id.org/akhbar/id/article/alaska-summit']);
  });
});

describe('checkInput', () => {
  it('counts the graphs, their pieces and the triples of the input', async () => {
    const plan = await checkInput([corpus, corpus]);
    expect(plan.triples).toBe(2 * lines.length);
    expect([...plan.graphs.values()]).toEqual([1, 2, 3, 4, 5, 6, 7].map((position) => ({ sent: 0, parts: 2, position })));
  });

  it('refuses a line that is not a quad, naming the file and the line', async () => {
    const dir = join(work, 'bad');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'b.nq'), `${lines.slice(0, 3).join('\n')}\n<https://e.org/s> <https://e.org/p> "no graph" .\n`);
    await expect(checkInput([corpus, join(dir, 'b.nq')])).rejects.toMatchObject({ code: 'E_RDF_SYNTAX', file: join(dir, 'b.nq'), message: expect.stringMatching(/^line 4: a triple outside any named graph/) });
  });
});
