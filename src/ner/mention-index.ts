// Look-ups of an article's mentions by token, by sentence and by offset, built once per mention
// list: the later stages ask "which mention starts here?" for every cue, trigger and place, and a
// scan of the whole list each time made them quadratic in the length of the article.
import type { ArticleDoc, Mention, Token } from '../types.js';
import { countBefore } from '../bisect.js';

type Doc = Pick<ArticleDoc, 'mentions' | 'tokens'>;

/** Every list holds positions in doc.mentions, ascending (the order of the list itself). */
interface MentionIndex {
  /** The length of the list it was built from: a list that grew since is indexed again. */
  size: number;
  startingAt: Map<number, number[]>;
  endingAt: Map<number, number[]>;
  /** By the token the mention's title starts in. */
  titledAt: Map<number, number[]>;
  /** By the raw offset its title ends at. */
  titleEndingAt: Map<number, number[]>;
  bySentence: Map<number, number[]>;
}

const built = new WeakMap<readonly Mention[], MentionIndex>();

function add<K>(map: Map<K, number[]>, key: K, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

function indexOf(doc: Doc): MentionIndex {
  const cached = built.get(doc.mentions);
  if (cached && cached.size === doc.mentions.length) return cached;
  const index: MentionIndex = { size: doc.mentions.length, startingAt: new Map(), endingAt: new Map(), titledAt: new Map(), titleEndingAt: new Map(), bySentence: new Map() };
  doc.mentions.forEach((m, i) => {
    add(index.startingAt, m.tokenStart, i);
    add(index.endingAt, m.tokenEnd, i);
    add(index.bySentence, doc.tokens[m.tokenStart]?.sentence ?? -1, i);
    if (!m.title) return;
    add(index.titleEndingAt, m.title.end, i);
    const k = tokenContaining(doc.tokens, m.title.start);
    if (k >= 0) add(index.titledAt, k, i);
  });
  built.set(doc.mentions, index);
  return index;
}

const NONE: readonly never[] = [];

/** Positions in doc.mentions of the mentions whose first token is k. */
export function mentionsStartingAt(doc: Doc, k: number): readonly number[] {
  return indexOf(doc).startingAt.get(k) ?? NONE;
}

/** Positions of the mentions that end just before token k. */
export function mentionsEndingAt(doc: Doc, k: number): readonly number[] {
  return indexOf(doc).endingAt.get(k) ?? NONE;
}

/** Positions of the mentions whose title starts inside token k. */
export function mentionsTitledAt(doc: Doc, k: number): readonly number[] {
  return indexOf(doc).titledAt.get(k) ?? NONE;
}

/** Positions of the mentions whose title ends at this raw offset. */
export function mentionsWithTitleEndingAt(doc: Doc, offset: number): readonly number[] {
  return indexOf(doc).titleEndingAt.get(offset) ?? NONE;
}

/** Positions of the mentions of one sentence (by their first token). */
export function mentionsInSentence(doc: Doc, sentence: number): readonly number[] {
  return indexOf(doc).bySentence.get(sentence) ?? NONE;
}

/** The first mention, in list order, among these positions that passes the test. */
export function firstOf(doc: Pick<ArticleDoc, 'mentions'>, positions: readonly number[], test: (m: Mention) => boolean = () => true): Mention | undefined {
  for (const p of positions) if (test(doc.mentions[p] as Mention)) return doc.mentions[p];
  return undefined;
}

/** Positions of the mentions starting at any token in [from, to), ascending. */
export function mentionsStartingWithin(doc: Doc, from: number, to: number): number[] {
  const positions: number[] = [];
  for (let k = from; k < to; k++) positions.push(...mentionsStartingAt(doc, k));
  return positions.sort((a, b) => a - b);
}

/** How many mentions start before this raw offset (the list is ordered by start). */
export function mentionsStartingBefore(doc: Pick<ArticleDoc, 'mentions'>, offset: number): number {
  return countBefore(doc.mentions, (m) => m.start < offset);
}

/** The last mention, in list order, that starts before this raw offset and passes the test. */
export function lastMentionBefore(doc: Pick<ArticleDoc, 'mentions'>, offset: number, test: (m: Mention) => boolean): Mention | undefined {
  for (let i = mentionsStartingBefore(doc, offset) - 1; i >= 0; i--) if (test(doc.mentions[i] as Mention)) return doc.mentions[i];
  return undefined;
}

/** The token whose raw span holds this offset, or -1 (tokens are in text order). */
export function tokenContaining(tokens: readonly Token[], offset: number): number {
  const k = firstTokenEndingAfter(tokens, offset);
  return k < tokens.length && (tokens[k] as Token).start <= offset ? k : -1;
}

/** The first token that ends after this raw offset (tokens.length when none does). */
export function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  return countBefore(tokens, (t) => t.end <= offset);
}
