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

/** Every feature of the word itself. */
export function selfFeatures(word: string, lists: WordLists): string[] {
  const { proclitics, stem } = analyzeWord(word);
  const out = [`w=${word}`, `st=${stem}`, `pc=${proclitics}`, `sh=${shapeOf(word)}`, `len=${Math.min(word.length, 10)}`];
  for (const n of AFFIX_LENGTHS) {
    if (word.length > n) out.push(`p${n}=${word.slice(0, n)}`, `x${n}=${word.slice(-n)}`);
    if (n > 1 && stem.length > n) out.push(`sp${n}=${stem.slice(0, n)}`, `sx${n}=${stem.slice(-n)}`);
  }
  for (const flag of listFlags(word, stem, lists)) out.push(`f=${flag}`);
  out.push(...clusterFeatures(word, stem, '', lists));
  return out;
}

/** The clusters of the word, else of its stem (with the article, then without). */
function clusterFeatures(word: string, stem: string, offset: string, lists: WordLists): string[] {
  const own = lists.clusters.get(word);
  const ofStem = own ? undefined : (lists.clusters.get(`ال${stem}`) ?? lists.clusters.get(stem));
  const cluster = own ?? ofStem;
  if (!cluster) return [`c${offset}=none`];
  const kind = own ? 'c' : 'sc';
  return [`${kind}${offset}=${cluster[0]}`, `${kind}${offset}f=${cluster[1]}`];
}

/** The features a word gives the word `offset` places away from it (-2, -1, +1, +2). */
export function neighbourFeatures(word: string, offset: number, lists: WordLists): string[] {
  const { proclitics, stem } = analyzeWord(word);
  const out = [`w${offset}=${word}`, `st${offset}=${stem}`, `sh${offset}=${shapeOf(word)}`];
  if (offset === -1 || offset === 1) out.push(`pc${offset}=${proclitics}`, `x${offset}=${word.slice(-2)}`);
  for (const flag of listFlags(word, stem, lists)) out.push(`f${offset}=${flag}`);
  if (offset === -1 || offset === 1) out.push(...clusterFeatures(word, stem, String(offset), lists));
  return out;
}

export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;
