import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers.js';

function triggersOf(text: string): [string, string, boolean][] {
  const doc = analyzeText(text);
  return doc.triggers.map((t) => [doc.text.slice(t.start, t.end), t.eventClass, t.verb]);
}

describe('event triggers', () => {
  it('reads a possessive on a noun whose final hamza sits on ya or waw before it (لقائه، لقاؤه)', () => {
    expect(triggersOf('وتحدث سامر نعمان عن لقائه مع الوزير.')).toEqual([['لقائه', 'Meeting', false]]);
    expect(triggersOf('وكان لقاؤهم الأول في الصيف.')).toEqual([['لقاؤهم', 'Meeting', false]]);
  });

  it('takes arrival and storming verbs for the visit and the raid they report', () => {
    expect(triggersOf('ووصل الوزير إلى المدينة صباحا.')).toEqual([['وصل', 'Visit', true]]);
    expect(triggersOf('واقتحمت القوات منزل العائلة.')).toEqual([['اقتحمت', 'Raid', true]]);
  });

  it('takes casting votes for a vote, and an announcement and a coup for events', () => {
    expect(triggersOf('وأدلوا بأصواتهم في القاعة.')).toEqual([['أدلوا بأصواتهم', 'Vote', true]]);
    expect(triggersOf('ونفى وجود علاقة بين إعلان الوزير والانقلاب.')).toEqual([['إعلان', 'Announcement', false], ['الانقلاب', 'Coup', false]]);
  });
});
