// The events stage: trigger mentions → events with class, name, location, attendees, sub-events,
// and each statement's occasion.
import type { ArticleDoc, ArticleEvent, EventMention, Statement, Token, TriggerMention } from '../types.js';
import type { Resources } from '../resources.js';
import { compatiblePlaces, eventLocations, placeChain } from './locations.js';
import { eventName } from './names.js';
import { addContainers, entityFromGazetteer } from '../link/gazetteer-entity.js';
import { stemsOf, stripConjunction } from '../lexicon/clitics.js';
import { isWord } from '../ner/tokens.js';

// Within one family, the more specific class names the event (a summit is a meeting).
const SPECIFICITY: Record<string, number> = { Summit: 3, Talks: 2, Session: 1, Meeting: 0 };

export function buildEvents(doc: ArticleDoc, resources: Resources): ArticleDoc {
  const events: ArticleEvent[] = [];
  const eventMentions: EventMention[] = [];
  const entities = new Map(doc.entities);
  // Mentions of one family name one event, unless the places the text gives them cannot be one place.
  const placesOf: string[][] = [];
  const lastSentence: number[] = [];
  for (const trigger of doc.triggers) {
    const chain = placeChain(doc, trigger, entities, resources);
    // An indefinite noun introduces an event (هجوم، عملية عسكرية); a definite one, or a verb, names
    // the last of its family whose places agree (الهجوم، هجوم جنين، زيارته، التقى).
    // A verb narrates an event only while the text is still on it: named in this sentence or the one before.
    const sentence = doc.tokens[trigger.tokenStart]?.sentence ?? 0;
    const near = (i: number): boolean => !trigger.verb || lastSentence[i] === undefined || sentence - (lastSentence[i] ?? 0) <= 1;
    let index = -1;
    if (refersBack(doc, trigger)) {
      for (let i = events.length - 1; i >= 0 && index < 0; i--) if (events[i]?.family === trigger.family && near(i) && compatiblePlaces(placesOf[i] ?? [], chain, entities)) index = i;
    }
    if (index < 0) {
      index = events.push({ eventClass: trigger.eventClass, family: trigger.family, locations: [], attendees: [], about: [], firstMention: eventMentions.length }) - 1;
      placesOf.push([]);
    }
    const event = events[index] as ArticleEvent;
    placesOf[index] = [...(placesOf[index] ?? []), ...chain];
    lastSentence[index] = sentence;
    if ((SPECIFICITY[trigger.eventClass] ?? 0) > (SPECIFICITY[event.eventClass] ?? 0)) event.eventClass = trigger.eventClass;
    eventMentions.push({ start: trigger.start, end: trigger.end, event: index });
  }
  const inContent = (start: number): boolean => doc.statements.some((s) => s.content.start <= start && start < s.content.end);
  events.forEach((event, index) => {
    const own = doc.triggers.filter((_, m) => eventMentions[m]?.event === index);
    const context = own.filter((t) => !inContent(t.start));
    // Reported words may still say where it happened (… في أول انتخابات برلمانية في لبنان).
    event.locations = eventLocations(doc, context.length > 0 ? context : own, entities, resources);
    if (event.locations.length === 0) event.locations = eventLocations(doc, own, entities, resources);
    event.name = eventName(doc, own, resources);
    event.attendees = sentenceParticipants(doc, context, entities, inContent, resources.lexicons.attendedFamilies.has(event.family));
    if (context.length === 0) event.attendees = sentenceParticipants(doc, own, entities, () => false, resources.lexicons.attendedFamilies.has(event.family));
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
  return { ...doc, entities, events, eventMentions, statements };
}

/** Whether a trigger names an event already named: a verb, the article or a possessive, or a definite genitive after it (زيارة المفتشين، هجوم جنين). */
function refersBack(doc: ArticleDoc, trigger: TriggerMention): boolean {
  if (trigger.verb || trigger.definite) return true;
  const next = doc.tokens[trigger.tokenEnd];
  if (!isWord(next) || next.sentence !== doc.tokens[trigger.tokenStart]?.sentence) return false;
  return stemsOf(next.norm).some((r) => r.prefixLength === 0 && r.stem.startsWith('ال')) || doc.mentions.some((m) => m.tokenStart === trigger.tokenEnd);
}

/**
 * Who took part: persons (for encounters) and organisations (parties in an election, forces in an
 * attack) named in the sentences of an event's mentions, outside quoted or reported content.
 */
function sentenceParticipants(doc: ArticleDoc, triggers: readonly TriggerMention[], entities: ArticleDoc['entities'], inContent: (start: number) => boolean, persons: boolean): string[] {
  const sentences = new Set(triggers.map((t) => doc.tokens[t.tokenStart]?.sentence));
  const found: string[] = [];
  for (const m of doc.mentions) {
    const entity = entities.get(m.entity);
    const wanted = entity?.type === 'Organization' || (persons && entity?.type === 'Person' && !entity.unnamed);
    if (!wanted || inContent(m.start) || found.includes(m.entity)) continue;
    if (sentences.has(doc.tokens[m.tokenStart]?.sentence)) found.push(m.entity);
  }
  return found;
}

/**
 * A press conference held with a meeting is part of it (the meeting mentioned last before it, else
 * the first), and where the text gives it no place, it was held where the meeting was.
 */
function linkSubEvents(events: ArticleEvent[], mentions: readonly EventMention[]): void {
  events.forEach((event, index) => {
    if (event.family !== 'press') return;
    const first = mentions[event.firstMention] as EventMention;
    const before = mentions.filter((m) => m.start < first.start && events[m.event]?.family === 'meeting').at(-1);
    const meeting = before?.event ?? events.findIndex((e) => e.family === 'meeting');
    if (meeting < 0 || meeting === index) return;
    event.superEvent = meeting;
    if (event.locations.length === 0) event.locations = [...(events[meeting] as ArticleEvent).locations];
  });
}

/**
 * A statement's occasion: an event its sentence places it at (في مؤتمر صحفي، خلال القمة), else the
 * occasion of the same speaker's previous statement — within one section (a heading starts a new
 * one), and not when the sentence gives a time of its own (لدى وصوله إلى المطار): the text then
 * says the words were said elsewhere.
 */
function assignOccasions(doc: ArticleDoc, eventMentions: readonly EventMention[], resources: Resources): Statement[] {
  const during = (m: number): boolean => {
    const trigger = doc.triggers[m] as TriggerMention;
    const before = doc.tokens[trigger.tokenStart - 1];
    const own = doc.tokens[trigger.tokenStart];
    const relation = before ? resources.lexicons.eventRelations.get(before.norm) : undefined;
    // في and ب may be written on the trigger itself (بالمؤتمر).
    return relation === 'during' || (own !== undefined && /^و?[ب]/.test(own.norm) && trigger.start > own.start);
  };
  const last = new Map<string, number>();
  const triggerStarts = new Set(doc.triggers.map((t) => t.tokenStart));
  // A time clause outside the statement's words, on something that is not an event mention.
  const ownTime = (statement: Statement): boolean => {
    const sentence = doc.sentences[statement.sentence];
    if (!sentence) return false;
    for (let k = sentence.firstToken; k < sentence.endToken; k++) {
      const token = doc.tokens[k] as Token;
      if (token.start >= statement.content.start && token.start < statement.content.end) continue;
      if (resources.lexicons.occasionClauses.has(stripConjunction(token.norm)) && !triggerStarts.has(k + 1)) return true;
    }
    return false;
  };
  const sectionOf = sections(doc);
  let section = -1;
  return doc.statements.map((statement) => {
    const here = sectionOf[doc.sentences[statement.sentence]?.block ?? 0] ?? 0;
    if (here !== section) {
      last.clear();
      section = here;
    }
    const candidates = eventMentions
      .map((mention, m) => ({ mention, m }))
      .filter(({ mention, m }) => doc.tokens[(doc.triggers[m] as TriggerMention).tokenStart]?.sentence === statement.sentence && !(statement.content.start <= mention.start && mention.start < statement.content.end) && during(m));
    candidates.sort((a, b) => Math.abs(a.mention.start - statement.cue.start) - Math.abs(b.mention.start - statement.cue.start));
    const speakerKey = [...statement.speakers].sort().join(' ');
    if (candidates.length === 0 && ownTime(statement)) {
      last.delete(speakerKey);
      return statement;
    }
    const occasion = candidates[0]?.mention.event ?? last.get(speakerKey);
    if (occasion !== undefined) last.set(speakerKey, occasion);
    return occasion === undefined ? statement : { ...statement, occasion };
  });
}

/** Each block's section: how many headings come at or before it. */
function sections(doc: ArticleDoc): number[] {
  let count = 0;
  return doc.blocks.map((block) => (block.kind === 'heading' ? ++count : count));
}
