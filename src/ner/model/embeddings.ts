// Word embeddings learnt without tags (scripts/build-ner-embeddings.ts): skip-gram with negative
// sampling, fastText-style: a word's input vector is the mean of its own row and the rows of its
// character n-grams (3–5 letters of `<word>`, hashed into buckets), so a word the corpus never
// held still gets a vector from its letters. What the tagger reads of them: a word's unit-length
// vector (dense features) and the k-means cluster it falls in at each level (cluster features).
// Everything here is deterministic: a seeded generator, one thread, a fixed order.
import { seededRandom } from './perceptron.js';
import { analyzeWord } from './word-features.js';

export interface SkipGramOptions {
  dims: number;
  /** Hashed n-gram buckets. */
  buckets: number;
  minN: number;
  maxN: number;
  /** Context words each side at most (each centre draws its own reach, 1…window). */
  window: number;
  negatives: number;
  epochs: number;
  /** Starting learning rate, decayed linearly to 0. */
  rate: number;
  /** Frequent words are kept with probability √(t/f) + t/f (f: their share of the tokens). */
  subsample: number;
  seed: number;
}

export const SKIP_GRAM_DEFAULTS: SkipGramOptions = { dims: 50, buckets: 65536, minN: 3, maxN: 5, window: 5, negatives: 5, epochs: 2, rate: 0.05, subsample: 1e-4, seed: 1 };

/**
 * The bucket of each character n-gram (minN…maxN code units) of `<word>`, FNV-1a over its code
 * units: no string is built, and trainer and tagger hash alike.
 */
export function ngramBuckets(word: string, minN: number, maxN: number, buckets: number): number[] {
  const text = `<${word}>`;
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let hash = 0x811c9dc5;
    for (let j = i; j < text.length && j - i < maxN; j++) {
      hash = Math.imul(hash ^ text.charCodeAt(j), 0x01000193) >>> 0;
      if (j - i + 1 >= minN) out.push(hash % buckets);
    }
  }
  return out;
}

export interface SkipGramResult {
  /** Each vocabulary word's composed vector (its row and its n-grams' mean), unit length: words × dims. */
  wordVectors: Float32Array;
  /** The n-gram buckets' input rows: buckets × dims. */
  bucketVectors: Float32Array;
}

/**
 * Trains skip-gram with negative sampling on `stream` (vocabulary ids, -1 between documents) over
 * `words` (their counts in `counts`). For each centre word the mean of its input rows is scored
 * against each context word and `negatives` words drawn from the unigram distribution to the ¾;
 * the gradient of all of them is added to every input row of the centre once (fastText adds it
 * after each context word: the same up to the order within a window).
 */
