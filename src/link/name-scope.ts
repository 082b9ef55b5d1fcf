// Which persons and organisations the gazetteer lacks are named across the corpus: one IRI per type
// and normalised full name, so every article that quotes them adds to one node. A name that may
// belong to several (one word, a generic body) or whose article gives conflicting evidence (two
// nationalities, titles one person does not hold together) stays the article's own.
import type { Candidate, Entity, Mention, TitleInfo } from '../types.js';
import type { Resources } from '../resources.js';
import type { Normalizer } from '../normalize/arabic.js';
import type { Gazetteer } from '../lexicon/gazetteer.js';
import { stemsOf } from '../lexicon/clitics.js';
import { INDEFINITE_NISBA } from '../ner/patterns.js';

/** ontology/lexicon/name-scope.json. */
export interface NameScopeData {
  compoundSuffixes: string[];
  conflictingTitleGroups: [string, string][];
  nationalHeads: string[];
  specifiedHeads: string[];
}

export interface NameScope {
  /** Words that join the word before them into one name part (صلاح الدين). */
  compoundSuffixes: Set<string>;
  /** `a|b` for each pair of title groups one person does not hold in one article, both ways. */
  conflictingGroups: Set<string>;
  /** Organisation heads of which a country has one: its nisba singles the body out. */
  nationalHeads: Set<string>;
  /** National heads that need a word saying which (وزارة الخارجية) before the nisba does. */
  specifiedHeads: Set<string>;
}

