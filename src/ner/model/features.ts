// The features of each token of a sentence: its own word's, its neighbours', and those that need
// the sentence — the phrases of the gazetteer and the lexicons it lies in or next to, word pairs,
// the sentence's edges. Training and tagging both read them from here, so they never differ.
import type { Token } from '../../types.js';
import type { Resources } from '../../resources.js';
import { NEIGHBOUR_OFFSETS, analyzeWord, describeWord, neighbourFeatures, ownBoundaryFeatures, previousBoundaryFeatures, selfFeatures, type WordDescription, type WordLists } from './word-features.js';

/** What the features consult: the phrase indexes of the resources and the word lists. */
export interface FeatureContext {
  resources: Resources;
  lists: WordLists;
}

/** The lists of the resources (the trainer may swap in lists derived from its own training part). */
export function featureContext(resources: Resources, lists?: Partial<WordLists>): FeatureContext {
  const { lexicons } = resources;
  return {
    resources,
    lists: {
      givenNames: lists?.givenNames ?? lexicons.givenNames,
      commonWords: lists?.commonWords ?? lexicons.commonWords,
      functionWords: lists?.functionWords ?? lexicons.functionWords,
      verbs: lists?.verbs ?? lexicons.verbs,
      clusters: lists?.clusters ?? resources.nerModel?.clusters ?? new Map(),
      tagDictionary: lists?.tagDictionary ?? resources.nerModel?.tagDictionary ?? new Map(),
    },
  };
}

type Layer = string[];

// The B-/I- values of each phrase label, spelt once.
const markValueSpellings = new Map<string, [string, string]>();
function markValues(label: string): [string, string] {
  let values = markValueSpellings.get(label);
  if (!values) markValueSpellings.set(label, (values = [`B-${label}`, `I-${label}`]));
  return values;
}

/** The layers of phrase marks over a sentence: per token '' or `B-…`/`I-…` of what the phrase is. */
function phraseLayers(tokens: readonly Token[], from: number, to: number, context: FeatureContext): [string, Layer][] {
  const { gazetteer, lexicons } = context.resources;
  const layers: [string, Layer][] = [];
  const mark = (name: string, find: (i: number) => { end: number; label: string } | undefined): void => {
    const layer: Layer = new Array<string>(to - from).fill('');
    for (let i = from; i < to; i++) {
      const found = find(i);
      if (!found) continue;
      const end = Math.min(found.end, to);
      const [begin, inside] = markValues(found.label);
      for (let k = i; k < end; k++) layer[k - from] = k === i ? begin : inside;
      i = end - 1;
    }
    layers.push([name, layer]);
  };
  mark('gz', (i) => {
    const match = gazetteer.names.matchAt(tokens, i);
    return match && { end: match.end, label: gazetteer.entries.get(match.value[0] as string)?.type ?? 'Place' };
  });
  mark('ti', (i) => {
    const match = lexicons.titles.matchAt(tokens, i, { max: 4 });
    return match && { end: match.end, label: 't' };
  });
  mark('hd', (i) => {
    const match = lexicons.nameHeads.matchAt(tokens, i, { max: 3, definite: true });
    return match && { end: match.end, label: match.value[0]?.type ?? '' };
  });
  mark('cue', (i) => {
    const match = lexicons.cues.matchAt(tokens, i, { max: 4, clitics: 'conjunctions' });
    return match && { end: match.end, label: match.value[0]?.kind ?? '' };
  });
  mark('dm', (i) => {
    const match = gazetteer.demonyms.matchAt(tokens, i, { max: 3, clitics: false });
    return match && { end: match.end, label: 'd' };
  });
  mark('ev', (i) => {
    const match = lexicons.triggers.matchAt(tokens, i, { max: 4, definite: true });
    return match && { end: match.end, label: 'e' };
  });
  return layers;
}

/** Offsets at which a phrase mark is a feature of the token (titles and nisbas reach two words on). */
const LAYER_OFFSETS: Record<string, readonly number[]> = { gz: [-1, 0, 1], ti: [-2, -1, 0, 1], hd: [-1, 0, 1], cue: [-1, 0, 1], dm: [-2, -1, 0, 1], ev: [-1, 0, 1] };

/** A neighbour offset that falls before the sentence or after it (spelt once, not per token). */
const BEFORE_START = NEIGHBOUR_OFFSETS.map((offset) => `w${offset}=<s>`);
const AFTER_END = NEIGHBOUR_OFFSETS.map((offset) => `w${offset}=</s>`);

