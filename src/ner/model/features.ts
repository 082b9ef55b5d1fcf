// The features of each token of a sentence: its own word's, its neighbours', and those that need
// the sentence — the phrases of the gazetteer and the lexicons it lies in or next to, word pairs,
// the sentence's edges. Training and tagging both read them from here, so they never differ.
import type { Token } from '../../types.js';
import type { Resources } from '../../resources.js';
import { TAGS } from './tags.js';
import { WordEmbeddings } from './embeddings.js';
import type { NerModel } from './model.js';
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
      ...embeddingListsOf(resources.nerModel, lists),
    },
  };
}

/** One look-up object per model's embedding table (it caches the words it has read). */
const modelEmbeddings = new WeakMap<NerModel, WordEmbeddings>();

/** The embeddings a model's features read: given ones, else the model's own (as its info says it uses them). */
function embeddingListsOf(model: NerModel | undefined, lists?: Partial<WordLists>): Pick<WordLists, 'embeddingClusters' | 'embeddingVectors'> {
  if (lists && ('embeddingClusters' in lists || 'embeddingVectors' in lists)) return { ...(lists.embeddingClusters && { embeddingClusters: lists.embeddingClusters }), ...(lists.embeddingVectors && { embeddingVectors: lists.embeddingVectors }) };
  if (!model?.embeddings) return {};
  let embeddings = modelEmbeddings.get(model);
  if (!embeddings) modelEmbeddings.set(model, (embeddings = new WordEmbeddings(model.embeddings)));
  const use = model.info.embeddingFeatures;
  return { ...((use === 'clusters' || use === 'both') && { embeddingClusters: embeddings }), ...((use === 'dense' || use === 'both') && { embeddingVectors: embeddings }) };
}

/** Positions whose word's vector is a dense feature of a token: the word before, the token's own, the word after. */
export const DENSE_OFFSETS = [-1, 0, 1] as const;

/**
 * The real-valued features of each token of tokens[from, to): the embedding vectors of the words
 * at DENSE_OFFSETS (zeros past the sentence's edges and for tokens with none), times `scale`,
 * DENSE_OFFSETS.length × dims per token. Empty without lists.embeddingVectors.
 */
