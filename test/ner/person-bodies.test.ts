import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers.js';

const mentions = (text: string) => {
  const doc = analyzeText(text);
  return doc.mentions.map((m) => [doc.entities.get(m.entity)?.type, doc.text.slice(m.start, m.end)]);
};

describe('findBodiesOfPersons: a body named by the person who leads it', () => {
  it('makes a body of a head in the construct state before a person, title and all; the person keeps its mention', () => {
    expect(mentions('وانتقدت إدارة الرئيس بوتين القرار، ورفضت حملة بوتين ذلك.')).toEqual([
      ['Organization', 'إدارة الرئيس بوتين'],
      ['Person', 'بوتين'],
      ['Organization', 'حملة بوتين'],
      ['Person', 'بوتين'],
    ]);
  });

  it('takes no definite head, which is no construct, before a person', () => {
    expect(mentions('وأيدت الإدارة بوتين في قراره.')).toEqual([['Person', 'بوتين']]);
  });
});