export function trainSkipGram(stream: Int32Array, words: readonly string[], counts: Int32Array, options: SkipGramOptions): SkipGramResult {
  const { dims, buckets, window, negatives, epochs, subsample } = options;
  const random = seededRandom(options.seed);
  const vocabulary = words.length;
  const input = new Float32Array((vocabulary + buckets) * dims);
  for (let i = 0; i < input.length; i++) input[i] = (random() * 2 - 1) / dims;
  const output = new Float32Array(vocabulary * dims);
  // Each word's input rows: its own, then its n-grams' (vocabulary + bucket).
  const rowStart = new Int32Array(vocabulary + 1);
  const rowList: number[] = [];
  words.forEach((word, id) => {
    rowStart[id] = rowList.length;
    rowList.push(id, ...ngramBuckets(word, options.minN, options.maxN, buckets).map((b) => vocabulary + b));
  });
  rowStart[vocabulary] = rowList.length;
  const rows = Int32Array.from(rowList);
  let total = 0;
  for (const c of counts) total += c;
  const keep = Float32Array.from(counts, (c) => {
    const f = c / total;
    return Math.min(1, Math.sqrt(subsample / f) + subsample / f);
  });
  const table = negativeTable(counts, 1_000_000);
  const hidden = new Float32Array(dims);
  const gradient = new Float32Array(dims);
  const planned = epochs * stream.length;
  let seen = 0;
  const line: number[] = [];
  const score = (target: number, label: number, rate: number) => {
    const base = target * dims;
    let dot = 0;
    for (let d = 0; d < dims; d++) dot += (hidden[d] as number) * (output[base + d] as number);
    const g = rate * (label - 1 / (1 + Math.exp(-Math.max(-20, Math.min(20, dot)))));
    for (let d = 0; d < dims; d++) {
      gradient[d] = (gradient[d] as number) + g * (output[base + d] as number);
      output[base + d] = (output[base + d] as number) + g * (hidden[d] as number);
    }
  };
  const trainLine = () => {
    const rate = options.rate * Math.max(0.0001, 1 - seen / planned);
    for (let pos = 0; pos < line.length; pos++) {
      const centre = line[pos] as number;
      const from = rowStart[centre] as number;
      const to = rowStart[centre + 1] as number;
      hidden.fill(0);
      for (let r = from; r < to; r++) {
        const base = (rows[r] as number) * dims;
        for (let d = 0; d < dims; d++) hidden[d] = (hidden[d] as number) + (input[base + d] as number);
      }
      for (let d = 0; d < dims; d++) hidden[d] = (hidden[d] as number) / (to - from);
      gradient.fill(0);
      const reach = 1 + Math.floor(random() * window);
      for (let c = Math.max(0, pos - reach); c <= Math.min(line.length - 1, pos + reach); c++) {
        if (c === pos) continue;
        const target = line[c] as number;
        score(target, 1, rate);
        for (let n = 0; n < negatives; n++) {
          const negative = table[Math.floor(random() * table.length)] as number;
          if (negative !== target) score(negative, 0, rate);
        }
      }
      for (let r = from; r < to; r++) {
        const base = (rows[r] as number) * dims;
        for (let d = 0; d < dims; d++) input[base + d] = (input[base + d] as number) + (gradient[d] as number);
      }
    }
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    line.length = 0;
    for (let i = 0; i <= stream.length; i++) {
      const id = i < stream.length ? (stream[i] as number) : -1;
      seen++;
      if (id >= 0) {
        if (random() < (keep[id] as number)) line.push(id);
        continue;
      }
      trainLine();
      line.length = 0;
    }
  }
  const wordVectors = new Float32Array(vocabulary * dims);
  for (let id = 0; id < vocabulary; id++) {
    const vector = wordVectors.subarray(id * dims, (id + 1) * dims);
    for (let r = rowStart[id] as number; r < (rowStart[id + 1] as number); r++) {
      const base = (rows[r] as number) * dims;
      for (let d = 0; d < dims; d++) vector[d] = (vector[d] as number) + (input[base + d] as number);
    }
    normalise(vector);
  }
  return { wordVectors, bucketVectors: input.slice(vocabulary * dims) };
}

/** Word ids in proportion to count^0.75, for drawing negative samples. */
function negativeTable(counts: Int32Array, size: number): Int32Array {
  const table = new Int32Array(size);
  let sum = 0;
  for (const c of counts) sum += Math.pow(c, 0.75);
  let at = 0;
  let cumulative = 0;
  counts.forEach((c, id) => {
    cumulative += Math.pow(c, 0.75);
    const until = Math.round((cumulative / sum) * size);
    for (; at < until; at++) table[at] = id;
  });
  return table;
}

export function normalise(vector: Float32Array): void {
  let sum = 0;
  for (const v of vector) sum += v * v;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let d = 0; d < vector.length; d++) vector[d] = (vector[d] as number) / norm;
}

/**
 * Spherical k-means of unit vectors (rows × dims), seeded k-means++ style by a seeded generator,
 * a fixed number of rounds: each row's cluster.
 */
export function sphericalKMeans(vectors: Float32Array, dims: number, k: number, rounds: number, seed: number): { assignment: Int32Array; centroids: Float32Array } {
  const count = vectors.length / dims;
  const random = seededRandom(seed);
  const centroids = new Float32Array(k * dims);
  // k-means++: each new seed drawn in proportion to its distance (1 − cosine) to the nearest seed so far.
  const nearest = new Float64Array(count).fill(Infinity);
  let pick = Math.floor(random() * count);
  for (let c = 0; c < k; c++) {
    centroids.set(vectors.subarray(pick * dims, (pick + 1) * dims), c * dims);
    let sum = 0;
    for (let i = 0; i < count; i++) {
      const distance = Math.max(0, 1 - dot(vectors, i * dims, centroids, c * dims, dims));
      if (distance < (nearest[i] as number)) nearest[i] = distance;
      sum += nearest[i] as number;
    }
    let target = random() * sum;
    pick = count - 1;
    for (let i = 0; i < count; i++) {
      target -= nearest[i] as number;
      if (target <= 0) {
        pick = i;
        break;
      }
    }
  }
  const assignment = new Int32Array(count);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < count; i++) assignment[i] = nearestCentroid(vectors.subarray(i * dims, (i + 1) * dims), centroids, k);
    const sums = new Float32Array(k * dims);
    const sizes = new Int32Array(k);
    for (let i = 0; i < count; i++) {
      const c = assignment[i] as number;
      sizes[c] = (sizes[c] as number) + 1;
      for (let d = 0; d < dims; d++) sums[c * dims + d] = (sums[c * dims + d] as number) + (vectors[i * dims + d] as number);
    }
    // A cluster left empty keeps its centroid.
    for (let c = 0; c < k; c++) {
      if (sizes[c] === 0) continue;
      const centroid = sums.subarray(c * dims, (c + 1) * dims);
      normalise(centroid);
      centroids.set(centroid, c * dims);
    }
  }
  for (let i = 0; i < count; i++) assignment[i] = nearestCentroid(vectors.subarray(i * dims, (i + 1) * dims), centroids, k);
  return { assignment, centroids };
}

