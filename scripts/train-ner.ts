// Trains the NER model on ANERcorp's train split (CC BY-SA 4.0) and writes it to ontology/ner/.
// First a development run: the last tenth of the sentences is held out (the published test split
// is not used or rebuilt), the model is trained on the rest with the ANERcorp-derived word lists
// rebuilt from that rest alone, and the epoch with the best entity F1 on the held-out part is
// chosen. Then the shipped model is trained on every sentence for that many epochs. The model is
// a function of the data and the seed: the same bytes every run.
// Usage: npm run train-ner [-- --data FILE --out FILE --seed N --epochs N --max-epochs N --dev-only]
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadProjectData } from '../src/io/resources.js';
import { decodeUtf8 } from '../src/io/decode.js';
import { parseConll, tokensOfSentences, type ConllSentence } from '../src/ner/conll.js';
import { featureContext } from '../src/ner/model/features.js';
import { decodeAll, prepare, trainModel, type TaggedDocument } from '../src/ner/model/train.js';
import { deriveAnercorpLists } from '../src/ner/model/anercorp-lists.js';
import { serializeModel } from '../src/ner/model/serialize.js';
import { addSentence, emptyScores, formatScores, precisionRecall, type ConllScores } from '../src/ner/conlleval.js';
import { TAGS } from '../src/ner/model/tags.js';
import type { Resources } from '../src/resources.js';
import { requirePath, SOURCES } from './source-data.js';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/anercorp/train.txt' },
    out: { type: 'string', default: 'ontology/ner/anercorp.model' },
    clusters: { type: 'string', default: 'ontology/ner/clusters.tsv' },
    seed: { type: 'string', default: '1' },
    epochs: { type: 'string' },
    'max-epochs': { type: 'string', default: '12' },
    'dev-share': { type: 'string', default: '0.1' },
    'min-count': { type: 'string', default: '2' },
    'dev-only': { type: 'boolean', default: false },
  },
});
const seed = Number(args.seed);
const devShare = Number(args['dev-share']);
const { resources } = loadProjectData({ nerModel: false });
const file = requirePath(resolve(args.data), SOURCES.anercorp, 'with --data FILE');
const parsed = parseConll(decodeUtf8(file, readFileSync(file)), file, { withTags: true });
const tokenCount = parsed.reduce((n, s) => n + s.words.length, 0);
const sentences = parsed;
console.log(`${sentences.length} sentences, ${tokenCount} tokens from ${file}`);

// The development split: the last sentences, as the published test split is the corpus's last part.
const cut = Math.round(sentences.length * (1 - devShare));
const trainPart = documentOf(sentences.slice(0, cut));
const devPart = documentOf(sentences.slice(cut));
const clusters = readClusters(resolve(args.clusters));
const devContext = featureContext(resources, { ...listsFrom(trainPart, resources), clusters });
const byEpoch: { epoch: number; scores: ConllScores }[] = [];
const started = Date.now();
trainModel(trainPart, devContext, {
  epochs: args.epochs ? Number(args.epochs) : Number(args['max-epochs']),
  seed,
  minCount: Number(args['min-count']),
  afterEpoch: (epoch, weights, numbering) => {
    const dev = prepare(devPart, devContext, numbering, false);
    const scores = emptyScores();
    decodeAll(dev, weights).forEach((tags, i) => addSentence(scores, dev[i]?.tags ?? [], tags));
    byEpoch.push({ epoch, scores });
    console.log(`epoch ${epoch}: dev F1 ${(100 * precisionRecall(scores.overall).f1).toFixed(2)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  },
});
const best = byEpoch.reduce((a, b) => (precisionRecall(b.scores.overall).f1 > precisionRecall(a.scores.overall).f1 ? b : a));
const devTokens = devPart.tokens.length;
console.log(`\ndevelopment split (last ${devPart.sentences.length} sentences, ${devTokens} tokens), epoch ${best.epoch}:\n${formatScores(best.scores)}`);
if (args['dev-only']) process.exit(0);

const figures = (scores: ConllScores) => Object.fromEntries(
  [['overall', scores.overall] as const, ...Object.entries(scores.byType)].map(([name, counts]) => {
    const { precision, recall, f1 } = precisionRecall(counts);
    return [name, { precision: round(precision), recall: round(recall), f1: round(f1) }];
  }),
);
const model = trainModel(documentOf(sentences), featureContext(resources, { clusters }), {
  epochs: best.epoch,
  seed,
  minCount: Number(args['min-count']),
  info: {
    data: 'ANERcorp train split (CAMeL Lab), 3,989 sentences',
    licence: 'CC BY-SA 4.0. Derived from ANERcorp: Benajiba, Rosso & Benedí Ruiz 2007, CICLing; split as distributed by CAMeL Lab, Obeid et al. 2020, LREC.',
    tags: TAGS.join(' '),
    development: { sentences: devPart.sentences.length, tokens: devTokens, share: devShare, epoch: best.epoch, ...figures(best.scores) },
  },
});
const out = resolve(args.out);
writeFileSync(`${out}.tmp`, serializeModel(model));
renameSync(`${out}.tmp`, out);
console.log(`\n${model.features.length} features, ${best.epoch} epochs → ${out}`);

/** The ANERcorp-derived lists as compileLexicons makes them, from the given sentences alone. */
function listsFrom(part: TaggedDocument, data: Resources) {
  const pairs = part.sentences.flatMap((s) => part.tokens.slice(s.from, s.to).map((t, i) => [t.text, TAGS[s.tags[i] as number] as string] as const));
  const derived = deriveAnercorpLists(pairs, data.normalizer);
  const curated = readCurated(data);
  const givenNames = new Set([...derived.givenNames, ...curated]);
  return { givenNames, commonWords: new Set(derived.commonWords.filter((w) => !givenNames.has(w))) };
}

function readCurated(data: Resources): string[] {
  const list = JSON.parse(readFileSync(resolve('ontology/lexicon/given-names.json'), 'utf8')) as { curated?: string[] };
  return (list.curated ?? []).map((w) => data.normalizer.normalize(w)).filter((w) => !w.includes(' '));
}

/** The word clusters of scripts/build-ner-clusters.ts: word, coarse, fine per line; # starts a comment. */
function readClusters(path: string): Map<string, readonly [number, number]> {
  const clusters = new Map<string, readonly [number, number]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [word, coarse, fine] = line.split('\t');
    clusters.set(word as string, [Number(coarse), Number(fine)]);
  }
  return clusters;
}

/** Sentences read from the file as one document: the document features look across them. */
function documentOf(part: readonly ConllSentence[]): TaggedDocument {
  const { tokens, sentences: ranges } = tokensOfSentences(part, resources.normalizer);
  return { tokens, sentences: ranges.map((range, i) => ({ ...range, tags: part[i]?.tags ?? [] })) };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
