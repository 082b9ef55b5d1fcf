// Names the trained tagger finds and no other recogniser did: persons, places and organisations
// (MISC is left out: the graph has no class for it). The gazetteer and the patterns decide where
// they found a name; the tagger only proposes the ones they missed, as local entities.
import type { Resources } from '../resources.js';
import type { Candidate, EntityType, Sentence, Token, TriggerMention } from '../types.js';
import { tagEntities, taggerOf } from './statistical.js';
import { analyzeWord, type WordLists } from './model/word-features.js';
import { tagIndex } from './model/tags.js';
import { rawOffsetAfter } from './tokens.js';
import { AkhbarError } from '../errors.js';

const TYPES: Record<string, EntityType> = { PERS: 'Person', LOC: 'Place', ORG: 'Organization' };

/**
 * The types whose names the tagger proposes unless told otherwise: none. On the dev set its
 * persons raise Person F1 and attributed F1, but tagging every sentence costs about 60% more CPU
 * on the whole corpus (README), over the 20% a default may add; its places and organisations cost
 * more precision than they bring recall. `--ner-names person` turns the persons on.
 */
export const DEFAULT_NER_NAMES: readonly EntityType[] = [];

/**
 * Entities the tagger is less sure of than this (the best reading of the sentence against the
 * best without them, in the model's weight units) are not proposed. On the dev set the proposals
 * below it were as often wrong as right (a vocative يا جاري العزيز read as a name).
 */
const MIN_MARGIN = 20;

/** The B- and I- tag indices of each type. */
const TAG_PAIRS: Record<EntityType, number[]> = Object.fromEntries(Object.entries(TYPES).map(([label, type]) => [type, [tagIndex(`B-${label}`), tagIndex(`I-${label}`)]])) as Record<EntityType, number[]>;

/**
 * A token the tagger may propose seeds a window when its own features score a wanted tag this far
 * over O. On 800 ANT articles every proposal kept when whole sentences were decoded had a token
 * at 66 or more.
 */
const MIN_SEED_LEAN = 60;
/** Tokens decoded on each side of a seed (a name and the title or verb before it). */
const WINDOW_REACH = 3;

const NAME_OPTIONS: Record<string, EntityType> = { person: 'Person', place: 'Place', organization: 'Organization', organisation: 'Organization' };

/** The --ner-names list (person, place, organization, or none), in the order given. */
export function parseNerNames(text: string): EntityType[] {
  const words = text.split(',').map((w) => w.trim().toLowerCase()).filter((w) => w !== '');
  if (words.length === 1 && words[0] === 'none') return [];
  const types = words.map((w) => NAME_OPTIONS[w]);
  if (words.length === 0 || types.some((t) => t === undefined)) throw new AkhbarError('E_USAGE', `--ner-names takes person, place, organization (comma-separated) or none, not "${text}"`);
  return [...new Set(types as EntityType[])];
}

/** The yargs option of run and eval that sets which types the tagger proposes (parsed by parseNerNames). */
export const NER_NAMES_OPTION = {
  type: 'string',
  describe: 'Types whose names the trained NER model proposes beside the rules: person, place, organization (comma-separated), or none [default: none]',
} as const;

export function findModelNames(tokens: readonly Token[], sentences: readonly Sentence[], taken: readonly Candidate[], triggers: readonly TriggerMention[], resources: Resources): Candidate[] {
  const wanted = resources.nerNames ?? DEFAULT_NER_NAMES;
  const tagger = wanted.length > 0 ? taggerOf(resources) : undefined;
  if (!tagger) return [];
  const occupied = new Uint8Array(tokens.length);
  for (const c of taken) occupied.fill(1, c.tokenStart, c.tokenEnd);
  // An event noun (القمة، مؤتمر) stays an event, whatever the tagger makes of it.
  for (const t of triggers) occupied.fill(1, t.tokenStart, t.tokenEnd);
  const found: Candidate[] = [];
  const keep = (span: { type: string; tokenStart: number; tokenEnd: number }) => {
    const type = TYPES[span.type];
    return type !== undefined && wanted.includes(type) && !occupied.subarray(span.tokenStart, span.tokenEnd).includes(1) && !holdsNisba(tokens, span.tokenStart, span.tokenEnd, resources);
  };
  const tags = wanted.flatMap((type) => TAG_PAIRS[type]);
  // Only the tokens that read as a name of a wanted type on their own features (their own score
  // for the tag over O above MIN_SEED_LEAN), with a few words either side, are decoded: most words
  // are not, and decoding every sentence was most of the tagger's cost (README).
  const seeds = (k: number, ownLean: (k: number, tag: number) => number) => {
    for (const tag of tags) if (ownLean(k, tag) > MIN_SEED_LEAN) return true;
    return false;
  };
  const windows = ({ from, to }: { from: number; to: number }, ownLean: (k: number, tag: number) => number) => {
    const out: { from: number; to: number }[] = [];
    for (let k = from; k < to; k++) {
      if (occupied[k] || !seeds(k, ownLean)) continue;
      const start = Math.max(from, k - WINDOW_REACH);
      const end = Math.min(to, k + WINDOW_REACH + 1);
      const last = out.at(-1);
      if (last && start <= last.to) last.to = end;
      else out.push({ from: start, to: end });
    }
    return out;
  };
  const { lists } = tagger.context;
  for (const span of tagEntities(tokens, sentences, tagger, { keep, windows })) {
    const type = TYPES[span.type] as EntityType;
    if (span.margin < MIN_MARGIN) continue;
    const tokenEnd = nameEnd(tokens, span.tokenStart, span.tokenEnd, lists);
    if (tokenEnd === undefined) continue;
    const first = tokens[span.tokenStart] as Token;
    const clitics = cliticLength(first.norm, lists);
    const words = tokens.slice(span.tokenStart, tokenEnd).map((t) => t.norm);
    words[0] = (words[0] as string).slice(clitics);
    found.push({ start: rawOffsetAfter(first, clitics, resources.normalizer.isDeleted), end: (tokens[tokenEnd - 1] as Token).end, type, tokenStart: span.tokenStart, tokenEnd, ids: [], name: words.join(' '), via: 'model' });
  }
  return found;
}