function dot(a: ArrayLike<number>, at: number, b: ArrayLike<number>, bt: number, dims: number): number {
  let sum = 0;
  for (let d = 0; d < dims; d++) sum += (a[at + d] as number) * (b[bt + d] as number);
  return sum;
}

/** The centroid (of k, unit length) with the largest cosine to `vector`; ties to the lower number. */
export function nearestCentroid(vector: ArrayLike<number>, centroids: Float32Array, k: number): number {
  const dims = vector.length;
  let best = 0;
  let bestScore = -Infinity;
  for (let c = 0; c < k; c++) {
    const s = dot(vector, 0, centroids, c * dims, dims);
    if (s > bestScore) [best, bestScore] = [c, s];
  }
  return best;
}

/**
 * What the tagger reads of the embeddings: the vocabulary's words (code-unit order) with their
 * clusters at each level and, for dense features, their vectors; the n-gram buckets' vectors and
 * the centroids, for words the vocabulary lacks. Vectors are as the file holds them (8-bit).
 */
export interface EmbeddingTable {
  dims: number;
  minN: number;
  maxN: number;
  buckets: number;
  words: readonly string[];
  /** words × dims, unit length; empty when the table keeps no word vectors (cluster features only). */
  wordVectors: Float32Array;
  bucketVectors: Float32Array;
  /** Per level: its k, each word's cluster, and the centroids (k × dims). */
  levels: readonly { k: number; clusters: Uint16Array; centroids: Float32Array }[];
}

/** A word's embedding as the features read it: its vector (unit length) and its cluster at each level. */
export interface WordEmbedding {
  vector: Float32Array;
  clusters: readonly number[];
}

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

/**
 * Looks up words in an embedding table: a vocabulary word as trained; else the word without its
 * proclitics (with the article, then without) when the vocabulary holds it; else the mean of the
 * stem's n-gram vectors, with the nearest centroid at each level. Tokens that are not Arabic
 * words (digits, punctuation, Latin) have none. Results are kept in a bounded cache.
 */
export class WordEmbeddings {
  private readonly rowOf: Map<string, number>;
  private cache = new Map<string, WordEmbedding | null>();
  private older = new Map<string, WordEmbedding | null>();

  constructor(readonly table: EmbeddingTable) {
    this.rowOf = new Map(table.words.map((word, i) => [word, i]));
  }

  of(word: string): WordEmbedding | undefined {
    let found = this.cache.get(word);
    if (found === undefined) {
      found = this.older.get(word);
      if (found === undefined) found = this.compute(word) ?? null;
      if (this.cache.size >= 50_000) [this.older, this.cache] = [this.cache, new Map()];
      this.cache.set(word, found);
    }
    return found ?? undefined;
  }

  private compute(word: string): WordEmbedding | undefined {
    if (!ARABIC_WORD.test(word)) return undefined;
    const { stem } = analyzeWord(word);
    const row = this.rowOf.get(word) ?? this.rowOf.get(`ال${stem}`) ?? this.rowOf.get(stem);
    const { dims, table } = { dims: this.table.dims, table: this.table };
    if (row !== undefined) {
      const vector = table.wordVectors.length > 0 ? table.wordVectors.subarray(row * dims, (row + 1) * dims) : new Float32Array(0);
      return { vector, clusters: table.levels.map((level) => level.clusters[row] as number) };
    }
    const vector = new Float32Array(dims);
    for (const b of ngramBuckets(stem, table.minN, table.maxN, table.buckets)) {
      for (let d = 0; d < dims; d++) vector[d] = (vector[d] as number) + (table.bucketVectors[b * dims + d] as number);
    }
    normalise(vector);
    return { vector: table.wordVectors.length > 0 ? vector : new Float32Array(0), clusters: table.levels.map((level) => nearestCentroid(vector, level.centroids, level.k)) };
  }
}

