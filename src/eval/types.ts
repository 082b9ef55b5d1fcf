// The shapes of gold annotation (../shared/corpus/dev/GUIDELINES.md) and of predictions, as the scorer reads them.
import type { EntityType, SpeechMode, Span } from '../types.js';

export interface GoldEntity {
  key: string;
  type: EntityType;
  qid?: string;
  surfaces: string[];
}

export interface ScoredStatement extends Span {
  mode: SpeechMode;
  /** Gold: entity keys or "unnamed". Predicted: the gold keys the predicted speakers map to (undefined for none). */
  speakers: (string | undefined)[];
}

export interface GoldEvent {
  participants: string[];
  locations: string[];
  /** The day the text gives it (YYYY-MM-DD), if any. */
  date?: string;
}

export interface GoldArticle {
  entities: GoldEntity[];
  statements: (ScoredStatement & { optional: boolean })[];
  events: GoldEvent[];
}

export interface PredictedEntity {
  key: string;
  type: EntityType;
  qid?: string;
  /** Its names and every mention string. */
  names: string[];
}

export interface PredictedEvent {
  attendees: string[];
  /** The location and every place it lies in. */
  locations: string[];
  /** Its schema:startDate (YYYY-MM-DD), if any. */
  startDate?: string;
}

export interface Prediction {
  entities: PredictedEntity[];
  statements: { span: Span; mode: SpeechMode; speakers: string[]; rule?: string; confidence?: number }[];
  events: PredictedEvent[];
}
