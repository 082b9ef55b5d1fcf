// Resolves a definite description (الزعيم الفلاني، الرئيس الفلاني) to a person the article names:
// the same title given earlier with a name, else the nearest person of the country its nisba names.
import type { ArticleDoc, Candidate, Entity, Mention } from '../types.js';
import type { Resources } from '../resources.js';

export function resolveDescription(candidate: Candidate, mentions: readonly Mention[], entities: ReadonlyMap<string, Entity>, doc: ArticleDoc, resources: Resources): string | undefined {
  const title = candidate.title;
  if (!title) return undefined;
  const text = resources.normalizer.normalize(doc.text.slice(title.start, title.end));
  const persons = personIndex(mentions, entities, doc, resources);
  // Nearest before it first (the latest in the list), then after it (the earliest).
  const nearest = (positions: readonly number[], test: (m: Mention) => boolean = () => true): Mention | undefined => {
    for (let i = positions.length - 1; i >= 0; i--) {
      const m = mentions[positions[i] as number] as Mention;
      if (m.start < candidate.start && test(m)) return m;
    }
    for (const p of positions) {
      const m = mentions[p] as Mention;
      if (m.start > candidate.start && test(m)) return m;
    }
    return undefined;
  };
  const sameTitle = nearest(persons.byTitle.get(text) ?? []) ?? nearest(persons.all, (m) => (persons.titles.get(m) ?? '').startsWith(`${text} `));
  if (sameTitle) return sameTitle.entity;
  // رئيس الولاية after رئيس ولاية كذا فلان …: a definite genitive calls back the construct title given with a name.
  const words = text.split(' ');
  const genitive = words.at(-1) ?? '';
  if (words.length >= 2 && genitive.startsWith('ال') && genitive.length > 4) {
    const construct = `${[...words.slice(0, -1), genitive.slice(2)].join(' ')} `;
    const calledBack = nearest(persons.all, (m) => (persons.titles.get(m) ?? '').startsWith(construct));
    if (calledBack) return calledBack.entity;
  }
  if (title.countries.length === 0) return undefined;
  const ofCountry = (m: Mention): boolean => {
    const entity = entities.get(m.entity);
    const nationality = entity?.nationality ?? m.title?.countries[0];
    return nationality !== undefined && title.countries.includes(nationality.replace(/^gz:/, ''));
  };
  // وزير الدفاع الفلاني is not that country's foreign minister: a portfolio the description names must be
  // one its person holds, when the article gives that person one.
  const portfolio = portfolioIn(text, resources);
  const holds = (m: Mention): boolean => {
    if (portfolio === undefined) return true;
    const held = (entities.get(m.entity)?.jobTitles ?? []).map((t) => portfolioIn(resources.normalizer.normalize(t), resources)).filter((p) => p !== undefined);
    return held.length === 0 || held.includes(portfolio);
  };
  const sameGroup = nearest(persons.all, (m) => ofCountry(m) && m.title?.group === title.group && holds(m));
  return (sameGroup ?? nearest(persons.all, (m) => ofCountry(m) && holds(m)))?.entity;
}

/** The portfolio a normalised title names (وزير الخارجية الفلاني → foreign affairs), if any. */
function portfolioIn(title: string, resources: Resources): string | undefined {
  const words = title.split(' ');
  for (let i = 0; i < words.length; i++) {
    const match = resources.lexicons.portfolios.longestAt(words.slice(i), { clitics: false });
    if (match) return match.value[0];
  }
  return undefined;
}

interface PersonIndex {
  /** How many of the mentions are indexed: link appends to the list as it resolves descriptions. */
  indexed: number;
  /** Positions of the mentions of persons, in list order. */
  all: number[];
  /** The same by their normalised title. */
  byTitle: Map<string, number[]>;
  titles: Map<Mention, string>;
}

const personIndexes = new WeakMap<readonly Mention[], PersonIndex>();

/**
 * The mentions of persons with their normalised titles, brought up to date with the list on each
 * call: each title is normalised once, where every description once normalised them all.
 * (Entity types do not change while link adds mentions.)
 */
function personIndex(mentions: readonly Mention[], entities: ReadonlyMap<string, Entity>, doc: ArticleDoc, resources: Resources): PersonIndex {
  const index: PersonIndex = personIndexes.get(mentions) ?? { indexed: 0, all: [], byTitle: new Map(), titles: new Map() };
  personIndexes.set(mentions, index);
  for (; index.indexed < mentions.length; index.indexed++) {
    const m = mentions[index.indexed] as Mention;
    if (entities.get(m.entity)?.type !== 'Person') continue;
    index.all.push(index.indexed);
    const title = m.title ? resources.normalizer.normalize(doc.text.slice(m.title.start, m.title.end)) : '';
    index.titles.set(m, title);
    const same = index.byTitle.get(title);
    if (same) same.push(index.indexed);
    else index.byTitle.set(title, [index.indexed]);
  }
  return index;
}
