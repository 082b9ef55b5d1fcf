// The dates stage: every time expression of the text with its offsets (3 مايو/أيار 1995، 2016/9/4،
// الأحد الماضي، أمس، عام 1961) and, when it names a day, that day. A day the text counts from
// publication (أمس، الأحد) is resolved only against the article's datePublished.
import type { ArticleDoc, DateKind, DateMention, Token } from '../types.js';
import type { Resources } from '../resources.js';
import type { DateWords } from '../lexicon/date-words.js';
import { addDays, dayOf, dayOfIso, isoDate, nearestDayMonth, nearestWeekday, type Day, type Direction } from '../calendar.js';
import { isWord, rawOffsetAfter } from '../ner/tokens.js';
import { stripConjunction } from '../lexicon/clitics.js';

export function readDates(doc: ArticleDoc, resources: Resources): ArticleDoc {
  const published = dayOfIso(doc.meta.datePublished);
  const dates = findDates(doc.tokens, resources.lexicons.dates, published, resources.normalizer.isDeleted);
  const named = new Set<number>();
  for (const m of doc.mentions) for (let k = m.tokenStart; k < m.tokenEnd; k++) named.add(k);
  return { ...doc, dates: dates.filter((d) => !inName(doc, d, named, resources)) };
}

/**
 * A date that is part of a name (شارع 5 مايو، قوى 3 آذار): inside a recognised
 * name, or a day number right after the head noun of a name.
 */
function inName(doc: ArticleDoc, date: DateMention, named: ReadonlySet<number>, resources: Resources): boolean {
  for (let k = date.tokenStart; k < date.tokenEnd; k++) if (named.has(k)) return true;
  const before = doc.tokens[date.tokenStart - 1];
  if (doc.tokens[date.tokenStart]?.kind !== 'number' || !isWord(before) || before.sentence !== doc.tokens[date.tokenStart]?.sentence) return false;
  const { nameHeads, dates } = resources.lexicons;
  return dates.nameHeads.has(stripConjunction(before.norm)) || nameHeads.longestAt([before.norm], { definite: true })?.length === 1;
}

/** What a reader found: tokens [from, end), clitics on the first, and the day when it names one. */
interface Reading {
  from: number;
  end: number;
  prefixLength: number;
  kind: DateKind;
  day?: Day;
}

type Reader = (r: DateReader, k: number) => Reading | undefined;

/** The time expressions of a text, in order, none overlapping another. */
export function findDates(tokens: readonly Token[], words: DateWords, published: Day | undefined, isDeleted: (ch: string) => boolean): DateMention[] {
  const reader = new DateReader(tokens, words, published);
  const readers: Reader[] = [readNumeric, readDayMonth, readWeekday, readRelative, readMonthYear, readYear, readPeriod];
  const out: DateMention[] = [];
  for (let k = 0; k < tokens.length; ) {
    let found: Reading | undefined;
    for (const read of readers) if ((found = read(reader, k))) break;
    if (!found) {
      k++;
      continue;
    }
    const first = tokens[found.from] as Token;
    const start = found.prefixLength > 0 ? rawOffsetAfter(first, found.prefixLength, isDeleted) : first.start;
    out.push({ start, end: (tokens[found.end - 1] as Token).end, tokenStart: found.from, tokenEnd: found.end, kind: found.kind, ...(found.day ? { value: isoDate(found.day) } : {}) });
    k = found.end;
  }
  return out;
}

/** Token tests over one text, each within the sentence of the token it starts from. */
class DateReader {
  /** For each token, whether a word of the future comes before it in its sentence: found in one pass, so a long sentence is not read again at every date. */
  private readonly future: Uint8Array;

  constructor(
    readonly tokens: readonly Token[],
    readonly words: DateWords,
    readonly published: Day | undefined,
  ) {
    this.future = new Uint8Array(tokens.length);
    let seen = false;
    tokens.forEach((token, k) => {
      if (k > 0 && token.sentence !== tokens[k - 1]?.sentence) seen = false;
      this.future[k] = seen ? 1 : 0;
      const word = isWord(token) ? stripConjunction(token.norm) : '';
      // A verb of taking place with the future's س (سيعقد، ستجري) says so too.
      if (words.future.has(word) || (word.startsWith('س') && words.bridges.has(word.slice(1)))) seen = true;
    });
  }

  /** The token at k when it is in the sentence of token `of`. */
  at(k: number, of: number): Token | undefined {
    const token = this.tokens[k];
    return token && token.sentence === this.tokens[of]?.sentence ? token : undefined;
  }

  number(k: number, of: number, digits: RegExp): number | undefined {
    const token = this.at(k, of);
    return token?.kind === 'number' && digits.test(token.norm) ? Number(token.norm) : undefined;
  }

  isPunct(k: number, of: number, norm: string): boolean {
    const token = this.at(k, of);
    return token?.kind === 'punct' && token.norm === norm;
  }

