// The model file: gzip of a short header line, the feature strings, the weights quantised to
// 16-bit integers with one scale (argmax decoding needs only their order, and 16 bits keep it to
// one part in 30,000 of the largest weight), the transitions, and the word clusters the features
// read, the tag dictionary of the training corpus, and the boundary features with their transition weights. Same model, same bytes: nothing in it depends on time.
import { gunzipSync, gzipSync } from 'node:zlib';
import { AkhbarError } from '../../errors.js';
import { TAGS, TAG_COUNT } from './tags.js';
import type { LinearWeights } from './perceptron.js';
import { TRANSITION_SIZE } from './viterbi.js';
import type { ModelInfo, NerModel } from './model.js';
import { embeddingBytes, parseEmbeddings } from './embeddings.js';

const MAGIC = 'AKHBAR-NER 1\n';
const QUANTUM = 32767;

interface Header {
  tags: string[];
  featureCount: number;
  featureBytes: number;
  clusterBytes: number;
  /** The tag dictionary's bytes (`word<TAB>entry` lines) after the clusters; absent: none. */
  dictionaryBytes?: number;
  /** Boundary features after the dictionary: their strings' bytes, then their transition weights as 32-bit floats; absent: none. */
  boundaryCount?: number;
  boundaryBytes?: number;
  /** A stacked model's first stage, after everything else: a model file's bytes before gzip; absent: none. */
  firstBytes?: number;
  /** Dense weights (32-bit floats) after the boundary features; absent: none. */
  denseCount?: number;
  /** The embedding table (embeddings.ts, its bytes before gzip) after the dense weights; absent: none. */
  embeddingBytes?: number;
  scale: number;
  info: ModelInfo;
}

/**
 * The model of trained weights over `features`: weights quantised as the file stores them, and the
 * features whose weights all round to zero left out (they change no score).
 */
