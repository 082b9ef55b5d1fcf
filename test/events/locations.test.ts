import { describe, expect, it } from 'vitest';
import { analyzeText, entityName } from '../helpers.js';

function placesOf(text: string): [string, string[]][] {
  const doc = analyzeText(text);
  return doc.events.map((e) => [e.eventClass, e.locations.map((l) => entityName(doc, l))]);
}

describe('event locations', () => {
  it('reads a place through hashtag marks (#القمة_العربية … في المملكة العربية #السعودية)', () => {
    expect(placesOf('وتعقد #القمة_العربية في المملكة العربية #السعودية بعد أيام.')).toEqual([['Summit', ['Saudi Arabia']]]);
  });

  it('takes the place a sentence opens with (وفي مدينة كذا) over a place its clauses speak of', () => {
    expect(placesOf('وفي نيويورك، وفي أعقاب جلسة مغلقة استمرت ساعتين بحث خلالها الوضع في اليمن، دعا سامر نعمان إلى الهدوء.')).toEqual([['Session', ['New York City']]]);
  });

  it('reads the place from reported words when the event is known from them only', () => {
    expect(placesOf('وقال سامر نعمان: "سيعقد المجلس قريبا في مدينة رام الله، بعد سنوات على آخر جلسة طارئة".')).toEqual([['Session', ['Ramallah']]]);
  });

  it('locates an event by the place a point of the compass names (جنوبي دمشق)', () => {
    expect(placesOf('وكثفت قوات النظام السوري القصف على جيب محاصر جنوبي دمشق.')).toEqual([['Attack', ['Damascus']]]);
  });

  it('places a visit at its destination (إلى), not where its visitor lives', () => {
    expect(placesOf('ووصل الرئيس سامر نعمان الذي يعيش في باريس إلى القاهرة اليوم.')).toEqual([['Visit', ['Cairo']]]);
  });
});
