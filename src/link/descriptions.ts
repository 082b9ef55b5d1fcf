// Resolves a definite description (الزعيم الروسي، الرئيس الأمريكي) to a person the article names:
// the same title given earlier with a name, else the nearest person of the country its nisba names.
import type { ArticleDoc, Candidate, Entity, Mention } from '../types.js';
import type { Resources } from '../resources.js';

export function resolveDescription(candidate: Candidate, mentions: readonly Mention[], entities: ReadonlyMap<string, Entity>, doc: ArticleDoc, resources: Resources): string | undefined {
  const title = candidate.title;
  if (!title) return undefined;
  const { normalizer } = resources;
  const text = normalizer.normalize(doc.text.slice(title.start, title.end));
  const persons = mentions.filter((m) => entities.get(m.entity)?.type === 'Person');
  // Nearest before it first, then after it.
  const ordered = [...persons.filter((m) => m.start < candidate.start).reverse(), ...persons.filter((m) => m.start > candidate.start)];
  const titleOf = (m: Mention) => (m.title ? normalizer.normalize(doc.text.slice(m.title.start, m.title.end)) : '');
  const sameTitle = ordered.find((m) => titleOf(m) === text) ?? ordered.find((m) => titleOf(m).startsWith(`${text} `));
  if (sameTitle) return sameTitle.entity;
  if (title.countries.length === 0) return undefined;
  const ofCountry = (m: Mention): boolean => {
    const entity = entities.get(m.entity);
    const nationality = entity?.nationality ?? m.title?.countries[0];
    return nationality !== undefined && title.countries.includes(nationality.replace(/^gz:/, ''));
  };
  const sameGroup = ordered.find((m) => ofCountry(m) && m.title?.group === title.group);
  return (sameGroup ?? ordered.find(ofCountry))?.entity;
}