export function denseFeatures(tokens: readonly Token[], from: number, to: number, lists: WordLists, scale = 1): Float32Array {
  const embeddings = lists.embeddingVectors;
  if (!embeddings) return new Float32Array(0);
  const dims = embeddings.table.dims;
  const width = DENSE_OFFSETS.length * dims;
  const out = new Float32Array((to - from) * width);
  for (let k = from; k < to; k++) {
    DENSE_OFFSETS.forEach((offset, block) => {
      const at = k + offset;
      if (at < from || at >= to) return;
      const vector = embeddings.of((tokens[at] as Token).norm)?.vector;
      if (!vector) return;
      const base = (k - from) * width + block * dims;
      for (let d = 0; d < dims; d++) out[base + d] = (vector[d] as number) * scale;
    });
  }
  return out;
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

/** A token a first tagger did not read (outside the windows it decoded). */
export const UNREAD = 255;

/** How many other uses of a word (or its stem) nearby a stacked feature reads. */
const MAX_STACKED_USES = 12;

/**
 * What a first tagger's reading says of each token, for a second tagger to weigh (stacking): its
 * own tag and its neighbours', the types the first tagger gave the other uses of the same word,
 * and of the same stem, within the document window, and the entities of several words it found
 * there that stand again at the token (phraseMarks). A name tagged PERS twice and missed once is
 * then read as PERS the third time too (one sense per discourse), and a word the first tagger
 * tags where its other uses are O is doubted. `tags[k]` is the first tagger's tag of token k
 * (UNREAD: not decoded, read as nothing). The same word filter as documentFeatures.
 */
export function stackedFeatures(tokens: readonly Token[], sentences: readonly SentenceRange[], tags: ArrayLike<number>, context: FeatureContext, options: DocumentFeatureOptions = {}): DocumentFeatures {
  const { stemAt = stemsOf(tokens), wordKey = (k: number) => (tokens[k] as Token).norm, wanted } = options;
  const { functionWords, commonWords } = context.lists;
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  const byWord = new Map<string | number, number[]>();
  const byStem = new Map<string, number[]>();
  const push = <K>(map: Map<K, number[]>, key: K, k: number) => {
    const list = map.get(key);
    if (list) list.push(k);
    else map.set(key, [k]);
  };
  sentences.forEach(({ from, to }, s) => {
    for (let k = from; k < to; k++) {
      sentenceOf[k] = s;
      const token = tokens[k] as Token;
      if ((token.kind !== 'word' && token.kind !== 'latin') || token.norm.length < 3 || functionWords.has(token.norm) || commonWords.has(token.norm) || tags[k] === UNREAD) continue;
      push(byWord, wordKey(k), k);
      const stem = stemAt(k);
      if (stem.length >= 3) push(byStem, stem, k);
    }
  });
  const tagName = (tag: number) => TAG_NAMES[tag] as string;
  // The types of the other uses in the window, as features: each type seen, and the commonest (O included).
  const fromOthers = (features: string[], prefix: string, list: readonly number[] | undefined, k: number) => {
    if (!list || list.length < 2) return;
    const s = sentenceOf[k] as number;
    const counts = new Array<number>(TYPE_NAMES.length).fill(0);
    let read = 0;
    for (const other of list) {
      if (other === k || Math.abs((sentenceOf[other] as number) - s) > DOCUMENT_WINDOW) continue;
      const type = TYPE_OF_TAG[tags[other] as number] as number;
      counts[type] = (counts[type] as number) + 1;
      if (++read >= MAX_STACKED_USES) break;
    }
    if (read === 0) return;
    let most = 0;
    counts.forEach((count, type) => {
      if (type > 0 && count > 0) features.push(`${prefix}=${TYPE_NAMES[type]}`);
      if (count > (counts[most] as number)) most = type;
    });
    features.push(`${prefix}m=${TYPE_NAMES[most]}`);
    if ((counts[0] as number) === 0) features.push(`${prefix}all`);
  };
  const out = new Map<number, string[]>();
  const phrases = phraseMarks(sentences, tags, stemAt, sentenceOf);
  sentences.forEach(({ from, to }) => {
    for (let k = from; k < to; k++) {
      if (wanted && !wanted(k)) continue;
      const own = tags[k] as number;
      if (own === UNREAD) continue;
      const features = [`s0=${tagName(own)}`];
      if (k > from && tags[k - 1] !== UNREAD) features.push(`s-1=${tagName(tags[k - 1] as number)}`);
      if (k + 1 < to && tags[k + 1] !== UNREAD) features.push(`s+1=${tagName(tags[k + 1] as number)}`);
      const token = tokens[k] as Token;
      if ((token.kind === 'word' || token.kind === 'latin') && token.norm.length >= 3 && !functionWords.has(token.norm) && !commonWords.has(token.norm)) {
        fromOthers(features, 'sw', byWord.get(wordKey(k)), k);
        fromOthers(features, 'ss', byStem.get(stemAt(k)), k);
      }
      const mark = phrases.get(k);
      if (mark) features.push(mark);
      out.set(k, features);
    }
  });
  return out;
}

/** The longest phrase of several words a first tagger read as an entity elsewhere in the window. */
const MAX_PHRASE = 4;

/**
 * Where a run of words (by their stems) that the first tagger read as an entity of several words
 * elsewhere within the document window stands again, its tokens marked se=B-/I-TYPE: a full
 * name found once is the same name where it is met again (longest phrase first).
 */
function phraseMarks(sentences: readonly SentenceRange[], tags: ArrayLike<number>, stemAt: StemAt, sentenceOf: Int32Array): Map<number, string> {
  const found = new Map<string, { start: number; type: string }[]>();
  const keyOf = (from: number, to: number) => {
    const parts: string[] = [];
    for (let k = from; k < to; k++) parts.push(stemAt(k));
    return parts.join(' ');
  };
  for (const { from, to } of sentences) {
    let k = from;
    while (k < to) {
      const tag = tags[k] as number;
      if (tag === UNREAD || tag === 0 || tag % 2 === 0) {
        k++;
        continue;
      }
      let end = k + 1;
      while (end < to && tags[end] === tag + 1) end++;
      if (end - k >= 2 && end - k <= MAX_PHRASE) {
        const key = keyOf(k, end);
        const list = found.get(key);
        const type = (TAGS[tag] as string).slice(2);
        if (list) list.push({ start: k, type });
        else found.set(key, [{ start: k, type }]);
      }
      k = end;
    }
  }
  const marks = new Map<number, string>();
  if (found.size === 0) return marks;
  for (const { from, to } of sentences) {
    for (let k = from; k < to; k++) {
      for (let length = Math.min(MAX_PHRASE, to - k); length >= 2; length--) {
        const s = sentenceOf[k] as number;
        const other = found.get(keyOf(k, k + length))?.find((f) => f.start !== k && Math.abs((sentenceOf[f.start] as number) - s) <= DOCUMENT_WINDOW);
        if (!other) continue;
        for (let j = k; j < k + length; j++) marks.set(j, `se=${j === k ? 'B' : 'I'}-${other.type}`);
        k += length - 1;
        break;
      }
    }
  }
  return marks;
}

const TAG_NAMES = TAGS;
/** O, then the entity types: the type index of each tag. */
const TYPE_NAMES = ['O', 'PERS', 'LOC', 'ORG', 'MISC'] as const;
const TYPE_OF_TAG = TAGS.map((tag) => (tag === 'O' ? 0 : TYPE_NAMES.indexOf(tag.slice(2) as (typeof TYPE_NAMES)[number])));
