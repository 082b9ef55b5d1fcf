// Where an event took place: the chain of places after its mention (في قاعدة … في مدينة …
// بولاية …), and of those the most specific (the text's nesting is read by link/containment.ts).
import type { ArticleDoc, Entity, Mention, Token, TriggerMention } from '../types.js';
import type { Resources } from '../resources.js';
import { ancestors } from '../link/containment.js';
import { mentionsInSentence, mentionsStartingWithin } from '../ner/mention-index.js';
import { inStatementContent } from './in-content.js';

/** How far after the trigger the place may stand, and how many words may separate chain links. */
const MAX_TRIGGER_TO_PLACE = 6;
const MAX_CHAIN_GAP = 2;

/** Families of events that go somewhere: the place after إلى is where they take place. */
const DESTINATION_FAMILIES = new Set(['visit']);

/**
 * The most specific place of an event. `reported`: the event is known from reported words only,
 * so the places those words give are read too (… سيعقد المجلس في مدينة كذا).
 */
export function eventLocations(doc: ArticleDoc, triggers: readonly TriggerMention[], entities: ReadonlyMap<string, Entity>, resources: Resources, reported = false): string[] {
  // A visit is where it goes (وصل فلان الذي يقيم في مدينة كذا إلى مدينة كذا): its destination, if the text gives one.
  const destinations = triggers.filter((t) => DESTINATION_FAMILIES.has(t.family)).flatMap((t) => destinationsOf(doc, t, entities, resources, reported));
  if (destinations.length > 0) return mostSpecific([...new Set(destinations)], entities);
  const found: string[] = [];
  for (const trigger of triggers) {
    for (const key of placeChain(doc, trigger, entities, resources)) if (!found.includes(key)) found.push(key);
  }
  // No place right after any mention: the country its nisba names (الانتخابات اللبنانية), else a
  // place the sentence introduces with a preposition (… في مقر الرئاسة بمدينة كذا).
  if (found.length === 0) for (const trigger of triggers) found.push(...nisbaPlace(doc, trigger, resources).filter((k) => !found.includes(k)));
  if (found.length === 0) for (const trigger of triggers) found.push(...sentencePlaces(doc, trigger, entities, resources, reported).filter((k) => !found.includes(k)));
  if (found.length === 0) return [];
  return mostSpecific(found, entities);
}

/** Of places, the one with the most of the others among its containers (the first of equals). */
function mostSpecific(found: readonly string[], entities: ReadonlyMap<string, Entity>): string[] {
  const depth = (key: string): number => ancestors(key, entities).filter((a) => found.includes(a)).length;
  const best = [...found].sort((a, b) => depth(b) - depth(a))[0] as string;
  return [best];
}

/** The places that إلى introduces after the trigger in its sentence, outside reported words unless `reported`. */
function destinationsOf(doc: ArticleDoc, trigger: TriggerMention, entities: ReadonlyMap<string, Entity>, resources: Resources, reported: boolean): string[] {
  const sentence = doc.tokens[trigger.tokenStart]?.sentence ?? -1;
  const inContent = reported ? () => false : inStatementContent(doc.statements);
  const out: string[] = [];
  for (const p of mentionsInSentence(doc, sentence)) {
    const m = doc.mentions[p] as Mention;
    if (m.tokenStart < trigger.tokenEnd || inContent(m.start) || entities.get(m.entity)?.type !== 'Place') continue;
    const before = doc.tokens[previousWord(doc, m.tokenStart)];
    if (before && before.sentence === sentence && hasWord(resources.lexicons.destinationPrepositions, before.norm)) out.push(m.entity);
  }
  return out;
}

function nisbaPlace(doc: ArticleDoc, trigger: TriggerMention, resources: Resources): string[] {
  const words = doc.tokens.slice(trigger.tokenEnd, trigger.tokenEnd + 3).filter((t) => t.sentence === doc.tokens[trigger.tokenStart]?.sentence).map((t) => t.norm);
  const match = resources.gazetteer.demonyms.longestAt(words, { clitics: false });
  return match ? match.value.map((id) => `gz:${id}`) : [];
}

/**
 * Places the trigger's sentence introduces with a preposition, outside quoted or reported words
 * unless `reported` (the event is known from such words only).
 */
