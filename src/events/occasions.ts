// Each statement's occasion: the event its sentence places it at, else the same speaker's last
// one in the section. Every look-up is an index or a search by halves, so an article of any number
// of statements and event mentions is read in near-linear time.
import type { ArticleDoc, EventMention, Statement, Token, TriggerMention } from '../types.js';
import type { Resources } from '../resources.js';
import { stripConjunction } from '../lexicon/clitics.js';
import { countBefore } from '../bisect.js';

/** The first position in `starts` (ascending) whose value is at least `offset`. */
function firstAtOrAfter(starts: readonly number[], offset: number): number {
  return countBefore(starts, (start) => start < offset);
}

/** Event mentions of one sentence that place what is said there at the event, in text order. */
interface SentenceOccasions {
  starts: number[];
  events: number[];
}

/**
 * A statement's occasion: an event its sentence places it at (في مؤتمر صحفي، خلال القمة), else the
 * occasion of the same speaker's previous statement — within one section (a heading starts a new
 * one), and not when the sentence gives a time of its own (لدى وصوله إلى المطار): the text then
 * says the words were said elsewhere.
 */
export function assignOccasions(doc: ArticleDoc, eventMentions: readonly EventMention[], resources: Resources): Statement[] {
  const during = (trigger: TriggerMention): boolean => placedDuring(doc, trigger, resources);
  // Triggers come in text order, so each sentence's list is ordered by start.
  const bySentence = new Map<number, SentenceOccasions>();
  doc.triggers.forEach((trigger, m) => {
    const mention = eventMentions[m];
    if (!mention || !during(trigger)) return;
    const sentence = doc.tokens[trigger.tokenStart]?.sentence ?? -1;
    const list = bySentence.get(sentence) ?? { starts: [], events: [] };
    bySentence.set(sentence, list);
    list.starts.push(mention.start);
    list.events.push(mention.event);
  });
  const retrospective = retrospectiveOccasions(doc, bySentence, resources);
  const ownTime = timeClauses(doc, resources);
  const last = new Map<string, number>();
  const sectionOf = sections(doc);
  let section = -1;
  return doc.statements.map((statement) => {
    const here = sectionOf[doc.sentences[statement.sentence]?.block ?? 0] ?? 0;
    if (here !== section) {
      last.clear();
      section = here;
    }
    const placed = nearestOccasion(bySentence.get(statement.sentence), statement) ?? retrospective(statement.sentence, here, sectionOf);
    const speakerKey = [...statement.speakers].sort().join(' ');
    if (placed === undefined && ownTime(statement)) {
      last.delete(speakerKey);
      return statement;
    }
    const occasion = placed ?? last.get(speakerKey);
    if (occasion !== undefined) last.set(speakerKey, occasion);
    return occasion === undefined ? statement : { ...statement, occasion };
  });
}

/** Whether a word of "during" stands before the trigger (خلال القمة، في مؤتمر صحفي). */
export function placedDuring(doc: ArticleDoc, trigger: TriggerMention, resources: Resources): boolean {
  const before = doc.tokens[trigger.tokenStart - 1];
  const own = doc.tokens[trigger.tokenStart];
  const relation = before ? resources.lexicons.eventRelations.get(before.norm) : undefined;
  // في and ب may be written on the trigger itself (بالمؤتمر).
  return relation === 'during' || (own !== undefined && /^و?[ب]/.test(own.norm) && trigger.start > own.start);
}

/** How many sentences back a retrospective opener (جاء ذلك خلال …) reaches. */
const RETROSPECTIVE_REACH = 3;

/**
 * جاء ذلك خلال مؤتمر صحفي، وجاءت تصريحاته في مقابلة: a sentence that opens so places the words
 * reported in the sentences just before it at the event it names. For a statement's sentence: the
 * event of the first such sentence after it, within a few sentences and its section, with no
 * statement-free opener of another event between (each opener closes what came before it).
 */
function retrospectiveOccasions(doc: ArticleDoc, bySentence: ReadonlyMap<number, SentenceOccasions>, resources: Resources): (sentence: number, section: number, sectionOf: readonly number[]) => number | undefined {
  const openers: { sentence: number; event: number }[] = [];
  doc.sentences.forEach((sentence, index) => {
    const event = bySentence.get(index)?.events[0];
    if (event === undefined) return;
    if (resources.lexicons.retrospectiveOpeners.matchAt(doc.tokens, sentence.firstToken, { max: 4, clitics: 'conjunctions' })) openers.push({ sentence: index, event });
  });
  return (sentence, section, sectionOf) => {
    const next = openers[countBefore(openers, (o) => o.sentence <= sentence)];
    if (!next || next.sentence - sentence > RETROSPECTIVE_REACH) return undefined;
    const block = doc.sentences[next.sentence]?.block ?? 0;
    return sectionOf[block] === section ? next.event : undefined;
  };
}

/**
 * The event of the mention nearest the statement's cue (the earlier one when two are as near),
 * leaving out mentions inside its own words: these form one run of the list, stepped over at once.
 */
function nearestOccasion(list: SentenceOccasions | undefined, statement: Statement): number | undefined {
  if (!list) return undefined;
  const { starts } = list;
  const { start: from, end: to } = statement.content;
  const inside = (i: number): boolean => from <= (starts[i] as number) && (starts[i] as number) < to;
  const cue = statement.cue.start;
  let right = firstAtOrAfter(starts, cue);
  let left = right - 1;
  if (right < starts.length && inside(right)) right = firstAtOrAfter(starts, to);
  if (left >= 0 && inside(left)) left = firstAtOrAfter(starts, from) - 1;
  const hasLeft = left >= 0;
  const hasRight = right < starts.length;
  if (!hasLeft && !hasRight) return undefined;
  const nearer = !hasRight || (hasLeft && cue - (starts[left] as number) <= (starts[right] as number) - cue) ? left : right;
  return list.events[nearer];
}

/**
 * Whether the statement's sentence gives a time clause of its own outside the statement's words,
 * on something that is not an event mention. Each sentence's clause offsets are found once; the
 * words of a statement are one span, so some clause lies outside it when the first is before it
 * or the last after it.
 */
function timeClauses(doc: ArticleDoc, resources: Resources): (statement: Statement) => boolean {
  const triggerStarts = new Set(doc.triggers.map((t) => t.tokenStart));
  const found = new Map<number, number[]>();
  const offsetsIn = (s: number): number[] => {
    const known = found.get(s);
    if (known) return known;
    const sentence = doc.sentences[s];
    const offsets: number[] = [];
    for (let k = sentence?.firstToken ?? 0; k < (sentence?.endToken ?? 0); k++) {
      const token = doc.tokens[k] as Token;
      if (resources.lexicons.occasionClauses.has(stripConjunction(token.norm)) && !triggerStarts.has(k + 1)) offsets.push(token.start);
    }
    found.set(s, offsets);
    return offsets;
  };
  return (statement) => {
    const offsets = offsetsIn(statement.sentence);
    const first = offsets[0];
    const final = offsets.at(-1);
    return first !== undefined && final !== undefined && (first < statement.content.start || final >= statement.content.end);
  };
}

/** Each block's section: how many headings come at or before it. */
function sections(doc: ArticleDoc): number[] {
  let count = 0;
  return doc.blocks.map((block) => (block.kind === 'heading' ? ++count : count));
}
