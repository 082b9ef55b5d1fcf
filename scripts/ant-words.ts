// The ANT corpus as a stream of word numbers, for the scripts that learn word clusters and
// embeddings from it without tags: the Arabic words of every record's <TEXT>, normalised as the
// pipeline normalises them, numbered in order of first appearance, -1 between records.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createNormalizer, type NormalizationTable } from '../src/normalize/arabic.js';

export interface WordStream {
  /** Word number → its normal form. */
  words: string[];
  /** Normal form → its number. */
  ids: Map<string, number>;
  /** The corpus's words as numbers, -1 after each record. */
  stream: number[];
  /** How often each word number stands in the stream. */
  frequency: Int32Array;
}

const WORD = /[\u0621-\u064A]+/g;

/** The word stream of the .trec files of `dir`, read in file-name order. */
export function readWordStream(dir: string): WordStream {
  const normalizer = createNormalizer(JSON.parse(readFileSync('ontology/lexicon/normalization.json', 'utf8')) as NormalizationTable);
  const ids = new Map<string, number>();
  const words: string[] = [];
  const stream: number[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.trec')).sort()) {
    for (const record of readFileSync(join(dir, file), 'utf8').matchAll(/<TEXT>([\s\S]*?)<\/TEXT>/g)) {
      for (const word of normalizer.normalize(record[1] ?? '').match(WORD) ?? []) {
        let id = ids.get(word);
        if (id === undefined) ids.set(word, (id = words.push(word) - 1));
        stream.push(id);
      }
      stream.push(-1);
    }
  }
  const frequency = new Int32Array(words.length);
  for (const id of stream) if (id >= 0) frequency[id] = (frequency[id] as number) + 1;
  return { words, ids, stream, frequency };
}
