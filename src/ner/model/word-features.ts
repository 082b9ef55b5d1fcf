// Features of one word on its own: its form, its clitics and stem, its affixes, its shape, and the
// word lists it belongs to. They depend on nothing but the word, so a tagger computes them once
// per distinct word; the same strings, prefixed by an offset, describe a word's neighbours.
import type { WordEmbeddings } from './embeddings.js';

/** Word lists the features consult (normalised forms). */
export interface WordLists {
  givenNames: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
  /** Word clusters learnt from unlabelled text: normal form → its cluster number at each level, coarse to fine. */
  clusters: ReadonlyMap<string, readonly number[]>;
  /** What the tagged corpus says of a word (tag-dictionary.ts): `dPERS`, `dLOC~` … */
  tagDictionary?: ReadonlyMap<string, string>;
  /** Embeddings whose k-means clusters are word features (embeddings.ts): `e=`, `ef=` … of the word and its neighbours. */
  embeddingClusters?: WordEmbeddings;
  /** Embeddings whose vectors are dense features (features.ts: denseFeatures). */
  embeddingVectors?: WordEmbeddings;
}

export interface WordAnalysis {
  /** The proclitics read off the word: و ف, then ب ل ك, then ال (لل for ل + ال), as written. */
  proclitics: string;
  /** The word without them, the article given back after لل (للرئيس → الرئيس → stem رئيس). */
  stem: string;
}

const MIN_STEM = 2;
const AFFIX_LENGTHS = [1, 2, 3, 4];

/** All a word's features need of it besides the word: its analysis, shape, lists and cluster. */
export interface WordDescription extends WordAnalysis {
  shape: string;
  flags: string[];
  /** Its cluster's numbers, else its stem's (`ofStem`), else undefined. */
  cluster?: readonly number[];
  ofStem: boolean;
  /** Its embedding's cluster at each level (lists.embeddingClusters), for every Arabic word. */
  embeddingCluster?: readonly number[];
  /** Its embedding's vector (lists.embeddingVectors): undefined for a token that is no Arabic word. */
  vector?: Float32Array;
}

export function describeWord(word: string, lists: WordLists): WordDescription {
  const analysis = analyzeWord(word);
  const own = lists.clusters.get(word);
  const cluster = own ?? lists.clusters.get(`ال${analysis.stem}`) ?? lists.clusters.get(analysis.stem);
  const description: WordDescription = { ...analysis, shape: shapeOf(word), flags: listFlags(word, analysis.stem, lists), cluster, ofStem: own === undefined };
  const embeddingCluster = lists.embeddingClusters?.of(word)?.clusters;
  if (embeddingCluster) description.embeddingCluster = embeddingCluster;
  const vector = lists.embeddingVectors?.of(word)?.vector;
  if (vector) description.vector = vector;
  return description;
}

/** The longest reading of a word as proclitics + a stem of at least two letters. */
export function analyzeWord(word: string): WordAnalysis {
  let at = 0;
  const fits = (length: number) => word.length - at - length >= MIN_STEM;
  if ((word[at] === 'و' || word[at] === 'ف') && fits(1)) at++;
  if (word.startsWith('لل', at) && fits(2)) return { proclitics: word.slice(0, at + 2), stem: word.slice(at + 2) };
  // A preposition is read off before the article (بالقمة) or before a stem of three letters or more
  // (ب + a city's name); a shorter rest is more likely the word itself (بلد، كما).
  if ((word[at] === 'ب' || word[at] === 'ل' || word[at] === 'ك') && (word.startsWith('ال', at + 1) ? fits(1) : fits(2))) at++;
  if (word.startsWith('ال', at) && fits(2)) at += 2;
  return { proclitics: word.slice(0, at), stem: word.slice(at) };
}

/** The word's shape: a letter per kind of character (a Arabic, L Latin, 9 digit, p other), runs collapsed. */
export function shapeOf(word: string): string {
  let shape = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const kind = code >= 0x0621 && code <= 0x06ff ? 'a' : (code | 32) >= 97 && (code | 32) <= 122 ? 'L' : code >= 48 && code <= 57 ? '9' : 'p';
    if (!shape.endsWith(kind)) shape += kind;
  }
  return shape;
}

