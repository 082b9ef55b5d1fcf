// Small helpers shared by the pages: escaping, the names of things, links to Wikidata.
import { NS } from '../rdf/vocabulary.js';
import type { EntityView } from './model.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\n': '&#10;' };

/** Text for element content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c] as string);
}

/** Text for a double-quoted attribute value; line breaks kept as &#10;. */
export function escapeAttr(text: string): string {
  return text.replace(/[&<>"'\n]/g, (c) => ESCAPES[c] as string);
}

/** English and Arabic labels of classes and individuals, by IRI (rdfs:label of the ontology). */
export type Labels = ReadonlyMap<string, { en?: string; ar?: string }>;

/** A class's or mode's English label, else its local name in words (BodyOfWater → Body of water). */
export function labelOf(iri: string, labels: Labels): string {
  const label = labels.get(iri)?.en;
  if (label) return label;
  const local = iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
  const words = local.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The most specific type worth naming: an akh: class, else a schema: subclass, else the base class. */
export function mainType(types: readonly string[]): string | undefined {
  const generic = new Set([`${NS.schema}Place`, `${NS.schema}Event`, `${NS.schema}Thing`]);
  return types.find((t) => t.startsWith(NS.akh)) ?? types.find((t) => !generic.has(t)) ?? types[0];
}

/** Arabic name with English beside it, as plain text. */
export function plainName(entity: EntityView | undefined, fallback: string): string {
  if (!entity) return fallback;
  if (entity.nameEn && entity.nameAr) return `${entity.nameEn} · ${entity.nameAr}`;
  return entity.nameEn ?? entity.nameAr ?? fallback;
}

/** English name, then the Arabic one isolated right to left, as HTML. */
export function nameHtml(entity: EntityView | undefined, fallback: string): string {
  if (!entity) return escapeHtml(fallback);
  const en = entity.nameEn ? `<span class="en">${escapeHtml(entity.nameEn)}</span>` : '';
  const ar = entity.nameAr ? `<bdi lang="ar" dir="rtl">${escapeHtml(entity.nameAr)}</bdi>` : '';
  return [en, ar].filter(Boolean).join(' ') || escapeHtml(fallback);
}

/** A link to the entity's Wikidata page, or nothing when it is not linked. */
export function wikidataLink(entity: EntityView | undefined): string {
  if (!entity?.wikidata) return '';
  const qid = entity.wikidata.slice(NS.wd.length);
  return `<a class="wd" href="https://www.wikidata.org/wiki/${escapeAttr(qid)}" title="Wikidata">${escapeHtml(qid)}</a>`;
}

/** The last path segment of an IRI, for short fallbacks. */
export function tailOf(iri: string): string {
  return decodeURIComponent(iri.slice(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1));
}
