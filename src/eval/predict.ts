// Turns an analysed article into what the scorer compares with gold.
import type { ArticleDoc } from '../types.js';
import type { Prediction } from './types.js';
import { ancestors } from '../link/containment.js';

export function predictionOf(doc: ArticleDoc): Prediction {
  const entities = [...doc.entities.values()]
    .filter((e) => !e.implicit && !e.unnamed)
    .map((e) => ({
      key: e.key,
      type: e.type,
      qid: e.qid,
      names: [e.nameAr, ...doc.mentions.filter((m) => m.entity === e.key).map((m) => doc.text.slice(m.start, m.end))],
    }));
  const statements = doc.statements.map((s) => ({ span: s.content, mode: s.mode, speakers: s.speakers, rule: s.rule, confidence: s.confidence }));
  const chain = (key: string): string[] => [key, ...ancestors(key, doc.entities)];
  const events = doc.events.map((e) => ({ attendees: e.attendees, locations: [...new Set(e.locations.flatMap(chain))], ...(e.startDate ? { startDate: e.startDate.value } : {}) }));
  return { entities, statements, events };
}