  isWordIn(k: number, of: number, set: ReadonlySet<string>): boolean {
    const token = this.at(k, of);
    return isWord(token) && set.has(token.norm);
  }

  /** A month name at k, and the same month named again in another series (مايو/أيار، أيار (مايو)); undefined when the two differ. */
  month(k: number): { month: number; end: number } | undefined {
    const first = this.monthName(k);
    if (!first) return undefined;
    const { end } = first;
    const again = this.isPunct(end, k, '/') ? this.monthName(end + 1) : this.isPunct(end, k, '(') ? this.monthName(end + 1) : this.monthName(end);
    if (!again) return first;
    if (again.month !== first.month) return undefined;
    const close = this.isPunct(end, k, '(') ? this.isPunct(again.end, k, ')') : true;
    return close ? { month: first.month, end: this.isPunct(end, k, '(') ? again.end + 1 : again.end } : first;
  }

  private monthName(k: number): { month: number; end: number } | undefined {
    if (!this.at(k, k)) return undefined;
    const match = this.words.months.matchAt(this.tokens, k, { clitics: false, max: 2 });
    return match ? { month: match.value[0] as number, end: match.end } : undefined;
  }

  /** A year after a day and month or a month (1995، عام 1995، من عام 1995، 1995م); `hijri` when the calendar is the Hijri one. */
  year(k: number, of: number): { year: number; end: number; hijri: boolean } | undefined {
    let e = k;
    if (this.isWordIn(e, of, this.words.dayMonthJoiners)) e++;
    if (this.isWordIn(e, of, this.words.yearWords)) e++;
    const year = this.number(e, of, /^\d{4}$/);
    if (year === undefined) return undefined;
    e++;
    if (this.isWordIn(e, of, this.words.gregorianSuffixes)) e++;
    return { year, end: e, hijri: this.isWordIn(e, of, this.words.hijriSuffixes) };
  }

  /**
   * الماضي, المقبل, الجاري or nothing at k: the direction the text points in from publication. With
   * nothing, the last such day on or before it, unless a word of the future comes before in the
   * sentence (من المقرر أن يلتقي الطرفان الأحد): then the first on or after it.
   */
  direction(k: number, of: number): { direction: Direction; end: number } {
    if (this.isWordIn(k, of, this.words.past)) return { direction: 'before', end: k + 1 };
    if (this.isWordIn(k, of, this.words.next)) return { direction: 'after', end: k + 1 };
    if (this.isWordIn(k, of, this.words.current)) return { direction: 'sameYear', end: k + 1 };
    return { direction: this.futureBefore(of) ? 'onOrAfter' : 'onOrBefore', end: k };
  }

  private futureBefore(k: number): boolean {
    return this.future[k] === 1;
  }

  /** A part of the day or a day word (مساء، يوم، مساء يوم) starting at k: where the day word itself is. */
  dayPrefix(k: number): { at: number; prefixLength: number } {
    let e = k;
    let prefixLength = 0;
    for (let n = 0; n < 2; n++) {
      const token = this.at(e, k);
      if (!isWord(token)) break;
      const bare = stripConjunction(token.norm);
      if (!this.words.dayParts.has(bare) && !this.words.dayWords.has(bare)) break;
      if (e === k) prefixLength = token.norm.length - bare.length;
      e++;
    }
    return { at: e, prefixLength };
  }
}

