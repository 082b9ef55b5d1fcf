// `akhbar serve`: a read-only SPARQL 1.1 endpoint over the graphs, and their `akhbar view` pages.
import type { CommandModule } from 'yargs';
import { AkhbarError } from '../../errors.js';
import { loadViewResources } from '../../io/view-resources.js';
import { startQueryRunner } from '../../serve/query-runner.js';
import { pageStore, SPARQL_PATH, startServer } from '../../serve/server.js';
import { collectDataFiles } from '../../store/data-files.js';
import { buildSite } from '../build-site.js';

interface ServeArgs {
  graphs: string[];
  port: number;
  host: string;
  timeout: number;
  maxRows: number;
  pageSize: number;
  quiet: boolean;
}

export const serveCommand: CommandModule<object, ServeArgs> = {
  command: 'serve [graphs..]',
  describe: 'Serve the graphs: a read-only SPARQL endpoint at /sparql and the article pages at /',
  builder: (y) =>
    y
      .positional('graphs', { type: 'string', array: true, default: ['output'], describe: 'Graph files (.ttl, .nt, .nq, .jsonld) or folders of them' })
      .option('port', { type: 'number', default: 7878, describe: 'TCP port (0: any free one)' })
      .option('host', { type: 'string', default: '127.0.0.1', describe: 'Address to listen on; anything but loopback must be asked for' })
      .option('timeout', { type: 'number', default: 30, describe: 'Seconds a query may run before it is stopped' })
      .option('max-rows', { type: 'number', default: 100_000, describe: 'Rows (or triples) one answer may hold' })
      .option('page-size', { type: 'number', default: 100, describe: 'Articles per index page' })
      .option('quiet', { type: 'boolean', default: false, describe: 'Print only errors' })
      .example('$0 serve', 'output/ at http://127.0.0.1:7878/ (pages) and http://127.0.0.1:7878/sparql')
      .example("curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' http://127.0.0.1:7878/sparql", 'ask it from another terminal') as never,
  handler: async (args) => {
    for (const [name, value] of [['timeout', args.timeout], ['max-rows', args.maxRows], ['page-size', args.pageSize]] as const) {
      if (!(value > 0) || (name !== 'timeout' && !Number.isInteger(value))) throw new AkhbarError('E_USAGE', `--${name} must be a number above 0`);
    }
    if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new AkhbarError('E_USAGE', '--port must be a whole number from 0 to 65535');
    const started = performance.now();
    const files = collectDataFiles(args.graphs);
    const runner = startQueryRunner({ paths: files, timeoutMs: args.timeout * 1000, maxQueue: 32 });
    try {
      const site = pageStore();
      const built = await buildSite(files, loadViewResources(args.pageSize), site.add);
      const store = await runner.ready;
      const server = await startServer({
        host: args.host,
        port: args.port,
        runner,
        maxRows: args.maxRows,
        pages: site.pages,
        onQuery: (q) => {
          if (q.error) console.error(`sparql ${q.status} ${q.error} (${q.ms.toFixed(0)} ms)`);
          else if (!args.quiet) console.log(`sparql ${q.status} ${q.type?.split(';')[0]} ${q.size} (${q.ms.toFixed(0)} ms)`);
        },
      }).catch((cause: NodeJS.ErrnoException) => {
        throw new AkhbarError('E_USAGE', `cannot listen on ${args.host}:${args.port}: ${cause.code === 'EADDRINUSE' ? 'the port is taken (choose another with --port)' : cause.message}`, { cause });
      });
      // Listening for the signals before saying the endpoint is ready: a client that stops it as
      // soon as it reads the URL must not find the default handler, which would kill the process.
      const stopped = stopSignal();
      if (!args.quiet) {
        console.log(`${built.articles} article(s), ${store.triples.toLocaleString('en')} triples in ${store.graphs} graph(s), ready in ${((performance.now() - started) / 1000).toFixed(1)} s${built.failed ? `; ${built.failed} graph(s) could not be shown` : ''}`);
        console.log(`  pages   ${server.url}/`);
        console.log(`  SPARQL  ${server.url}${SPARQL_PATH}  (read-only; timeout ${args.timeout} s, at most ${args.maxRows.toLocaleString('en')} rows)`);
        console.log('Ctrl-C stops it.');
      }
      await stopped;
      await server.close();
    } finally {
      await runner.close();
    }
  },
};

/** Resolves at the first SIGINT or SIGTERM, so that the command ends as any other (exit code 0). */
function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
