// `akhbar query`: runs a SPARQL query over the output graphs in the embedded store, or on a server.
import { readFileSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { AkhbarError } from '../../errors.js';
import { collectDataFiles, readDataFiles } from '../../store/data-files.js';
import { createEmbeddedStore } from '../../store/embedded.js';
import { formatResult, RESULT_FORMATS, type ResultFormat } from '../../store/formats.js';
import { queryEndpoint } from '../../store/remote.js';
import { bindParams, parseParam } from '../../store/sparql-text.js';
import { prefixesOf } from '../../store/table.js';
import { networkClient, withNetworkOptions, type NetworkArgs } from '../network-options.js';

interface QueryArgs extends NetworkArgs {
  query: string;
  data: string[];
  format: ResultFormat;
  nquads: boolean;
  param: string[];
  endpoint?: string;
}

export const queryCommand: CommandModule<object, QueryArgs> = {
  command: 'query <query>',
  describe: 'Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the output graphs',
  builder: (y) =>
    withNetworkOptions(y)
      .positional('query', { type: 'string', demandOption: true, describe: 'The query text, or @file.rq' })
      .option('data', { type: 'string', array: true, default: ['output'], describe: 'Graph files (.ttl, .nt, .nq, .jsonld) or folders of them' })
      .option('format', { choices: RESULT_FORMATS, default: 'table' as ResultFormat, describe: 'Output of SELECT and ASK' })
      .option('nquads', { type: 'boolean', default: false, describe: 'Write CONSTRUCT and DESCRIBE results as N-Quads instead of Turtle' })
      .option('param', { type: 'string', array: true, default: [], describe: 'name=IRI: bind ?name to the IRI (repeatable)' })
      .option('endpoint', { type: 'string', describe: 'Ask this SPARQL endpoint instead of the embedded store (login from AKHBAR_USER, AKHBAR_PASSWORD)' })
      .example('$0 query @ontology/queries/attendees.rq', 'who attended each event, over output/')
      .example('$0 query @ontology/queries/said-by.rq --param person=<entity IRI>', 'everything one person said, in order')
      .example("$0 query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format csv", 'an inline query, as CSV') as never,
  handler: async (args) => {
    const sparql = bindParams(readQuery(args.query), new Map(args.param.map(parseParam)));
    const result = args.endpoint
      ? await queryEndpoint(networkClient(args), args.endpoint, sparql)
      : (await createEmbeddedStore(await readDataFiles(collectDataFiles(args.data)))).query(sparql);
    const text = await formatResult(result, { format: args.format, nquads: args.nquads, prefixes: prefixesOf(sparql) });
    console.log(text.replace(/\n$/, ''));
  },
};

/** The query itself, or the contents of the file after @. */
function readQuery(query: string): string {
  if (!query.startsWith('@')) return query;
  try {
    return readFileSync(query.slice(1), 'utf8');
  } catch (cause) {
    throw new AkhbarError('E_MISSING', 'cannot read the query file', { file: query.slice(1), cause });
  }
}
