// The runner: a plain list of stages, each ArticleDoc → ArticleDoc, in the order of pipeline.md.
import type { ArticleDoc, ArticleMeta } from './types.js';
import type { Resources } from './resources.js';
import { normalizeStage, segmentStage } from './segment/stage.js';
import { recognize } from './ner/recognize.js';
import { link } from './link/link.js';
import { attribute } from './quotes/attribute.js';
import { buildEvents } from './events/events.js';
import { readDates } from './events/dates.js';
import { assignConfidence } from './quotes/confidence.js';

export type Stage = (doc: ArticleDoc, resources: Resources) => ArticleDoc;

export const STAGES: readonly [string, Stage][] = [
  ['normalize', normalizeStage],
  ['segment', segmentStage],
  ['recognize', recognize],
  ['link', link],
  ['attribute', attribute],
  ['confidence', assignConfidence],
  ['dates', readDates],
  ['events', buildEvents],
];

export function emptyDoc(id: string, source: string, text: string, meta: ArticleMeta = {}): ArticleDoc {
  return { id, source, text, meta, norm: '', normToRaw: new Int32Array(0), blocks: [], sentences: [], tokens: [], candidates: [], triggers: [], dates: [], entities: new Map(), mentions: [], events: [], eventMentions: [], statements: [] };
}

export interface AnalyzeOptions {
  meta?: ArticleMeta;
  source?: string;
  /** Drop statements whose confidence is below this, before events take occasions and attendees from them. */
  minConfidence?: number;
  /** Told the name of each stage as it starts: what a time budget reports when it runs out. */
  onStage?: (name: string) => void;
}

/** Runs every stage over one article's text. */
export function analyze(id: string, text: string, resources: Resources, options: AnalyzeOptions = {}): ArticleDoc {
  let doc = emptyDoc(id, options.source ?? id, text, options.meta);
  for (const [name, stage] of STAGES) {
    options.onStage?.(name);
    doc = stage(doc, resources);
    const min = options.minConfidence;
    if (name === 'confidence' && min !== undefined) doc = { ...doc, statements: doc.statements.filter((s) => (s.confidence ?? 1) >= min) };
  }
  return doc;
}