/** The templates of word-pair features: the previous and this word, this and the next, the two stems. */
export const PAIR_TEMPLATES = ['w-1w', 'ww+1', 'st-1st'] as const;
export type PairTemplate = (typeof PAIR_TEMPLATES)[number];

/** How a pair feature is spelt. A word may hold | itself: readers of the spelling try every split. */
export function pairFeature(template: PairTemplate, left: string, right: string): string {
  return `${template}=${left}|${right}`;
}

/**
 * Receives the sentence-level features of each token (i counts from the sentence's first token):
 * the trainer spells them out, a tagger looks up their weights without building the strings.
 */
export interface FeatureSink {
  feature(i: number, feature: string): void;
  /** `leftAt`, `rightAt`: the token indices the two parts come from, -1 for the sentence's edge. */
  pair(i: number, template: PairTemplate, left: string, right: string, leftAt: number, rightAt: number): void;
}

/** The stem of the token at an index: a tagger gives it from its cache of analysed words. */
export type StemAt = (k: number) => string;
const stemsOf = (tokens: readonly Token[]): StemAt => (k) => analyzeWord((tokens[k] as Token).norm).stem;

// Phrase-mark features, spelt once each: name + offset + value.
const markSpellings = new Map<string, string>();
function markFeature(name: string, offset: number, value: string): string {
  const key = `${name}\u0000${offset}\u0000${value}`;
  let spelt = markSpellings.get(key);
  if (spelt === undefined) markSpellings.set(key, (spelt = `${name}${offset}=${value}`));
  return spelt;
}

/** How far before and after a window its phrase marks are read: a phrase that reaches into it starts that near. */
const LAYER_REACH_BEFORE = 6;
const LAYER_REACH_AFTER = 2;

/**
 * The features of each token of tokens[from, to) that need the sentence, given to `sink`; the
 * token's own and its neighbours' word features are added by the caller. With `window` (token
 * indices inside the sentence), only its tokens are visited, still as tokens of the whole sentence
 * (edges, neighbours, pairs); its phrase marks are read a few tokens around it.
 */
export function visitSentence(tokens: readonly Token[], from: number, to: number, context: FeatureContext, sink: FeatureSink, stemAt: StemAt = stemsOf(tokens), window?: SentenceRange): void {
  const windowFrom = window?.from ?? from;
  const windowTo = window?.to ?? to;
  const layerFrom = window ? Math.max(from, windowFrom - LAYER_REACH_BEFORE) : from;
  const layerTo = window ? Math.min(to, windowTo + LAYER_REACH_AFTER) : to;
  const layers = phraseLayers(tokens, layerFrom, layerTo, context);
  const n = to - from;
  for (let k = windowFrom; k < windowTo; k++) {
    const i = k - from;
    const word = (tokens[k] as Token).norm;
    const stem = stemAt(k);
    sink.feature(i, 'bias');
    if (i === 0) sink.feature(i, 'first');
    if (i === n - 1) sink.feature(i, 'last');
    NEIGHBOUR_OFFSETS.forEach((offset, j) => {
      if (i + offset < 0) sink.feature(i, BEFORE_START[j] as string);
      else if (i + offset >= n) sink.feature(i, AFTER_END[j] as string);
    });
    sink.pair(i, 'w-1w', i > 0 ? (tokens[k - 1] as Token).norm : '<s>', word, i > 0 ? k - 1 : -1, k);
    sink.pair(i, 'ww+1', word, i < n - 1 ? (tokens[k + 1] as Token).norm : '</s>', k, i < n - 1 ? k + 1 : -1);
    sink.pair(i, 'st-1st', i > 0 ? stemAt(k - 1) : '<s>', stem, i > 0 ? k - 1 : -1, k);
    for (const [name, layer] of layers) {
      for (const offset of LAYER_OFFSETS[name] ?? []) {
        const at = k + offset;
        const value = at >= layerFrom && at < layerTo ? layer[at - layerFrom] : undefined;
        if (value) sink.feature(i, markFeature(name, offset, value));
      }
    }
  }
}

/** The sentence-level features of each token of tokens[from, to), spelt out (for training). */
export function sentenceFeatures(tokens: readonly Token[], from: number, to: number, context: FeatureContext): string[][] {
  const out: string[][] = Array.from({ length: to - from }, () => []);
  visitSentence(tokens, from, to, context, {
    feature: (i, feature) => out[i]?.push(feature),
    pair: (i, template, left, right) => out[i]?.push(pairFeature(template, left, right)),
  });
  return out;
}

