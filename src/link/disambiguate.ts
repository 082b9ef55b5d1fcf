// Chooses among gazetteer entries that share a name (one city's name in two countries; a country and its capital of one name).
import type { Gazetteer, GazetteerEntry } from '../lexicon/gazetteer.js';

const TYPE_PRIORITY = ['Country', 'State', 'City'];

/** The entry to link to, given the gazetteer ids named unambiguously elsewhere in the article. */
export function chooseEntry(ids: readonly string[], gazetteer: Gazetteer, articleIds: ReadonlySet<string>): GazetteerEntry | undefined {
  const entries = ids.map((id) => gazetteer.entries.get(id)).filter((e): e is GazetteerEntry => e !== undefined);
  if (entries.length <= 1) return entries[0];
  const score = (e: GazetteerEntry): number[] => [
    e.containedIn.some((parent) => articleIds.has(parent)) ? 1 : 0,
    articleIds.has(e.id) ? 1 : 0,
    -rank(e.classes[0]),
    e.population ?? 0,
  ];
  return [...entries].sort((a, b) => compareScores(score(b), score(a)) || a.id.localeCompare(b.id))[0];
}

function rank(cls: string | undefined): number {
  const index = TYPE_PRIORITY.indexOf(cls ?? '');
  return index < 0 ? TYPE_PRIORITY.length : index;
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}
