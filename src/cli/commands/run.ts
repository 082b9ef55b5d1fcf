// `akhbar run`: builds, validates and writes the graph of every article under the given paths.
import { availableParallelism } from 'node:os';
import type { CommandModule } from 'yargs';
import { AkhbarError } from '../../errors.js';
import { DEFAULT_MAX_BYTES } from '../../io/decode.js';
import { DEFAULT_BASE } from '../../rdf/vocabulary.js';
import { ENGINES, type EngineName } from '../../validate/engines/engines.js';
import { runCorpusCommand } from '../corpus-run.js';
import { NER_NAMES_OPTION, parseNerNames } from '../../ner/model-names.js';
import { parseShard } from '../../run/shard.js';

/** An ANT article takes 1.4 ms, the slowest 30 ms, a hostile text of any kind under 1 s (docs/reliability.md). */
const DEFAULT_ARTICLE_TIMEOUT_S = 5;

interface RunArgs {
  inputs: string[];
  out: string;
  base: string;
  maxBytes: number;
  quiet: boolean;
  jobs: number;
  gzip: boolean;
  perArticle?: boolean;
  failFast: boolean;
  limit?: number;
  checkpointEvery: number;
  engine: EngineName;
  stats?: string;
  minConfidence?: number;
  articleTimeout: number;
  nerNames?: string;
  shard?: string;
}

export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run [inputs..]',
  describe: 'Build, validate and write the knowledge graph of each article',
  builder: (y) =>
    y
      .positional('inputs', { type: 'string', array: true, default: ['input'], describe: 'Articles: .txt files, TREC files (.trec, .xml), JSON Lines (.jsonl), folders of them, or - for standard input' })
      .option('out', { type: 'string', default: 'output', describe: 'Output folder' })
      .option('base', { type: 'string', default: DEFAULT_BASE, describe: 'Base IRI of the data' })
      .option('max-bytes', { type: 'number', default: DEFAULT_MAX_BYTES, describe: 'Refuse articles larger than this' })
      .option('jobs', { alias: 'j', type: 'number', default: availableParallelism(), describe: 'Worker threads (1: all in the main thread)' })
      .option('gzip', { type: 'boolean', default: false, describe: 'Write all.nq.gz instead of all.nq' })
      .option('per-article', { type: 'boolean', describe: 'Also write <id>.ttl and <id>.jsonld per article [default: for .txt articles only]' })
      .option('fail-fast', { type: 'boolean', default: false, describe: 'Stop at the first article that fails (a rerun resumes)' })
      .option('limit', { type: 'number', describe: 'Stop after this many records' })
      .option('checkpoint-every', { type: 'number', default: 500, describe: 'Records between checkpoints of an interrupted run' })
      .option('article-timeout', { type: 'number', default: DEFAULT_ARTICLE_TIMEOUT_S, describe: 'Seconds one article may take, extraction to serialisation, before it is refused with E_TIMEOUT and the run goes on (0: no limit)' })
      .option('ner-names', NER_NAMES_OPTION)
      .option('min-confidence', { type: 'number', describe: 'Leave out statements whose akh:confidence (0–1) is below this' })
      .option('engine', { choices: ENGINES, default: 'compiled' as EngineName, describe: 'SHACL engine' })
      .option('shard', { type: 'string', describe: 'Process only shard K of N (K/N, K from 0): the records whose article id hashes to K; writes all.shard-K-of-N.nq' })
      .option('stats', { type: 'string', describe: 'Write the run statistics (totals, stage times, peak memory) to this JSON file' })
      .option('quiet', { type: 'boolean', default: false, describe: 'Print only errors' })
      .example('$0 run', 'input/*.txt → output/<name>.ttl, output/<name>.jsonld, output/all.nq')
      .example('$0 run ../shared/corpus/ant --out graphs --gzip', 'a TREC corpus on every core → graphs/all.nq.gz')
      .example('cat news.jsonl | $0 run - --out graphs --jobs 2', 'JSON Lines from standard input')
      .example('$0 run news/ --out graphs --base https://example.org/id/', 'a folder of articles, another base IRI')
      .example('$0 run news/ --out graphs --min-confidence 0.8', 'only statements whose rule is right at least 80% of the time on the dev set')
      .example('$0 run ../shared/corpus/ant --out graphs --gzip --shard 0/3', 'the first of three shards → graphs/all.shard-0-of-3.nq.gz') as never,
  handler: async (args) => {
    for (const [name, value] of [['jobs', args.jobs], ['checkpoint-every', args.checkpointEvery], ['limit', args.limit ?? 1]] as const) {
      if (!Number.isInteger(value) || value < 1) throw new AkhbarError('E_USAGE', `--${name} must be a whole number of at least 1`);
    }
    if (args.minConfidence !== undefined && !(args.minConfidence >= 0 && args.minConfidence <= 1)) throw new AkhbarError('E_USAGE', '--min-confidence must be a number from 0 to 1');
    if (!(args.articleTimeout >= 0)) throw new AkhbarError('E_USAGE', '--article-timeout must be a number of seconds, 0 or more');
    await runCorpusCommand({ ...args, articleTimeoutMs: args.articleTimeout > 0 ? args.articleTimeout * 1000 : undefined, shard: args.shard === undefined ? undefined : parseShard(args.shard), nerNames: args.nerNames === undefined ? undefined : parseNerNames(args.nerNames) });
  },
};
