// `akhbar load`: puts each article's graph into a SPARQL 1.1 server over the Graph Store Protocol,
// or with --bulk into Virtuoso through its own bulk loader.
import type { CommandModule } from 'yargs';
import { AkhbarError } from '../../errors.js';
import { bulkLoad, type BulkReport } from '../../store/bulk-load.js';
import { collectDataFiles } from '../../store/data-files.js';
import { articleGraphs } from '../../store/graph-stream.js';
import { credentialsFromEnv } from '../../store/http.js';
import { openIsql } from '../../store/isql.js';
import { loadGraphs, type LoadedGraph } from '../../store/load.js';
import { networkClient, withNetworkOptions, type NetworkArgs } from '../network-options.js';

interface LoadArgs extends NetworkArgs {
  paths: string[];
  endpoint?: string;
  graphStore?: string;
  replace: boolean;
  bulk: boolean;
  sql: string;
  bulkDir?: string;
  loaders: number;
  chunkTriples: number;
  isql: string;
  quiet: boolean;
}

const number = (n: number) => Math.round(n).toLocaleString('en');

export const loadCommand: CommandModule<object, LoadArgs> = {
  command: 'load [paths..]',
  describe: 'Load the graphs into a SPARQL 1.1 server, each article in its own named graph',
  builder: (y) =>
    withNetworkOptions(y)
      .positional('paths', { type: 'string', array: true, default: ['output'], describe: 'Graph files (.ttl, .nt, .nq, .nq.gz, .jsonld) or folders of them' })
      .option('endpoint', { type: 'string', describe: 'The SPARQL query endpoint of the server (required without --bulk)' })
      .option('graph-store', { type: 'string', describe: 'The Graph Store Protocol URL (default: the endpoint)' })
      .option('replace', { type: 'boolean', default: false, describe: 'Also remove article graphs on the server that this load does not include' })
      .option('bulk', { type: 'boolean', default: false, describe: "Virtuoso only: load with its bulk loader (ld_add, rdf_loader_run) over its SQL port, from files staged in --bulk-dir" })
      .option('sql', { type: 'string', default: '127.0.0.1:1111', describe: "With --bulk: host:port of Virtuoso's SQL listener" })
      .option('bulk-dir', { type: 'string', describe: 'With --bulk: a folder the server may read (DirsAllowed in its virtuoso.ini), at the same path for both' })
      .option('loaders', { type: 'number', default: 2, describe: 'With --bulk: loader sessions working at once' })
      .option('chunk-triples', { type: 'number', default: 250_000, describe: 'With --bulk: triples per staged file' })
      .option('isql', { type: 'string', default: 'isql-vt', describe: "With --bulk: Virtuoso's SQL client (isql-vt on Debian, isql elsewhere)" })
      .option('quiet', { type: 'boolean', default: false, describe: 'Print only errors' })
      .epilogue('The login, when the server asks for one (Basic or Digest; always for --bulk), comes from the environment variables AKHBAR_USER and AKHBAR_PASSWORD.')
      .example('AKHBAR_USER=dba AKHBAR_PASSWORD=… $0 load --endpoint http://127.0.0.1:8890/sparql --graph-store http://127.0.0.1:8890/sparql-graph-crud-auth', 'output/ into Virtuoso')
      .example('AKHBAR_USER=dba AKHBAR_PASSWORD=… $0 load graphs/ --bulk --sql 127.0.0.1:1111 --bulk-dir /var/lib/virtuoso/bulk', "a corpus into Virtuoso with its bulk loader")
      .example('$0 load output/all.nq --endpoint http://localhost:3030/news/sparql --graph-store http://localhost:3030/news/data', 'into Fuseki') as never,
  handler: async (args) => {
    const started = performance.now();
    const files = collectDataFiles(args.paths, { oneCopy: true });
    const onGraph = args.quiet ? undefined : (g: LoadedGraph) => console.log(`<${g.graph}>: ${g.sent} triples sent${g.parts > 1 ? ` in ${g.parts} parts` : ''}, ${g.stored} stored`);
    if (args.bulk) {
      const report = await loadInBulk(files, args, onGraph);
      if (!args.quiet) printBulkReport(report, args, (performance.now() - started) / 1000);
      return;
    }
    if (!args.endpoint) throw new AkhbarError('E_USAGE', 'name the server with --endpoint (or load Virtuoso with --bulk)');
    const client = networkClient(args);
    const report = await loadGraphs(() => articleGraphs(files), { client, endpoint: args.endpoint, graphStore: args.graphStore ?? args.endpoint }, { replace: args.replace, onGraph });
    if (args.quiet) return;
    for (const graph of report.removed) console.log(`<${graph}>: removed (--replace)`);
    const seconds = (performance.now() - started) / 1000;
    console.log(`${report.graphs} graph(s) loaded into ${args.graphStore ?? args.endpoint} in ${seconds.toFixed(2)} s: ${number(report.sent)} triples sent, ${number(report.stored)} stored (${number(report.sent / Math.max(seconds, 1e-3))} triples/s)`);
  },
};

