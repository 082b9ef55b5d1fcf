// Reading time expressions: each kind, its offsets, and days counted from the date of publication.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { projectData } from '../helpers.js';

/** The time expressions of a text: the words, their kind and the day they name. */
function datesOf(text: string, datePublished?: string) {
  const doc = analyze('t', text, projectData().resources, { meta: datePublished ? { datePublished } : {} });
  return doc.dates.map((d) => ({ text: text.slice(d.start, d.end), kind: d.kind, value: d.value }));
}

// A Thursday.
const PUBLISHED = '2019-05-23';

describe('full dates', () => {
  it('reads a day, a transliterated month name and a year', () => {
    expect(datesOf('وصل الوفد في 3 يونيو 2021 إلى المدينة.')).toEqual([{ text: '3 يونيو 2021', kind: 'date', value: '2021-06-03' }]);
  });

  it('reads the Levantine month names, of one word or two', () => {
    expect(datesOf('افتتح المعرض في 3 حزيران 2021.')[0]?.value).toBe('2021-06-03');
    expect(datesOf('افتتح المعرض في 14 تشرين الأول 2020.')[0]?.value).toBe('2020-10-14');
    expect(datesOf('افتتح المعرض في 14 تشرين أول 2020.')[0]?.value).toBe('2020-10-14');
  });

  it('reads a month named in both series, after a slash or in brackets, as one expression', () => {
    expect(datesOf('افتتح المعرض في 14 تشرين الأول/أكتوبر 2020.')).toEqual([{ text: '14 تشرين الأول/أكتوبر 2020', kind: 'date', value: '2020-10-14' }]);
    expect(datesOf('بدأ الإضراب في 9 يناير/ كانون الثاني 2017.')[0]?.value).toBe('2017-01-09');
    expect(datesOf('بدأ الإضراب في 5 آذار (مارس) 2019.')).toEqual([{ text: '5 آذار (مارس) 2019', kind: 'date', value: '2019-03-05' }]);
  });

  it('reads من between the day and the month, and عام before the year', () => {
    expect(datesOf('في 11 من سبتمبر 2001 وقعت الهجمات.')[0]?.value).toBe('2001-09-11');
    expect(datesOf('في 2 فبراير عام 1990م انتهت الحرب.')).toEqual([{ text: '2 فبراير عام 1990م', kind: 'date', value: '1990-02-02' }]);
  });

  it('reads numeric dates day first or year first, with slashes, hyphens or dots', () => {
    expect(datesOf('صدر القرار بتاريخ 2016/3/12.')[0]?.value).toBe('2016-03-12');
    expect(datesOf('صدر القرار بتاريخ 12 /3 /2016.')[0]?.value).toBe('2016-03-12');
    expect(datesOf('صدر القرار يوم 12-3-2016.')[0]?.value).toBe('2016-03-12');
    expect(datesOf('صدر القرار يوم 12.3.2016.')[0]?.value).toBe('2016-03-12');
  });

  it('reads Arabic-Indic digits', () => {
    expect(datesOf('انعقدت الجلسة في ٢٣ مارس ٢٠١٨.')[0]?.value).toBe('2018-03-23');
    expect(datesOf('انعقدت الجلسة بتاريخ ٢٠١٨/٣/٢٣.')[0]?.value).toBe('2018-03-23');
  });

  it('reads a weekday and the date it falls on as one date', () => {
    expect(datesOf('عاد الوزير الأحد 19 مايو 2019 إلى بلاده.')).toEqual([{ text: 'الأحد 19 مايو 2019', kind: 'date', value: '2019-05-19' }]);
  });

  it('gives no day for two names of different months, a day that does not exist, or a Hijri year', () => {
    expect(datesOf('في 5 مايو/حزيران 2019 بدأ العمل.').every((d) => d.value === undefined)).toBe(true);
    expect(datesOf('في 31 أبريل 2019 بدأ العمل.').every((d) => d.value === undefined)).toBe(true);
    expect(datesOf('في 5 مايو 1439هـ بدأ العمل.').every((d) => d.value === undefined)).toBe(true);
  });

  it('reads no date in a name (a street, a square, a movement named for a day)', () => {
    expect(datesOf('تجمع المحتجون في ميدان 6 أكتوبر 2011 أمس.').map((d) => d.text)).toEqual(['أمس']);
    expect(datesOf('وقال نواب قوى 14 آذار إن الحوار مستمر.')).toEqual([]);
  });

  it('reads no date into a number that runs on (a reference number, a score)', () => {
    expect(datesOf('صدر القرار رقم 2/3/2016/7 أمس.').map((d) => d.text)).toEqual(['أمس']);
    expect(datesOf('انتهت المباراة بنتيجة 2-1.')).toEqual([]);
  });
});