/** The lists a word belongs to, as short flags (given name, common word, function word, verb). */
export function listFlags(word: string, stem: string, lists: WordLists): string[] {
  const flags: string[] = [];
  if (lists.givenNames.has(word) || lists.givenNames.has(stem)) flags.push('gn');
  if (lists.commonWords.has(word)) flags.push('cw');
  if (lists.functionWords.has(word)) flags.push('fw');
  if (lists.verbs.has(word)) flags.push('vb');
  const entry = lists.tagDictionary?.get(word);
  if (entry) flags.push(entry);
  return flags;
}

/**
 * Receives word features, each a template (`w`, `st-1`, `f1` …) and a value, spelt `template=value`:
 * a tagger looks them up by the two parts, with no string built for the pair.
 */
export interface WordFeatureSink {
  feature(template: string, value: string): void;
}

/** A sink that spells every feature out. */
function spellingSink(out: string[]): WordFeatureSink {
  return { feature: (template, value) => out.push(`${template}=${value}`) };
}

/** Every feature of the word itself, given to `sink`; `description` is describeWord(word). */
export function visitSelfFeatures(word: string, description: WordDescription, sink: WordFeatureSink): void {
  const { proclitics, stem, shape } = description;
  sink.feature('w', word);
  sink.feature('st', stem);
  sink.feature('pc', proclitics);
  sink.feature('sh', shape);
  sink.feature('len', LENGTHS[Math.min(word.length, 10)] as string);
  for (const n of AFFIX_LENGTHS) {
    if (word.length > n) {
      sink.feature(PREFIX_TEMPLATES[n] as string, word.slice(0, n));
      sink.feature(SUFFIX_TEMPLATES[n] as string, word.slice(-n));
    }
    if (n > 1 && stem.length > n) {
      sink.feature(STEM_PREFIX_TEMPLATES[n] as string, stem.slice(0, n));
      sink.feature(STEM_SUFFIX_TEMPLATES[n] as string, stem.slice(-n));
    }
  }
  for (const flag of description.flags) sink.feature('f', flag);
  visitClusterFeatures(description, SELF_TEMPLATES, sink);
  visitEmbeddingClusterFeatures(description, SELF_TEMPLATES, sink);
}

/** Every feature of the word itself. */
export function selfFeatures(word: string, lists: WordLists): string[] {
  const out: string[] = [];
  visitSelfFeatures(word, describeWord(word, lists), spellingSink(out));
  return out;
}

const LENGTHS = Array.from({ length: 11 }, (_, n) => String(n));
const PREFIX_TEMPLATES = AFFIX_LENGTHS.reduce<string[]>((t, n) => ((t[n] = `p${n}`), t), []);
const SUFFIX_TEMPLATES = AFFIX_LENGTHS.reduce<string[]>((t, n) => ((t[n] = `x${n}`), t), []);
const STEM_PREFIX_TEMPLATES = AFFIX_LENGTHS.reduce<string[]>((t, n) => ((t[n] = `sp${n}`), t), []);
const STEM_SUFFIX_TEMPLATES = AFFIX_LENGTHS.reduce<string[]>((t, n) => ((t[n] = `sx${n}`), t), []);

/** The templates of one position's features, spelt once: the word's own (offset '') or a neighbour's. */
interface OffsetTemplates {
  w: string;
  st: string;
  sh: string;
  pc: string;
  x: string;
  f: string;
  /** Cluster templates by level, coarse to fine: of the word (c, cf, cff …), else of its stem (sc, scf …). */
  c: readonly string[];
  sc: readonly string[];
  /** Embedding cluster templates by level (e, ef …). */
  e: readonly string[];
}

const CLUSTER_LEVELS = 6;