export interface SentenceRange {
  /** Token index of the sentence's first token and one past its last. */
  from: number;
  to: number;
}

/** Features of a token read from the other places its word stands in the document (token index → features). */
export type DocumentFeatures = ReadonlyMap<number, readonly string[]>;

/** How far (in sentences) another use of a word counts, and how many of them are read. */
const DOCUMENT_WINDOW = 20;
const MAX_OTHER_USES = 6;

/**
 * What the other uses of each word nearby say of it: the stems before and after them. A name met
 * once after شركة and again alone is read as the company the second time too. Function and common
 * words, and words of fewer than three letters, are left out: they say nothing of a name.
 */
export interface DocumentFeatureOptions {
  /** The stems document features of a model hold: others would score nothing and are left out. */
  knownStems?: ReadonlySet<string>;
  /** The stem of a token (a tagger gives it from its cache). */
  stemAt?: StemAt;
  /** What makes two tokens uses of the same word (default: their normal form). */
  wordKey?: (k: number) => string | number;
  /** The tokens whose features are wanted (default: all); the others are still read as other uses. */
  wanted?: (k: number) => boolean;
}

export function documentFeatures(tokens: readonly Token[], sentences: readonly SentenceRange[], context: FeatureContext, options: DocumentFeatureOptions = {}): DocumentFeatures {
  const { knownStems, stemAt = stemsOf(tokens), wordKey = (k: number) => (tokens[k] as Token).norm, wanted } = options;
  const { functionWords, commonWords } = context.lists;
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  const uses = new Map<string | number, number[]>();
  sentences.forEach(({ from, to }, s) => {
    for (let k = from; k < to; k++) {
      sentenceOf[k] = s;
      const token = tokens[k] as Token;
      if ((token.kind !== 'word' && token.kind !== 'latin') || token.norm.length < 3 || functionWords.has(token.norm) || commonWords.has(token.norm)) continue;
      const key = wordKey(k);
      const list = uses.get(key);
      if (list) list.push(k);
      else uses.set(key, [k]);
    }
  });
  const stemIn = (k: number, s: number) => (k >= 0 && k < tokens.length && sentenceOf[k] === s ? stemAt(k) : '<s>');
  const add = (features: Set<string>, side: 'dl' | 'dr', stem: string) => {
    // A stem that no document feature of the model holds would score nothing.
    if (!knownStems || knownStems.has(stem)) features.add(`${side}=${stem}`);
  };
  const out = new Map<number, string[]>();
  for (const list of uses.values()) {
    if (list.length < 2) continue;
    for (const k of list) {
      if (wanted && !wanted(k)) continue;
      const s = sentenceOf[k] as number;
      const features = new Set<string>();
      let read = 0;
      for (const other of list) {
        if (other === k || Math.abs((sentenceOf[other] as number) - s) > DOCUMENT_WINDOW) continue;
        const os = sentenceOf[other] as number;
        add(features, 'dl', stemIn(other - 1, os));
        add(features, 'dr', stemIn(other + 1, os));
        if (++read >= MAX_OTHER_USES) break;
      }
      if (features.size > 0) out.set(k, [...features].sort());
    }
  }
  return out;
}

/** Every feature of every token of tokens[from, to), as the trainer reads them. */
export function allFeatures(tokens: readonly Token[], from: number, to: number, context: FeatureContext, document?: DocumentFeatures): string[][] {
  const contextual = sentenceFeatures(tokens, from, to, context);
  return contextual.map((features, i) => {
    const all = [...selfFeatures((tokens[from + i] as Token).norm, context.lists), ...features, ...(document?.get(from + i) ?? [])];
    for (const offset of NEIGHBOUR_OFFSETS) {
      const k = from + i + offset;
      if (k >= from && k < to) all.push(...neighbourFeatures((tokens[k] as Token).norm, offset, context.lists));
    }
    return all;
  });
}

/** The boundary features of every token of tokens[from, to): its own word's, and the word's before it in the sentence. */
export function boundaryFeatures(tokens: readonly Token[], from: number, to: number, lists: WordLists): string[][] {
  const descriptions = tokens.slice(from, to).map((token) => describeWord(token.norm, lists));
  return descriptions.map((description, i) => {
    const own = ownBoundaryFeatures(description);
    return i === 0 ? own : [...own, ...previousBoundaryFeatures((tokens[from + i - 1] as Token).norm, descriptions[i - 1] as WordDescription)];
  });
}