describe('days counted from publication', () => {
  it('resolves a day and month without a year to the last such date not after publication, or as the text says', () => {
    expect(datesOf('في 22 مايو بدأ العمل.', PUBLISHED)[0]).toEqual({ text: '22 مايو', kind: 'dayMonth', value: '2019-05-22' });
    expect(datesOf('في 25 مايو بدأ العمل.', PUBLISHED)[0]?.value).toBe('2018-05-25');
    expect(datesOf('يبدأ العمل في 25 مايو المقبل.', PUBLISHED)[0]).toEqual({ text: '25 مايو المقبل', kind: 'dayMonth', value: '2019-05-25' });
    expect(datesOf('يبدأ العمل في 28 من مايو الجاري.', PUBLISHED)[0]).toEqual({ text: '28 من مايو الجاري', kind: 'dayMonth', value: '2019-05-28' });
  });

  it('resolves a weekday to the last such day on or before publication, الماضي strictly before, المقبل after', () => {
    expect(datesOf('وصل الوفد الخميس.', PUBLISHED)[0]?.value).toBe('2019-05-23');
    expect(datesOf('وصل الوفد الأحد.', PUBLISHED)[0]?.value).toBe('2019-05-19');
    expect(datesOf('وصل الوفد الخميس الماضي.', PUBLISHED)[0]).toEqual({ text: 'الخميس الماضي', kind: 'weekday', value: '2019-05-16' });
    expect(datesOf('يصل الوفد الأحد المقبل.', PUBLISHED)[0]?.value).toBe('2019-05-26');
    expect(datesOf('وصل الوفد يوم الاثنين.', PUBLISHED)[0]).toEqual({ text: 'يوم الاثنين', kind: 'weekday', value: '2019-05-20' });
    expect(datesOf('وصل الوفد مساء الثلاثاء.', PUBLISHED)[0]?.value).toBe('2019-05-21');
  });

  it('puts a weekday or a day and month after publication when a word of the future comes before it', () => {
    expect(datesOf('ومن المقرر أن يصل الوفد الأحد.', PUBLISHED)[0]?.value).toBe('2019-05-26');
    expect(datesOf('وسيعقد الاجتماع في 20 مايو.', PUBLISHED)[0]?.value).toBe('2020-05-20');
    expect(datesOf('وكان يفترض أن يصل الوفد الأحد الماضي.', PUBLISHED)[0]?.value).toBe('2019-05-19');
  });

  it('resolves اليوم، أمس، أول أمس، غدا against publication, the date-time\'s own day included', () => {
    expect(datesOf('وصل الوفد اليوم.', PUBLISHED)[0]?.value).toBe('2019-05-23');
    expect(datesOf('وصل الوفد أمس.', `${PUBLISHED}T23:30:00+03:00`)[0]?.value).toBe('2019-05-22');
    expect(datesOf('وصل الوفد أول أمس.', PUBLISHED)[0]).toEqual({ text: 'أول أمس', kind: 'relative', value: '2019-05-21' });
    expect(datesOf('يصل الوفد غدا.', PUBLISHED)[0]?.value).toBe('2019-05-24');
    expect(datesOf('يصل الوفد صباح الغد.', PUBLISHED)[0]).toEqual({ text: 'صباح الغد', kind: 'relative', value: '2019-05-24' });
  });

  it('reads the expression but names no day without a date of publication', () => {
    expect(datesOf('وصل الوفد أمس، والتقى الوزير الأحد.')).toEqual([
      { text: 'أمس', kind: 'relative', value: undefined },
      { text: 'الأحد', kind: 'weekday', value: undefined },
    ]);
  });

  it('keeps the offsets of the words, without the conjunction written on them', () => {
    expect(datesOf('وصل الوفد وأمس غادر.', PUBLISHED)[0]?.text).toBe('أمس');
    expect(datesOf('يصل الوفد غداً.', PUBLISHED)[0]?.text).toBe('غداً');
  });

  it('reads no today in a day the text names, no tomorrow in the verb غدا, no weekday in بين الاثنين', () => {
    expect(datesOf('وفي اليوم التالي غادر الوفد.', PUBLISHED)).toEqual([]);
    expect(datesOf('تذكر الناس هذا اليوم طويلا.', PUBLISHED)).toEqual([]);
    expect(datesOf('وصل الوفد وغادر في نفس اليوم.', PUBLISHED)).toEqual([]);
    expect(datesOf('غدا الوضع أصعب من قبل.', PUBLISHED)).toEqual([]);
    expect(datesOf('لا فرق بين الاثنين.', PUBLISHED)).toEqual([]);
  });
});

describe('times that are no day', () => {
  it('reads a year, a month and year, and a past or next period, with no day', () => {
    expect(datesOf('وقع الانقلاب في عام 1953.')).toEqual([{ text: 'عام 1953', kind: 'year', value: undefined }]);
    expect(datesOf('وقع الزلزال في مايو 1990.')).toEqual([{ text: 'مايو 1990', kind: 'monthYear', value: undefined }]);
    expect(datesOf('وقع الزلزال الشهر الماضي.', PUBLISHED)).toEqual([{ text: 'الشهر الماضي', kind: 'period', value: undefined }]);
  });
});
