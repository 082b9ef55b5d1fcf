// `npm run ner-cost`: what `--ner-names` costs per article, measured interleaved in one process so
// that a shared machine's load falls on both sides alike: each of the first --limit records of the
// corpus (../shared/corpus/ant by default) is analysed and its graph built without the tagger's
// names and then with them (--names, default person), in alternating order, and the CPU time of
// each side is summed. Two rounds (the first warms the word caches and the JIT) unless --rounds N;
// every round is printed, then the last. The budget is +20% on the whole corpus.
// Options: --corpus DIR, --limit N (1500), --names LIST (person), --rounds N (2).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cpuUsage } from 'node:process';
import { loadProjectData } from '../src/io/resources.js';
import { planInputs, readCorpus } from '../src/io/sources.js';
import { analyze } from '../src/pipeline.js';
import { buildGraph } from '../src/rdf/build-graph.js';
import { DEFAULT_BASE } from '../src/rdf/vocabulary.js';
import { parseNerNames } from '../src/ner/model-names.js';
import type { ArticleMeta } from '../src/types.js';
import { requirePath, SOURCES } from './source-data.js';

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpus/ant' },
    limit: { type: 'string', default: '1500' },
    names: { type: 'string', default: 'person' },
    rounds: { type: 'string', default: '2' },
  },
});
const corpus = requirePath(resolve(args.corpus), SOURCES.ant, 'with --corpus DIR');
const limit = Number(args.limit);
const without = loadProjectData({ nerNames: [] }).resources;
const withNames = { ...without, nerNames: parseNerNames(args.names) };

const articles: { id: string; text: string; meta?: ArticleMeta }[] = [];
for await (const item of readCorpus(planInputs([corpus]))) {
  if (articles.length >= limit) break;
  if (!item.error) articles.push({ id: item.article.id, text: item.article.text, meta: item.article.meta });
}

/** CPU microseconds (user + system) of one article's analysis and graph. */
function cost(article: (typeof articles)[number], resources: typeof without): { micros: number; triples: number } {
  const before = cpuUsage();
  const triples = buildGraph(analyze(article.id, article.text, resources, { meta: article.meta }), { base: DEFAULT_BASE }).length;
  const used = cpuUsage(before);
  return { micros: used.user + used.system, triples };
}

const rounds = Number(args.rounds);
let last = '';
for (let round = 1; round <= rounds; round++) {
  let plain = 0;
  let tagged = 0;
  let triplesPlain = 0;
  let triplesTagged = 0;
  articles.forEach((article, n) => {
    // Alternate which side goes first, so neither always finds the caches warm.
    const sides = n % 2 === 0 ? ([without, withNames] as const) : ([withNames, without] as const);
    for (const resources of sides) {
      const { micros, triples } = cost(article, resources);
      if (resources === without) [plain, triplesPlain] = [plain + micros, triplesPlain + triples];
      else [tagged, triplesTagged] = [tagged + micros, triplesTagged + triples];
    }
  });
  last = `round ${round} of ${rounds}, ${articles.length} articles: without ${(plain / 1e6).toFixed(2)} s CPU (${triplesPlain} triples), with --ner-names ${args.names} ${(tagged / 1e6).toFixed(2)} s (${triplesTagged} triples): ${tagged >= plain ? '+' : ''}${((100 * (tagged - plain)) / plain).toFixed(1)}%`;
  console.log(last);
}
