// `akhbar load`: puts each article's graph into a SPARQL 1.1 server over the Graph Store Protocol.
import type { CommandModule } from 'yargs';
import { collectDataFiles } from '../../store/data-files.js';
import { articleGraphs } from '../../store/graph-stream.js';
import { loadGraphs, type LoadedGraph } from '../../store/load.js';
import { networkClient, withNetworkOptions, type NetworkArgs } from '../network-options.js';

interface LoadArgs extends NetworkArgs {
  paths: string[];
  endpoint: string;
  graphStore?: string;
  replace: boolean;
  quiet: boolean;
}

export const loadCommand: CommandModule<object, LoadArgs> = {
  command: 'load [paths..]',
  describe: 'Load the graphs into a SPARQL 1.1 server, each article in its own named graph',
  builder: (y) =>
    withNetworkOptions(y)
      .positional('paths', { type: 'string', array: true, default: ['output'], describe: 'Graph files (.ttl, .nt, .nq, .nq.gz, .jsonld) or folders of them' })
      .option('endpoint', { type: 'string', demandOption: true, describe: 'The SPARQL query endpoint of the server' })
      .option('graph-store', { type: 'string', describe: 'The Graph Store Protocol URL (default: the endpoint)' })
      .option('replace', { type: 'boolean', default: false, describe: 'Also remove article graphs on the server that this load does not include' })
      .option('quiet', { type: 'boolean', default: false, describe: 'Print only errors' })
      .epilogue('The login, when the server asks for one (Basic or Digest), comes from the environment variables AKHBAR_USER and AKHBAR_PASSWORD.')
      .example('AKHBAR_USER=dba AKHBAR_PASSWORD=… $0 load --endpoint http://127.0.0.1:8890/sparql --graph-store http://127.0.0.1:8890/sparql-graph-crud-auth', 'output/ into Virtuoso')
      .example('$0 load output/all.nq --endpoint http://localhost:3030/news/sparql --graph-store http://localhost:3030/news/data', 'into Fuseki') as never,
  handler: async (args) => {
    const started = performance.now();
    const client = networkClient(args);
    const files = collectDataFiles(args.paths, { oneCopy: true });
    const onGraph = args.quiet ? undefined : (g: LoadedGraph) => console.log(`<${g.graph}>: ${g.sent} triples sent${g.parts > 1 ? ` in ${g.parts} parts` : ''}, ${g.stored} stored`);
    const report = await loadGraphs(() => articleGraphs(files), { client, endpoint: args.endpoint, graphStore: args.graphStore ?? args.endpoint }, { replace: args.replace, onGraph });
    if (args.quiet) return;
    for (const graph of report.removed) console.log(`<${graph}>: removed (--replace)`);
    const seconds = (performance.now() - started) / 1000;
    console.log(`${report.graphs} graph(s) loaded into ${args.graphStore ?? args.endpoint} in ${seconds.toFixed(2)} s: ${report.sent.toLocaleString('en')} triples sent, ${report.stored.toLocaleString('en')} stored (${Math.round(report.sent / Math.max(seconds, 1e-3)).toLocaleString('en')} triples/s)`);
  },
};
