// Look-ups over an article's quotations and cues, built once per list: attribution asks "does a
// quotation open here?", "is there a cue here?" and "where does this clause end?" for every token
// near every cue, and scanning the lists each time made it quadratic in the length of the article.
import type { ArticleDoc, Token } from '../types.js';
import type { Resources } from '../resources.js';
import type { Cue } from './cues.js';
import type { QuoteSpan } from './quote-spans.js';
import { complementizerAt } from './clauses.js';
import { countBefore } from '../bisect.js';

function cached<K extends object, V>(cache: WeakMap<K, V>, key: K, build: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = build();
    cache.set(key, value);
  }
  return value;
}

interface QuoteIndex {
  byOpen: Map<number, QuoteSpan>;
  position: Map<QuoteSpan, number>;
}

const quoteIndexes = new WeakMap<readonly QuoteSpan[], QuoteIndex>();

function quoteIndex(quotes: readonly QuoteSpan[]): QuoteIndex {
  return cached(quoteIndexes, quotes, () => {
    const index: QuoteIndex = { byOpen: new Map(), position: new Map() };
    quotes.forEach((q, i) => {
      if (!index.byOpen.has(q.open)) index.byOpen.set(q.open, q);
      index.position.set(q, i);
    });
    return index;
  });
}

/** The quotation whose opening mark is token k (quotations never share a mark). */
export function quoteOpeningAt(quotes: readonly QuoteSpan[], k: number): QuoteSpan | undefined {
  return quoteIndex(quotes).byOpen.get(k);
}

/** The quotation after this one in the text (quotations never overlap, and the list is in text order). */
export function quoteAfter(quotes: readonly QuoteSpan[], quote: QuoteSpan): QuoteSpan | undefined {
  const at = quoteIndex(quotes).position.get(quote);
  return at === undefined ? undefined : quotes[at + 1];
}

/** The quotations wholly inside the raw span [from, to), in text order (the list is ordered by start). */
export function quotesWithin(quotes: readonly QuoteSpan[], from: number, to: number): QuoteSpan[] {
  const low = countBefore(quotes, (q) => q.start < from);
  const inside: QuoteSpan[] = [];
  for (let i = low; i < quotes.length && (quotes[i] as QuoteSpan).start <= to; i++) if ((quotes[i] as QuoteSpan).end <= to) inside.push(quotes[i] as QuoteSpan);
  return inside;
}

interface CueIndex {
  byStart: Map<number, Cue>;
  position: Map<Cue, number>;
  /** Token starts of the cues that begin a speech act (not masdars, not source phrases), ascending. */
  speechStarts: number[];
}

const cueIndexes = new WeakMap<readonly Cue[], CueIndex>();

function cueIndex(cues: readonly Cue[]): CueIndex {
  return cached(cueIndexes, cues, () => {
    const index: CueIndex = { byStart: new Map(), position: new Map(), speechStarts: [] };
    cues.forEach((c, i) => {
      if (!index.byStart.has(c.tokenStart)) index.byStart.set(c.tokenStart, c);
      index.position.set(c, i);
      if (c.form.kind !== 'masdar' && c.form.kind !== 'source') index.speechStarts.push(c.tokenStart);
    });
    return index;
  });
}

/** The cue that starts at token k (cues never overlap). */
export function cueAt(cues: readonly Cue[], k: number): Cue | undefined {
  return cueIndex(cues).byStart.get(k);
}

/** Where the cue stands in the list (cues are in text order). */
export function cuePosition(cues: readonly Cue[], cue: Cue): number {
  return cueIndex(cues).position.get(cue) ?? -1;
}

/** The first position in the list of cues (in text order) that starts at or after token k. */
export function firstCueFrom(cues: readonly Cue[], k: number): number {
  return countBefore(cues, (c) => c.tokenStart < k);
}

/** The token the first speech act at or after token k begins at (masdars and source phrases do not count), or undefined. */
export function nextSpeechCueFrom(cues: readonly Cue[], k: number): number | undefined {
  const starts = cueIndex(cues).speechStarts;
  return starts[countBefore(starts, (start) => start < k)];
}

const earlierInSentence = new WeakMap<readonly Cue[], Map<string, Map<number, number>>>();

