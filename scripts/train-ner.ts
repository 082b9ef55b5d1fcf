// Trains the NER model on ANERcorp's train split (CC BY-SA 4.0) and writes it to ontology/ner/.
// First a development run: the last tenth of the sentences is held out (the published test split
// is not used or rebuilt), the model is trained on the rest with the ANERcorp-derived word lists
// rebuilt from that rest alone, and the epoch with the best entity F1 on the held-out part is
// chosen. Then the shipped model is trained on every sentence for that many epochs. The model is
// a function of the data and the seed: the same bytes every run.
// With --folds K it also cross-validates (K contiguous folds, each held out in turn, the lists
// rebuilt from the other folds) and prints the pooled figures of every epoch; it then writes nothing.
// The tag dictionary of the training sentences (tag-dictionary.ts) is read jackknifed over
// --dictionary-folds parts (0: no dictionary). Boundary features (perceptron.ts) weigh each
// transition by the words at it, unless --no-boundaries. The model is the mean of --seeds runs
// (3: seeds N, N + 1, N + 2), each an averaged perceptron over its own order of the sentences.
// With --stack N a second tagger is stacked on a first one (train.ts), the first trained for --first-epochs epochs.
// With --self-train (self-training.ts) a first tagger, trained on the same training part for
// --teacher-epochs epochs, reads --silver-articles articles of the ANT corpus (--corpus DIR); the
// sentences it reads with a confidence of --silver-confidence or more at every token (and an
// entity, of --silver-types) join the training part as silver sentences weighing --silver-weight
// (at most --silver-max of them, the surest first). With --silver-dictionary instead, only the words those
// sentences read inside names of one type in --silver-documents documents or more become tag
// dictionary entries of their own (`sORG` …). The first tagger never sees the held-out part, in
// the development split and in every fold.
// With --embedding-features clusters|dense|both (embeddings.ts; default none) the word embeddings of
// --embeddings FILE (npm run ner-embeddings) are read: their k-means clusters as word features, their
// vectors at -1, 0, +1 as real-valued ones (times --dense-scale); the model then keeps the table.
// Usage: npm run train-ner [-- --data FILE --out FILE --seed N --epochs N --max-epochs N --dev-only --folds K [--fold N] --dictionary-folds N --no-boundaries --seeds N --embedding-features F --embeddings FILE --dense-scale X --stack N --first-epochs N
//        --objective perceptron|crf --learning-rate X --l2 X --no-average --margin X
//        --self-train | --silver-dictionary, --corpus DIR --teacher-epochs N --silver-articles N --silver-confidence X --silver-weight X --silver-max N --silver-types T,T --silver-documents N --silver-share X]
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadProjectData } from '../src/io/resources.js';
import { decodeUtf8 } from '../src/io/decode.js';
import { parseConll, tokensOfSentences, type ConllSentence } from '../src/ner/conll.js';
import { featureContext } from '../src/ner/model/features.js';
import { decodeAll, firstStageTags, prepare, trainModel, type StackOptions, type TaggedDocument } from '../src/ner/model/train.js';
import { stackedFeatures, type DocumentFeatures } from '../src/ner/model/features.js';
import { deriveAnercorpLists } from '../src/ner/model/anercorp-lists.js';
import { deriveTagDictionary } from '../src/ner/model/tag-dictionary.js';
import { serializeModel } from '../src/ner/model/serialize.js';
import { addSentence, emptyScores, formatScores, precisionRecall, type ChunkCounts, type ConllScores } from '../src/ner/conlleval.js';
import { TAGS, spansOfTags } from '../src/ner/model/tags.js';
import { Tagger } from '../src/ner/model/model.js';
import { confidentSentences, silverDictionary, silverReadings, type SilverSentence } from '../src/ner/model/self-training.js';
import { emptyDoc } from '../src/pipeline.js';
import { normalizeStage, segmentStage } from '../src/segment/stage.js';
import type { Token } from '../src/types.js';
import type { Resources } from '../src/resources.js';
import { requirePath, SOURCES } from './source-data.js';
import { gunzipSync } from 'node:zlib';
import { WordEmbeddings, parseEmbeddings } from '../src/ner/model/embeddings.js';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/anercorp/train.txt' },
    out: { type: 'string', default: 'ontology/ner/anercorp.model' },
    clusters: { type: 'string', default: 'ontology/ner/clusters.tsv' },
    embeddings: { type: 'string', default: 'ontology/ner/embeddings.bin' },
    'embedding-features': { type: 'string', default: 'none' },
    'dense-scale': { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    epochs: { type: 'string' },
    'max-epochs': { type: 'string', default: '12' },
    'dev-share': { type: 'string', default: '0.1' },
    'min-count': { type: 'string', default: '2' },
    'dev-only': { type: 'boolean', default: false },
    'dictionary-folds': { type: 'string', default: '20' },
    folds: { type: 'string' },
    fold: { type: 'string' },
    'no-boundaries': { type: 'boolean', default: false },
    seeds: { type: 'string', default: '3' },
    stack: { type: 'string', default: '0' },
    'first-epochs': { type: 'string', default: '10' },
    'self-train': { type: 'boolean', default: false },
    'silver-dictionary': { type: 'boolean', default: false },
    corpus: { type: 'string', default: '../shared/corpus/ant' },
    'teacher-epochs': { type: 'string', default: '5' },
    'silver-articles': { type: 'string', default: '4000' },
    'silver-confidence': { type: 'string', default: '20' },
    'silver-weight': { type: 'string', default: '0.2' },
    'silver-max': { type: 'string', default: '5000' },
    'silver-documents': { type: 'string', default: '3' },
    'silver-share': { type: 'string', default: '0.5' },
    'silver-every-word': { type: 'boolean', default: false },
    'silver-types': { type: 'string', default: 'ORG,MISC' },
    objective: { type: 'string', default: 'perceptron' },
    'learning-rate': { type: 'string', default: '0.1' },
    l2: { type: 'string', default: '1' },
    'no-average': { type: 'boolean', default: false },
    margin: { type: 'string', default: '0' },
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
const clusters = readClusters(resolve(args.clusters));
// --embedding-features clusters|dense|both (embeddings.ts: the k-means clusters of every word's
// embedding as word features, its vector at -1, 0, +1 as real-valued ones), from --embeddings FILE.
const embeddingUse = args['embedding-features'];
if (!['none', 'clusters', 'dense', 'both'].includes(embeddingUse)) throw new Error(`--embedding-features ${embeddingUse}: none, clusters, dense or both`);
const embeddings = embeddingUse === 'none' ? undefined : new WordEmbeddings(parseEmbeddings(gunzipSync(readFileSync(resolve(args.embeddings)))));
const embeddingLists = { ...((embeddingUse === 'clusters' || embeddingUse === 'both') && embeddings && { embeddingClusters: embeddings }), ...((embeddingUse === 'dense' || embeddingUse === 'both') && embeddings && { embeddingVectors: embeddings }) };
const denseScale = Number(args['dense-scale']);
const maxEpochs = args.epochs ? Number(args.epochs) : Number(args['max-epochs']);
// A stacked tagger (train.ts): --stack N parts for the first stage's jackknifed tags, 0 for none.
const stack: StackOptions | undefined = Number(args.stack) > 0 ? { folds: Number(args.stack), epochs: Number(args['first-epochs']), listsOf: (part) => listsFrom(part, resources) } : undefined;
const selfTraining = args['self-train'] || args['silver-dictionary'];
// --objective crf: a linear-chain CRF over the same features (crf.ts), SGD from --learning-rate with
// --l2, the weights averaged over every step unless --no-average.
if (args.objective !== 'perceptron' && args.objective !== 'crf') throw new Error(`--objective: perceptron or crf, not ${args.objective}`);
// --margin X: the perceptron's updates against cost-augmented Viterbi (X per wrong tag, perceptron.ts).
const margin = Number(args.margin);
const crf = args.objective === 'crf' ? { learningRate: Number(args['learning-rate']), l2: Number(args.l2), average: !args['no-average'] } : undefined;
const started = Date.now();
// --folds K --fold N: fold N alone (1…K), no development run: its figures at every epoch, for
// folds run side by side in processes of their own (pool their counts by hand).
if (args.folds && args.fold) {
  const k = Number(args.folds);
  const fold = Number(args.fold) - 1;
  const from = Math.round((sentences.length * fold) / k);
  const to = Math.round((sentences.length * (fold + 1)) / k);
  develop([...sentences.slice(0, from), ...sentences.slice(to)], sentences.slice(from, to), (epoch, scores) => console.log(`fold ${fold + 1} of ${k}, epoch ${epoch}:\n${formatScores(scores)}`));
  process.exit(0);
}
const byEpoch = develop(sentences.slice(0, cut), sentences.slice(cut), (epoch, scores) => console.log(`epoch ${epoch}: dev F1 ${f1Of(scores)} (${((Date.now() - started) / 1000).toFixed(0)} s)`));
const best = byEpoch.reduce((a, b) => (precisionRecall(b.scores.overall).f1 > precisionRecall(a.scores.overall).f1 ? b : a));
const devPart = documentOf(sentences.slice(cut));
const devTokens = devPart.tokens.length;
console.log(`\ndevelopment split (last ${devPart.sentences.length} sentences, ${devTokens} tokens), epoch ${best.epoch}:\n${formatScores(best.scores)}`);
if (args.folds) crossValidate(Number(args.folds));
if (args['dev-only'] || args.folds) process.exit(0);

const figures = (scores: ConllScores) => Object.fromEntries(
  [['overall', scores.overall] as const, ...Object.entries(scores.byType)].map(([name, counts]) => {
    const { precision, recall, f1 } = precisionRecall(counts);
    return [name, { precision: round(precision), recall: round(recall), f1: round(f1) }];
  }),
);
// Self-training: the silver sentences of a first tagger trained on every gold sentence.
const finalSilver = selfTraining ? silverOf(documentOf(sentences)) : undefined;
const trainingDocument = finalSilver?.sentences.length ? documentOf([...sentences, ...finalSilver.sentences], sentences.length) : documentOf(sentences);
const model = trainModel(trainingDocument, featureContext(resources, { clusters, ...embeddingLists }), {
  denseScale,
  epochs: best.epoch,
  seed,
  minCount: Number(args['min-count']),
  dictionaryFolds: Number(args['dictionary-folds']),
  boundaries: !args['no-boundaries'],
  seeds: Number(args.seeds),
  ...(crf && { crf }),
  ...(margin > 0 && { margin }),
  ...(stack && { stack }),
  ...(finalSilver?.sentences.length && { silverWeight: Number(args['silver-weight']) }),
  ...(finalSilver?.dictionary && { extraDictionary: finalSilver.dictionary }),
  info: {
    data: 'ANERcorp train split (CAMeL Lab), 3,989 sentences',
    licence: 'CC BY-SA 4.0. Derived from ANERcorp: Benajiba, Rosso & Benedí Ruiz 2007, CICLing; split as distributed by CAMeL Lab, Obeid et al. 2020, LREC.',
    tags: TAGS.join(' '),
    ...(selfTraining && { selfTraining: silverSettings() }),
    development: { sentences: devPart.sentences.length, tokens: devTokens, share: devShare, epoch: best.epoch, ...figures(best.scores) },
  },
});
const out = resolve(args.out);
writeFileSync(`${out}.tmp`, serializeModel(model));
renameSync(`${out}.tmp`, out);
console.log(`\n${model.features.length} features, ${best.epoch} epochs → ${out}`);

/**
 * Trains on one part and scores each epoch on the other; the lists derived from ANERcorp are rebuilt
 * from the training part alone, so the held-out names are as new to the model as a test text's.
 */
function develop(trainSentences: readonly ConllSentence[], devSentences: readonly ConllSentence[], report?: (epoch: number, scores: ConllScores) => void): { epoch: number; scores: ConllScores }[] {
  const goldPart = documentOf(trainSentences);
  const devPart = documentOf(devSentences);
  const dictionaryFolds = Number(args['dictionary-folds']);
  const silver = selfTraining ? silverOf(goldPart) : undefined;
  const trainPart = silver?.sentences.length ? documentOf([...trainSentences, ...silver.sentences], trainSentences.length) : goldPart;
  const goldDictionary = dictionaryFolds > 0 ? deriveTagDictionary(goldPart.tokens, goldPart.sentences) : new Map<string, string>();
  const tagDictionary = silver?.dictionary ? new Map([...silver.dictionary, ...goldDictionary]) : goldDictionary;
  const context = featureContext(resources, { ...listsFrom(goldPart, resources), clusters, tagDictionary, ...embeddingLists });
  const out: { epoch: number; scores: ConllScores }[] = [];
  // A stacked model's development part read by its first stage once.
  let stacked: DocumentFeatures | undefined;
  trainModel(trainPart, context, {
    denseScale,
    epochs: maxEpochs,
    seed,
    minCount: Number(args['min-count']),
    dictionaryFolds,
    boundaries: !args['no-boundaries'],
    seeds: Number(args.seeds),
    ...(crf && { crf }),
    ...(margin > 0 && { margin }),
    ...(stack && { stack }),
    ...(silver?.sentences.length && { silverWeight: Number(args['silver-weight']) }),
    ...(silver?.dictionary && { extraDictionary: silver.dictionary }),
    afterEpoch: (epoch, weights, numbering, first) => {
      if (first) stacked ??= stackedFeatures(devPart.tokens, devPart.sentences, firstStageTags(first, devPart, context), context);
      const dev = prepare(devPart, context, numbering, false, 1, undefined, stacked, denseScale);
      const scores = emptyScores();
      decodeAll(dev, weights).forEach((tags, i) => addSentence(scores, dev[i]?.tags ?? [], tags));
      out.push({ epoch, scores });
      report?.(epoch, scores);
    },
  });
  return out;
}

/** K contiguous folds, each held out in turn: the pooled counts per epoch, and the best epoch's figures. */
function crossValidate(k: number): void {
  const pooled: ConllScores[] = [];
  const perFold: string[][] = [];
  for (let fold = 0; fold < k; fold++) {
    const from = Math.round((sentences.length * fold) / k);
    const to = Math.round((sentences.length * (fold + 1)) / k);
    const scores = develop([...sentences.slice(0, from), ...sentences.slice(to)], sentences.slice(from, to));
    scores.forEach(({ scores: s }, e) => {
      pooled[e] = mergeScores(pooled[e] ?? emptyScores(), s);
      (perFold[e] ??= []).push(f1Of(s));
    });
    console.log(`fold ${fold + 1} of ${k} (sentences ${from}–${to - 1}): F1 by epoch ${scores.map(({ scores: s }) => f1Of(s)).join(' ')}`);
  }
  pooled.forEach((s, e) => console.log(`epoch ${e + 1}: pooled F1 ${f1Of(s)} (folds ${perFold[e]?.join(' ')})`));
  const bestAt = pooled.reduce((b, s, e) => (precisionRecall(s.overall).f1 > precisionRecall((pooled[b] as ConllScores).overall).f1 ? e : b), 0);
  console.log(`\n${k}-fold cross-validation, pooled, epoch ${bestAt + 1}:\n${formatScores(pooled[bestAt] as ConllScores)}`);
  console.log(`at the development split's epoch ${best.epoch}:\n${formatScores(pooled[best.epoch - 1] as ConllScores)}`);
}

function mergeScores(a: ConllScores, b: ConllScores): ConllScores {
  const add = (x: ChunkCounts | undefined, y: ChunkCounts | undefined): ChunkCounts => ({ gold: (x?.gold ?? 0) + (y?.gold ?? 0), predicted: (x?.predicted ?? 0) + (y?.predicted ?? 0), correct: (x?.correct ?? 0) + (y?.correct ?? 0) });
  const types = [...new Set([...Object.keys(a.byType), ...Object.keys(b.byType)])];
  return { tokens: a.tokens + b.tokens, correctTags: a.correctTags + b.correctTags, overall: add(a.overall, b.overall), byType: Object.fromEntries(types.map((t) => [t, add(a.byType[t], b.byType[t])])) };
}

function f1Of(scores: ConllScores): string {
  return (100 * precisionRecall(scores.overall).f1).toFixed(2);
}

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
function readClusters(path: string): Map<string, readonly number[]> {
  const clusters = new Map<string, readonly number[]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [word, ...levels] = line.split('\t');
    clusters.set(word as string, levels.map(Number));
  }
  return clusters;
}