function loadInBulk(files: string[], args: LoadArgs, onGraph?: (g: LoadedGraph) => void): Promise<BulkReport> {
  if (!args.bulkDir) throw new AkhbarError('E_USAGE', "--bulk needs --bulk-dir: a folder the server may read (DirsAllowed in its virtuoso.ini; scripts/virtuoso/start.sh allows $VIRTUOSO_DIR/bulk)");
  if (args.replace) throw new AkhbarError('E_USAGE', '--replace works over the Graph Store Protocol only: load without --bulk to replace the whole set of article graphs');
  if (!Number.isInteger(args.loaders) || args.loaders < 1) throw new AkhbarError('E_USAGE', `--loaders must be a whole number, 1 or more, got ${args.loaders}`);
  if (!Number.isInteger(args.chunkTriples) || args.chunkTriples < 1) throw new AkhbarError('E_USAGE', `--chunk-triples must be a whole number, 1 or more, got ${args.chunkTriples}`);
  if (!(args.timeout > 0)) throw new AkhbarError('E_USAGE', `--timeout must be a positive number of seconds, got ${args.timeout}`);
  const credentials = credentialsFromEnv(process.env);
  if (!credentials) throw new AkhbarError('E_AUTH', `${args.sql} asks for a login on its SQL port: set AKHBAR_USER and AKHBAR_PASSWORD in the environment`);
  const target = { open: () => openIsql({ command: args.isql, address: args.sql, credentials }), address: args.sql, bulkDir: args.bulkDir, loaders: args.loaders, chunkTriples: args.chunkTriples, timeoutMs: args.timeout * 1000 };
  const progress = args.quiet ? {} : { onFile: (file: { path: string }, loaded: number, total: number) => console.log(`bulk: ${file.path} loaded (${number(loaded)} of ${number(total)} triples)`), onNote: (line: string) => console.log(`bulk: ${line}`) };
  return bulkLoad(files, target, { ...progress, onGraph });
}

function printBulkReport(report: BulkReport, args: LoadArgs, seconds: number): void {
  const { checking, loading, checkpoint, counting } = report.seconds;
  if (report.removedInterrupted > 0) console.log(`bulk: ${report.removedInterrupted} graph(s) of an interrupted load that this one does not include: removed`);
  console.log(
    `${number(report.graphs)} graph(s) bulk-loaded into ${args.sql} in ${seconds.toFixed(2)} s: ${number(report.sent)} triples sent, ${number(report.stored)} stored (${number(report.sent / Math.max(seconds, 1e-3))} triples/s; ` +
      `${report.files} staged file(s); reading ${checking.toFixed(1)} s, staging and loading ${loading.toFixed(1)} s, checkpoint ${checkpoint.toFixed(1)} s, counting ${counting.toFixed(1)} s)`,
  );
}
