// Word clusters for the NER model, learnt from unlabelled news text (the ANT corpus): each word
// seen often enough is described by the words seen right before and right after it (PPMI-weighted
// counts over the most frequent words), and the descriptions are grouped by spherical k-means,
// first into coarse clusters, then each of them into finer ones, level by level. Words that share a cluster
// stand in the same places (after شركة، after الرئيس، before قال), which carries what the tagged
// corpus teaches about one name to names it never saw. Deterministic: no random start (the most
// frequent words seed the clusters) and a fixed number of rounds.
// Usage: npm run ner-clusters [-- <corpus dir> --out FILE], then npm run train-ner (the model holds the clusters).
import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { requirePath, SOURCES } from './source-data.js';
import { readWordStream } from './ant-words.js';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'ontology/ner/clusters.tsv' },
    'min-count': { type: 'string', default: '8' },
    contexts: { type: 'string', default: '1000' },
    levels: { type: 'string', default: '64,8' },
    rounds: { type: 'string', default: '10' },
  },
});
const dir = requirePath(resolve(positionals[0] ?? '../shared/corpus/ant'), SOURCES.ant, 'as the first argument');
const minCount = Number(args['min-count']);
const contextCount = Number(args.contexts);
// Words as numbers, in order of first appearance; the text as one long array of them (-1 between records).
const { words, stream, frequency } = readWordStream(dir);
const byFrequency = words.map((_, i) => i).sort((a, b) => (frequency[b] as number) - (frequency[a] as number) || (words[a] as string).localeCompare(words[b] as string));
const contextOf = new Int32Array(words.length).fill(-1);
byFrequency.slice(0, contextCount).forEach((id, rank) => (contextOf[id] = rank));
const vocabulary = byFrequency.filter((id) => (frequency[id] as number) >= minCount);
const row = new Int32Array(words.length).fill(-1);
vocabulary.forEach((id, r) => (row[id] = r));
console.log(`${stream.length} tokens, ${words.length} distinct words; ${vocabulary.length} seen ${minCount} times or more`);

// Counts of (word, context): left contexts are 0..C-1, right contexts C..2C-1.
const dims = 2 * contextCount;
const pairs = new Map<number, number>();
const bump = (word: number, context: number) => {
  const key = (row[word] as number) * dims + context;
  pairs.set(key, (pairs.get(key) ?? 0) + 1);
};
for (let i = 0; i < stream.length; i++) {
  const id = stream[i] as number;
  if (id < 0 || (row[id] as number) < 0) continue;
  const left = stream[i - 1] ?? -1;
  const right = stream[i + 1] ?? -1;
  if (left >= 0 && (contextOf[left] as number) >= 0) bump(id, contextOf[left] as number);
  if (right >= 0 && (contextOf[right] as number) >= 0) bump(id, contextCount + (contextOf[right] as number));
}

// PPMI-weighted, unit-length sparse vectors.
const contextTotals = new Float64Array(dims);
const wordTotals = new Float64Array(vocabulary.length);
let total = 0;
for (const [key, n] of pairs) {
  contextTotals[key % dims] = (contextTotals[key % dims] as number) + n;
  wordTotals[Math.floor(key / dims)] = (wordTotals[Math.floor(key / dims)] as number) + n;
  total += n;
}
const entries: [number, number][][] = vocabulary.map(() => []);
for (const [key, n] of [...pairs].sort((a, b) => a[0] - b[0])) {
  const r = Math.floor(key / dims);
  const c = key % dims;
  const pmi = Math.log((n * total) / ((wordTotals[r] as number) * (contextTotals[c] as number)));
  if (pmi > 0) entries[r]?.push([c, pmi]);
}
const vectors = entries.map((list) => {
  const norm = Math.sqrt(list.reduce((s, [, v]) => s + v * v, 0)) || 1;
  return { index: Int32Array.from(list.map(([c]) => c)), value: Float64Array.from(list.map(([, v]) => v / norm)) };
});

/** Spherical k-means over the given rows, seeded by the first k of them (the most frequent). */
function kmeans(rows: readonly number[], k: number, rounds: number): Int32Array {
  const assignment = new Int32Array(rows.length);
  if (rows.length <= k) return assignment.map((_, i) => i);
  const centroids = new Float64Array(k * dims);
  rows.slice(0, k).forEach((r, c) => addInto(centroids, c, r));
  normalise(centroids, k);
  for (let round = 0; round < rounds; round++) {
    rows.forEach((r, i) => {
      const { index, value } = vectors[r] as { index: Int32Array; value: Float64Array };
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        let score = 0;
        const base = c * dims;
        for (let j = 0; j < index.length; j++) score += (value[j] as number) * (centroids[base + (index[j] as number)] as number);
        if (score > bestScore) [best, bestScore] = [c, score];
      }
      assignment[i] = best;
    });
    centroids.fill(0);
    rows.forEach((r, i) => addInto(centroids, assignment[i] as number, r));
    normalise(centroids, k);
  }
  return assignment;
}

function addInto(centroids: Float64Array, c: number, r: number): void {
  const { index, value } = vectors[r] as { index: Int32Array; value: Float64Array };
  for (let j = 0; j < index.length; j++) centroids[c * dims + (index[j] as number)] = (centroids[c * dims + (index[j] as number)] as number) + (value[j] as number);
}

function normalise(centroids: Float64Array, k: number): void {
  for (let c = 0; c < k; c++) {
    let sum = 0;
    for (let d = 0; d < dims; d++) sum += (centroids[c * dims + d] as number) ** 2;
    const norm = Math.sqrt(sum) || 1;
    for (let d = 0; d < dims; d++) centroids[c * dims + d] = (centroids[c * dims + d] as number) / norm;
  }
}

// Each level splits every cluster of the level above into `branching[level]` clusters; a word's
// number at a level is its path so far (parent × branching + child), as Brown clusters' bit prefixes.
const branching = args.levels.split(',').map(Number);
const rounds = Number(args.rounds);
const all = vocabulary.map((_, r) => r);
const paths: Int32Array[] = [];
let groups: number[][] = [all];
for (const [level, k] of branching.entries()) {
  const path = new Int32Array(vocabulary.length);
  const next: number[][] = [];
  groups.forEach((members, parent) => {
    const split = kmeans(members, k, rounds);
    const children: number[][] = Array.from({ length: k }, () => []);
    members.forEach((r, i) => {
      path[r] = parent * k + (split[i] as number);
      children[split[i] as number]?.push(r);
    });
    next.push(...children);
  });
  paths[level] = path;
  groups = next;
}
const lines = vocabulary.map((id, r) => [words[id], ...paths.map((path) => path[r])].join('\t')).sort();
const out = resolve(args.out);
const header = `# NER word clusters, levels of ${branching.join(' × ')} (word, then its cluster at each level: parent × branching + its sub-cluster), from ${stream.length} tokens of ${dir.split('/').pop()}, words seen ${minCount}+ times, ${contextCount} context words each side. Built by scripts/build-ner-clusters.ts.\n`;
writeFileSync(`${out}.tmp`, header + lines.join('\n') + '\n');
renameSync(`${out}.tmp`, out);
console.log(`${lines.length} words in ${groups.length} clusters at the finest level → ${out}`);