/**
 * Whether an earlier cue of the cue's sentence is a verb ('verb') or anything but a masdar
 * ('not-masdar'): the first such cue of each sentence is found once, in one pass over the cues.
 */
export function cueEarlierInSentence(doc: Pick<ArticleDoc, 'tokens'>, cues: readonly Cue[], cue: Cue, kind: 'verb' | 'not-masdar'): boolean {
  const perKind = cached(earlierInSentence, cues, () => new Map<string, Map<number, number>>());
  const firstBySentence = perKind.get(kind) ?? new Map<number, number>();
  if (!perKind.has(kind)) {
    perKind.set(kind, firstBySentence);
    for (const c of cues) {
      const counts = kind === 'verb' ? c.form.kind === 'verb' : c.form.kind !== 'masdar';
      const sentence = doc.tokens[c.tokenStart]?.sentence ?? -1;
      if (counts && !firstBySentence.has(sentence)) firstBySentence.set(sentence, c.tokenStart);
    }
  }
  return (firstBySentence.get(doc.tokens[cue.tokenStart]?.sentence ?? -1) ?? Infinity) < cue.tokenStart;
}

const complementizers = new WeakMap<readonly Token[], Int32Array>();

/** The first token at or after k that is a complementizer (أن، إن، أنه …), or tokens.length. */
export function nextComplementizerFrom(tokens: readonly Token[], k: number, resources: Resources): number {
  const next = cached(complementizers, tokens, () => {
    const found = new Int32Array(tokens.length + 1).fill(tokens.length);
    for (let i = tokens.length - 1; i >= 0; i--) found[i] = complementizerAt(tokens[i], resources) ? i : (found[i + 1] as number);
    return found;
  });
  return next[Math.min(k, tokens.length)] as number;
}

const CLAUSE_BREAKS = new Set([',', ';']);

interface ClauseStops {
  /** The first token at or after i that is a comma or semicolon before a speech cue, or before a relative pronoun and a cue. */
  breakFrom: Int32Array;
  /** The first token at or after i that starts a new clause with و: a speech cue, or a subject before one. */
  newClauseFrom: Int32Array;
}

const clauseStops = new WeakMap<readonly Cue[], WeakMap<readonly Token[], ClauseStops>>();

/**
 * Where each kind of clause end next occurs from every token, found in one pass from the end, so
 * that clauseEnd reads in constant time what it once found by walking to the end of the sentence.
 */
export function clauseStopsOf(doc: Pick<ArticleDoc, 'tokens' | 'mentions'>, cues: readonly Cue[], relativePronouns: ReadonlySet<string>): ClauseStops {
  const perTokens = cached(clauseStops, cues, () => new WeakMap<readonly Token[], ClauseStops>());
  return cached(perTokens, doc.tokens, () => {
    const n = doc.tokens.length;
    const cueStarts = new Set(cueIndex(cues).speechStarts);
    // Where several mentions start at one token, the last one's end counts, as it always has.
    const mentionEnds = new Map(doc.mentions.map((m) => [m.tokenStart, m.tokenEnd]));
    const breakFrom = new Int32Array(n + 1).fill(n);
    const newClauseFrom = new Int32Array(n + 1).fill(n);
    for (let i = n - 1; i >= 0; i--) {
      const token = doc.tokens[i] as Token;
      // … بوقف التحقيق، الذي قال إنه …: a relative clause whose verb is a cue of its own ends the content too.
      // … الذي قال إنه …، والذي يتشكل …: a second relative clause joined by و is about the noun, not the words.
      const next = doc.tokens[i + 1]?.norm ?? '';
      const relative = (relativePronouns.has(next) && cueStarts.has(i + 2)) || (next.startsWith('و') && relativePronouns.has(next.slice(1)));
      breakFrom[i] = token.kind === 'punct' && CLAUSE_BREAKS.has(token.norm) && (cueStarts.has(i + 1) || relative) ? i : (breakFrom[i + 1] as number);
      const opensClause = token.norm.startsWith('و') && (cueStarts.has(i) || cueStarts.has(mentionEnds.get(i) ?? -1));
      newClauseFrom[i] = opensClause ? i : (newClauseFrom[i + 1] as number);
    }
    return { breakFrom, newClauseFrom };
  });
}
