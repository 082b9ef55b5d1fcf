// The whole ANT corpus (17,783 records, about 5.5 million triples) run and bulk-loaded into a
// Virtuoso of the test's own: the store holds every article's graph with as many triples as the
// run's summary says, and the archive's questions, asked of the store, agree with what a plain scan
// of the run's N-Quads counts. It takes about three minutes, so it runs when AKHBAR_CORPUS_TESTS is
// set (.ci/run sets it when the corpus is beside the clone); AKHBAR_ANT_CORPUS names another folder.
// The corpus itself is not in the repository (docs/data.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLines } from '../../src/io/nquads-lines.js';
import { PROJECT_ROOT } from '../../src/io/resources.js';
import { NS } from '../../src/rdf/vocabulary.js';
import { createHttpClient } from '../../src/store/http.js';
import { queryEndpoint } from '../../src/store/remote.js';
import { bindParams } from '../../src/store/sparql-text.js';
import { spawnCli } from '../cli/run-cli.js';
import { values } from './competency-questions.js';
import { startOwnVirtuoso, virtuosoInstalled, type OwnVirtuoso } from './virtuoso-server.js';

const wanted = Boolean(process.env.AKHBAR_CORPUS_TESTS);
const corpus = process.env.AKHBAR_ANT_CORPUS ?? join(PROJECT_ROOT, '..', 'shared', 'corpus', 'ant');
if (wanted && !existsSync(corpus)) throw new Error(`AKHBAR_CORPUS_TESTS is set but the ANT corpus is not at ${corpus} (AKHBAR_ANT_CORPUS names its folder)`);
if (wanted && !virtuosoInstalled()) throw new Error('AKHBAR_CORPUS_TESTS is set but Virtuoso is not installed (scripts/virtuoso/start.sh installs it)');
const SYRIA = 'https://w3id.org/akhbar/id/entity/Q858';
const SPEAKER = `${NS.akh}speaker`;
const MENTIONS = `${NS.schema}mentions`;

/** What a scan of the N-Quads counts, without a store: the truth the store's answers are held to. */
interface Scan {
  triplesPerGraph: Map<string, number>;
  /** Speaker → the statements it is a speaker of (a joint statement counts for each of its speakers). */
  statementsBy: Map<string, string[]>;
  /** Statements that mention Syria itself (not a place inside it). */
  aboutSyria: Set<string>;
}

async function scan(file: string): Promise<Scan> {
  const result: Scan = { triplesPerGraph: new Map(), statementsBy: new Map(), aboutSyria: new Set() };
  // Every line Akhbar writes is `<s> <p> <o-or-literal> <g> .`; the graph is the last IRI.
  for await (const { lines } of readLines(file)) {
    for (const line of lines) {
      const graph = /<([^>]+)> \.$/.exec(line)?.[1];
      if (!graph) continue;
      result.triplesPerGraph.set(graph, (result.triplesPerGraph.get(graph) ?? 0) + 1);
      const quad = /^<([^>]+)> <([^>]+)> <([^>]+)> </.exec(line);
      if (!quad) continue;
      const [, subject, predicate, object] = quad as unknown as [string, string, string, string];
      if (predicate === SPEAKER) {
        const statements = result.statementsBy.get(object);
        if (statements) statements.push(subject);
        else result.statementsBy.set(object, [subject]);
      }
      else if (predicate === MENTIONS && object === SYRIA) result.aboutSyria.add(subject);
    }
  }
  return result;
}

let work: string;
let server: OwnVirtuoso;
let stats: { totals: { articles: number; triples: number; statements: number } };
let truth: Scan;
/** most-quoted-unlinked.rq's answer (about 25 s across the corpus), asked once. */
let mostQuoted: Promise<Record<string, string>[]> | undefined;
const client = createHttpClient({ timeouts: { responseMs: 600_000 } });
const ask = async (file: string, params: Record<string, string> = {}) =>
  values(await queryEndpoint(client, `${server.http}/sparql`, bindParams(readFileSync(join(PROJECT_ROOT, 'ontology', 'queries', file), 'utf8'), new Map(Object.entries(params)))));

