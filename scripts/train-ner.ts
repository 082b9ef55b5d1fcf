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
import { parseConll, tokensOfWords } from '../src/ner/conll.js';
import { featureContext } from '../src/ner/model/features.js';
import { decodeAll, prepare, trainModel, type TaggedSentence } from '../src/ner/model/train.js';
import { deriveAnercorpLists } from '../src/ner/model/anercorp-lists.js';
import { serializeModel } from '../src/ner/model/serialize.js';
import { addSentence, emptyScores, formatScores, precisionRecall, type ConllScores } from '../src/ner/conlleval.js';
import { TAGS } from '../src/ner/model/tags.js';
import type { Resources } from '../src/resources.js';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/anercorp/train.txt' },
    out: { type: 'string', default: 'ontology/ner/anercorp.model' },
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
const { resources } = loadProjectData();
const file = resolve(args.data);
const sentences: TaggedSentence[] = parseConll(decodeUtf8(file, readFileSync(file)), file, { withTags: true }).map((s) => ({ tokens: tokensOfWords(s.words, resources.normalizer), tags: s.tags ?? [] }));
const tokenCount = sentences.reduce((n, s) => n + s.tokens.length, 0);
console.log(`${sentences.length} sentences, ${tokenCount} tokens from ${file}`);

// The development split: the last sentences, as the published test split is the corpus's last part.
const cut = Math.round(sentences.length * (1 - devShare));
const trainPart = sentences.slice(0, cut);
const devPart = sentences.slice(cut);
const devContext = featureContext(resources, listsFrom(trainPart, resources));
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
const devTokens = devPart.reduce((n, s) => n + s.tokens.length, 0);
console.log(`\ndevelopment split (last ${devPart.length} sentences, ${devTokens} tokens), epoch ${best.epoch}:\n${formatScores(best.scores)}`);
if (args['dev-only']) process.exit(0);

const figures = (scores: ConllScores) => Object.fromEntries(
  [['overall', scores.overall] as const, ...Object.entries(scores.byType)].map(([name, counts]) => {
    const { precision, recall, f1 } = precisionRecall(counts);
    return [name, { precision: round(precision), recall: round(recall), f1: round(f1) }];
  }),
);
const model = trainModel(sentences, featureContext(resources), {
  epochs: best.epoch,
  seed,
  minCount: Number(args['min-count']),
  info: {
    data: 'ANERcorp train split (CAMeL Lab), 3,989 sentences',
    licence: 'CC BY-SA 4.0. Derived from ANERcorp: Benajiba, Rosso & Benedí Ruiz 2007, CICLing; split as distributed by CAMeL Lab, Obeid et al. 2020, LREC.',
    tags: TAGS.join(' '),
    development: { sentences: devPart.length, tokens: devTokens, share: devShare, epoch: best.epoch, ...figures(best.scores) },
  },
});
const out = resolve(args.out);
writeFileSync(`${out}.tmp`, serializeModel(model));
renameSync(`${out}.tmp`, out);
console.log(`\n${model.features.length} features, ${best.epoch} epochs → ${out}`);

/** The ANERcorp-derived lists as compileLexicons makes them, from the given sentences alone. */
function listsFrom(part: readonly TaggedSentence[], data: Resources) {
  const pairs = part.flatMap((s) => s.tokens.map((t, i) => [t.text, TAGS[s.tags[i] as number] as string] as const));
  const derived = deriveAnercorpLists(pairs, data.normalizer);
  const curated = readCurated(data);
  const givenNames = new Set([...derived.givenNames, ...curated]);
  return { givenNames, commonWords: new Set(derived.commonWords.filter((w) => !givenNames.has(w))) };
}

function readCurated(data: Resources): string[] {
  const list = JSON.parse(readFileSync(resolve('ontology/lexicon/given-names.json'), 'utf8')) as { curated?: string[] };
  return (list.curated ?? []).map((w) => data.normalizer.normalize(w)).filter((w) => !w.includes(' '));
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