/** Sentences read from the file as one document: the document features look across them. Those from `silverFrom` on are silver. */
function documentOf(part: readonly ConllSentence[], silverFrom = Infinity): TaggedDocument {
  const { tokens, sentences: ranges } = tokensOfSentences(part, resources.normalizer);
  return { tokens, sentences: ranges.map((range, i) => ({ ...range, tags: part[i]?.tags ?? [], ...(i >= silverFrom && { silver: true }) })) };
}

/**
 * Self-training: a first tagger trained on the gold part reads the ANT articles; the sentences it
 * is sure of (silver), in article order, or (--silver-dictionary) only the dictionary their names give.
 */
function silverOf(gold: TaggedDocument): { sentences: ConllSentence[]; dictionary?: Map<string, string> } {
  const t0 = Date.now();
  const lists = listsFrom(gold, resources);
  const base = featureContext(resources, { ...lists, clusters });
  const teacher = trainModel(gold, base, { epochs: Number(args['teacher-epochs']), seed, minCount: Number(args['min-count']), dictionaryFolds: Number(args['dictionary-folds']), boundaries: !args['no-boundaries'], seeds: Number(args.seeds) });
  const tagger = new Tagger(teacher, featureContext(resources, { ...lists, clusters, tagDictionary: teacher.tagDictionary ?? new Map<string, string>() }));
  const t1 = Date.now();
  const options = { minConfidence: Number(args['silver-confidence']), withEntity: true, minTokens: 5, maxTokens: 80 };
  // --silver-types: a silver sentence has a name of one of them (ORG,MISC: the types the gold part teaches least).
  const types = new Set(args['silver-types'].split(',').map((t) => t.trim()));
  const hasType = (tags: Uint8Array) => [...tags].some((t) => TAGS[t]?.startsWith('B-') && types.has((TAGS[t] as string).slice(2)));
  const found: { article: number; tokens: Token[]; sentence: SilverSentence }[] = [];
  const readings: [string, string][][] = [];
  let read = 0;
  antArticles().forEach((text, article) => {
    const doc = segmentStage(normalizeStage(emptyDoc(String(article), 'ant', text), resources), resources);
    const ranges = doc.sentences.map((s) => ({ from: s.firstToken, to: s.endToken }));
    read += ranges.length;
    const sure = confidentSentences(tagger, doc.tokens, ranges, options);
    readings.push(silverReadings(doc.tokens, sure));
    for (const sentence of sure) if (hasType(sentence.tags)) found.push({ article, tokens: doc.tokens, sentence });
  });
  const t2 = Date.now();
  if (args['silver-dictionary']) {
    const dictionary = silverDictionary(readings, { minDocuments: Number(args['silver-documents']), minShare: Number(args['silver-share']) }, args['silver-every-word'] ? undefined : teacher.tagDictionary);
    const byType = new Map<string, number>();
    for (const entry of dictionary.values()) byType.set(entry, (byType.get(entry) ?? 0) + 1);
    console.log(`silver dictionary: ${dictionary.size} words (${[...byType].map(([t, n]) => `${t} ${n}`).join(', ')}) from ${found.length} of ${read} sentences; teacher ${((t1 - t0) / 1000).toFixed(0)} s, reading ${((t2 - t1) / 1000).toFixed(0)} s`);
    return { sentences: [], dictionary };
  }
  // The surest first, at most --silver-max, then back in article order (the document features read across an article's sentences).
  const kept = found.map((f, i) => ({ ...f, i })).sort((a, b) => b.sentence.confidence - a.sentence.confidence || a.i - b.i).slice(0, Number(args['silver-max'])).sort((a, b) => a.i - b.i);
  const sentences = kept.map(({ tokens, sentence }) => ({ words: tokens.slice(sentence.from, sentence.to).map((t) => t.text), tags: [...sentence.tags], lines: [] }));
  const entities = sentences.reduce((n, s) => n + s.tags.filter((t) => TAGS[t]?.startsWith('B-')).length, 0);
  // How many silver names the gold part had already taught: every word of them seen in it inside a name.
  const goldNameWords = new Set(gold.sentences.flatMap((s) => s.tags.flatMap((t, i) => (t === 0 ? [] : [(gold.tokens[s.from + i] as Token).norm]))));
  const known = kept.reduce((n, { tokens, sentence }) => n + spansOfTags(sentence.tags).filter((span) => tokens.slice(sentence.from + span.start, sentence.from + span.end).every((t) => goldNameWords.has(t.norm))).length, 0);
  const sorted = found.map((f) => f.sentence.confidence).sort((a, b) => a - b);
  const quantiles = [0.1, 0.5, 0.9].map((q) => (sorted[Math.floor(q * (sorted.length - 1))] ?? 0).toFixed(0)).join('/');
  console.log(`silver: ${sentences.length} sentences (${sentences.reduce((n, s) => n + s.words.length, 0)} tokens, ${entities} entities, ${known} with every word seen in a gold name) of ${found.length} sure (confidence p10/p50/p90 ${quantiles}), ${read} read; teacher ${((t1 - t0) / 1000).toFixed(0)} s, reading ${((t2 - t1) / 1000).toFixed(0)} s`);
  return { sentences };
}