describe.skipIf(!wanted)('the whole ANT corpus, run and bulk-loaded into Virtuoso', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'akhbar-corpus-bulk-'));
    server = await startOwnVirtuoso(join(work, 'virtuoso'), 150_000);
    const run = await spawnCli(['run', corpus, '--out', join(work, 'graphs'), '--gzip', '--quiet', '--stats', join(work, 'stats.json')]).done;
    // Exit 1: some records were refused (the corpus holds an empty and a binary one); the rest went through.
    expect(run.code, run.out).toBe(1);
    stats = JSON.parse(readFileSync(join(work, 'stats.json'), 'utf8'));
    truth = await scan(join(work, 'graphs', 'all.nq.gz'));
  }, 900_000);
  afterAll(() => {
    server?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('stores every article in its graph, as many triples as the run wrote', async () => {
    expect(truth.triplesPerGraph.size).toBe(stats.totals.articles);
    const load = await spawnCli(['load', join(work, 'graphs'), '--bulk', '--sql', server.sql, '--bulk-dir', server.bulkDir], undefined, undefined, {
      ...process.env,
      AKHBAR_USER: 'dba',
      AKHBAR_PASSWORD: server.password,
    }).done;
    expect(load.code, load.out).toBe(0);
    const triples = stats.totals.triples.toLocaleString('en');
    expect(load.out).toMatch(new RegExp(`${stats.totals.articles.toLocaleString('en')} graph\\(s\\) bulk-loaded .* ${triples} triples sent, ${triples} stored`));
    // Asked of the store, not taken from the command's own count.
    const [total] = values(
      await queryEndpoint(client, `${server.http}/sparql`, 'SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), "https://w3id.org/akhbar/id/article/")) }'),
    );
    expect({ triples: Number(total?.n), graphs: Number(total?.graphs) }).toEqual({ triples: stats.totals.triples, graphs: stats.totals.articles });
  }, 900_000);

  it('names the most quoted unlinked speakers with the articles and statements a scan counts', async () => {
    const rows = await (mostQuoted ??= ask('most-quoted-unlinked.rq'));
    expect(rows.length).toBeGreaterThan(1000);
    for (const row of rows.slice(0, 10)) {
      const statements = truth.statementsBy.get(row.speaker as string) ?? [];
      const articles = new Set(statements.map((statement) => statement.replace(/\/statement\/.*$/, '')));
      expect({ speaker: row.speaker, articles: Number(row.articles), statements: Number(row.statements) }).toEqual({ speaker: row.speaker, articles: articles.size, statements: statements.length });
    }
    // The first is named for the corpus, and quoted in more than one article.
    expect(rows[0]?.nameKey).toBeTruthy();
    expect(Number(rows[0]?.articles)).toBeGreaterThan(1);
  }, 600_000);

  it('gives everything the most quoted unlinked speaker said, one row a statement, by outlet and date', async () => {
    const [first] = await (mostQuoted ??= ask('most-quoted-unlinked.rq'));
    const person = first?.speaker as string;
    const rows = await ask('said-by-outlet.rq', { person });
    expect(rows.length).toBe(truth.statementsBy.get(person)?.length);
    expect(new Set(rows.map((r) => r.outlet)).size).toBeGreaterThan(1);
    // By the instant (the outlets give their own offsets), as SPARQL orders xsd:dateTime.
    const instants = rows.map((r) => Date.parse(r.date as string));
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
  }, 600_000);

  it('ranks who was quoted about Syria, counting at least every statement that names Syria itself', async () => {
    const rows = (await ask('quoted-about-place.rq', { place: SYRIA })).filter((r) => r.place === SYRIA);
    const direct = new Map<string, number>();
    for (const [speaker, statements] of truth.statementsBy) {
      const n = statements.filter((statement) => truth.aboutSyria.has(statement)).length;
      if (n > 0) direct.set(speaker, n);
    }
    expect(rows.length).toBeGreaterThanOrEqual(direct.size);
    const counted = new Map(rows.map((r) => [r.speaker as string, Number(r.statements)]));
    for (const [speaker, n] of direct) expect(counted.get(speaker) ?? 0, speaker).toBeGreaterThanOrEqual(n);
    const most = Math.max(...direct.values());
    expect(Number(rows[0]?.statements)).toBeGreaterThanOrEqual(most);
  }, 600_000);
});
