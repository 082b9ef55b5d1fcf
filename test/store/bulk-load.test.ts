// `akhbar load --bulk`: Virtuoso's own bulk loader on a server of the test's own (started by
// scripts/virtuoso/start.sh, as CI starts its shared one), so that it can be given a corpus and be
// stopped mid-load. The triples stored equal the run's summary; the archive's questions are
// answered; loading again changes nothing; a load interrupted (the command killed, the server
// killed) and run again leaves every graph whole and none half-loaded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createHttpClient } from '../../src/store/http.js';
import { queryEndpoint } from '../../src/store/remote.js';
import { runCli, spawnCli, type SpawnedCli } from '../cli/run-cli.js';
import { archiveJsonLines } from '../fixtures/archive.js';
import { fixtureArticles, toJsonLines } from '../fixtures/corpus.js';
import { ARCHIVE_CASES, archiveExpectation, caseName, caseQuery, values } from './competency-questions.js';
import { startOwnVirtuoso, virtuosoInstalled, type OwnVirtuoso } from './virtuoso-server.js';

const installed = virtuosoInstalled();
if (!installed && process.env.CI) throw new Error('CI: Virtuoso is not installed; .ci/run installs it with scripts/virtuoso/start.sh');
if (!installed) console.warn('Skipping the bulk-load tests: virtuoso-t and isql-vt are not installed (scripts/virtuoso/start.sh installs them; in CI they fail instead)');

let work: string;
let server: OwnVirtuoso;
/** The archive's N-Quads and its run's summary. */
let archive: { file: string; triples: number; lines: string[] };
/** A larger corpus for the interruptions: many staged files. */
let news: { file: string; triples: number; graphs: string[] };

async function runCorpus(name: string, jsonl: string): Promise<{ file: string; triples: number }> {
  writeFileSync(join(work, `${name}.jsonl`), jsonl);
  const out = join(work, name);
  const run = await runCli('run', join(work, `${name}.jsonl`), '--out', out, '--jobs', '1', '--gzip', '--quiet', '--stats', join(work, `${name}-stats.json`));
  expect(run.code).toBe(0);
  const stats = JSON.parse(readFileSync(join(work, `${name}-stats.json`), 'utf8')) as { totals: { triples: number } };
  return { file: join(out, 'all.nq.gz'), triples: stats.totals.triples };
}

const login = () => ({ ...process.env, AKHBAR_USER: 'dba', AKHBAR_PASSWORD: server.password });
const bulkArgs = (paths: string[], ...more: string[]) => ['load', ...paths, '--bulk', '--sql', server.sql, '--bulk-dir', server.bulkDir, ...more];
/** The command as a process of its own, as a user runs it (the kill tests need one). */
const bulk = (paths: string[], ...more: string[]): SpawnedCli => spawnCli(bulkArgs(paths, ...more), undefined, undefined, login());
const graphsIn = (lines: readonly string[]) => [...new Set(lines.map((l) => /<([^>]+)> \.$/.exec(l)?.[1] as string))];

async function storedPerGraph(graphs: readonly string[]): Promise<Map<string, number>> {
  const query = `SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { ${graphs.map((g) => `<${g}>`).join(' ')} } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g`;
  return new Map(values(await queryEndpoint(createHttpClient(), `${server.http}/sparql`, query)).map((row) => [row.g as string, Number(row.n)]));
}

/** Every graph of `expected` holds exactly its triples. */
async function expectWhole(expected: Map<string, number>): Promise<void> {
  expect(Object.fromEntries(await storedPerGraph([...expected.keys()]))).toEqual(Object.fromEntries(expected));
}
const countsOf = (lines: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(/<([^>]+)> \.$/.exec(line)?.[1] as string, (counts.get(/<([^>]+)> \.$/.exec(line)?.[1] as string) ?? 0) + 1);
  return counts;
};

