// The day an event took place, when the text says it of that event: a date in the phrase of one of
// its mentions (انقلاب 3 من مارس 1961، عقد المؤتمر في 14/10/2012، القمة التي عقدت يوم الأحد),
// else the one date of a sentence that tells the event itself (التقى فلان نظيره الأحد، وفي 5 مايو
// عقدت القمة). A date that bounds a period (منذ، قبل، بعد) is never an event's day, and a date in
// another sentence is not one either: the text then tells of the event again, or of something else.
import type { ArticleDoc, ArticleEvent, DateMention, EventMention, Token, TriggerMention } from '../types.js';
import type { Resources } from '../resources.js';
import { isWord } from '../ner/tokens.js';
import { stripConjunction } from '../lexicon/clitics.js';
import { inStatementContent } from './in-content.js';
import { placedDuring } from './occasions.js';
import { countBefore } from '../bisect.js';

/** How many tokens may stand between an event's noun and its date inside one phrase. */
const MAX_TRIGGER_TO_DATE = 6;

type Dated = NonNullable<ArticleEvent['startDate']>;

/** Each event with the day the text gives it, if it gives exactly one. */
export function datedEvents(doc: ArticleDoc, events: readonly ArticleEvent[], eventMentions: readonly EventMention[], resources: Resources): ArticleEvent[] {
  const reading = new DateAttachment(doc, eventMentions, resources);
  const own: TriggerMention[][] = events.map(() => []);
  doc.triggers.forEach((trigger, m) => own[eventMentions[m]?.event ?? -1]?.push(trigger));
  return events.map((event, index) => {
    const triggers = own[index] as TriggerMention[];
    const date = onlyDay(triggers.map((t) => reading.inPhrase(t))) ?? onlyDay(triggers.map((t) => reading.ofSentence(t, index)));
    return date ? { ...event, startDate: date } : event;
  });
}