// The file: the line `AKHBAR-EMB 1`, a JSON header line, the words separated by newlines, then
// per level the words' clusters (16-bit) and the centroids (8-bit), the word vectors (8-bit, when
// kept) and the bucket vectors (8-bit, one scale). 8 bits keep a unit vector's components to
// within 1/254; the tagger reads the same rounded numbers the trainer did.
const MAGIC = 'AKHBAR-EMB 1\n';

interface EmbeddingHeader {
  dims: number;
  minN: number;
  maxN: number;
  buckets: number;
  wordCount: number;
  wordBytes: number;
  levels: number[];
  wordVectors: boolean;
  bucketScale: number;
  info?: Record<string, unknown>;
}

function quantise(values: Float32Array, scale: number): Int8Array {
  return Int8Array.from(values, (v) => Math.max(-127, Math.min(127, Math.round(v / scale))));
}

function dequantise(bytes: Buffer, at: number, length: number, scale: number): Float32Array {
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) out[i] = bytes.readInt8(at + i) * scale;
  return out;
}

/** The table as stored: its numbers rounded as the file rounds them (so a trainer reads what a tagger will). */
export function roundedTable(table: EmbeddingTable): EmbeddingTable {
  return parseEmbeddings(embeddingBytes(table));
}

export function embeddingBytes(table: EmbeddingTable, info?: Record<string, unknown>): Buffer {
  let largest = 0;
  for (const v of table.bucketVectors) largest = Math.max(largest, Math.abs(v));
  const bucketScale = largest > 0 ? largest / 127 : 1;
  const wordText = Buffer.from(table.words.join('\n'), 'utf8');
  const header: EmbeddingHeader = { dims: table.dims, minN: table.minN, maxN: table.maxN, buckets: table.buckets, wordCount: table.words.length, wordBytes: wordText.length, levels: table.levels.map((l) => l.k), wordVectors: table.wordVectors.length > 0, bucketScale, ...(info && { info }) };
  const parts: Buffer[] = [Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`, 'utf8'), wordText];
  for (const level of table.levels) {
    const clusters = Buffer.alloc(level.clusters.length * 2);
    level.clusters.forEach((c, i) => clusters.writeUInt16LE(c, i * 2));
    parts.push(clusters, Buffer.from(quantise(level.centroids, 1 / 127).buffer));
  }
  if (table.wordVectors.length > 0) parts.push(Buffer.from(quantise(table.wordVectors, 1 / 127).buffer));
  parts.push(Buffer.from(quantise(table.bucketVectors, bucketScale).buffer));
  return Buffer.concat(parts);
}

export function parseEmbeddings(raw: Buffer): EmbeddingTable {
  if (raw.subarray(0, MAGIC.length).toString('utf8') !== MAGIC) throw new Error('not an Akhbar embedding table: wrong signature');
  const headerEnd = raw.indexOf(10, MAGIC.length);
  const header = JSON.parse(raw.subarray(MAGIC.length, headerEnd).toString('utf8')) as EmbeddingHeader;
  let at = headerEnd + 1;
  const words = header.wordCount === 0 ? [] : raw.subarray(at, at + header.wordBytes).toString('utf8').split('\n');
  at += header.wordBytes;
  const { dims } = header;
  const levels = header.levels.map((k) => {
    const clusters = new Uint16Array(header.wordCount);
    for (let i = 0; i < clusters.length; i++) clusters[i] = raw.readUInt16LE(at + i * 2);
    at += clusters.length * 2;
    const centroids = dequantise(raw, at, k * dims, 1 / 127);
    at += k * dims;
    return { k, clusters, centroids };
  });
  let wordVectors: Float32Array = new Float32Array(0);
  if (header.wordVectors) {
    wordVectors = dequantise(raw, at, header.wordCount * dims, 1 / 127);
    at += wordVectors.length;
  }
  const bucketVectors = dequantise(raw, at, header.buckets * dims, header.bucketScale);
  at += bucketVectors.length;
  if (at !== raw.length || words.length !== header.wordCount) throw new Error('not an Akhbar embedding table: truncated or inconsistent');
  return { dims, minN: header.minN, maxN: header.maxN, buckets: header.buckets, words, wordVectors, bucketVectors, levels };
}
