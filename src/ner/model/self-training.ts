// Self-training: a tagger trained on the gold sentences reads unannotated text, and the sentences
// it is sure of at every token become training sentences too (silver), or only the words it
// reads alike in many documents become dictionary entries. The trainer measures both against a
// held-out part whose names the tagger that read the text never saw.
import type { Token } from '../../types.js';
import type { SentenceRange } from './features.js';
import type { Tagger } from './model.js';
import { TAG_COUNT, typeOf } from './tags.js';
import { maxMarginals } from './viterbi.js';

export interface SilverSentence {
  /** The sentence's tokens in the document it was read from. */
  from: number;
  to: number;
  tags: Uint8Array;
  /** The least, over its tokens, of how far the best sequence outscores the best one giving that token another tag. */
  confidence: number;
}

export interface SilverOptions {
  /** A sentence is kept when every token's confidence is at least this (model weight units). */
  minConfidence: number;
  /** Only sentences with an entity (most sentences with none teach O, which the gold sentences teach enough). */
  withEntity?: boolean;
  /** Sentences shorter or longer than these are left out (a heading, a run-on list). */
  minTokens?: number;
  maxTokens?: number;
}

/**
 * How sure a decoded sentence is of each token: the best sequence's score less the best score of a
 * sequence that gives the token any other tag (max-marginals).
 */
export function tokenConfidences(emissions: ArrayLike<number>, tags: ArrayLike<number>, transitions: ArrayLike<number>, local?: ArrayLike<number>): Float64Array {
  const marginals = maxMarginals(emissions, tags.length, transitions, local);
  const out = new Float64Array(tags.length);
  for (let i = 0; i < tags.length; i++) {
    const own = marginals[i * TAG_COUNT + (tags[i] as number)] as number;
    let other = -Infinity;
    for (let tag = 0; tag < TAG_COUNT; tag++) if (tag !== tags[i]) other = Math.max(other, marginals[i * TAG_COUNT + tag] as number);
    out[i] = own - other;
  }
  return out;
}

/** The sentences of a document the tagger reads with the given confidence at every token, with its tags. */
export function confidentSentences(tagger: Tagger, tokens: readonly Token[], sentences: readonly SentenceRange[], options: SilverOptions): SilverSentence[] {
  const out: SilverSentence[] = [];
  const { transitions } = tagger.model;
  tagger.decodeDocument(tokens, sentences).forEach((decoded, s) => {
    const { from, to } = sentences[s] as SentenceRange;
    const length = to - from;
    if (length < (options.minTokens ?? 1) || length > (options.maxTokens ?? Infinity)) return;
    if (options.withEntity && !decoded.tags.some((t) => t !== 0)) return;
    const confidence = Math.min(...tokenConfidences(decoded.emissions, decoded.tags, transitions, decoded.local));
    if (confidence >= options.minConfidence) out.push({ from, to, tags: decoded.tags, confidence });
  });
  return out;
}

/** Each word of silver sentences with its type (O outside names), normal forms. */
export function silverReadings(tokens: readonly Token[], sentences: readonly SilverSentence[]): [string, string][] {
  return sentences.flatMap(({ from, tags }) => [...tags].map((tag, i) => [(tokens[from + i] as Token).norm, typeOf(tag) ?? 'O'] as [string, string]));
}

export interface SilverDictionaryOptions {
  /** A word becomes an entry when read inside names of one type in at least this many documents … */
  minDocuments: number;
  /** … and so in at least this share of the documents it was read in at all (inside a name or not). */
  minShare: number;
}

/**
 * Words read inside names of one type in many documents: `s` + the type (a flag of its own, so the
 * model learns how far the text's reading is to be trusted beside the gold dictionary's `d`).
 * `documents` holds each document's readings (silverReadings); a word counts once per document
 * and type. Words in `except` (the gold dictionary's) are left out.
 */
export function silverDictionary(documents: readonly (readonly (readonly [string, string])[])[], options: SilverDictionaryOptions, except?: ReadonlyMap<string, string>): Map<string, string> {
  const byWord = new Map<string, Map<string, number>>();
  const total = new Map<string, number>();
  for (const readings of documents) {
    const seen = new Set<string>();
    const words = new Set<string>();
    for (const [word, type] of readings) {
      words.add(word);
      if (type !== 'O') seen.add(`${type}\t${word}`);
    }
    for (const word of words) total.set(word, (total.get(word) ?? 0) + 1);
    for (const key of seen) {
      const [type, word] = key.split('\t') as [string, string];
      let counts = byWord.get(word);
      if (!counts) byWord.set(word, (counts = new Map()));
      counts.set(type, (counts.get(type) ?? 0) + 1);
    }
  }
  const out = new Map<string, string>();
  for (const [word, counts] of [...byWord].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (except?.has(word)) continue;
    let best = '';
    let bestCount = 0;
    for (const [type, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n > bestCount) [best, bestCount] = [type, n];
    if (bestCount >= options.minDocuments && bestCount >= (total.get(word) ?? 0) * options.minShare) out.set(word, `s${best}`);
  }
  return out;
}
