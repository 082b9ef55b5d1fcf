// The events stage: trigger mentions → events with class, name, location, attendees, sub-events,
// and each statement's occasion.
import type { ArticleDoc, ArticleEvent, EventMention, Mention, Token, TriggerMention } from '../types.js';
import type { Resources } from '../resources.js';
import { compatiblePlaces, eventLocations, placeChain } from './locations.js';
import { eventName } from './names.js';
import { addContainers, entityFromGazetteer } from '../link/gazetteer-entity.js';
import { stemsOf } from '../lexicon/clitics.js';
import { isWord } from '../ner/tokens.js';
import { mentionsInSentence, mentionsStartingAt } from '../ner/mention-index.js';
import { inStatementContent } from './in-content.js';
import { assignOccasions } from './occasions.js';
import { datedEvents } from './event-dates.js';
import { countBefore } from '../bisect.js';
import { conjoinedComplementizer } from '../lexicon/complementizers.js';

// Within one family, the more specific class names the event (a summit is a meeting).
const SPECIFICITY: Record<string, number> = { Summit: 3, Talks: 2, Session: 1, Meeting: 0 };

export function buildEvents(doc: ArticleDoc, resources: Resources): ArticleDoc {
  const events: ArticleEvent[] = [];
  const eventMentions: EventMention[] = [];
  const entities = new Map(doc.entities);
  // Mentions of one family name one event, unless the places the text gives them cannot be one place.
  const placesOf: string[][] = [];
  const lastSentence: number[] = [];
  const ofFamily = new Map<string, number[]>();
  for (const trigger of doc.triggers) {
    const chain = placeChain(doc, trigger, entities, resources);
    // An indefinite noun introduces an event (هجوم، عملية عسكرية); a definite one, or a verb, names
    // the last of its family whose places agree (الهجوم، هجوم المدينة، زيارته، التقى).
    // A verb narrates an event only while the text is still on it: named in this sentence or the one before.
    const sentence = doc.tokens[trigger.tokenStart]?.sentence ?? 0;
    const near = (i: number): boolean => !trigger.verb || lastSentence[i] === undefined || sentence - (lastSentence[i] ?? 0) <= 1;
    let index = -1;
    const family = ofFamily.get(trigger.family) ?? [];
    ofFamily.set(trigger.family, family);
    const back = refersBack(doc, trigger);
    // It names the last event of its own kind (القمة the last summit), else, marked by the article
    // or a possessive, the last of its family. A genitive makes a noun definite by naming whose it
    // is (اجتماع اللجنة): that names an event of its own kind only (a committee's meeting is not the summit).
    const sameKind = (i: number): boolean => events[i]?.eventClass === trigger.eventClass;
    const antecedent = (accept: (i: number) => boolean): number => {
      for (let f = family.length - 1; f >= 0; f--) {
        const i = family[f] as number;
        if (accept(i) && near(i) && compatiblePlaces(placesOf[i] ?? [], chain, entities)) return i;
      }
      return -1;
    };
    if (back) index = antecedent(sameKind);
    if (back === 'marked' && index < 0) index = antecedent(() => true);
    if (index < 0) {
      index = events.push({ eventClass: trigger.eventClass, family: trigger.family, locations: [], attendees: [], about: [], firstMention: eventMentions.length }) - 1;
      placesOf.push([]);
      family.push(index);
    }
    const event = events[index] as ArticleEvent;
    // Each place once: the same place named again adds nothing to compare.
    const places = placesOf[index] as string[];
    for (const key of chain) if (!places.includes(key)) places.push(key);
    lastSentence[index] = sentence;
    if ((SPECIFICITY[trigger.eventClass] ?? 0) > (SPECIFICITY[event.eventClass] ?? 0)) event.eventClass = trigger.eventClass;
    eventMentions.push({ start: trigger.start, end: trigger.end, event: index });
  }
  const inContent = inStatementContent(doc.statements);
  const ownOf: TriggerMention[][] = events.map(() => []);
  doc.triggers.forEach((trigger, m) => ownOf[eventMentions[m]?.event ?? -1]?.push(trigger));
  events.forEach((event, index) => {
    const own = ownOf[index] as TriggerMention[];
    const context = own.filter((t) => !inContent(t.start));
    // Reported words may still say where it happened (… في أول انتخابات برلمانية في البلد).
    event.locations = eventLocations(doc, context.length > 0 ? context : own, entities, resources, context.length === 0);
    if (event.locations.length === 0) event.locations = eventLocations(doc, own, entities, resources, true);
    event.name = eventName(doc, own, resources);
    const persons = resources.lexicons.attendedFamilies.has(event.family);
    event.attendees = sentenceParticipants(doc, context, entities, inContent, persons, resources);
    if (context.length === 0) event.attendees = sentenceParticipants(doc, own, entities, () => false, persons, resources);
    else {
      // Reported words that speak of the event itself (… أن الانقلاب الذي قاده فلان …) name its
      // participants too, within those words and before a second reported clause (، وإن …).
      for (const trigger of own.filter((t) => inContent(t.start))) {
        const reporting = doc.statements.filter((st) => trigger.start >= st.content.start && trigger.end <= st.content.end).map((st) => st.content);
        const until = nextReportedClause(doc, trigger.tokenEnd, resources);
        const outside = (start: number): boolean => start >= until || !reporting.some((c) => start >= c.start && start < c.end);
        for (const key of sentenceParticipants(doc, [trigger], entities, outside, persons, resources)) if (!event.attendees.includes(key)) event.attendees.push(key);
      }
    }
    if (resources.lexicons.patientFamilies.has(event.family)) for (const key of actedOn(doc, context.length > 0 ? context : own, entities)) if (!event.attendees.includes(key)) event.attendees.push(key);
  });
  linkSubEvents(events, eventMentions);
  // A place known only from a nisba (الانتخابات اللبنانية) enters the graph as an implicit entity.
  for (const key of events.flatMap((e) => e.locations)) {
    if (!entities.has(key) && key.startsWith('gz:')) entities.set(key, { ...entityFromGazetteer(key.slice(3), resources), implicit: true });
  }
  addContainers(entities, resources);
  const statements = assignOccasions(doc, eventMentions, resources);
  for (const statement of statements) {
    const event = statement.occasion === undefined ? undefined : events[statement.occasion];
    for (const speaker of statement.speakers) if (event && !event.attendees.includes(speaker) && entities.get(speaker)?.type === 'Person' && !entities.get(speaker)?.unnamed) event.attendees.push(speaker);
  }
  return { ...doc, entities, events: datedEvents(doc, events, eventMentions, resources), eventMentions, statements };
}

