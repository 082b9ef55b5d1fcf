// The matching rules of docs/evaluation.md, on one article: statements by span overlap,
// entities by QID or normalised surface, events by an attendee and a location, their dates by equality.
import type { EntityType } from '../types.js';
import type { GoldArticle, GoldEvent, Prediction, PredictedEntity, PredictedEvent } from './types.js';

export const ENTITY_TYPES: EntityType[] = ['Person', 'Place', 'Organization'];

export interface StatementCounts {
  predicted: number;
  /** Required gold statements plus the optional ones that were found. */
  gold: number;
  matched: number;
  speakerRight: number;
  modeRight: number;
  exact: number;
}

export interface EntityCounts {
  predicted: number;
  gold: number;
  matched: number;
  /** Found gold entities that have a QID, and of those the ones whose predicted QID is right. */
  linkable: number;
  linkedRight: number;
}

/** What went wrong, for reading beside the gold file: spans are offsets into the article. */
export interface StatementErrors {
  missed: { start: number; end: number; speakers: string[] }[];
  spurious: { start: number; end: number }[];
  wrongSpeaker: { start: number; end: number; gold: string[]; predicted: (string | undefined)[] }[];
  wrongMode: { start: number; end: number; gold: string; predicted: string }[];
}

/**
 * Gold events found (by an attendee and a location) and, for dates: the gold events with a date,
 * those of them found, and those a finding prediction gives that date; the predicted dates on
 * events that match only gold events without a date (false), only gold events with another date
 * (wrong), or no gold event at all (unmatched).
 */
export interface EventCounts {
  gold: number;
  found: number;
  goldDates: number;
  datedFound: number;
  rightDates: number;
  falseDates: number;
  wrongDates: number;
  unmatchedDates: number;
}

export interface ArticleCounts {
  statements: StatementCounts;
  /** Per predicted statement, in order: whether it matched a gold statement and its speakers are right. */
  attributed?: boolean[];
  errors?: StatementErrors;
  entities: Record<EntityType, EntityCounts>;
  events: EventCounts;
}

/** The eval.md normal form: diacritics and tatweel removed; أ إ آ ٱ → ا; ى → ي; ة → ه. */
export function evalNormalize(text: string): string {
  return text
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .trim();
}

export function scoreArticle(gold: GoldArticle, prediction: Prediction): ArticleCounts {
  const { matches, goldOf } = matchEntities(gold, prediction.entities);
  const entities = Object.fromEntries(
    ENTITY_TYPES.map((type) => {
      const found = matches.filter(([p]) => p.type === type);
      const linkable = found.filter(([, g]) => g.qid !== undefined);
      return [type, {
        predicted: prediction.entities.filter((e) => e.type === type).length,
        gold: gold.entities.filter((e) => e.type === type).length,
        matched: found.length,
        linkable: linkable.length,
        linkedRight: linkable.filter(([p, g]) => p.qid === g.qid).length,
      }];
    }),
  ) as Record<EntityType, EntityCounts>;
  const mapped = (keys: readonly string[]) => keys.map((k) => goldOf.get(k));
  const errors: StatementErrors = { missed: [], spurious: [], wrongSpeaker: [], wrongMode: [] };
  const attributed: boolean[] = prediction.statements.map(() => false);
  return {
    statements: scoreStatements(gold, prediction, mapped, errors, attributed),
    attributed,
    errors,
    entities,
    events: scoreEvents(gold, prediction, mapped),
  };
}

function scoreEvents(gold: GoldArticle, prediction: Prediction, mapped: (keys: readonly string[]) => (string | undefined)[]): EventCounts {
  const matches = (g: GoldEvent, p: PredictedEvent): boolean => {
    const attendees = mapped(p.attendees);
    const locations = mapped(p.locations);
    return (g.participants.length === 0 || attendees.some((a) => a !== undefined && g.participants.includes(a))) && (g.locations.length === 0 || locations.some((l) => l !== undefined && g.locations.includes(l)));
  };
  const finders = gold.events.map((g) => prediction.events.filter((p) => matches(g, p)));
  const dated = gold.events.map((g, i) => ({ g, finders: finders[i] as PredictedEvent[] })).filter(({ g }) => g.date !== undefined);
  const counts: EventCounts = {
    gold: gold.events.length,
    found: finders.filter((f) => f.length > 0).length,
    goldDates: dated.length,
    datedFound: dated.filter(({ finders }) => finders.length > 0).length,
    rightDates: dated.filter(({ g, finders }) => finders.some((p) => p.startDate === g.date)).length,
    falseDates: 0,
    wrongDates: 0,
    unmatchedDates: 0,
  };
  for (const p of prediction.events) {
    if (p.startDate === undefined) continue;
    const found = gold.events.filter((g) => matches(g, p));
    if (found.length === 0) counts.unmatchedDates++;
    else if (found.every((g) => g.date === undefined)) counts.falseDates++;
    else if (!found.some((g) => g.date === p.startDate)) counts.wrongDates++;
  }
  return counts;
}

