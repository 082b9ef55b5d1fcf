// Reads a person's name from the tokens: where it may start, and how far it runs.
import type { Token } from '../types.js';
import type { Resources } from '../resources.js';
import { isWord } from './tokens.js';

const MAX_NAME_WORDS = 4;

// A definite word carrying a preposition or conjunction (بالعربية، والحكومة، للأمم) is never part of a name.
const CLITIC_DEFINITE = /^([وف]?[بلك]ال|[وف]?لل|[وف]ال)/;

/**
 * True when a word cannot belong to a person's name: a function word, a known verb, a common word
 * or a statement noun (unless `common` is false, as after a head noun: حزب الحركة الفلانية), a cue, a title, a trigger,
 * a nisba, a head noun.
 */
export function endsName(tokens: readonly Token[], i: number, resources: Resources, options: { common?: boolean; heads?: boolean } = {}): boolean {
  const token = tokens[i];
  if (!isWord(token)) return true;
  const { lexicons, gazetteer } = resources;
  const word = token.norm;
  if (word.length < 2 || lexicons.functionWords.has(word) || lexicons.verbs.has(word) || CLITIC_DEFINITE.test(word)) return true;
  // A statement noun after a name is what it issued (كتب فلان تغريدة، نشر فلان بيانا).
  if (options.common !== false && (lexicons.commonWords.has(word) || lexicons.statementNouns.has(word))) return true;
  if (lexicons.writtenFunctionWords.has(written(token, resources))) return true;
  return Boolean(
    lexicons.cues.matchAt(tokens, i, { max: 3, clitics: 'conjunctions' }) ||
      lexicons.titles.matchAt(tokens, i, { max: 3, clitics: false }) ||
      lexicons.triggers.matchAt(tokens, i, { max: 3, definite: true }) ||
      gazetteer.demonyms.matchAt(tokens, i, { max: 3, clitics: false }) ||
      lexicons.portfolios.matchAt(tokens, i, { max: 3, clitics: false }) ||
      (options.heads !== false && lexicons.nameHeads.matchAt(tokens, i, { max: 3, definite: true })),
  );
}

/**
 * Token index one past the end of a name starting at `from`, or `from` when no name starts there.
 * `taken` marks tokens that already belong to another name: a name stops before them.
 */
export function nameEnd(tokens: readonly Token[], from: number, resources: Resources, options: { allowDefinite: boolean; taken?: ReadonlySet<number> }): number {
  const first = tokens[from];
  if (!isWord(first) || first.kind === 'latin' || endsName(tokens, from, resources) || isPossessed(first, resources) || isCliticOnCommonWord(first, resources)) return from;
  const { compoundPrefixes, givenNames } = resources.lexicons;
  if (first.norm.startsWith('ال')) {
    // A lone definite word is a name only in the nisba shape of family names (الفلاني).
    return options.allowDefinite && first.norm.endsWith('ي') ? from + 1 : from;
  }
  let end = from + 1;
  // The joining words of a compound name (بن، آل، عبد، أبو) do not count towards its length.
  const nameWords = (): number => {
    let words = 0;
    for (let t = from; t < end; t++) if (!compoundPrefixes.has((tokens[t] as Token).norm)) words++;
    return words;
  };
  while (nameWords() < MAX_NAME_WORDS) {
    // A hyphen with no space on either side joins the parts of one name (a given name written with a hyphen: فلان-فلان).
    if (joinsByHyphen(tokens, end) && !options.taken?.has(end + 1)) {
      end += 2;
      continue;
    }
    const token = tokens[end];
    if (!isWord(token) || token.sentence !== first.sentence || options.taken?.has(end) || endsName(tokens, end, resources)) break;
    // A noun with a possessive after the name is its verb's object, no part of it (نقلت شركة فلان رحلاتها).
    if (isPossessed(token, resources)) break;
    const previous = (tokens[end - 1] as Token).norm;
    const beforePrevious = end - 2 >= from ? (tokens[end - 2] as Token).norm : '';
    if (token.norm.startsWith('و') && !compoundPrefixes.has(previous) && !givenNames.has(token.norm)) break;
    // آل (the family of, written ال without its madda) opens the family name that follows (فلان آل فلان).
    if (compoundPrefixes.has(token.norm) && isWord(tokens[end + 1]) && tokens[end + 1]?.sentence === first.sentence) {
      end++;
      continue;
    }
    if (token.norm.startsWith('ال')) {
      const joins = compoundPrefixes.has(previous) || givenNames.has(previous) || compoundPrefixes.has(beforePrevious);
      if (!joins) break;
      end++;
      // A definite family name closes the name unless a compound (عبد الله) continues it, or a
      // second family name of the nisba shape follows (فلان الفلاني العلاني).
      if (!compoundPrefixes.has(previous)) {
        if (isSecondFamilyName(tokens, end, first.sentence, resources, options.taken)) end++;
        break;
      }
      continue;
    }
    end++;
  }
  // A joining word must join something: none ends the name.
  while (end - 1 > from && compoundPrefixes.has((tokens[end - 1] as Token).norm)) end--;
  return end;
}