/**
 * Whether a trigger names an event already named: a verb, the article or a possessive ('marked'),
 * or a definite genitive after it (زيارة المفتشين، هجوم المدينة: 'genitive').
 */
function refersBack(doc: ArticleDoc, trigger: TriggerMention): 'marked' | 'genitive' | undefined {
  if (trigger.verb || trigger.definite) return 'marked';
  const next = doc.tokens[trigger.tokenEnd];
  if (!isWord(next) || next.sentence !== doc.tokens[trigger.tokenStart]?.sentence) return undefined;
  return stemsOf(next.norm).some((r) => r.prefixLength === 0 && r.stem.startsWith('ال')) || mentionsStartingAt(doc, trigger.tokenEnd).length > 0 ? 'genitive' : undefined;
}

/**
 * Who took part: persons (for encounters) and organisations (parties in an election, forces in an
 * attack) named in the sentences of an event's mentions, outside quoted or reported content; and
 * in an encounter, a country named as a party (محادثات مع دولة كذا، وفد من دولة كذا).
 */
function sentenceParticipants(doc: ArticleDoc, triggers: readonly TriggerMention[], entities: ArticleDoc['entities'], inContent: (start: number) => boolean, persons: boolean, resources: Resources): string[] {
  const sentences = new Set(triggers.map((t) => doc.tokens[t.tokenStart]?.sentence ?? -1));
  // The mentions of those sentences, in the order of the text.
  const positions = [...sentences].flatMap((s) => mentionsInSentence(doc, s)).sort((a, b) => a - b);
  const found = new Set<string>();
  for (const position of positions) {
    const m = doc.mentions[position] as Mention;
    const entity = entities.get(m.entity);
    const wanted = entity?.type === 'Organization' || (persons && entity?.type === 'Person' && !entity.unnamed) || (persons && entity?.type === 'Place' && namedAsParty(doc, m, resources));
    if (wanted && !found.has(m.entity) && !inContent(m.start)) found.add(m.entity);
  }
  return [...found];
}

