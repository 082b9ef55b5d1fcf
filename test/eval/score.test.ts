// The scorer on hand-made gold and predictions: the rules of eval.md, one by one.
import { describe, expect, it } from 'vitest';
import { parseGold } from '../../src/eval/gold.js';
import { scoreArticle, evalNormalize } from '../../src/eval/score.js';
import { figuresOf, reliabilityOf } from '../../src/eval/report.js';
import type { Prediction } from '../../src/eval/types.js';

const text = 'قال الرئيس سامي إن الحوار مفيد جدا. وأضافت هند: "لن نتراجع". وقال مسؤول إن الوفد وصل إلى دمشق.';
const gold = parseGold('g.json', JSON.stringify({
  entities: {
    sami: { type: 'Person', wikidata: 'Q1', surface: ['سامي', 'الرئيس سامي'] },
    hind: { type: 'Person', wikidata: null, surface: ['هند'] },
    damascus: { type: 'Place', wikidata: 'Q3766', surface: ['دمشق'] },
  },
  events: [{ participants: ['sami'], locations: ['damascus'] }],
  statements: [
    { speakers: ['sami'], mode: 'indirect', text: 'الحوار مفيد جدا' },
    { speakers: ['sami'], mode: 'partial', text: 'مفيد' },
    { speakers: ['hind'], mode: 'direct', text: 'لن نتراجع' },
    { speakers: ['unnamed'], mode: 'indirect', text: 'الوفد وصل إلى دمشق' },
  ],
}), text);
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

const perfect: Prediction = {
  entities: [
    { key: 'p1', type: 'Person', qid: 'Q1', names: ['سامي'] },
    { key: 'p2', type: 'Person', names: ['هند'] },
    { key: 'p3', type: 'Place', qid: 'Q3766', names: ['دمشق'] },
  ],
  statements: [
    { span: at('الحوار مفيد جدا'), mode: 'indirect', speakers: ['p1'] },
    { span: at('لن نتراجع'), mode: 'direct', speakers: ['p2'] },
    { span: at('الوفد وصل إلى دمشق'), mode: 'indirect', speakers: ['u1'] },
  ],
  events: [{ attendees: ['p1'], locations: ['p3'] }],
};