function scoreStatements(gold: GoldArticle, prediction: Prediction, mapped: (keys: readonly string[]) => (string | undefined)[], errors: StatementErrors, attributed: boolean[]): StatementCounts {
  const pairs: { p: number; g: number; quality: number }[] = [];
  prediction.statements.forEach((p, pi) => {
    gold.statements.forEach((g, gi) => {
      const overlap = Math.min(p.span.end, g.end) - Math.max(p.span.start, g.start);
      const shorter = Math.min(p.span.end - p.span.start, g.end - g.start);
      if (overlap > 0 && overlap >= shorter / 2) pairs.push({ p: pi, g: gi, quality: overlap / (Math.max(p.span.end, g.end) - Math.min(p.span.start, g.start)) });
    });
  });
  pairs.sort((a, b) => b.quality - a.quality || a.p - b.p || a.g - b.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const counts: StatementCounts = { predicted: prediction.statements.length, gold: 0, matched: 0, speakerRight: 0, modeRight: 0, exact: 0 };
  for (const { p, g } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    const predicted = prediction.statements[p] as Prediction['statements'][number];
    const truth = gold.statements[g] as GoldArticle['statements'][number];
    counts.matched++;
    if (sameSpeakers(truth.speakers as string[], mapped(predicted.speakers))) {
      counts.speakerRight++;
      attributed[p] = true;
    }
    else errors.wrongSpeaker.push({ ...predicted.span, gold: truth.speakers as string[], predicted: mapped(predicted.speakers) });
    if (truth.mode === predicted.mode) counts.modeRight++;
    else errors.wrongMode.push({ ...predicted.span, gold: truth.mode, predicted: predicted.mode });
    if (truth.start === predicted.span.start && truth.end === predicted.span.end) counts.exact++;
  }
  counts.gold = gold.statements.filter((s, i) => !s.optional || usedG.has(i)).length;
  gold.statements.forEach((g, i) => {
    if (!usedG.has(i) && !g.optional) errors.missed.push({ start: g.start, end: g.end, speakers: g.speakers as string[] });
  });
  prediction.statements.forEach((p, i) => {
    if (!usedP.has(i)) errors.spurious.push(p.span);
  });
  return counts;
}

/** The speaker sets must be equal; a gold "unnamed" is right when the prediction names no gold entity. */
function sameSpeakers(gold: readonly string[], predicted: readonly (string | undefined)[]): boolean {
  const named = new Set(gold.filter((k) => k !== 'unnamed'));
  const predictedNamed = new Set(predicted.filter((k): k is string => k !== undefined));
  if (named.size === 0) return predictedNamed.size === 0;
  return named.size === predictedNamed.size && [...named].every((k) => predictedNamed.has(k));
}

/**
 * One-to-one matches of predicted and gold entities of the same type (QID agreements first, then a
 * shared normalised name), and, for speakers and events, each predicted key's gold key.
 */
function matchEntities(gold: GoldArticle, predicted: readonly PredictedEntity[]) {
  const surfaces = new Map(gold.entities.map((g) => [g.key, new Set(g.surfaces.map(evalNormalize))]));
  const byQid = (p: PredictedEntity, g: GoldArticle['entities'][number]) => p.qid !== undefined && p.qid === g.qid;
  const byName = (p: PredictedEntity, g: GoldArticle['entities'][number]) => p.names.some((n) => surfaces.get(g.key)?.has(evalNormalize(n)));
  const matches: [PredictedEntity, GoldArticle['entities'][number]][] = [];
  const usedP = new Set<string>();
  const usedG = new Set<string>();
  for (const rule of [byQid, byName]) {
    for (const p of predicted) {
      if (usedP.has(p.key)) continue;
      const g = gold.entities.find((g) => !usedG.has(g.key) && g.type === p.type && rule(p, g));
      if (!g) continue;
      matches.push([p, g]);
      usedP.add(p.key);
      usedG.add(g.key);
    }
  }
  // Speakers and attendees map across types too: a capital that speaks may be gold's organisation.
  const goldOf = new Map<string, string>(matches.map(([p, g]) => [p.key, g.key]));
  for (const p of predicted) {
    if (goldOf.has(p.key)) continue;
    const g = gold.entities.find((g) => byQid(p, g)) ?? gold.entities.find((g) => byName(p, g));
    if (g) goldOf.set(p.key, g.key);
  }
  return { matches, goldOf };
}