/**
 * Where a proposed name really ends, or undefined when it is none. A common noun is no word of a
 * name: a span that opens with one (وخبراء الكيماوي) names no one, and a common noun under a
 * preposition after a name (فلان كمدير، فلان بمنصبه) is where the name has ended. Given names stay
 * (نور، جمال are common words too).
 */
function nameEnd(tokens: readonly Token[], from: number, to: number, lists: WordLists): number | undefined {
  if (isCommonNoun((tokens[from] as Token).norm, lists)) return undefined;
  let end = to;
  while (end - 1 > from) {
    const word = (tokens[end - 1] as Token).norm;
    if (!PREPOSITION_BEFORE.test(analyzeWord(word).proclitics) || !isCommonNoun(word, lists)) break;
    end--;
  }
  return end;
}

/** Proclitics that hold a preposition (ب ل ك, after و or ف, before ال or not). */
const PREPOSITION_BEFORE = /^[وف]?[بلك]/;

/**
 * A word, or its stem without its proclitics, that is a common word and no given name. A stem of
 * three letters or fewer is not trusted: a foreign name may begin with what reads as a clitic (كيلي).
 */
function isCommonNoun(word: string, lists: WordLists): boolean {
  const { stem } = analyzeWord(word);
  if (lists.givenNames.has(word) || lists.givenNames.has(stem)) return false;
  return lists.commonWords.has(word) || (stem.length >= 4 && lists.commonWords.has(stem));
}

/** A nisba (روسي، الأمريكية) names a country's people, never a person by name. */
function holdsNisba(tokens: readonly Token[], from: number, to: number, resources: Resources): boolean {
  for (let k = from; k < to; k++) if (resources.gazetteer.demonyms.matchAt(tokens, k, { max: 3, clitics: false })) return true;
  return false;
}

/**
 * The clitics a name's mention leaves out: a preposition or conjunction before the article
 * (بالجزيرة → الجزيرة), which stays; و or ف before a name of three letters or more that is not a
 * word of its own (و + an unknown name, but not وليد: given names and frequent words keep their first
 * letter). A bare ب or ل is read off only before a person's name (readsAsPersonAfterPreposition:
 * لصلاح → صلاح, but بسام stays), never off an unknown name (it may begin with the letter, not the
 * word); لل stays whole (no substring spells ل + الX).
 */
function cliticLength(word: string, lists: WordLists): number {
  const { proclitics } = analyzeWord(word);
  if (proclitics.endsWith('لل')) return 0;
  if (proclitics.endsWith('ال')) return proclitics.length - 2;
  const known = lists.givenNames.has(word) || lists.clusters.has(word);
  if (/^[وف]?[بل]$/.test(proclitics) && readsAsPersonAfterPreposition(word, word.slice(proclitics.length), lists)) return proclitics.length;
  return /^[وف]/.test(proclitics) && word.length - 1 >= 3 && !known ? 1 : 0;
}

/**
 * Whether ب or ل before `rest` is a preposition before a person's name: the rest is a given name
 * (بنبيل، لأكرم), or a word the tagged corpus reads as a person's (tag-dictionary.ts) while the
 * whole is no frequent word of its own (لمينغ, but not بيونغ: the clusters know it whole).
 */
function readsAsPersonAfterPreposition(word: string, rest: string, lists: WordLists): boolean {
  if (rest.length < 3 || lists.givenNames.has(word)) return false;
  return lists.givenNames.has(rest) || (lists.tagDictionary?.get(rest) === 'dPERS' && !lists.clusters.has(word));
}
