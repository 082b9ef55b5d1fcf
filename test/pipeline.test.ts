// The sample article end to end: who, where, the summit, and who said what.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeText, entityName, statementsOf } from './helpers.js';

const doc = analyzeText(readFileSync('input/alaska-summit.txt', 'utf8'), 'alaska-summit');
const named = [...doc.entities.values()].filter((e) => !e.implicit);

describe('the sample article', () => {
  it('names its two persons, linked to Wikidata, with the titles the article gives', () => {
    const persons = named.filter((e) => e.type === 'Person').map((e) => [e.qid, e.jobTitles.sort()]);
    expect(persons).toEqual([
      ['Q7747', ['الرئيس الروسي', 'الزعيم الروسي']],
      ['Q22686', ['الرئيس الأمريكي']],
    ]);
  });

  it('names its places, and nests the base in Anchorage in Alaska in the United States', () => {
    expect(named.filter((e) => e.type === 'Place').map((e) => e.nameEn).sort()).toEqual(['Alaska', 'Anchorage', 'Bering Strait', 'Joint Base Elmendorf–Richardson', 'Russia', 'Ukraine']);
    const chain: string[] = [];
    let key: string | undefined = named.find((e) => e.classes[0] === 'MilitaryBase')?.key;
    while (key) {
      chain.push(entityName(doc, key));
      key = doc.entities.get(key)?.containedIn.find((parent) => parent !== 'gz:Q30') ?? doc.entities.get(key)?.containedIn[0];
    }
    expect(chain).toEqual(['Joint Base Elmendorf–Richardson', 'Anchorage', 'Alaska', 'United States of America']);
  });

  it('finds the summit, at the base, attended by both leaders, with its name and its press conference', () => {
    const [summit, press] = doc.events;
    expect(summit).toMatchObject({ eventClass: 'Summit' });
    expect(doc.text.slice(summit?.name?.start, summit?.name?.end)).toBe('السعي لتحقيق السلام');
    expect(summit?.locations.map((l) => entityName(doc, l))).toEqual(['Joint Base Elmendorf–Richardson']);
    expect(summit?.attendees.map((a) => entityName(doc, a))).toEqual(['Vladimir Putin', 'Donald Trump']);
    expect(press).toMatchObject({ eventClass: 'PressConference', superEvent: 0 });
  });

  it('attributes every statement, by mode, to the right speakers', () => {
    const statements = statementsOf(doc);
    const count = (mode: string, speaker: string) => statements.filter((s) => s.mode === mode && s.speakers.join('+') === speaker).length;
    expect(statements).toHaveLength(25);
    expect(count('direct', 'Vladimir Putin')).toBe(6);
    expect(count('indirect', 'Vladimir Putin')).toBe(13);
    expect(count('partial', 'Vladimir Putin')).toBe(2);
    expect(count('direct', 'Donald Trump')).toBe(1);
    expect(count('indirect', 'Donald Trump')).toBe(1);
    expect(count('partial', 'Donald Trump')).toBe(1);
    expect(count('indirect', 'Donald Trump+Vladimir Putin')).toBe(1);
  });

  it.each([
    ['direct', 'كان اجتماعنا مع الرئيس الأمريكي ترامب بناء ومحترما ومفيدا للطرفين', 'Vladimir Putin'],
    ['indirect', 'اللقاء كان بنّاءً ومثمرًا', 'Vladimir Putin'],
    ['indirect', 'موافقته على كلام ترامب بشأن ضرورة ضمان أمن أوكرانيا', 'Vladimir Putin'],
    ['direct', 'صباح الخير يا جاري العزيز', 'Vladimir Putin'],
    ['partial', 'مثمر للغاية', 'Donald Trump'],
    ['direct', 'إنها ليست صفقة حتى تصبح صفقة', 'Donald Trump'],
    ['indirect', 'الحوار سيستمر', 'Donald Trump+Vladimir Putin'],
  ])('has the %s statement «%s» by %s', (mode, content, speakers) => {
    const found = statementsOf(doc).find((s) => s.content === content);
    expect(found?.mode).toBe(mode);
    expect(found?.speakers.sort().join('+')).toBe(speakers);
  });

  it('places the press-conference statements at the press conference', () => {
    const press = doc.events.findIndex((e) => e.eventClass === 'PressConference');
    const quote = doc.statements.find((s) => doc.text.slice(s.content.start, s.content.end).startsWith('كان اجتماعنا'));
    expect(quote?.occasion).toBe(press);
  });

  it('anchors every span exactly: mentions, statements, cues, event names', () => {
    for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end).trim()).toBe(doc.text.slice(m.start, m.end));
    for (const s of doc.statements) {
      const content = doc.text.slice(s.content.start, s.content.end);
      expect(content).toBe(content.trim());
      expect(content).not.toMatch(/^[“”«»"]|[“”«»"،,.]$/);
    }
  });
});