function templatesAt(offset: string): OffsetTemplates {
  return { w: `w${offset}`, st: `st${offset}`, sh: `sh${offset}`, pc: `pc${offset}`, x: `x${offset}`, f: `f${offset}`, c: levelTemplates(`c${offset}`), sc: levelTemplates(`sc${offset}`), e: levelTemplates(`e${offset}`) };
}

function levelTemplates(base: string): string[] {
  return Array.from({ length: CLUSTER_LEVELS }, (_, level) => base + 'f'.repeat(level));
}

const SELF_TEMPLATES = templatesAt('');
const CLUSTER_NUMBERS: string[] = [];
const clusterNumber = (n: number) => (CLUSTER_NUMBERS[n] ??= String(n));

/** The clusters of the word, else of its stem (with the article, then without). */
function visitClusterFeatures({ cluster, ofStem }: WordDescription, templates: OffsetTemplates, sink: WordFeatureSink): void {
  if (!cluster) return sink.feature(templates.c[0] as string, 'none');
  visitLevels(ofStem ? templates.sc : templates.c, cluster, sink);
}

/** The embedding's cluster at each level (e=, ef= …): every Arabic word has one, seen in the corpus or not. */
function visitEmbeddingClusterFeatures({ embeddingCluster }: WordDescription, templates: OffsetTemplates, sink: WordFeatureSink): void {
  if (embeddingCluster) visitLevels(templates.e, embeddingCluster, sink);
}

/** A cluster number per level, coarse to fine, each under its level's template. */
function visitLevels(names: readonly string[], levels: readonly number[], sink: WordFeatureSink): void {
  for (let level = 0; level < levels.length && level < CLUSTER_LEVELS; level++) sink.feature(names[level] as string, clusterNumber(levels[level] as number));
}

/** The features a word gives the word `offset` places away from it (-2, -1, +1, +2), given to `emit`. */
export function visitNeighbourFeatures(word: string, description: WordDescription, offset: number, sink: WordFeatureSink): void {
  const { proclitics, stem, shape } = description;
  const templates = NEIGHBOUR_TEMPLATES.get(offset) ?? templatesAt(String(offset));
  const near = offset === -1 || offset === 1;
  sink.feature(templates.w, word);
  sink.feature(templates.st, stem);
  sink.feature(templates.sh, shape);
  if (near) {
    sink.feature(templates.pc, proclitics);
    sink.feature(templates.x, word.slice(-2));
  }
  for (const flag of description.flags) sink.feature(templates.f, flag);
  if (near) {
    visitClusterFeatures(description, templates, sink);
    visitEmbeddingClusterFeatures(description, templates, sink);
  }
}

/** The features a word gives the word `offset` places away from it (-2, -1, +1, +2). */
export function neighbourFeatures(word: string, offset: number, lists: WordLists): string[] {
  const out: string[] = [];
  visitNeighbourFeatures(word, describeWord(word, lists), offset, spellingSink(out));
  return out;
}

export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;
const NEIGHBOUR_TEMPLATES = new Map<number, OffsetTemplates>(NEIGHBOUR_OFFSETS.map((offset) => [offset, templatesAt(String(offset))]));

/**
 * The boundary features a word gives the transition into itself: its clitics (و before a name
 * often opens a second one), shape and coarse cluster. Each weighs every pair of tags (perceptron.ts).
 */
export function ownBoundaryFeatures(description: WordDescription): string[] {
  const { proclitics, shape, cluster } = description;
  return [`b.pc=${proclitics}`, `b.sh=${shape}`, `b.c=${cluster ? clusterNumber(cluster[0] as number) : 'none'}`];
}

/** The boundary features a word gives the transition into the word after it: its shape and coarse cluster, and itself when it is no Arabic word (a comma, a bracket, a digit). */
export function previousBoundaryFeatures(word: string, description: WordDescription): string[] {
  const { shape, cluster } = description;
  const out = [`b-1.sh=${shape}`, `b-1.c=${cluster ? clusterNumber(cluster[0] as number) : 'none'}`];
  if (shape !== 'a') out.push(`b-1.w=${word}`);
  return out;
}