/** The day of the dates found, when they all name one day (the first of them); none when they disagree. */
function onlyDay(found: readonly (DateMention | undefined)[]): Dated | undefined {
  const dates = found.filter((d): d is DateMention & { value: string } => d?.value !== undefined);
  const first = dates[0];
  if (!first || dates.some((d) => d.value !== first.value)) return undefined;
  return { start: first.start, end: first.end, value: first.value };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

class DateAttachment {
  private readonly inContent: (offset: number) => boolean;
  private readonly inMention = new Set<number>();
  private readonly triggerAt = new Set<number>();
  private readonly triggerEnds = new Set<number>();
  private readonly datesOf = new Map<number, DateMention[]>();
  /** The triggers of each sentence, by position in doc.triggers. */
  private readonly triggersOf = new Map<number, number[]>();
  private readonly outsideOf = new Map<number, Set<number>>();
  /** Token positions of quotation marks, ascending. */
  private readonly quotes: number[] = [];

  constructor(
    private readonly doc: ArticleDoc,
    private readonly eventMentions: readonly EventMention[],
    private readonly resources: Resources,
  ) {
    this.inContent = inStatementContent(doc.statements);
    for (const m of doc.mentions) for (let k = m.tokenStart; k < m.tokenEnd; k++) this.inMention.add(k);
    doc.triggers.forEach((t, i) => {
      for (let k = t.tokenStart; k < t.tokenEnd; k++) this.triggerAt.add(k);
      this.triggerEnds.add(t.tokenEnd);
      push(this.triggersOf, this.sentenceOf(t), i);
    });
    for (const date of doc.dates) push(this.datesOf, doc.tokens[date.tokenStart]?.sentence ?? -1, date);
    doc.tokens.forEach((token, k) => {
      if (token.kind === 'quote') this.quotes.push(k);
    });
  }

  private sentenceOf(trigger: TriggerMention): number {
    return this.doc.tokens[trigger.tokenStart]?.sentence ?? -1;
  }

  /**
   * A date right after the mention in its phrase: only names, adjectives (definite words),
   * prepositions of place, relative pronouns and verbs of taking place between (المؤتمر السابع
   * للحركة في، زيارة فلان إلى مدينة كذا يوم، الاجتماع الذي عقد في), and nothing that bounds it.
   */
  inPhrase(trigger: TriggerMention): DateMention | undefined {
    const dates = this.datesOf.get(this.sentenceOf(trigger)) ?? [];
    const date = dates[countBefore(dates, (d) => d.tokenStart < trigger.tokenEnd)];
    if (!date || date.tokenStart - trigger.tokenEnd > MAX_TRIGGER_TO_DATE || this.bounded(date) || this.names(date)) return undefined;
    for (let k = trigger.tokenEnd; k < date.tokenStart; k++) if (!this.bridges(k)) return undefined;
    return date;
  }

  /**
   * The sentence's one time expression, outside reported words like the mention, when the sentence
   * tells this event itself: its mention is a verb (التقى، زار), or a noun after a verb of taking
   * place or a word of "during" (عقدت القمة، خلال المؤتمر); and no other event is named beside it.
   * A noun after any other verb (أعلن عن زيارة، دعا إلى اجتماع) may be told on a day that is not its own.
   */
  ofSentence(trigger: TriggerMention, event: number): DateMention | undefined {
    const sentence = this.sentenceOf(trigger);
    const dates = this.datesOf.get(sentence) ?? [];
    const date = dates[0];
    if (dates.length !== 1 || !date || this.bounded(date) || this.names(date) || this.inContent(date.start) || this.inContent(trigger.start) || !this.toldItself(trigger)) return undefined;
    // Words in quotation marks between them are another voice (أصدرت المحكمة الخميس أحكاما "للتورط في هجمات").
    const [from, to] = date.tokenStart < trigger.tokenStart ? [date.tokenEnd, trigger.tokenStart] : [trigger.tokenEnd, date.tokenStart];
    const quote = this.quotes[countBefore(this.quotes, (q) => q < from)];
    if (quote !== undefined && quote < to) return undefined;
    const told = this.eventsOutside(sentence);
    return told.size === 1 && told.has(event) ? date : undefined;
  }

  /** The events a sentence names outside reported words, found once per sentence. */
  private eventsOutside(sentence: number): Set<number> {
    const known = this.outsideOf.get(sentence);
    if (known) return known;
    const found = new Set<number>();
    for (const i of this.triggersOf.get(sentence) ?? []) {
      const trigger = this.doc.triggers[i] as TriggerMention;
      if (!this.inContent(trigger.start)) found.add(this.eventMentions[i]?.event ?? -1);
    }
    this.outsideOf.set(sentence, found);
    return found;
  }

  private toldItself(trigger: TriggerMention): boolean {
    if (trigger.verb || placedDuring(this.doc, trigger, this.resources)) return true;
    const before = this.doc.tokens[trigger.tokenStart - 1];
    return isWord(before) && before.sentence === this.doc.tokens[trigger.tokenStart]?.sentence && this.resources.lexicons.dates.bridges.has(stripConjunction(before.norm));
  }

  /**
   * Whether the word before the date makes it a bound of a period (منذ 5 مايو، قبل الأحد), or a
   * number and و or a hyphen make it the end of a range (بين 23 و25 أكتوبر، 23-25 أكتوبر).
   */
  private bounded(date: DateMention): boolean {
    const before = this.doc.tokens[date.tokenStart - 1];
    const range = before !== undefined && (before.norm === 'و' || before.norm === '-') && this.doc.tokens[date.tokenStart - 2]?.kind === 'number';
    return range || (isWord(before) && this.resources.lexicons.dates.bounds.has(stripConjunction(before.norm)));
  }

  /** A day and month with no year right after an event's noun name the event (احتجاجات 4 مايو، ثورة 9 أيلول): its year is not the text's to give. */
  private names(date: DateMention): boolean {
    return date.kind === 'dayMonth' && this.triggerEnds.has(date.tokenStart);
  }

  private bridges(k: number): boolean {
    const token = this.doc.tokens[k] as Token;
    if (this.triggerAt.has(k)) return false;
    if (this.inMention.has(k)) return true;
    if (token.kind !== 'word') return token.kind === 'punct' && token.norm === '-';
    const { dates, placePrepositions, functionWords, cues } = this.resources.lexicons;
    if (dates.bridges.has(token.norm) || dates.connectors.has(token.norm) || placePrepositions.has(token.norm)) return true;
    if (cues.longestAt([token.norm], { clitics: 'conjunctions' })) return false;
    return token.norm.startsWith('ال') && !functionWords.has(token.norm);
  }
}