/** Once the command has reported its first loaded file. */
async function firstFileLoaded(child: SpawnedCli): Promise<void> {
  for (let waited = 0; !/\bbulk: .* loaded \(/.test(child.peek()) && waited < 60_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
}

/** Kills the command as soon as it has reported its first loaded file. */
async function killedAfterFirstFile(child: SpawnedCli): Promise<void> {
  await firstFileLoaded(child);
  child.kill();
  await child.done;
}

describe.skipIf(!installed)('akhbar load --bulk, into a Virtuoso of its own', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'akhbar-bulk-'));
    server = await startOwnVirtuoso(join(work, 'virtuoso'));
    const run = await runCorpus('archive', archiveJsonLines());
    archive = { ...run, lines: gunzipSync(readFileSync(run.file)).toString('utf8').split('\n').filter((l) => l !== '') };
    const newsRun = await runCorpus('news', toJsonLines(fixtureArticles(48)));
    news = { ...newsRun, graphs: graphsIn(gunzipSync(readFileSync(newsRun.file)).toString('utf8').split('\n').filter((l) => l !== '')) };
  });
  afterAll(() => {
    server?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('loads the archive with the bulk loader: every article in its graph, as many triples as the run wrote', async () => {
    const result = await bulk([archive.file], '--chunk-triples', '100', '--loaders', '2').done;
    expect(result.code, result.out).toBe(0);
    expect(result.out).toMatch(new RegExp(`7 graph\\(s\\) bulk-loaded into ${server.sql} in [\\d.]+ s: ${archive.triples} triples sent, ${archive.triples} stored \\([\\d,]+ triples/s; [3-9] staged file\\(s\\)`));
    await expectWhole(countsOf(archive.lines));
    // Its staging folder and its entries on the loader's list are gone.
    expect(readdirSync(server.bulkDir)).toEqual([]);
  });

  it.each(ARCHIVE_CASES.map((c) => [caseName(c), c] as const))('answers %s across the archive as the fixture expects', async (_name, c) => {
    expect(values(await queryEndpoint(createHttpClient(), `${server.http}/sparql`, caseQuery(c)))).toEqual(archiveExpectation(c));
  });

  it('loads again without a duplicate, and a changed article without a stale triple', async () => {
    expect((await bulk([archive.file], '--quiet').done).code).toBe(0);
    await expectWhole(countsOf(archive.lines));
    // ARC-1 comes again with ten triples fewer: the server must hold the ten no more.
    const arc1 = graphsIn(archive.lines)[0] as string;
    const dropped = archive.lines.filter((l) => l.endsWith(`<${arc1}> .`)).slice(0, 10);
    const changed = join(work, 'changed.nq.gz');
    writeFileSync(changed, gzipSync(`${archive.lines.filter((l) => !dropped.includes(l)).join('\n')}\n`));
    expect((await bulk([changed], '--quiet').done).code).toBe(0);
    await expectWhole(countsOf(archive.lines.filter((l) => !dropped.includes(l))));
    expect((await bulk([archive.file], '--quiet').done).code).toBe(0);
    await expectWhole(countsOf(archive.lines));
  });

  it('names the folder the server may not read, with its DirsAllowed, and loads nothing', async () => {
    // Not under /tmp: Virtuoso lets its loader read the system's temporary folder whatever the ini says.
    const outside = mkdtempSync('/var/tmp/akhbar-not-allowed-');
    try {
      const result = await spawnCli(['load', news.file, '--bulk', '--sql', server.sql, '--bulk-dir', outside], undefined, undefined, login()).done;
      expect(result.code).toBe(1);
      expect(result.out.trim().split('\n')).toHaveLength(1);
      expect(result.out).toMatch(new RegExp(`may not read ${outside}/akhbar-load-[^:]+: its ini \\(.*virtuoso\\.ini\\) has DirsAllowed = .*${server.dir}.*add the folder there .*\\[E_BULK_DIR\\]`));
      expect((await storedPerGraph(news.graphs)).size).toBe(0);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('refuses a wrong password in one line, before it stages anything', async () => {
    const result = await spawnCli(bulkArgs([news.file]), undefined, undefined, { ...login(), AKHBAR_PASSWORD: 'wrong' }).done;
    expect(result.code).toBe(1);
    expect(result.out.trim()).toMatch(new RegExp(`^${server.sql} refused the login of dba .*\\[E_AUTH\\]$`));
    expect(readdirSync(server.bulkDir)).toEqual([]);
  });

  it('killed mid-load and run again, leaves every graph whole; run again on less, removes what it no longer loads', async () => {
    await killedAfterFirstFile(bulk([news.file], '--chunk-triples', '150', '--loaders', '1'));
    const rerun = await bulk([news.file], '--chunk-triples', '150').done;
    expect(rerun.code, rerun.out).toBe(0);
    expect(rerun.out).toMatch(/bulk: .*akhbar-load-.*: an interrupted load of \d+ graph\(s\), finished off/);
    const all = countsOf(gunzipSync(readFileSync(news.file)).toString('utf8').split('\n').filter((l) => l !== ''));
    await expectWhole(all);
    // Killed again, then run on the first half only: the other half goes, none is left half-loaded.
    await killedAfterFirstFile(bulk([news.file], '--chunk-triples', '150', '--loaders', '1'));
    const half = join(work, 'half.nq.gz');
    const firstHalf = new Set(news.graphs.slice(0, news.graphs.length / 2));
    writeFileSync(half, gzipSync(`${gunzipSync(readFileSync(news.file)).toString('utf8').split('\n').filter((l) => l !== '' && firstHalf.has(/<([^>]+)> \.$/.exec(l)?.[1] as string)).join('\n')}\n`));
    const partial = await bulk([half]).done;
    expect(partial.code, partial.out).toBe(0);
    expect(partial.out).toContain(`bulk: ${news.graphs.length / 2} graph(s) of an interrupted load that this one does not include: removed`);
    await expectWhole(new Map([...all].filter(([g]) => firstHalf.has(g))));
    expect((await storedPerGraph(news.graphs.slice(news.graphs.length / 2))).size).toBe(0);
  });

  it('a server that dies mid-load: one line naming what was loaded; restarted, a rerun leaves every graph whole', async () => {
    const child = bulk([news.file], '--chunk-triples', '150', '--loaders', '1');
    await firstFileLoaded(child);
    server.kill();
    const result = await child.done;
    expect(result.code).toBe(1);
    const errors = result.out.split('\n').filter((l) => /\[E_[A-Z_]+\]$/.test(l));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/(cannot reach|the session with) 127\.0\.0\.1:\d+.*; \d+ of 48 graph\(s\) loaded before it \(\d+ of \d+ staged file\(s\); in input order, <https:\/\/w3id\.org\/akhbar\/id\/article\/NEWS-001> to <[^>]+>\), not yet made durable by a checkpoint.*\[E_UNREACHABLE\]$/);
    server.restart();
    const rerun = await bulk([news.file], '--chunk-triples', '150').done;
    expect(rerun.code, rerun.out).toBe(0);
    expect(rerun.out).toMatch(/an interrupted load of \d+ graph\(s\), finished off/);
    await expectWhole(countsOf(gunzipSync(readFileSync(news.file)).toString('utf8').split('\n').filter((l) => l !== '')));
  });
});

describe('akhbar load --bulk, on the command line', () => {
  it('wants a staging folder the server may read', async () => {
    const result = await runCli('load', 'output', '--bulk');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--bulk needs --bulk-dir: a folder the server may read \(DirsAllowed .*\[E_USAGE\]/);
  });

  it('does not take --replace, and wants a login', async () => {
    expect((await runCli('load', 'output', '--bulk', '--bulk-dir', tmpdir(), '--replace')).err).toMatch(/--replace works over the Graph Store Protocol only.*\[E_USAGE\]/);
    const saved = [process.env.AKHBAR_USER, process.env.AKHBAR_PASSWORD];
    delete process.env.AKHBAR_USER;
    delete process.env.AKHBAR_PASSWORD;
    try {
      expect((await runCli('load', 'output', '--bulk', '--bulk-dir', tmpdir())).err).toMatch(/asks for a login on its SQL port: set AKHBAR_USER and AKHBAR_PASSWORD.*\[E_AUTH\]/);
    } finally {
      if (saved[0] !== undefined) process.env.AKHBAR_USER = saved[0];
      if (saved[1] !== undefined) process.env.AKHBAR_PASSWORD = saved[1];
    }
  });

  it('says how to get isql when it is not there', async () => {
    const result = await spawnCli(['load', 'output', '--bulk', '--bulk-dir', tmpdir(), '--isql', 'no-such-isql'], undefined, undefined, { ...process.env, AKHBAR_USER: 'u', AKHBAR_PASSWORD: 'p' }).done;
    expect(result.code).toBe(1);
    expect(result.out.trim()).toMatch(/^no-such-isql is not installed \(Virtuoso's SQL client: Debian's virtuoso-minimal has it as isql-vt\); install it or name it with --isql.*\[E_MISSING\]$/);
  });
});
