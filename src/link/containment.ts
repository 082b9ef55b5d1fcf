// Nesting the text states between places: "مدينة في ولاية"، "قاعدة … في مدينة … بولاية …".
// A place followed by في / بـ (and at most a head noun such as ولاية) and a broader place lies in it.
import type { ArticleDoc, Entity, Mention, Token } from '../types.js';
import type { Resources } from '../resources.js';

// Narrow to broad: a place may lie only in a place of a higher rank.
const RANK: Record<string, number> = { MilitaryBase: 0, Place: 0, City: 1, AdministrativeArea: 2, State: 2, Country: 3, BodyOfWater: 3, Continent: 4 };
const MAX_GAP = 2;

export function textContainment(doc: ArticleDoc, mentions: readonly Mention[], entities: Map<string, Entity>, resources: Resources): void {
  const places = mentions.filter((m) => entities.get(m.entity)?.type === 'Place');
  for (let i = 0; i + 1 < places.length; i++) {
    const inner = places[i] as Mention;
    const outer = places[i + 1] as Mention;
    if (doc.tokens[inner.tokenStart]?.sentence !== doc.tokens[outer.tokenStart]?.sentence) continue;
    if (outer.tokenStart - inner.tokenEnd > MAX_GAP || !joinedByPreposition(doc, inner, outer, resources)) continue;
    const child = entities.get(inner.entity) as Entity;
    const parent = entities.get(outer.entity) as Entity;
    if (rank(child) >= rank(parent) || ancestors(parent.key, entities).includes(child.key) || ancestors(child.key, entities).includes(parent.key)) continue;
    entities.set(child.key, { ...child, containedIn: [...child.containedIn, parent.key] });
  }
}

function rank(entity: Entity): number {
  return RANK[entity.classes[0] ?? 'Place'] ?? 0;
}

/** Every place a place lies in, by the containment known for this article (gazetteer and text), nearest first. */
export function ancestors(key: string, entities: ReadonlyMap<string, Entity>): string[] {
  const out: string[] = [];
  const queue = [...(entities.get(key)?.containedIn ?? [])];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (out.includes(next) || next === key) continue;
    out.push(next);
    queue.push(...(entities.get(next)?.containedIn ?? []));
  }
  return out;
}

/** في between them, or ب/ل written on the outer name or on a head noun before it (بولاية …). */
function joinedByPreposition(doc: ArticleDoc, inner: Mention, outer: Mention, resources: Resources): boolean {
  const own = doc.tokens[outer.tokenStart] as Token;
  if (outer.start > own.start && /^و?[ب]/.test(own.norm)) return true;
  for (let k = inner.tokenEnd; k < outer.tokenStart; k++) {
    const token = doc.tokens[k] as Token;
    if (resources.lexicons.placePrepositions.has(token.norm) && token.norm !== 'الي') return true;
    if (/^ب/.test(token.norm) && resources.lexicons.nameHeads.longestAt([token.norm])) return true;
  }
  return false;
}
