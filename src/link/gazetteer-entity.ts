// Entities made from gazetteer entries, and the places they lie in, for the article's graph.
import type { Entity } from '../types.js';
import type { Resources } from '../resources.js';

export function entityFromGazetteer(id: string, resources: Resources): Entity {
  const entry = resources.gazetteer.entries.get(id);
  if (!entry) throw new Error(`gazetteer has no entry ${id}`);
  return {
    key: `gz:${id}`,
    type: entry.type,
    classes: entry.classes.length > 0 ? [...entry.classes] : [entry.type],
    nameAr: entry.prefAr ?? entry.altAr[0] ?? entry.prefEn ?? id,
    nameEn: entry.prefEn,
    qid: entry.qid,
    jobTitles: [],
    containedIn: entry.containedIn.map((parent) => `gz:${parent}`),
    gender: entry.gender,
    nationality: entry.nationality,
  };
}

/** Adds every place an entity of the map lies in, transitively, as an implicit entity. */
export function addContainers(entities: Map<string, Entity>, resources: Resources): void {
  const pending = [...entities.values()];
  while (pending.length > 0) {
    for (const parent of (pending.pop() as Entity).containedIn) {
      if (entities.has(parent) || !parent.startsWith('gz:')) continue;
      const container: Entity = { ...entityFromGazetteer(parent.slice(3), resources), implicit: true };
      entities.set(parent, container);
      pending.push(container);
    }
  }
}
