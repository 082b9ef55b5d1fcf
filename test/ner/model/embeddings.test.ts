import { describe, expect, it } from 'vitest';
import { SKIP_GRAM_DEFAULTS, WordEmbeddings, embeddingBytes, nearestCentroid, ngramBuckets, parseEmbeddings, roundedTable, sphericalKMeans, trainSkipGram, type EmbeddingTable } from '../../../src/ner/model/embeddings.js';

// Made-up words: two kinds (a name after سافر, a place after إلى) in the same frames.
const NAMES = ['زاهر', 'سليم', 'عواد', 'قنديل'];
const PLACES = ['دوريسا', 'كارمينا', 'بلوتا', 'نيفارا'];
const FRAMES = ['سافر', 'إلى', 'ثم', 'عاد'];

function tinyStream(): { words: string[]; stream: Int32Array; counts: Int32Array } {
  const words = [...NAMES, ...PLACES, ...FRAMES];
  const id = (w: string) => words.indexOf(w);
  const stream: number[] = [];
  for (let i = 0; i < 600; i++) {
    const name = NAMES[(i * 7) % 4] as string;
    const place = PLACES[(i * 5 + (i >> 2)) % 4] as string;
    stream.push(id('سافر'), id(name), id('إلى'), id(place), id('ثم'), id('عاد'), -1);
  }
  const counts = new Int32Array(words.length);
  for (const w of stream) if (w >= 0) counts[w] = (counts[w] as number) + 1;
  return { words, stream: Int32Array.from(stream), counts };
}

const cosine = (v: Float32Array, dims: number, a: number, b: number) => {
  let s = 0;
  for (let d = 0; d < dims; d++) s += (v[a * dims + d] as number) * (v[b * dims + d] as number);
  return s;
};

const options = { ...SKIP_GRAM_DEFAULTS, dims: 16, buckets: 512, window: 1, epochs: 3, subsample: 1, seed: 7 };

describe('skip-gram embeddings', () => {
  it('hash the n-grams of <word> (3–5 code units) into buckets, the same every time', () => {
    const buckets = ngramBuckets('قنديل', 3, 5, 1000);
    // <قنديل> is 7 code units: 5 trigrams, 4 four-grams, 3 five-grams.
    expect(buckets).toHaveLength(12);
    expect(buckets.every((b) => b >= 0 && b < 1000)).toBe(true);
    expect(ngramBuckets('قنديل', 3, 5, 1000)).toEqual(buckets);
    expect(ngramBuckets('قنديلا', 3, 5, 1000).slice(0, 3)).toEqual(buckets.slice(0, 3));
  });

  it('are a function of the data and the seed', () => {
    const { words, stream, counts } = tinyStream();
    const a = trainSkipGram(stream, words, counts, options);
    const b = trainSkipGram(stream, words, counts, options);
    expect(Buffer.from(a.wordVectors.buffer).equals(Buffer.from(b.wordVectors.buffer))).toBe(true);
    expect(Buffer.from(a.bucketVectors.buffer).equals(Buffer.from(b.bucketVectors.buffer))).toBe(true);
    const c = trainSkipGram(stream, words, counts, { ...options, seed: 8 });
    expect(Buffer.from(a.wordVectors.buffer).equals(Buffer.from(c.wordVectors.buffer))).toBe(false);
  });

  it('bring words of the same contexts together: a name nearer the other names than the places', () => {
    const { words, stream, counts } = tinyStream();
    const { wordVectors } = trainSkipGram(stream, words, counts, options);
    const index = (w: string) => words.indexOf(w);
    for (const name of NAMES) {
      const toNames = NAMES.filter((n) => n !== name).map((n) => cosine(wordVectors, options.dims, index(name), index(n)));
      const toPlaces = PLACES.map((p) => cosine(wordVectors, options.dims, index(name), index(p)));
      expect(Math.min(...toNames)).toBeGreaterThan(Math.max(...toPlaces));
    }
  });

  it('cluster into the two kinds, and store and read back what the tagger reads (unseen words from their n-grams)', () => {
    const { words, stream, counts } = tinyStream();
    const { wordVectors, bucketVectors } = trainSkipGram(stream, words, counts, options);
    const { assignment, centroids } = sphericalKMeans(wordVectors, options.dims, 3, 10, 1);
    const names = new Set(NAMES.map((n) => assignment[words.indexOf(n)]));
    const places = new Set(PLACES.map((p) => assignment[words.indexOf(p)]));
    expect(names.size).toBe(1);
    expect(places.size).toBe(1);
    expect([...names][0]).not.toBe([...places][0]);
    const table: EmbeddingTable = { dims: options.dims, minN: 3, maxN: 5, buckets: options.buckets, words, wordVectors, bucketVectors, levels: [{ k: 3, clusters: Uint16Array.from(assignment), centroids }] };
    const stored = roundedTable(table);
    expect(embeddingBytes(stored).equals(embeddingBytes(table))).toBe(true);
    expect(parseEmbeddings(embeddingBytes(stored)).words).toEqual(words);
    const embeddings = new WordEmbeddings(stored);
    // A known word with a clitic reads its stem's entry; an unseen word its n-grams' nearest centroid.
    expect(embeddings.of('وقنديل')?.clusters).toEqual([assignment[words.indexOf('قنديل')]]);
    const unseen = embeddings.of('قنديلو') as { vector: Float32Array; clusters: readonly number[] };
    expect(unseen.clusters).toEqual([nearestCentroid(unseen.vector, stored.levels[0]?.centroids as Float32Array, 3)]);
    expect(Math.hypot(...unseen.vector)).toBeCloseTo(1, 5);
    expect(embeddings.of('2024')).toBeUndefined();
  });
});