function sentencePlaces(doc: ArticleDoc, trigger: TriggerMention, entities: ReadonlyMap<string, Entity>, resources: Resources, reported: boolean): string[] {
  const sentence = doc.tokens[trigger.tokenStart]?.sentence ?? -1;
  const inContent = reported ? () => false : inStatementContent(doc.statements);
  const all = mentionsInSentence(doc, sentence)
    .map((p) => doc.mentions[p] as Mention)
    .filter((m) => entities.get(m.entity)?.type === 'Place' && !inContent(m.start) && introducedByPreposition(doc, m, resources));
  // A place the sentence opens with (وفي مدينة كذا، …) sets the scene of all it tells; then places
  // after the mention: before it, the sentence may speak of another place (هدنة في مدينة كذا، خلال القمة … في عاصمة كذا).
  const opening = (m: Mention): boolean => m.tokenStart - (doc.sentences[sentence]?.firstToken ?? 0) <= 1 && m.tokenStart < trigger.tokenStart;
  const places = [...all.filter(opening), ...all.filter((m) => !opening(m) && m.tokenStart >= trigger.tokenEnd), ...all.filter((m) => !opening(m) && m.tokenStart < trigger.tokenEnd)];
  const first = places[0];
  if (!first) return [];
  // The first such place and the places right after it (بمدينة كذا after مقر الرئاسة).
  const chain = [first.entity];
  let end = first.tokenEnd;
  for (const place of places.slice(1)) {
    if (place.tokenStart - end > MAX_CHAIN_GAP) break;
    if (!chain.includes(place.entity)) chain.push(place.entity);
    end = place.tokenEnd;
  }
  return chain;
}

/** Two sets of places can hold one event when a place of one equals, contains or lies in a place of the other. */
export function compatiblePlaces(a: readonly string[], b: readonly string[], entities: ReadonlyMap<string, Entity>): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.some((y) => x === y || ancestors(x, entities).includes(y) || ancestors(y, entities).includes(x)));
}

export function placeChain(doc: ArticleDoc, trigger: TriggerMention, entities: ReadonlyMap<string, Entity>, resources: Resources): string[] {
  const sentence = doc.tokens[trigger.tokenStart]?.sentence;
  const places = mentionsStartingWithin(doc, trigger.tokenEnd, wordsOn(doc, trigger.tokenEnd, MAX_TRIGGER_TO_PLACE + 1))
    .map((p) => doc.mentions[p] as Mention)
    .filter((m) => entities.get(m.entity)?.type === 'Place' && doc.tokens[m.tokenStart]?.sentence === sentence);
  const chain: string[] = [];
  let previousEnd = trigger.tokenEnd;
  for (const place of places) {
    const gap = place.tokenStart - previousEnd;
    const attached = gap === 0 || introducedByPreposition(doc, place, resources);
    if (chain.length === 0 ? !attached || !onlyModifiersBetween(doc, trigger.tokenEnd, place.tokenStart, resources) : gap > MAX_CHAIN_GAP || !attached) {
      if (chain.length > 0) break;
      continue;
    }
    if (!chain.includes(place.entity)) chain.push(place.entity);
    previousEnd = place.tokenEnd;
  }
  return chain;
}

/**
 * في X، وفي X، إلى X, a point of the compass (جنوبي X: the event is by X), or a preposition written
 * on the name (بالعاصمة، بولاية …). Hashtag marks (#القمة_العربية) are no words between.
 */
function introducedByPreposition(doc: ArticleDoc, place: Mention, resources: Resources): boolean {
  const own = doc.tokens[place.tokenStart] as Token;
  if (place.start > own.start && /^و?[بل]/.test(own.norm)) return true;
  let k = place.tokenStart;
  for (let words = 0; words < MAX_CHAIN_GAP; words++) {
    k = previousWord(doc, k);
    const token = doc.tokens[k];
    if (!token || token.sentence !== own.sentence) break;
    const { placePrepositions, compassWords, nameHeads } = resources.lexicons;
    if (hasWord(placePrepositions, token.norm) || hasWord(compassWords, token.norm) || /^و?[بل]/.test(token.norm) && nameHeads.longestAt([token.norm])) return true;
  }
  return false;
}

/** Whether the word, or the word after its conjunction (وفي، فإلى), is one of `words`. */
function hasWord(words: ReadonlySet<string>, word: string): boolean {
  return words.has(word) || (/^[وف]/.test(word) && words.has(word.slice(1)));
}

/** The token `count` words after `k`, hashtag marks not counted. */
function wordsOn(doc: ArticleDoc, k: number, count: number): number {
  let i = k;
  for (let words = 0; words < count && i < doc.tokens.length; i++) if (!isHashtagMark(doc.tokens[i] as Token)) words++;
  return i;
}

/** The token before `k`, stepping over hashtag marks; -1 at the start. */
function previousWord(doc: ArticleDoc, k: number): number {
  let i = k - 1;
  while (i >= 0 && isHashtagMark(doc.tokens[i] as Token)) i--;
  return i;
}

function isHashtagMark(token: Token): boolean {
  return token.kind === 'punct' && (token.norm === '#' || token.norm === '_');
}

/** Between a trigger and its first place: adjectives, companions (مع الرئيس …), nothing that closes the phrase. */
function onlyModifiersBetween(doc: ArticleDoc, from: number, to: number, resources: Resources): boolean {
  for (let k = from; k < to; k++) {
    const token = doc.tokens[k] as Token;
    if (token.kind === 'punct' && token.norm !== '-' && !isHashtagMark(token)) return false;
    if (token.kind === 'quote') return false;
    if (resources.lexicons.cues.longestAt([token.norm], { clitics: 'conjunctions' })) return false;
  }
  return true;
}
