// Word embeddings for the NER model, learnt from unlabelled news text (the ANT corpus, read and
// normalised as build-ner-clusters.ts reads it): skip-gram with negative sampling over words and
// their character n-grams (src/ner/model/embeddings.ts), then spherical k-means of the words'
// vectors at each level (--levels). The file holds the words seen --min-count times or more, their
// clusters, 8-bit vectors of the n-gram buckets (for words the corpus lacks) and, unless
// --no-word-vectors, the words' own vectors: word forms and numbers, no text. Deterministic (--seed).
// Usage: npm run ner-embeddings [-- <corpus dir> --out FILE --dims N --epochs N --buckets N --levels 256,1024]
import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { SKIP_GRAM_DEFAULTS, embeddingBytes, sphericalKMeans, trainSkipGram, type EmbeddingTable } from '../src/ner/model/embeddings.js';
import { requirePath, SOURCES } from './source-data.js';
import { readWordStream } from './ant-words.js';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'ontology/ner/embeddings.bin' },
    'min-count': { type: 'string', default: '5' },
    dims: { type: 'string', default: String(SKIP_GRAM_DEFAULTS.dims) },
    epochs: { type: 'string', default: String(SKIP_GRAM_DEFAULTS.epochs) },
    buckets: { type: 'string', default: String(SKIP_GRAM_DEFAULTS.buckets) },
    window: { type: 'string', default: String(SKIP_GRAM_DEFAULTS.window) },
    seed: { type: 'string', default: '1' },
    levels: { type: 'string', default: '256,1024' },
    rounds: { type: 'string', default: '10' },
    'no-word-vectors': { type: 'boolean', default: false },
  },
});
const cpu0 = process.cpuUsage();
const dir = requirePath(resolve(positionals[0] ?? '../shared/corpus/ant'), SOURCES.ant, 'as the first argument');
const minCount = Number(args['min-count']);
// The corpus's words; the raw stream keeps every word, rarer ones included.
const { words, ids, stream: raw, frequency } = readWordStream(dir);
// The vocabulary in code-unit order (the file's order); rarer words leave the stream (fastText's rule).
const vocabulary = words.filter((_, id) => (frequency[id] as number) >= minCount).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const row = new Map(vocabulary.map((word, r) => [word, r]));
const stream = Int32Array.from(raw.flatMap((id) => (id < 0 ? [-1] : row.has(words[id] as string) ? [row.get(words[id] as string) as number] : [])));
const counts = Int32Array.from(vocabulary, (word) => frequency[ids.get(word) as number] as number);
console.log(`${raw.length} tokens, ${words.length} distinct words; ${vocabulary.length} seen ${minCount}+ times (${stream.length} stream entries)`);

const options = { ...SKIP_GRAM_DEFAULTS, dims: Number(args.dims), epochs: Number(args.epochs), buckets: Number(args.buckets), window: Number(args.window), seed: Number(args.seed) };
const cpu1 = process.cpuUsage(cpu0);
const trained = trainSkipGram(stream, vocabulary, counts, options);
const cpu2 = process.cpuUsage(cpu0);
const levels = args.levels.split(',').filter(Boolean).map((k, i) => {
  const { assignment, centroids } = sphericalKMeans(trained.wordVectors, options.dims, Number(k), Number(args.rounds), options.seed + i);
  return { k: Number(k), clusters: Uint16Array.from(assignment), centroids };
});
const cpu3 = process.cpuUsage(cpu0);
const table: EmbeddingTable = { dims: options.dims, minN: options.minN, maxN: options.maxN, buckets: options.buckets, words: vocabulary, wordVectors: args['no-word-vectors'] ? new Float32Array(0) : trained.wordVectors, bucketVectors: trained.bucketVectors, levels };
const info = { corpus: `${dir.split('/').pop()}: ${raw.length} tokens, text not kept`, minCount, ...options, levels: levels.map((l) => l.k), rounds: Number(args.rounds) };
const bytes = gzipSync(embeddingBytes(table, info), { level: 9 });
const out = resolve(args.out);
writeFileSync(`${out}.tmp`, bytes);
renameSync(`${out}.tmp`, out);
const seconds = (usage: NodeJS.CpuUsage) => ((usage.user + usage.system) / 1e6).toFixed(1);
console.log(`CPU: reading ${seconds(cpu1)} s, skip-gram ${(Number(seconds(cpu2)) - Number(seconds(cpu1))).toFixed(1)} s, k-means ${(Number(seconds(cpu3)) - Number(seconds(cpu2))).toFixed(1)} s`);
console.log(`${vocabulary.length} words, ${options.dims} dims, ${options.buckets} buckets, levels ${args.levels} → ${out} (${bytes.length} bytes)`);
// A glance at what was learnt: the nearest vocabulary words of a few probes.
for (const probe of process.env.PROBES?.split(',') ?? []) {
  const r = row.get(probe);
  if (r === undefined) continue;
  const d = options.dims;
  const scored = vocabulary.map((_, j) => {
    let s = 0;
    for (let x = 0; x < d; x++) s += (trained.wordVectors[r * d + x] as number) * (trained.wordVectors[j * d + x] as number);
    return [j, s] as const;
  });
  scored.sort((a, b) => b[1] - a[1]);
  console.log(`${probe}: ${scored.slice(1, 9).map(([j, s]) => `${vocabulary[j]} ${s.toFixed(2)}`).join(', ')}`);
}
