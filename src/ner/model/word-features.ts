// Features of one word on its own: its form, its clitics and stem, its affixes, its shape, and the
// word lists it belongs to. They depend on nothing but the word, so a tagger computes them once
// per distinct word; the same strings, prefixed by an offset, describe a word's neighbours.

/** Word lists the features consult (normalised forms). */
export interface WordLists {
  givenNames: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
  /** Word clusters learnt from unlabelled text: normal form → [coarse, fine] cluster numbers. */
  clusters: ReadonlyMap<string, readonly [number, number]>;
}

export interface WordAnalysis {
  /** The proclitics read off the word: و ف, then ب ل ك, then ال (لل for ل + ال), as written. */
  proclitics: string;
  /** The word without them, the article given back after لل (للرئيس → الرئيس → stem رئيس). */
  stem: string;
}

const MIN_STEM = 2;
const AFFIX_LENGTHS = [1, 2, 3, 4];

/** The longest reading of a word as proclitics + a stem of at least two letters. */
export function analyzeWord(word: string): WordAnalysis {
  let at = 0;
  const fits = (length: number) => word.length - at - length >= MIN_STEM;
  if ((word[at] === 'و' || word[at] === 'ف') && fits(1)) at++;
  if (word.startsWith('لل', at) && fits(2)) return { proclitics: word.slice(0, at + 2), stem: word.slice(at + 2) };
  // A preposition is read off before the article (بالقمة) or before a stem of three letters or more
  // (بموسكو); a shorter rest is more likely the word itself (بلد، كما).
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
  return flags;
}

/** Receives a word feature as its template (`w`, `st-1`, `f+1` …) and its value: spelt `template=value`. */
export type WordFeatureSink = (template: string, value: string) => void;

/** Every feature of the word itself, given to `emit`; `analysis` is analyzeWord(word). */
export function visitSelfFeatures(word: string, analysis: WordAnalysis, lists: WordLists, emit: WordFeatureSink): void {
  const { proclitics, stem } = analysis;
  emit('w', word);
  emit('st', stem);
  emit('pc', proclitics);
  emit('sh', shapeOf(word));
  emit('len', LENGTHS[Math.min(word.length, 10)] as string);
  for (const n of AFFIX_LENGTHS) {
    if (word.length > n) {
      emit(PREFIX_TEMPLATES[n] as string, word.slice(0, n));
      emit(SUFFIX_TEMPLATES[n] as string, word.slice(-n));
    }
    if (n > 1 && stem.length > n) {
      emit(STEM_PREFIX_TEMPLATES[n] as string, stem.slice(0, n));
      emit(STEM_SUFFIX_TEMPLATES[n] as string, stem.slice(-n));
    }
  }
  for (const flag of listFlags(word, stem, lists)) emit('f', flag);
  visitClusterFeatures(word, stem, SELF_TEMPLATES, lists, emit);
}

/** Every feature of the word itself. */
export function selfFeatures(word: string, lists: WordLists): string[] {
  const out: string[] = [];
  visitSelfFeatures(word, analyzeWord(word), lists, (template, value) => out.push(`${template}=${value}`));
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
  /** Cluster templates: of the word (c, cf), else of its stem (sc, scf). */
  c: string;
  cf: string;
  sc: string;
  scf: string;
}

function templatesAt(offset: string): OffsetTemplates {
  return { w: `w${offset}`, st: `st${offset}`, sh: `sh${offset}`, pc: `pc${offset}`, x: `x${offset}`, f: `f${offset}`, c: `c${offset}`, cf: `c${offset}f`, sc: `sc${offset}`, scf: `sc${offset}f` };
}

const SELF_TEMPLATES = templatesAt('');
const CLUSTER_NUMBERS: string[] = [];
const clusterNumber = (n: number) => (CLUSTER_NUMBERS[n] ??= String(n));

/** The clusters of the word, else of its stem (with the article, then without). */
function visitClusterFeatures(word: string, stem: string, templates: OffsetTemplates, lists: WordLists, emit: WordFeatureSink): void {
  const own = lists.clusters.get(word);
  const cluster = own ?? lists.clusters.get(`ال${stem}`) ?? lists.clusters.get(stem);
  if (!cluster) return emit(templates.c, 'none');
  emit(own ? templates.c : templates.sc, clusterNumber(cluster[0]));
  emit(own ? templates.cf : templates.scf, clusterNumber(cluster[1]));
}

/** The features a word gives the word `offset` places away from it (-2, -1, +1, +2), given to `emit`. */
export function visitNeighbourFeatures(word: string, analysis: WordAnalysis, offset: number, lists: WordLists, emit: WordFeatureSink): void {
  const { proclitics, stem } = analysis;
  const templates = NEIGHBOUR_TEMPLATES.get(offset) ?? templatesAt(String(offset));
  const near = offset === -1 || offset === 1;
  emit(templates.w, word);
  emit(templates.st, stem);
  emit(templates.sh, shapeOf(word));
  if (near) {
    emit(templates.pc, proclitics);
    emit(templates.x, word.slice(-2));
  }
  for (const flag of listFlags(word, stem, lists)) emit(templates.f, flag);
  if (near) visitClusterFeatures(word, stem, templates, lists, emit);
}

/** The features a word gives the word `offset` places away from it (-2, -1, +1, +2). */
export function neighbourFeatures(word: string, offset: number, lists: WordLists): string[] {
  const out: string[] = [];
  visitNeighbourFeatures(word, analyzeWord(word), offset, lists, (template, value) => out.push(`${template}=${value}`));
  return out;
}

export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;
const NEIGHBOUR_TEMPLATES = new Map<number, OffsetTemplates>(NEIGHBOUR_OFFSETS.map((offset) => [offset, templatesAt(String(offset))]));