export function compileNameScope(data: NameScopeData, normalizer: Normalizer): NameScope {
  const norm = (list: string[]) => new Set(list.map((w) => normalizer.normalize(w)));
  return {
    compoundSuffixes: norm(data.compoundSuffixes),
    conflictingGroups: new Set(data.conflictingTitleGroups.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`])),
    nationalHeads: norm(data.nationalHeads),
    specifiedHeads: norm(data.specifiedHeads),
  };
}

/**
 * The candidate's normalised name without the clitics written on its first word, when they hide a
 * given name or an organisation's head noun (وصلاح الدين → صلاح الدين، للقنصلية → القنصلية): the
 * name of the same entity in every article, whatever preposition or conjunction it stood after.
 */
export function cliticFreeName(candidate: Candidate & { name: string }, resources: Resources): string {
  if (candidate.type === 'Place') return candidate.name;
  const [first = '', ...rest] = candidate.name.split(' ');
  const known = candidate.type === 'Person' ? (w: string) => isGivenName(w, resources) : (w: string) => isHeadNoun(w, resources);
  // The stripped reading wins even over a known whole word: the given-name list, read off a corpus,
  // holds clitic forms too (وابراهيم، لمحمد).
  const reading = stemsOf(first).find((r) => r.stem !== first && known(r.stem));
  return reading ? [reading.stem, ...rest].join(' ') : candidate.name;
}

/** Gives each unlinked person and organisation that the corpus may share its nameKey (the rest stay the article's). */
export function scopeNames(entities: ReadonlyMap<string, Entity>, mentions: readonly Mention[], resources: Resources): void {
  const titles = titlesGivenWith(mentions);
  for (const entity of entities.values()) {
    if (!entity.key.startsWith('local:') || entity.unnamed || entity.type === 'Place') continue;
    const name = entity.key.slice(`local:${entity.type}:`.length);
    const shared = entity.type === 'Person' ? namesOnePerson(name, titles.get(entity.key) ?? [], resources) : namesOneBody(name, resources);
    if (shared) entity.nameKey = name;
  }
}

/**
 * The titles the text gives with each name itself, not those of descriptions resolved to it
 * (الزعيم الفلاني), by entity, in one pass over the mentions (not one per entity).
 */
function titlesGivenWith(mentions: readonly Mention[]): Map<string, TitleInfo[]> {
  const titles = new Map<string, TitleInfo[]>();
  for (const m of mentions) {
    if (!m.title || m.via === 'coreference') continue;
    const list = titles.get(m.entity);
    if (list) list.push(m.title);
    else titles.set(m.entity, [m.title]);
  }
  return titles;
}

function namesOnePerson(name: string, titles: readonly TitleInfo[], resources: Resources): boolean {
  if (nameParts(name, resources) < 2) return false;
  const { gazetteer, nameScope } = resources;
  for (let i = 0; i < titles.length; i++) {
    for (let j = i + 1; j < titles.length; j++) {
      const [a, b] = [titles[i] as TitleInfo, titles[j] as TitleInfo];
      if (a.gender !== b.gender || nameScope.conflictingGroups.has(`${a.group}|${b.group}`)) return false;
      if (a.countries.length > 0 && b.countries.length > 0 && !overlaps(withContainers(a.countries, gazetteer), withContainers(b.countries, gazetteer))) return false;
    }
  }
  return true;
}

/** Name parts: a compound prefix (عبد، أبو، بن) is one part with the word after it, a suffix (الدين) with the word before. */
export function nameParts(name: string, resources: Resources): number {
  const { lexicons, nameScope } = resources;
  const words = name.split(' ');
  return words.filter((word, i) => !lexicons.compoundPrefixes.has(word) && !(i > 0 && nameScope.compoundSuffixes.has(word))).length;
}

/**
 * A country's nisba after a national head (الحكومة الفلانية; after a head such as وزارة or مجلس only
 * with a word between that says which: وزارة الخارجية الفلانية), or a name the head does not merely
 * describe: a word in Latin letters (موقع XYZ) or two proper-name words (كذا كذا). One
 * unknown word after a head is too often a common noun the lexicons lack (محكمة جنايات، شركة طيران).
 */
function namesOneBody(name: string, resources: Resources): boolean {
  const { lexicons, gazetteer, nameScope, normalizer } = resources;
  const words = name.split(' ');
  if (words.length < 2) return false;
  const head = lexicons.nameHeads.longestAt(words, { clitics: false, definite: true });
  const heads = head?.value.map((h) => normalizer.normalize(h.form)) ?? [];
  const national = heads.some((h) => nameScope.nationalHeads.has(h));
  // The first word the nisba may follow: straight after the head, or after a word saying which.
  const nisbaFrom = (head?.length ?? 0) + (heads.some((h) => nameScope.specifiedHeads.has(h)) ? 1 : 0);
  if (/[A-Za-z]/.test(name)) return true;
  let properWords = 0;
  for (let i = head?.length ?? 0; i < words.length; ) {
    const rest = words.slice(i);
    const portfolio = lexicons.portfolios.longestAt(rest, { clitics: false, definite: true });
    const demonym = portfolio ? undefined : gazetteer.demonyms.longestAt(rest, { clitics: false });
    if (demonym && national && i >= nisbaFrom) return true;
    if (portfolio || demonym) {
      i += (portfolio ?? demonym)?.length ?? 1;
      continue;
    }
    if (isProperWord(words[i] as string, resources) && ++properWords === 2) return true;
    i++;
  }
  return false;
}

/**
 * Not shaped like a word of the language: no article, no feminine ة or ات (مراقبة، دراسات), not a
 * common, function or compound word, a verb, a nisba or a head noun.
 */
function isProperWord(word: string, resources: Resources): boolean {
  const { lexicons } = resources;
  if (word.length < 2 || word.startsWith('ال') || /(ه|ات)$/.test(word) || INDEFINITE_NISBA.test(word)) return false;
  return !lexicons.commonWords.has(word) && !lexicons.functionWords.has(word) && !lexicons.compoundPrefixes.has(word) && !lexicons.verbs.has(word) && !isHeadNoun(word, resources);
}

function isGivenName(word: string, resources: Resources): boolean {
  return resources.lexicons.givenNames.has(word) || resources.lexicons.compoundPrefixes.has(word);
}

function isHeadNoun(word: string, resources: Resources): boolean {
  return resources.lexicons.nameHeads.longestAt([word], { clitics: false, definite: true })?.length === 1;
}

/** Gazetteer places with every place they lie in: a city's mayor and the country's president share a country. */
function withContainers(ids: readonly string[], gazetteer: Gazetteer): Set<string> {
  const out = new Set<string>();
  const queue = [...ids];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (out.has(id)) continue;
    out.add(id);
    queue.push(...(gazetteer.entries.get(id)?.containedIn ?? []));
  }
  return out;
}

function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