/** d/m/yyyy, yyyy/m/d, d-m-yyyy, d.m.yyyy: always a day, with no other number run on before or after it. */
const readNumeric: Reader = (r, k) => {
  const one = r.at(k, k);
  if (one?.kind !== 'number') return undefined;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(one.norm);
  if (dotted) return numericDay(k, k + 1, Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const separator = r.at(k + 1, k);
  if (separator?.kind !== 'punct' || (separator.norm !== '/' && separator.norm !== '-') || !r.isPunct(k + 3, k, separator.norm)) return undefined;
  if (r.isPunct(k - 1, k, separator.norm) || r.isPunct(k + 5, k, separator.norm)) return undefined;
  const [a, b, c] = [r.number(k, k, /^\d{1,4}$/), r.number(k + 2, k, /^\d{1,2}$/), r.number(k + 4, k, /^\d{1,4}$/)];
  if (a === undefined || b === undefined || c === undefined) return undefined;
  if (a >= 1000 && c <= 31) return numericDay(k, k + 5, a, b, c);
  if (c >= 1000 && a <= 31) return numericDay(k, k + 5, c, b, a);
  return undefined;
};

function numericDay(from: number, end: number, year: number, month: number, day: number): Reading | undefined {
  const found = dayOf(year, month, day);
  return found ? { from, end, prefixLength: 0, kind: 'date', day: found } : undefined;
}

/** 3 مايو 1995، 7 من أغسطس/آب 1961، 14 تشرين الأول (أكتوبر) 2012; without a year, 3 مايو (الماضي). */
const readDayMonth: Reader = (r, k) => {
  const day = r.number(k, k, /^\d{1,2}$/);
  if (day === undefined || day < 1 || day > 31) return undefined;
  const month = r.month(r.isWordIn(k + 1, k, r.words.dayMonthJoiners) ? k + 2 : k + 1);
  if (!month) return undefined;
  const year = r.year(month.end, k);
  if (year?.hijri) return undefined;
  if (year) return { from: k, end: year.end, prefixLength: 0, kind: 'date', day: dayOf(year.year, month.month, day) };
  const { direction, end } = r.direction(month.end, k);
  return { from: k, end, prefixLength: 0, kind: 'dayMonth', day: r.published && nearestDayMonth(r.published, month.month, day, direction) };
};

/** الأحد، يوم الأحد، مساء الأحد الماضي، الأحد المقبل; with the date it falls on (الأحد 3 مايو 1995، الأحد الموافق …), that date. */
const readWeekday: Reader = (r, k) => {
  const { at, prefixLength } = r.dayPrefix(k);
  if (!r.at(at, k)) return undefined;
  const match = r.words.weekdays.matchAt(r.tokens, at, { clitics: at === k ? 'conjunctions' : false, max: 1 });
  if (!match || (at === k && r.isWordIn(k - 1, k, r.words.beforeWeekday))) return undefined;
  let after = match.end;
  if (r.isPunct(after, k, ',') && r.isWordIn(after + 1, k, r.words.equivalence)) after++;
  if (r.isWordIn(after, k, r.words.equivalence)) after++;
  const date = readNumeric(r, after) ?? readDayMonth(r, after);
  const prefix = at === k ? match.prefixLength : prefixLength;
  if (date) return { ...date, from: k, prefixLength: prefix };
  const weekday = match.value[0] as number;
  const { direction, end } = r.direction(match.end, k);
  return { from: k, end, prefixLength: prefix, kind: 'weekday', day: r.published && nearestWeekday(r.published, weekday, direction) };
};

/** اليوم، أمس، أول أمس، غدا، صباح أمس، يوم غد: a day counted from publication. */
const readRelative: Reader = (r, k) => {
  const { at, prefixLength } = r.dayPrefix(k);
  const first = r.at(at, k);
  if (!first) return undefined;
  const match = r.words.relativeDays.matchAt(r.tokens, at, { clitics: at === k, max: 3 });
  if (!match) return undefined;
  const offset = match.value[0] as number;
  const word = first.norm.slice(match.prefixLength);
  // اليوم التالي، هذا اليوم: a day the text has named, not the day of publication.
  const next = r.at(match.end, k);
  if (offset === 0 && match.length === 1 && ((isWord(next) && (next.norm.startsWith('ال') || r.words.afterToday.has(next.norm))) || r.isWordIn(at - 1, k, r.words.todayDemonstratives))) return undefined;
  if (at === k && r.words.ambiguousRelative.has(word) && isWord(next)) return undefined;
  return { from: k, end: match.end, prefixLength: at === k ? match.prefixLength : prefixLength, kind: 'relative', day: r.published && addDays(r.published, offset) };
};

/** مايو 1995، أيار/مايو 2012، مايو الماضي: a month, which is no day. */
const readMonthYear: Reader = (r, k) => {
  const month = r.month(k);
  if (!month) return undefined;
  const year = r.year(month.end, k);
  if (year && !year.hijri) return { from: k, end: year.end, prefixLength: 0, kind: 'monthYear' };
  const { direction, end } = r.direction(month.end, k);
  return direction === 'onOrBefore' ? undefined : { from: k, end, prefixLength: 0, kind: 'monthYear' };
};

/** عام 1961، سنة 2011: a year, which is no day. */
const readYear: Reader = (r, k) => {
  const token = r.at(k, k);
  if (!isWord(token) || !r.words.yearWords.has(stripConjunction(token.norm)) || r.number(k + 1, k, /^\d{4}$/) === undefined) return undefined;
  const end = r.isWordIn(k + 2, k, r.words.gregorianSuffixes) ? k + 3 : k + 2;
  return { from: k, end, prefixLength: token.norm.length - stripConjunction(token.norm).length, kind: 'year' };
};

/** الشهر الماضي، الأسبوع المقبل، العام الماضي: a time longer than a day. */
const readPeriod: Reader = (r, k) => {
  const token = r.at(k, k);
  if (!isWord(token) || !r.words.periods.has(stripConjunction(token.norm))) return undefined;
  const { direction, end } = r.direction(k + 1, k);
  return direction === 'onOrBefore' ? undefined : { from: k, end, prefixLength: token.norm.length - stripConjunction(token.norm).length, kind: 'period' };
};