/** What the model file records of the self-training that made it. */
function silverSettings() {
  const settings = { corpus: 'ANT Corpus v2.1 (Chouigui et al. 2017), text not kept', articles: Number(args['silver-articles']), teacherEpochs: Number(args['teacher-epochs']), confidence: Number(args['silver-confidence']) };
  if (args['silver-dictionary']) return { ...settings, dictionary: { documents: Number(args['silver-documents']), share: Number(args['silver-share']), everyWord: args['silver-every-word'] } };
  return { ...settings, sentences: { max: Number(args['silver-max']), weight: Number(args['silver-weight']), types: args['silver-types'] } };
}

/** The texts of --silver-articles ANT articles spread evenly over the corpus (every k-th, in file order). */
function antArticles(): string[] {
  const dir = requirePath(resolve(args.corpus), SOURCES.ant, 'with --corpus DIR');
  const texts: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.trec')).sort()) {
    for (const record of readFileSync(join(dir, file), 'utf8').matchAll(/<TEXT>([\s\S]*?)<\/TEXT>/g)) texts.push(record[1] ?? '');
  }
  const wanted = Math.min(texts.length, Number(args['silver-articles']));
  return Array.from({ length: wanted }, (_, i) => texts[Math.floor((i * texts.length) / wanted)] as string);
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
