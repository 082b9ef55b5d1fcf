// The gazetteer as the matchers see it: entities read from its RDF, indexed by every label.
import type { Quad } from '@rdfjs/types';
import type { EntityType } from '../types.js';
import type { Normalizer } from '../normalize/arabic.js';
import { PhraseIndex } from './phrase-index.js';
import { LATIN_ACRONYM, wordsOf } from './words.js';
import { NS } from '../rdf/vocabulary.js';

export interface GazetteerEntry {
  /** Local name in the gazetteer namespace: `Q159` or a slug. */
  id: string;
  type: EntityType;
  /** Most specific class first, local names in schema: or akh:. */
  classes: string[];
  prefAr?: string;
  prefEn?: string;
  altAr: string[];
  qid?: string;
  containedIn: string[];
  nationality?: string;
  gender?: 'm' | 'f';
  demonyms: string[];
  roleLabels: string[];
  population?: number;
}

export interface Gazetteer {
  entries: Map<string, GazetteerEntry>;
  /** Arabic labels → entry ids. */
  names: PhraseIndex<string>;
  /** Demonym forms (روسي، الروسية، الأمريكيين) → country ids. */
  demonyms: PhraseIndex<string>;
}

const TYPE_OF_CLASS: Record<string, EntityType> = {
  Person: 'Person',
  Organization: 'Organization',
  GovernmentOrganization: 'Organization',
  Place: 'Place',
  Country: 'Place',
  State: 'Place',
  City: 'Place',
  Continent: 'Place',
  BodyOfWater: 'Place',
  AdministrativeArea: 'Place',
  MilitaryBase: 'Place',
};
// More specific classes first, so `classes[0]` is the one to show.
const CLASS_ORDER = ['MilitaryBase', 'City', 'State', 'Country', 'Continent', 'BodyOfWater', 'AdministrativeArea', 'Place', 'GovernmentOrganization', 'Organization', 'Person'];
// Suffixes that inflect a masculine nisba: feminine, dual, plural.
const DEMONYM_SUFFIXES = ['', 'ه', 'ين', 'ون', 'ان', 'تين', 'تان', 'ات'];

export function compileGazetteer(quads: Iterable<Quad>, normalizer: Normalizer): Gazetteer {
  const entries = new Map<string, GazetteerEntry>();
  const entry = (iri: string): GazetteerEntry | undefined => {
    if (!iri.startsWith(NS.gz)) return undefined;
    const id = iri.slice(NS.gz.length);
    let found = entries.get(id);
    if (!found) {
      found = { id, type: 'Place', classes: [], altAr: [], containedIn: [], demonyms: [], roleLabels: [] };
      entries.set(id, found);
    }
    return found;
  };
  for (const quad of quads) {
    const subject = entry(quad.subject.value);
    if (!subject) continue;
    const p = quad.predicate.value;
    const o = quad.object;
    const lang = o.termType === 'Literal' ? o.language : '';
    if (p === NS.rdf + 'type') {
      const local = o.value.startsWith(NS.schema) ? o.value.slice(NS.schema.length) : o.value.startsWith(NS.akh) ? o.value.slice(NS.akh.length) : undefined;
      if (local && TYPE_OF_CLASS[local] && !subject.classes.includes(local)) subject.classes.push(local);
    } else if (p === NS.skos + 'prefLabel') {
      if (lang === 'ar') subject.prefAr = o.value;
      if (lang === 'en') subject.prefEn = o.value;
    } else if (p === NS.skos + 'altLabel' && lang === 'ar') subject.altAr.push(o.value);
    else if (p === NS.owl + 'sameAs' && o.value.startsWith(NS.wd)) subject.qid = o.value.slice(NS.wd.length);
    else if (p === NS.schema + 'containedInPlace') {
      const parent = entry(o.value);
      if (parent && !subject.containedIn.includes(parent.id)) subject.containedIn.push(parent.id);
    } else if (p === NS.schema + 'nationality') subject.nationality = entry(o.value)?.id;
    else if (p === NS.schema + 'gender') subject.gender = o.value.endsWith('Female') ? 'f' : 'm';
    else if (p === NS.akh + 'demonym') subject.demonyms.push(o.value);
    else if (p === NS.akh + 'roleLabel') subject.roleLabels.push(o.value);
    else if (p === NS.schema + 'population') subject.population = Number(o.value);
  }
  const names = new PhraseIndex<string>();
  const demonyms = new PhraseIndex<string>();
  for (const e of [...entries.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    e.classes.sort((a, b) => CLASS_ORDER.indexOf(a) - CLASS_ORDER.indexOf(b));
    e.type = TYPE_OF_CLASS[e.classes[0] ?? 'Place'] ?? 'Place';
    for (const label of [e.prefAr, ...e.altAr]) if (label) names.add(wordsOf(normalizer, label), e.id);
    // Arabic prose keeps an organisation's Latin initials as they are (قالت ABC، لـXYZ).
    if (e.type === 'Organization' && e.prefEn && LATIN_ACRONYM.test(e.prefEn)) names.add(wordsOf(normalizer, e.prefEn), e.id);
    for (const demonym of e.demonyms) {
      const base = wordsOf(normalizer, demonym);
      const last = base.at(-1);
      if (!last) continue;
      for (const suffix of DEMONYM_SUFFIXES) {
        const inflected = [...base.slice(0, -1), last + suffix];
        demonyms.add(inflected, e.id);
        demonyms.add(['ال' + inflected[0], ...inflected.slice(1)], e.id);
      }
    }
  }
  return { entries, names, demonyms };
}
