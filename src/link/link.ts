// The link stage: candidates → entities and mentions. Gazetteer names are disambiguated, unknown
// names become local entities, definite descriptions (الزعيم الفلاني) and short names corefer.
import type { ArticleDoc, Candidate, Entity, Mention } from '../types.js';
import type { Resources } from '../resources.js';
import { chooseEntry } from './disambiguate.js';
import { addContainers, entityFromGazetteer } from './gazetteer-entity.js';
import { resolveDescription } from './descriptions.js';
import { findAliasMentions } from './aliases.js';
import { textContainment } from './containment.js';
import { findHeadNounMentions } from './head-nouns.js';
import { cliticFreeName, scopeNames } from './name-scope.js';

export function link(doc: ArticleDoc, resources: Resources): ArticleDoc {
  const { gazetteer } = resources;
  const entities = new Map<string, Entity>();
  const mentions: Mention[] = [];
  const unambiguous = new Set(doc.candidates.filter((c) => c.ids.length === 1).map((c) => c.ids[0] as string));

  const addMention = (candidate: Candidate, key: string): void => {
    mentions.push({ start: candidate.start, end: candidate.end, entity: key, tokenStart: candidate.tokenStart, tokenEnd: candidate.tokenEnd, title: candidate.title, via: candidate.via === 'title' && candidate.name === undefined ? 'coreference' : candidate.via });
    const entity = entities.get(key);
    if (entity && candidate.title) {
      const title = doc.text.slice(candidate.title.start, candidate.title.end);
      if (!entity.jobTitles.includes(title)) entity.jobTitles.push(title);
      entity.nationality ??= candidate.title.countries[0];
      entity.gender ??= candidate.title.gender;
    }
  };

  const names = new Map(doc.candidates.map((c) => [c, c.name === undefined ? undefined : cliticFreeName({ ...c, name: c.name }, resources)]));
  const fuller = new Map([...longerBodyNames(doc.candidates, names), ...fullerNames(doc.candidates, names)]);
  for (const candidate of doc.candidates) {
    if (candidate.ids.length > 0) {
      const entry = chooseEntry(candidate.ids, gazetteer, unambiguous);
      if (!entry) continue;
      const key = `gz:${entry.id}`;
      if (!entities.has(key)) entities.set(key, entityFromGazetteer(entry.id, resources));
      addMention(candidate, key);
    } else if (candidate.name !== undefined) {
      const name = names.get(candidate) as string;
      const key = `local:${candidate.type}:${fuller.get(`${candidate.type}:${name}`) ?? name}`;
      if (!entities.has(key)) {
        entities.set(key, { key, type: candidate.type, classes: [candidate.placeClass ?? candidate.type], nameAr: doc.text.slice(candidate.start, candidate.end), jobTitles: [], containedIn: [] });
      }
      addMention(candidate, key);
    }
  }
  // Definite descriptions and short names refer back to entities found above.
  for (const candidate of doc.candidates) {
    if (candidate.ids.length > 0 || candidate.name !== undefined) continue;
    const key = resolveDescription(candidate, mentions, entities, doc, resources);
    if (key) addMention(candidate, key);
  }
  mentions.push(...findAliasMentions(doc, entities, mentions, resources));
  mentions.push(...findHeadNounMentions(doc, entities, mentions, resources));
  for (const [from, to] of sameBodies(doc, mentions, entities)) {
    for (const m of mentions) if (m.entity === from) m.entity = to;
    entities.delete(from);
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  // One span, one referent: a span found twice keeps its first reading.
  const unique = mentions.filter((m, i) => i === 0 || m.start !== mentions[i - 1]?.start || m.end !== mentions[i - 1]?.end);
  textContainment(doc, unique, entities, resources);

  // The places mentioned places lie in, so that containment reads in the graph.
  addContainers(entities, resources);
  scopeNames(entities, unique, resources);
  return { ...doc, entities, mentions: unique };
}

/** A one-word local name that is the last word of a fuller one of the same type (الفلاني of فلان الفلاني) names the same entity. */
function fullerNames(candidates: readonly Candidate[], names: ReadonlyMap<Candidate, string | undefined>): Map<string, string> {
  const byLast = new Map<string, string>();
  for (const c of candidates) {
    const name = names.get(c);
    const words = name?.split(' ') ?? [];
    if (c.ids.length === 0 && name !== undefined && words.length > 1 && !byLast.has(`${c.type}:${words.at(-1)}`)) byLast.set(`${c.type}:${words.at(-1)}`, name);
  }
  return byLast;
}

/**
 * A local organisation's name that begins the name of exactly one other in the article names the same
 * body, written short (حكومة الوفاق of حكومة الوفاق الوطني، وزارة العدل of وزارة العدل الفلانية).
 */
function longerBodyNames(candidates: readonly Candidate[], names: ReadonlyMap<Candidate, string | undefined>): Map<string, string> {
  const bodies = [...new Set(candidates.filter((c) => c.type === 'Organization' && c.ids.length === 0).map((c) => names.get(c)).filter((n): n is string => n !== undefined))];
  const longer = new Map<string, string>();
  for (const name of bodies) {
    const fuller = bodies.filter((other) => other.startsWith(`${name} `));
    if (fuller.length === 1) longer.set(`Organization:${name}`, fuller[0] as string);
  }
  return longer;
}

/**
 * Local organisations the text itself equates with another body: one in brackets right after it
 * (الجهاز الفلاني (الاسم الآخر)، or the reverse), and a head with a definite genitive (حكومة الولاية)
 * after the same head in the construct state before a name (حكومة ولاية كذا). Each maps to the other
 * body's key, a gazetteer one first.
 */
function sameBodies(doc: ArticleDoc, mentions: readonly Mention[], entities: ReadonlyMap<string, Entity>): Map<string, string> {
  const bodies = mentions.filter((m) => entities.get(m.entity)?.type === 'Organization').sort((a, b) => a.start - b.start);
  const same = new Map<string, string>();
  const equate = (a: string, b: string): void => {
    if (a === b || same.has(a) || same.has(b)) return;
    if (a.startsWith('local:')) same.set(a, b);
    else if (b.startsWith('local:')) same.set(b, a);
  };
  for (let i = 0; i + 1 < bodies.length; i++) {
    const [first, second] = [bodies[i] as Mention, bodies[i + 1] as Mention];
    if (doc.tokens[first.tokenEnd]?.text === '(' && second.tokenStart === first.tokenEnd + 1 && doc.tokens[second.tokenEnd]?.text === ')') equate(second.entity, first.entity);
  }
  // حكومة الولاية after حكومة ولاية كذا: the construct head and its genitive's first word, without the article.
  const words = new Map(bodies.map((m) => [m, doc.tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.norm)]));
  for (const short of bodies) {
    const [head, genitive, ...rest] = words.get(short) as string[];
    if (!head || !genitive?.startsWith('ال') || rest.length > 0 || !short.entity.startsWith('local:')) continue;
    const fuller = bodies.find((m) => {
      const name = words.get(m) as string[];
      return m.entity !== short.entity && m.start < short.start && name.length > 2 && name[0] === head && name[1] === genitive.slice(2);
    });
    if (fuller) equate(short.entity, fuller.entity);
  }
  return same;
}