/**
 * Token k, right after a definite family name, is a second one: a definite word of the nisba shape
 * (الفلاني) that says no country (a demonym, الفلاني of a country), no time or rank (الحالي، الثاني), and is
 * no common word.
 */
function isSecondFamilyName(tokens: readonly Token[], k: number, sentence: number, resources: Resources, taken?: ReadonlySet<number>): boolean {
  const token = tokens[k];
  if (!isWord(token) || token.kind !== 'word' || token.sentence !== sentence || taken?.has(k)) return false;
  const { lexicons, gazetteer } = resources;
  const norm = token.norm;
  if (!/^ال..+ي$/.test(norm) || lexicons.titleModifiers.has(norm) || lexicons.functionWords.has(norm) || lexicons.commonWords.has(norm) || lexicons.relativePronouns.has(norm)) return false;
  if (gazetteer.demonyms.matchAt(tokens, k, { max: 1, clitics: false }) || ORDINAL_OR_TIME.test(norm)) return false;
  return !endsName(tokens, k, resources);
}

/** Ordinals and time words of the nisba shape that follow a name without being part of it. */
const ORDINAL_OR_TIME = /^ال(ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي|حالي|ماضي|تالي|آتي|اتي)$/;

/** Token `i` is a hyphen between two words, touching both. */
function joinsByHyphen(tokens: readonly Token[], i: number): boolean {
  const hyphen = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return hyphen?.text === '-' && isWord(before) && isWord(after) && after.kind === 'word' && before.end === hyphen.start && hyphen.end === after.start;
}

/** A function word, by its normal form or, where that form is also a name (علي), as written (على). */
export function isFunctionWord(token: Token, resources: Resources): boolean {
  return resources.lexicons.functionWords.has(token.norm) || resources.lexicons.writtenFunctionWords.has(written(token, resources));
}

/** The token as written, without diacritics (ى and ة kept). */
function written(token: Token, resources: Resources): string {
  return [...token.text].filter((ch) => !resources.normalizer.isDeleted(ch)).join('');
}

/**
 * A noun with a possessive pronoun is not a name: ت written before the suffix (موافقته، قمتها), or
 * a plural's ي (مقاتليه، مؤيديهم).
 */
export function isPossessed(token: Token, resources: Resources): boolean {
  const word = written(token, resources);
  for (const suffix of resources.lexicons.pronounSuffixes) {
    if (word.length > suffix.length + 2 && word.endsWith(`ت${suffix}`)) return true;
    if (suffix.startsWith('ه') && word.length > suffix.length + 3 && word.endsWith(`ي${suffix}`)) return true;
    // A verbal noun of the shapes تفعيل and إفعال with a possessive (ترحيبه، تحذيرها، إعلانهم): no name has them.
    if (suffix.startsWith('ه') && word.endsWith(suffix) && VERBAL_NOUN_STEM.test(word.slice(0, -suffix.length))) return true;
    // A common noun with a possessive (كلامه، موقفها، رأيهم): the object after a name, not part of it.
    if (suffix.startsWith('ه') && word.length > suffix.length + 2 && word.endsWith(suffix) && resources.lexicons.commonWords.has(resources.normalizer.normalize(word.slice(0, -suffix.length)))) return true;
  }
  return false;
}

/**
 * A common word behind a conjunction or a preposition (وشعب، بتغيير، للحكومة) does not start a
 * name: a title before it (رئيس الولاية وشعب كذا) names no one. A known given name (وليد، كمال)
 * keeps its first letter; a preposition's word must be long enough not to be a name's own ending.
 */
function isCliticOnCommonWord(token: Token, resources: Resources): boolean {
  const { commonWords, givenNames } = resources.lexicons;
  const word = token.norm;
  if (givenNames.has(word) || commonWords.has(word)) return false;
  const rest = word.slice(1);
  if (word.startsWith('و')) return rest.length >= 3 && commonWords.has(rest);
  // ف + a short word is more often a name's own letter (فلان is not ف + لأن).
  if (word.startsWith('ف')) return rest.length >= 4 && commonWords.has(rest);
  if (/^[بلك]/.test(word)) return rest.length >= 4 && (commonWords.has(rest) || VERBAL_NOUN_STEM.test(rest));
  return false;
}

/**
 * A normalised word of a verbal-noun shape, with or without the article: تفعيل، إفعال، افتعال
 * (اعتقال)، انفعال (انسحاب)، استفعال (استهداف). Names do not begin with one.
 */
export function isVerbalNoun(norm: string): boolean {
  return /^(ت[^اوي][^اوي]ي[^اوي]|ا[^اوي][^اوي]ا[^اوي]|ا[^اوي]ت[^اوي]ا[^اوي]|ان[^اوي][^اوي]ا[^اوي]|است[^اوي][^اوي]ا[^اوي])(ه)?$/.test(norm.replace(/^ال/, ''));
}

/** تفعيل (ت C C ي C) and إفعال (إ C C ا C) as written, diacritics removed. */
const VERBAL_NOUN_STEM = /^(ت[^اوي][^اوي]ي[^اوي]|[اإ][^اوي][^اوي]ا[^اوي])$/;
