// Figures from counts: per article and summed over a set, printed as a table or JSON.
import type { EntityType } from '../types.js';
import { ENTITY_TYPES, type ArticleCounts } from './score.js';

export interface Figures {
  statements: { precision: number; recall: number; f1: number; speakerAccuracy: number; attributedF1: number; modeAccuracy: number; exactSpanRate: number; predicted: number; gold: number; matched: number };
  entities: Record<EntityType, { precision: number; recall: number; f1: number; linkAccuracy: number; predicted: number; gold: number }>;
  /** Of the gold entities with a QID that were found, the share whose predicted QID is right. */
  linkAccuracy: number;
  eventRecall: number;
  /** Of the gold events with a date that were found, the share that a finding prediction gives that date; with the counts. */
  eventDates: { accuracy: number; gold: number; found: number; right: number; false: number; wrong: number; unmatched: number };
}

const ratio = (a: number, b: number): number => (b === 0 ? (a === 0 ? 1 : 0) : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function sumCounts(all: readonly ArticleCounts[]): ArticleCounts {
  const zero = (): ArticleCounts => ({
    statements: { predicted: 0, gold: 0, matched: 0, speakerRight: 0, modeRight: 0, exact: 0 },
    entities: Object.fromEntries(ENTITY_TYPES.map((t) => [t, { predicted: 0, gold: 0, matched: 0, linkable: 0, linkedRight: 0 }])) as ArticleCounts['entities'],
    events: { gold: 0, found: 0, goldDates: 0, datedFound: 0, rightDates: 0, falseDates: 0, wrongDates: 0, unmatchedDates: 0 },
  });
  return all.reduce((sum, c) => {
    for (const k of Object.keys(sum.statements) as (keyof ArticleCounts['statements'])[]) sum.statements[k] += c.statements[k];
    for (const t of ENTITY_TYPES) for (const k of Object.keys(sum.entities[t]) as (keyof ArticleCounts['entities'][EntityType])[]) sum.entities[t][k] += c.entities[t][k];
    for (const k of Object.keys(sum.events) as (keyof ArticleCounts['events'])[]) sum.events[k] += c.events[k];
    return sum;
  }, zero());
}

export function figuresOf(c: ArticleCounts): Figures {
  const s = c.statements;
  const precision = ratio(s.matched, s.predicted);
  const recall = ratio(s.matched, s.gold);
  const attributedF1 = f1(ratio(s.speakerRight, s.predicted), ratio(s.speakerRight, s.gold));
  return {
    statements: { precision, recall, f1: f1(precision, recall), speakerAccuracy: ratio(s.speakerRight, s.matched), attributedF1, modeAccuracy: ratio(s.modeRight, s.matched), exactSpanRate: ratio(s.exact, s.matched), predicted: s.predicted, gold: s.gold, matched: s.matched },
    entities: Object.fromEntries(
      ENTITY_TYPES.map((t) => {
        const e = c.entities[t];
        const p = ratio(e.matched, e.predicted);
        const r = ratio(e.matched, e.gold);
        return [t, { precision: p, recall: r, f1: f1(p, r), linkAccuracy: ratio(e.linkedRight, e.linkable), predicted: e.predicted, gold: e.gold }];
      }),
    ) as Figures['entities'],
    linkAccuracy: ratio(ENTITY_TYPES.reduce((n, t) => n + c.entities[t].linkedRight, 0), ENTITY_TYPES.reduce((n, t) => n + c.entities[t].linkable, 0)),
    eventRecall: ratio(c.events.found, c.events.gold),
    eventDates: { accuracy: ratio(c.events.rightDates, c.events.datedFound), gold: c.events.goldDates, found: c.events.datedFound, right: c.events.rightDates, false: c.events.falseDates, wrong: c.events.wrongDates, unmatched: c.events.unmatchedDates },
  };
}

const pct = (x: number): string => x.toFixed(2).padStart(5);

/** One line per article and one overall: the headline figures first. */
export function formatFigures(rows: readonly { name: string; figures: Figures }[]): string {
  const header = 'article   stmt P    R    F1 | spkAcc attrF1 mode exact | Person F1 Place F1 Org F1 | link | events';
  const lines = rows.map(({ name, figures: f }) => {
    const s = f.statements;
    const e = f.entities;
    return `${name.padEnd(9)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} | ${pct(s.speakerAccuracy)}  ${pct(s.attributedF1)} ${pct(s.modeAccuracy)} ${pct(s.exactSpanRate)} | ${pct(e.Person.f1)}    ${pct(e.Place.f1)}   ${pct(e.Organization.f1)}  | ${pct(f.linkAccuracy)} | ${pct(f.eventRecall)}`;
  });
  return [header, ...lines].join('\n');
}

/** The overall event line: recall, and how the dates of events compare with gold's. */
export function formatEventFigures(figures: Figures, counts: ArticleCounts['events']): string {
  const d = figures.eventDates;
  return [
    `events, overall: ${counts.found} of ${counts.gold} gold found (recall ${figures.eventRecall.toFixed(2)})`,
    `event dates: ${d.right} right of ${d.found} found gold events with a date (${d.gold} gold dates); ${d.false} false (on events gold leaves undated), ${d.wrong} wrong, ${d.unmatched} on events gold lacks`,
  ].join('\n');
}

/** Per type: P, R, F1 and link accuracy, for the overall block. */
export function formatEntityFigures(figures: Figures): string {
  return ENTITY_TYPES.map((t) => {
    const e = figures.entities[t];
    return `  ${t.padEnd(12)} P ${pct(e.precision)}  R ${pct(e.recall)}  F1 ${pct(e.f1)}  link ${pct(e.linkAccuracy)}  (${e.predicted} predicted, ${e.gold} gold)`;
  }).join('\n');
}

/** The errors of one article, each with its text. */
export function formatErrors(name: string, text: string, counts: ArticleCounts): string {
  const e = counts.errors;
  if (!e) return '';
  const cut = (span: { start: number; end: number }) => text.slice(span.start, span.end).replace(/\s+/g, ' ').slice(0, 90);
  return [
    `== ${name}`,
    ...e.missed.map((m) => `  missed   [${m.speakers.join('+')}] ${cut(m)}`),
    ...e.spurious.map((m) => `  spurious ${cut(m)}`),
    ...e.wrongSpeaker.map((m) => `  speaker  gold ${m.gold.join('+')} ≠ ${m.predicted.map((k) => k ?? '?').join('+')}: ${cut(m)}`),
    ...e.wrongMode.map((m) => `  mode     gold ${m.gold} ≠ ${m.predicted}: ${cut(m)}`),
  ].join('\n');
}

/** Confidence buckets of the reliability table: [from, to), the last one closed. */
const BUCKETS: [number, number][] = [[0, 0.5], [0.5, 0.6], [0.6, 0.7], [0.7, 0.8], [0.8, 0.9], [0.9, 1]];
/** The confidence at and above which statements are counted as "confident". */
export const CONFIDENT = 0.8;

export interface Reliability {
  /** Attributed precision and recall of the statements with confidence ≥ 0.8 alone. */
  confident: { threshold: number; predicted: number; right: number; precision: number; recall: number };
  buckets: { from: number; to: number; statements: number; meanConfidence: number; precision: number }[];
}

/** How well confidence predicts correctness: P/R at ≥ 0.8, and observed precision per confidence bucket. */
export function reliabilityOf(judged: readonly { confidence: number; right: boolean }[], gold: number): Reliability {
  const confident = judged.filter((j) => j.confidence >= CONFIDENT);
  const right = confident.filter((j) => j.right).length;
  const buckets = BUCKETS.map(([from, to], i) => {
    const inside = judged.filter((j) => j.confidence >= from && (j.confidence < to || (i === BUCKETS.length - 1 && j.confidence <= to)));
    const mean = inside.reduce((sum, j) => sum + j.confidence, 0) / (inside.length || 1);
    return { from, to, statements: inside.length, meanConfidence: mean, precision: ratio(inside.filter((j) => j.right).length, inside.length) };
  });
  return { confident: { threshold: CONFIDENT, predicted: confident.length, right, precision: ratio(right, confident.length), recall: ratio(right, gold) }, buckets };
}

export function formatReliability(r: Reliability): string {
  const c = r.confident;
  const lines = [
    `confidence ≥ ${c.threshold}: ${c.predicted} statements, attributed P ${pct(c.precision)} R ${pct(c.recall)}`,
    'reliability: confidence bucket → statements, mean confidence, observed attributed precision',
    ...r.buckets.map((b) => `  ${b.from.toFixed(1)}–${b.to.toFixed(1)}  ${String(b.statements).padStart(4)}  ${b.statements ? b.meanConfidence.toFixed(2) : '   -'}  ${b.statements ? pct(b.precision) : '   -'}`),
  ];
  return lines.join('\n');
}
