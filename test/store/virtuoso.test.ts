// Integration: `akhbar load` into a real Virtuoso (started by scripts/virtuoso/start.sh, as CI does),
// then every competency question in Virtuoso and in the embedded store, with the same answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectDataFiles, readDataFiles } from '../../src/store/data-files.js';
import { createEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded.js';
import { createHttpClient, type HttpClient } from '../../src/store/http.js';
import { queryEndpoint } from '../../src/store/remote.js';
import { parseJsonResults } from '../../src/store/results.js';
import { runCli } from '../cli/run-cli.js';
import { ARCHIVE_CASES, CASES, archiveExpectation, caseName, caseQuery, comparable, queryFiles, values } from './competency-questions.js';
import { archiveJsonLines } from '../fixtures/archive.js';

const BASE = process.env.AKHBAR_TEST_VIRTUOSO ?? 'http://127.0.0.1:8890';
const ENDPOINT = `${BASE}/sparql`;
const GRAPH_STORE = `${BASE}/sparql-graph-crud-auth`;
const LOGIN = { AKHBAR_USER: 'dba', AKHBAR_PASSWORD: process.env.VIRTUOSO_PASSWORD ?? 'akhbar-test' };
const ARTICLE = 'https://w3id.org/akhbar/id/article/alaska-summit';

async function answers(): Promise<boolean> {
  try {
    return (await fetch(`${ENDPOINT}?query=ASK%7B%7D`, { signal: AbortSignal.timeout(3000) })).ok;
  } catch {
    return false;
  }
}

const available = await answers();
if (!available && process.env.CI) throw new Error(`CI: no Virtuoso answers at ${ENDPOINT}; .ci/run starts it with scripts/virtuoso/start.sh`);
if (!available) console.warn(`Skipping the Virtuoso integration tests: nothing answers at ${ENDPOINT} (start one with scripts/virtuoso/start.sh; in CI they fail instead)`);

/** Runs the CLI with the login in the environment, as a user would. */
async function withLogin<T>(env: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await run();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
const load = (...args: string[]) => withLogin(LOGIN, () => runCli('load', ...args, '--endpoint', ENDPOINT, '--graph-store', GRAPH_STORE));

describe.skipIf(!available)('Virtuoso, loaded with akhbar load', () => {
  let embedded: EmbeddedStore;
  let client: HttpClient;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'akhbar-virtuoso-'));
    client = createHttpClient();
    embedded = await createEmbeddedStore(await readDataFiles(collectDataFiles(['output'])));
    const started = performance.now();
    const result = await load('output', '--replace');
    console.info(`akhbar load output/ into Virtuoso: ${(performance.now() - started).toFixed(0)} ms`);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain(`<${ARTICLE}>: 671 triples sent, 671 stored`);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(CASES.map((c) => [caseName(c), c] as const))('%s: same answers as the embedded store', async (_name, c) => {
    const query = caseQuery(c);
    const remote = await queryEndpoint(client, ENDPOINT, query);
    expect(comparable(remote)).toEqual(comparable(embedded.query(query)));
    expect(values(remote)).toEqual(c.expected);
  });

  it.each(queryFiles())('%s without parameters: same answers as the embedded store', async (file) => {
    const query = caseQuery({ file, expected: [] });
    expect(comparable(await queryEndpoint(client, ENDPOINT, query))).toEqual(comparable(embedded.query(query)));
  });

  it('gives back the article text, Arabic and all, exactly', async () => {
    const result = await queryEndpoint(client, ENDPOINT, `SELECT ?text WHERE { <${ARTICLE}> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?text }`);
    expect(values(result)).toEqual([{ text: readFileSync('input/alaska-summit.txt', 'utf8') }]);
  });

  it('replaces an article graph on reload instead of adding to it', async () => {
    const smaller = join(work, 'smaller.ttl');
    const lines = readFileSync('output/alaska-summit.ttl', 'utf8').split('\n');
    const kept = lines.filter((l) => !l.includes('akh:cue '));
    writeFileSync(smaller, kept.join('\n'));
    // One akh:cue triple per line dropped.
    const left = 671 - (lines.length - kept.length);
    expect((await load(smaller)).out).toContain(`<${ARTICLE}>: ${left} triples sent, ${left} stored`);
    expect((await load('output')).out).toContain(`<${ARTICLE}>: 671 triples sent, 671 stored`);
  });

  it('with --replace, removes article graphs that are not part of the load', async () => {
    const other = join(work, 'other.ttl');
    writeFileSync(other, '<https://example.org/article/old> a <http://schema.org/NewsArticle> .\n');
    expect((await load(other)).code).toBe(0);
    const result = await load('output', '--replace');
    expect(result.out).toContain('<https://example.org/article/old>: removed (--replace)');
    const left = await queryEndpoint(client, ENDPOINT, 'ASK { GRAPH <https://example.org/article/old> { ?s ?p ?o } }');
    expect(left).toEqual({ kind: 'boolean', value: false });
  });

  it('answers akhbar query --endpoint in the standard JSON format', async () => {
    const result = await runCli('query', 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/akhbar/id/article/alaska-summit> { ?s ?p ?o } }', '--endpoint', ENDPOINT, '--format', 'json');
    expect(result.code).toBe(0);
    expect(values(parseJsonResults(result.out))).toEqual([{ n: '671' }]);
  });

  it('refuses a wrong password with E_AUTH, and a missing login with a hint', async () => {
    const wrong = await withLogin({ ...LOGIN, AKHBAR_PASSWORD: 'wrong' }, () => runCli('load', 'output', '--endpoint', ENDPOINT, '--graph-store', GRAPH_STORE));
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/refused the login of dba \(401 Unauthorized\).*\[E_AUTH\]/);
    const none = await runCli('load', 'output', '--endpoint', ENDPOINT, '--graph-store', GRAPH_STORE);
    expect(none.err).toMatch(/asks for a login: set AKHBAR_USER and AKHBAR_PASSWORD.*\[E_AUTH\]/);
  });

  it('returns more than 10,000 rows (the default limit, which truncates silently, is raised)', async () => {
    const digits = `{ ${Array.from({ length: 11 }, (_, i) => i).join(' ')} }`;
    const query = `SELECT * WHERE { VALUES ?a ${digits} VALUES ?b ${digits} VALUES ?c ${digits} VALUES ?d ${digits} }`;
    const result = await queryEndpoint(client, ENDPOINT, query);
    expect(result.kind === 'solutions' && result.bindings.length).toBe(11 ** 4);
  });

  it('reports the server message when it rejects a query', async () => {
    const result = await runCli('query', 'SELECT ?x WHERE { ?x ?y }', '--endpoint', ENDPOINT);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/refused the query: 400 .*SPARQL.*\[E_SPARQL\]/);
  });
});

describe.skipIf(!available)('Virtuoso, an archive loaded with akhbar load', () => {
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'akhbar-virtuoso-archive-'));
    writeFileSync(join(work, 'archive.jsonl'), archiveJsonLines());
    expect((await runCli('run', join(work, 'archive.jsonl'), '--out', join(work, 'out'), '--jobs', '1', '--quiet')).code).toBe(0);
    const result = await load(join(work, 'out', 'all.nq'));
    expect(result.err).toBe('');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(ARCHIVE_CASES.map((c) => [caseName(c), c] as const))('%s: the answers the archive fixture expects', async (_name, c) => {
    expect(values(await queryEndpoint(createHttpClient(), ENDPOINT, caseQuery(c)))).toEqual(archiveExpectation(c));
  });
});