describe('the scorer', () => {
  it('marks a statement inside a longer gold statement optional', () => {
    expect(gold.statements.map((s) => s.optional)).toEqual([false, true, false, false]);
  });

  it('scores a perfect prediction 1.0 everywhere (missing an optional statement costs nothing)', () => {
    const f = figuresOf(scoreArticle(gold, perfect));
    expect(f.statements).toMatchObject({ precision: 1, recall: 1, f1: 1, speakerAccuracy: 1, attributedF1: 1, modeAccuracy: 1, exactSpanRate: 1 });
    expect(f.entities.Person.f1).toBe(1);
    expect(f.entities.Place.f1).toBe(1);
    expect(f.linkAccuracy).toBe(1);
    expect(f.eventRecall).toBe(1);
  });

  it('scores an empty prediction 0', () => {
    const f = figuresOf(scoreArticle(gold, { entities: [], statements: [], events: [] }));
    expect(f.statements.f1).toBe(0);
    expect(f.statements.attributedF1).toBe(0);
    expect(f.entities.Person.f1).toBe(0);
    expect(f.eventRecall).toBe(0);
  });

  it('lowers only attributed F1 and speaker accuracy for a wrong speaker', () => {
    const wrong = { ...perfect, statements: perfect.statements.map((s, i) => (i === 1 ? { ...s, speakers: ['p1'] } : s)) };
    const f = figuresOf(scoreArticle(gold, wrong));
    expect(f.statements.f1).toBe(1);
    expect(f.statements.modeAccuracy).toBe(1);
    expect(f.statements.speakerAccuracy).toBeCloseTo(2 / 3);
    expect(f.statements.attributedF1).toBeCloseTo(2 / 3);
  });

  it('counts an unnamed gold speaker right only when the prediction names no gold entity', () => {
    const named = { ...perfect, statements: perfect.statements.map((s, i) => (i === 2 ? { ...s, speakers: ['p2'] } : s)) };
    expect(figuresOf(scoreArticle(gold, named)).statements.speakerAccuracy).toBeCloseTo(2 / 3);
  });

  it('matches spans that overlap by half of the shorter one, one to one, and rates exact spans', () => {
    const loose = { ...perfect, statements: [{ span: { start: at('الحوار مفيد جدا').start, end: at('الحوار مفيد جدا').end + 1 }, mode: 'indirect' as const, speakers: ['p1'] }, { span: at('مفيد جدا'), mode: 'partial' as const, speakers: ['p1'] }] };
    const f = figuresOf(scoreArticle(gold, loose));
    expect(f.statements.matched).toBe(2);
    expect(f.statements.exactSpanRate).toBe(0);
    expect(f.statements.precision).toBe(1);
  });

  it('matches entities by normalised surface and counts a wrong QID against link accuracy only', () => {
    const relinked = { ...perfect, entities: perfect.entities.map((e) => (e.key === 'p1' ? { ...e, qid: 'Q2', names: ['سامى'] } : e)) };
    const f = figuresOf(scoreArticle(gold, relinked));
    expect(f.entities.Person.f1).toBe(1);
    expect(f.linkAccuracy).toBe(0.5);
    expect(evalNormalize('إِلى مدرسةٌ')).toBe('الي مدرسه');
  });

  it('scores event dates: right of the found gold events with a date, false on events gold leaves undated', () => {
    const dated = parseGold('g.json', JSON.stringify({
      entities: { sami: { type: 'Person', wikidata: 'Q1', surface: ['سامي'] }, damascus: { type: 'Place', wikidata: 'Q3766', surface: ['دمشق'] }, hind: { type: 'Person', wikidata: null, surface: ['هند'] } },
      events: [{ participants: ['sami'], locations: ['damascus'], date: '2019-05-22' }, { participants: ['hind'], locations: [], date: null }],
      statements: [],
    }), text);
    const events = (first?: string, second?: string, third?: string) => ({ ...perfect, statements: [], events: [
      { attendees: ['p1'], locations: ['p3'], ...(first ? { startDate: first } : {}) },
      { attendees: ['p2'], locations: [], ...(second ? { startDate: second } : {}) },
      { attendees: ['p9'], locations: [], ...(third ? { startDate: third } : {}) },
    ] });
    expect(figuresOf(scoreArticle(dated, events('2019-05-22'))).eventDates).toEqual({ accuracy: 1, gold: 1, found: 1, right: 1, false: 0, wrong: 0, unmatched: 0 });
    expect(figuresOf(scoreArticle(dated, events('2019-05-21', '2019-05-20', '2019-05-19'))).eventDates).toEqual({ accuracy: 0, gold: 1, found: 1, right: 0, false: 1, wrong: 1, unmatched: 1 });
    expect(figuresOf(scoreArticle(dated, events())).eventRecall).toBe(1);
  });

  it('finds an event only with an attendee and a location among gold\'s', () => {
    expect(figuresOf(scoreArticle(gold, { ...perfect, events: [{ attendees: ['p1'], locations: [] }] })).eventRecall).toBe(0);
  });
});

describe('reliability', () => {
  it('gives attributed P/R at confidence ≥ 0.8 and the observed precision per bucket', () => {
    const judged = [
      { confidence: 0.95, right: true },
      { confidence: 0.85, right: true },
      { confidence: 0.85, right: false },
      { confidence: 0.4, right: false },
      { confidence: 1, right: true },
    ];
    const r = reliabilityOf(judged, 6);
    expect(r.confident).toMatchObject({ predicted: 4, right: 3, precision: 0.75, recall: 0.5 });
    expect(r.buckets.find((b) => b.from === 0.8)).toMatchObject({ statements: 2, precision: 0.5 });
    expect(r.buckets.find((b) => b.from === 0.9)).toMatchObject({ statements: 2, precision: 1 });
    expect(r.buckets.find((b) => b.from === 0)).toMatchObject({ statements: 1, precision: 0 });
  });
});
