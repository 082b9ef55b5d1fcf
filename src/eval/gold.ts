// Reads a gold file: entities, statements located in the article by their exact text and nth
// occurrence, and events. A gold statement inside a longer gold statement is optional.
import { AkhbarError } from '../errors.js';
import type { EntityType, SpeechMode } from '../types.js';
import type { GoldArticle } from './types.js';

interface GoldJson {
  entities: Record<string, { type: EntityType; wikidata: string | null; surface: string[] }>;
  events?: { participants: string[]; locations: string[]; date?: string | null }[];
  statements: { speakers: string[]; mode: SpeechMode; text: string; nth?: number }[];
}

export function parseGold(file: string, json: string, articleText: string): GoldArticle {
  let data: GoldJson;
  try {
    data = JSON.parse(json) as GoldJson;
  } catch (cause) {
    throw new AkhbarError('E_DATA', `malformed gold file: ${(cause as Error).message}`, { file, cause });
  }
  const entities = Object.entries(data.entities ?? {}).map(([key, e]) => ({ key, type: e.type, qid: e.wikidata ?? undefined, surfaces: e.surface ?? [] }));
  const located = (data.statements ?? []).map((s, i) => {
    const start = nthIndexOf(articleText, s.text, s.nth ?? 0);
    if (start < 0) throw new AkhbarError('E_DATA', `statement ${i} is not in the article: ${s.text.slice(0, 40)}`, { file });
    return { start, end: start + s.text.length, mode: s.mode, speakers: s.speakers };
  });
  const statements = located.map((s, i) => ({
    ...s,
    optional: located.some((o, j) => j !== i && o.start <= s.start && s.end <= o.end && o.end - o.start > s.end - s.start),
  }));
  return { entities, statements, events: (data.events ?? []).map((e) => ({ participants: e.participants ?? [], locations: e.locations ?? [], ...(e.date ? { date: e.date } : {}) })) };
}

function nthIndexOf(text: string, needle: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