/** The raw offset where a second reported clause joined by و starts after token k in its sentence (، وإن …، وأنه …), else Infinity. */
function nextReportedClause(doc: ArticleDoc, k: number, resources: Resources): number {
  const sentence = doc.tokens[k]?.sentence;
  for (let j = k; j < doc.tokens.length && doc.tokens[j]?.sentence === sentence; j++) {
    const token = doc.tokens[j] as Token;
    if (isWord(token) && conjoinedComplementizer(token.norm, 'و', resources.lexicons) !== undefined) return token.start;
  }
  return Infinity;
}

/**
 * The places named right after the triggers, with no preposition between: what a closure closes
 * (إغلاق مطار كذا، أغلق المطار); after a verb, also right after its named subject (أغلقت السلطات معبر كذا).
 */
function actedOn(doc: ArticleDoc, triggers: readonly TriggerMention[], entities: ArticleDoc['entities']): string[] {
  const startingAt = (k: number): Mention[] => mentionsStartingAt(doc, k).map((p) => doc.mentions[p] as Mention);
  const isPlace = (m: Mention): boolean => entities.get(m.entity)?.type === 'Place';
  return triggers.flatMap((t) => {
    const next = startingAt(t.tokenEnd);
    const subject = t.verb ? next.find((m) => !isPlace(m)) : undefined;
    return [...next, ...(subject ? startingAt(subject.tokenEnd) : [])].filter(isPlace).map((m) => m.entity);
  });
}

/** How many words a party introducer may have (الوفد القادم من). */
const MAX_PARTY_INTRODUCER = 4;

/** Whether a party introducer (مع، وفد من) ends right before the mention. */
function namedAsParty(doc: ArticleDoc, mention: Mention, resources: Resources): boolean {
  for (let k = Math.max(0, mention.tokenStart - MAX_PARTY_INTRODUCER); k < mention.tokenStart; k++) {
    if (doc.tokens[k]?.sentence !== doc.tokens[mention.tokenStart]?.sentence) continue;
    const match = resources.lexicons.partyIntroducers.matchAt(doc.tokens, k, { max: MAX_PARTY_INTRODUCER, clitics: 'conjunctions' });
    if (match?.end === mention.tokenStart) return true;
  }
  return false;
}

/**
 * A press conference held with a meeting is part of it (the meeting mentioned last before it, else
 * the first), and where the text gives it no place, it was held where the meeting was.
 */
function linkSubEvents(events: ArticleEvent[], mentions: readonly EventMention[]): void {
  // Mentions come in text order: the meeting before a point is the last of these before it.
  const meetings = mentions.filter((m) => events[m.event]?.family === 'meeting');
  const firstMeeting = events.findIndex((e) => e.family === 'meeting');
  events.forEach((event, index) => {
    if (event.family !== 'press') return;
    const first = mentions[event.firstMention] as EventMention;
    const meeting = lastBefore(meetings, first.start)?.event ?? firstMeeting;
    if (meeting < 0 || meeting === index) return;
    event.superEvent = meeting;
    if (event.locations.length === 0) event.locations = [...(events[meeting] as ArticleEvent).locations];
  });
}

/** The last of `sorted` (by start) that starts before `offset`. */
function lastBefore(sorted: readonly EventMention[], offset: number): EventMention | undefined {
  return sorted[countBefore(sorted, (m) => m.start < offset) - 1];
}