export function modelFromWeights(features: readonly string[], trained: LinearWeights, info: ModelInfo, clusters: ReadonlyMap<string, readonly number[]> = new Map(), boundaryFeatures?: readonly string[]): NerModel {
  let largest = 0;
  for (const w of trained.weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest > 0 ? largest / QUANTUM : 1;
  const kept: { feature: string; row: Int16Array }[] = [];
  features.forEach((feature, id) => {
    const row = new Int16Array(TAG_COUNT);
    let any = false;
    for (let tag = 0; tag < TAG_COUNT; tag++) {
      row[tag] = Math.round((trained.weights[id * TAG_COUNT + tag] as number) / scale);
      if (row[tag] !== 0) any = true;
    }
    if (any) kept.push({ feature, row });
  });
  // Code-unit order: a stable order independent of how the trainer met the features.
  kept.sort((a, b) => (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0));
  const weights = new Float32Array(kept.length * TAG_COUNT);
  kept.forEach(({ row }, i) => row.forEach((q, tag) => (weights[i * TAG_COUNT + tag] = q * scale)));
  const model: NerModel = { features: kept.map((k) => k.feature), weights, transitions: Float32Array.from(trained.transitions), clusters, info: { ...info, scale } };
  if (!boundaryFeatures) return model;
  // Boundary features whose weights are all zero (never at a mistake) are left out; the order is the features' code-unit order.
  const boundaries = boundaryFeatures
    .map((feature, id) => ({ feature, row: Float32Array.from(trained.boundaries.subarray(id * TRANSITION_SIZE, (id + 1) * TRANSITION_SIZE)) }))
    .filter(({ row }) => row.some((w) => w !== 0))
    .sort((a, b) => (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0));
  const boundaryWeights = new Float32Array(boundaries.length * TRANSITION_SIZE);
  boundaries.forEach(({ row }, i) => boundaryWeights.set(row, i * TRANSITION_SIZE));
  return { ...model, boundaryFeatures: boundaries.map((b) => b.feature), boundaryWeights };
}

export function serializeModel(model: NerModel): Buffer {
  return gzipSync(rawBytes(model), { level: 9 });
}

function rawBytes(model: NerModel): Buffer {
  const scale = typeof model.info.scale === 'number' ? model.info.scale : 1;
  const featureText = Buffer.from(model.features.join('\n'), 'utf8');
  const clusterLines = [...model.clusters].map(([word, levels]) => `${word}\t${levels.join('\t')}`).sort();
  const clusterText = Buffer.from(clusterLines.join('\n'), 'utf8');
  const dictionaryLines = [...(model.tagDictionary ?? [])].map(([word, entry]) => `${word}\t${entry}`).sort();
  const dictionaryText = Buffer.from(dictionaryLines.join('\n'), 'utf8');
  const { scale: _scale, ...info } = model.info;
  const boundaryText = Buffer.from((model.boundaryFeatures ?? []).join('\n'), 'utf8');
  const boundaryWeights = Buffer.alloc((model.boundaryWeights?.length ?? 0) * 4);
  model.boundaryWeights?.forEach((w, i) => boundaryWeights.writeFloatLE(w, i * 4));
  const first = model.first ? rawBytes(model.first) : Buffer.alloc(0);
  const dense = Buffer.alloc((model.denseWeights?.length ?? 0) * 4);
  model.denseWeights?.forEach((w, i) => dense.writeFloatLE(w, i * 4));
  const embeddings = model.embeddings ? embeddingBytes(model.embeddings) : Buffer.alloc(0);
  const header: Header = { tags: [...TAGS], featureCount: model.features.length, featureBytes: featureText.length, clusterBytes: clusterText.length, dictionaryBytes: dictionaryText.length, ...(model.boundaryFeatures && { boundaryCount: model.boundaryFeatures.length, boundaryBytes: boundaryText.length }), ...(model.first && { firstBytes: first.length }), ...(model.denseWeights && { denseCount: model.denseWeights.length }), ...(model.embeddings && { embeddingBytes: embeddings.length }), scale, info };
  const weights = Buffer.alloc(model.weights.length * 2);
  model.weights.forEach((w, i) => weights.writeInt16LE(Math.round(w / scale), i * 2));
  const transitions = Buffer.alloc(model.transitions.length * 4);
  model.transitions.forEach((w, i) => transitions.writeFloatLE(w, i * 4));
  return Buffer.concat([Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`, 'utf8'), featureText, weights, transitions, clusterText, dictionaryText, boundaryText, boundaryWeights, dense, embeddings, first]);
}

export function parseModel(bytes: Uint8Array, file: string): NerModel {
  const bad = (problem: string, cause?: unknown) => new AkhbarError('E_DATA', `not an Akhbar NER model: ${problem}`, { file, cause });
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch (cause) {
    throw bad('not gzip data', cause);
  }
  return parseRaw(raw, file);
}

function parseRaw(raw: Buffer, file: string): NerModel {
  const bad = (problem: string, cause?: unknown) => new AkhbarError('E_DATA', `not an Akhbar NER model: ${problem}`, { file, cause });
  if (raw.subarray(0, MAGIC.length).toString('utf8') !== MAGIC) throw bad('wrong signature');
  const headerEnd = raw.indexOf(10, MAGIC.length);
  let header: Header;
  try {
    header = JSON.parse(raw.subarray(MAGIC.length, headerEnd).toString('utf8')) as Header;
  } catch (cause) {
    throw bad('unreadable header', cause);
  }
  if (header.tags.join(' ') !== TAGS.join(' ')) throw bad(`tag set ${header.tags.join(' ')}`);
  let at = headerEnd + 1;
  const features = header.featureCount === 0 ? [] : raw.subarray(at, at + header.featureBytes).toString('utf8').split('\n');
  at += header.featureBytes;
  const transitionCount = (TAG_COUNT + 1) * TAG_COUNT;
  const dictionaryBytes = header.dictionaryBytes ?? 0;
  const boundaryCount = header.boundaryCount ?? 0;
  const boundaryBytes = header.boundaryBytes ?? 0;
  if (features.length !== header.featureCount || raw.length !== at + header.featureCount * TAG_COUNT * 2 + transitionCount * 4 + header.clusterBytes + dictionaryBytes + boundaryBytes + boundaryCount * TRANSITION_SIZE * 4 + (header.denseCount ?? 0) * 4 + (header.embeddingBytes ?? 0) + (header.firstBytes ?? 0)) throw bad('truncated or inconsistent');
  const weights = new Float32Array(header.featureCount * TAG_COUNT);
  for (let i = 0; i < weights.length; i++) weights[i] = raw.readInt16LE(at + i * 2) * header.scale;
  at += weights.length * 2;
  const transitions = new Float32Array(transitionCount);
  for (let i = 0; i < transitionCount; i++) transitions[i] = raw.readFloatLE(at + i * 4);
  at += transitionCount * 4;
  const clusters = new Map<string, readonly number[]>();
  if (header.clusterBytes > 0) {
    for (const line of raw.subarray(at, at + header.clusterBytes).toString('utf8').split('\n')) {
      const [word, ...levels] = line.split('\t');
      clusters.set(word as string, levels.map(Number));
    }
  }
  at += header.clusterBytes;
  const tagDictionary = new Map<string, string>();
  if (dictionaryBytes > 0) {
    for (const line of raw.subarray(at, at + dictionaryBytes).toString('utf8').split('\n')) {
      const [word, entry] = line.split('\t');
      tagDictionary.set(word as string, entry as string);
    }
  }
  at += dictionaryBytes;
  let model: NerModel = { features, weights, transitions, clusters, tagDictionary, info: { ...header.info, scale: header.scale } };
  if (header.boundaryCount !== undefined) {
    const boundaryFeatures = boundaryCount === 0 ? [] : raw.subarray(at, at + boundaryBytes).toString('utf8').split('\n');
    if (boundaryFeatures.length !== boundaryCount) throw bad('truncated or inconsistent');
    at += boundaryBytes;
    const boundaryWeights = new Float32Array(boundaryCount * TRANSITION_SIZE);
    for (let i = 0; i < boundaryWeights.length; i++) boundaryWeights[i] = raw.readFloatLE(at + i * 4);
    at += boundaryWeights.length * 4;
    model = { ...model, boundaryFeatures, boundaryWeights };
  }
  if (header.denseCount !== undefined) {
    const denseWeights = new Float32Array(header.denseCount);
    for (let i = 0; i < denseWeights.length; i++) denseWeights[i] = raw.readFloatLE(at + i * 4);
    at += denseWeights.length * 4;
    model = { ...model, denseWeights };
  }
  if (header.embeddingBytes !== undefined) {
    model = { ...model, embeddings: parseEmbeddings(raw.subarray(at, at + header.embeddingBytes)) };
    at += header.embeddingBytes;
  }
  if (header.firstBytes === undefined) return model;
  return { ...model, first: parseRaw(raw.subarray(at, at + header.firstBytes), file) };
}
