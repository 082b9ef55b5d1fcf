// Compiles ontology/lexicon/dates.json: the words Arabic news writes a calendar day with.
import type { Normalizer } from '../normalize/arabic.js';
import { PhraseIndex } from './phrase-index.js';
import { wordsOf } from './words.js';

export interface DateWordsData {
  months: { number: number; forms: string[] }[];
  weekdays: { number: number; forms: string[] }[];
  relativeDays: { offset: number; forms: string[]; ambiguous?: string[] }[];
  past: string[];
  next: string[];
  current: string[];
  future: string[];
  periods: string[];
  dayParts: string[];
  dayWords: string[];
  yearWords: string[];
  dayMonthJoiners: string[];
  equivalence: string[];
  gregorianSuffixes: string[];
  hijriSuffixes: string[];
  notADay: { afterToday: string[]; beforeWeekday: string[] };
  todayDemonstratives: string[];
  connectors: string[];
  bounds: string[];
  nameHeads: string[];
  bridges: string[];
}

export interface DateWords {
  /** Month names → month number (1–12). */
  months: PhraseIndex<number>;
  /** Weekday names → 0 (Sunday) … 6 (Saturday). */
  weekdays: PhraseIndex<number>;
  /** Words naming a day by its distance in days from publication (أمس → -1). */
  relativeDays: PhraseIndex<number>;
  /** Relative forms that are also another word (غدا: tomorrow, and "became"): a day only after a day word or before punctuation. */
  ambiguousRelative: Set<string>;
  past: Set<string>;
  next: Set<string>;
  /** Words after a day and month that put it in the current month (الجاري). */
  current: Set<string>;
  /** Words that put what their sentence tells after publication (من المقرر أن، سوف). */
  future: Set<string>;
  /** Nouns of a period longer than a day (الشهر، الأسبوع): with past or next, a time that is no day. */
  periods: Set<string>;
  dayParts: Set<string>;
  dayWords: Set<string>;
  yearWords: Set<string>;
  dayMonthJoiners: Set<string>;
  equivalence: Set<string>;
  gregorianSuffixes: Set<string>;
  hijriSuffixes: Set<string>;
  afterToday: Set<string>;
  beforeWeekday: Set<string>;
  todayDemonstratives: Set<string>;
  connectors: Set<string>;
  bounds: Set<string>;
  /** Nouns besides name-heads.json after which a date is part of a name (قوى 3 آذار). */
  nameHeads: Set<string>;
  bridges: Set<string>;
}

export function compileDateWords(data: DateWordsData, normalizer: Normalizer): DateWords {
  const index = <T>(entries: { forms: string[] }[], value: (entry: never) => T): PhraseIndex<T> => {
    const out = new PhraseIndex<T>();
    for (const entry of entries) for (const form of entry.forms) out.add(wordsOf(normalizer, form), value(entry as never));
    return out;
  };
  const set = (list: readonly string[]): Set<string> => new Set(list.map((w) => normalizer.normalize(w)));
  return {
    months: index(data.months, (e: { number: number }) => e.number),
    weekdays: index(data.weekdays, (e: { number: number }) => e.number),
    relativeDays: index(data.relativeDays.map((e) => ({ ...e, forms: [...e.forms, ...(e.ambiguous ?? [])] })), (e: { offset: number }) => e.offset),
    ambiguousRelative: set(data.relativeDays.flatMap((e) => e.ambiguous ?? [])),
    past: set(data.past),
    next: set(data.next),
    current: set(data.current),
    future: set(data.future),
    periods: set(data.periods),
    dayParts: set(data.dayParts),
    dayWords: set(data.dayWords),
    yearWords: set(data.yearWords),
    dayMonthJoiners: set(data.dayMonthJoiners),
    equivalence: set(data.equivalence),
    gregorianSuffixes: set(data.gregorianSuffixes),
    hijriSuffixes: set(data.hijriSuffixes),
    afterToday: set(data.notADay.afterToday),
    beforeWeekday: set(data.notADay.beforeWeekday),
    todayDemonstratives: set(data.todayDemonstratives),
    connectors: set(data.connectors),
    bounds: set(data.bounds),
    nameHeads: set(data.nameHeads),
    bridges: set(data.bridges),
  };
}
