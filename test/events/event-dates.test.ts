// Which event a date is said of: the phrase of its mention, or the one date of a sentence that tells
// the event itself; never a date of another sentence, a year alone or a bound of a period.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { projectData } from '../helpers.js';

// A Thursday.
const PUBLISHED = '2019-05-23';

/** Each event's class and the words and day of its date. */
function datedOf(text: string, datePublished?: string) {
  const doc = analyze('t', text, projectData().resources, { meta: datePublished ? { datePublished } : {} });
  return doc.events.map((e) => ({ cls: e.eventClass, date: e.startDate && { text: text.slice(e.startDate.start, e.startDate.end), value: e.startDate.value } }));
}

describe('a date in the phrase of the event', () => {
  it('dates the event whose noun it follows', () => {
    expect(datedOf('تحدث فلان عن انقلاب 14 تموز 1958 في خطابه.')).toContainEqual({ cls: 'Coup', date: { text: '14 تموز 1958', value: '1958-07-14' } });
  });

  it('steps over adjectives, a place and في', () => {
    expect(datedOf('عقد المؤتمر الثالث في مدينة حلب في 5 أيار 2012.')).toContainEqual({ cls: 'Conference', date: { text: '5 أيار 2012', value: '2012-05-05' } });
  });

  it('steps over a relative clause of taking place', () => {
    expect(datedOf('تحدث فلان عن القمة التي عقدت في 9 كانون الأول 2019.')).toContainEqual({ cls: 'Summit', date: { text: '9 كانون الأول 2019', value: '2019-12-09' } });
  });

  it('dates an event in reported words by a date in its phrase there', () => {
    expect(datedOf('وقال فلان إن الهجوم وقع في 3 آذار 2018.')).toContainEqual({ cls: 'Attack', date: { text: '3 آذار 2018', value: '2018-03-03' } });
  });

  it('does not step over a noun of something else (the date of what the meeting discussed)', () => {
    expect(datedOf('عقد الطرفان اجتماعا لبحث الاتفاق الموقع في 5 أيار 2012.')).toEqual([{ cls: 'Meeting', date: undefined }]);
  });
});

describe('the one date of a sentence that tells the event', () => {
  it('dates a verb that reports the event by a weekday, resolved against publication', () => {
    const text = 'التقى الرئيس فلان الفلاني نظيره، الأحد، في العاصمة.';
    expect(datedOf(text, PUBLISHED)).toEqual([{ cls: 'Meeting', date: { text: 'الأحد', value: '2019-05-19' } }]);
    expect(datedOf(text)).toEqual([{ cls: 'Meeting', date: undefined }]);
  });

  it('dates an event the words were said during', () => {
    expect(datedOf('وقال فلان، يوم الأربعاء، خلال مؤتمر صحفي إن الحوار مستمر.', PUBLISHED)).toContainEqual({ cls: 'PressConference', date: { text: 'يوم الأربعاء', value: '2019-05-22' } });
  });

  it('gives no date to an event that another verb only speaks of (أعلن عن زيارة)', () => {
    expect(datedOf('أعلن الوزير، الأحد، عن زيارة إلى العاصمة.', PUBLISHED)).toEqual([{ cls: 'Visit', date: undefined }]);
  });

  it('gives no date from reported words to an event outside them', () => {
    expect(datedOf('وقال فلان في مؤتمر صحفي إن الاتفاق سيوقع في 5 أيار 2019.')).toEqual([{ cls: 'PressConference', date: undefined }]);
  });

  it('gives the date to neither of two events its sentence names, unless it is in the phrase of one', () => {
    const events = datedOf('وصل الوفد إلى العاصمة الأحد لحضور القمة.', PUBLISHED);
    expect(events).toContainEqual({ cls: 'Visit', date: { text: 'الأحد', value: '2019-05-19' } });
    expect(events).toContainEqual({ cls: 'Summit', date: undefined });
  });
});

describe('dates not said of the event', () => {
  it('gives no date from another sentence', () => {
    expect(datedOf('عقد الطرفان اجتماعا في العاصمة. وفي 4 شباط 2019 بدأ العام الدراسي.')).toEqual([{ cls: 'Meeting', date: undefined }]);
  });

  it('gives no date for a year alone', () => {
    expect(datedOf('وقع الانقلاب في عام 1953.')).toEqual([{ cls: 'Coup', date: undefined }]);
  });

  it('gives no date for the bound of a period (منذ، قبل)', () => {
    expect(datedOf('لم يعقد أي اجتماع منذ 5 أيار 2017.')).toEqual([{ cls: 'Meeting', date: undefined }]);
    expect(datedOf('عقد الاجتماع قبل 5 أيار 2017.')).toEqual([{ cls: 'Meeting', date: undefined }]);
  });

  it('gives no date for the end of a range', () => {
    expect(datedOf('عقد المؤتمر بين 3 و5 أيار 2012.')).toEqual([{ cls: 'Conference', date: undefined }]);
    expect(datedOf('تأجل الاجتماع إلى 5 أيار 2017.')).toEqual([{ cls: 'Meeting', date: undefined }]);
  });

  it('gives no year to a day and month that name an event (احتجاجات 30 يونيو)', () => {
    expect(datedOf('شارك فلان في احتجاجات 30 يونيو.', PUBLISHED)).toEqual([{ cls: 'Protest', date: undefined }]);
  });

  it('gives no date across words in quotation marks, another voice', () => {
    expect(datedOf('أصدرت المحكمة الخميس حكما على فلان "لتورطه في هجمات على القرى".', PUBLISHED)).toEqual([{ cls: 'Attack', date: undefined }]);
  });

  it('gives no date when the mentions of one event give different days', () => {
    expect(datedOf('عقد المؤتمر في 5 أيار 2012. ثم عقد المؤتمر في 7 أيار 2012.')).toEqual([{ cls: 'Conference', date: undefined }]);
  });
});
