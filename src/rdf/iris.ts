// Deterministic IRIs: the same input, base and gazetteer always give the same names.
import { createHash } from 'node:crypto';
import type { ArticleDoc, Entity, EntityType } from '../types.js';

export interface IriScheme {
  article: string;
  entity(key: string): string;
  mention(begin: number, end: number): string;
  statement(n: number): string;
  event(n: number): string;
  run: string;
}

export function iriScheme(doc: Pick<ArticleDoc, 'id'> & Partial<Pick<ArticleDoc, 'entities'>>, base: string): IriScheme {
  const article = `${base}article/${encodeURIComponent(doc.id)}`;
  // An entity is named many times (mentions, speakers, attendees): each name is made once.
  const entities = new Map<string, string>();
  return {
    article,
    // Gazetteer entities and unlinked ones with a nameKey are shared by all articles (their graphs
    // merge by union); the others are the article's own.
    entity: (key) => {
      let iri = entities.get(key);
      if (iri === undefined) entities.set(key, (iri = entityIri(key, doc.entities?.get(key), base, article)));
      return iri;
    },
    // RFC 5147 fragment, as NIF 2.0 names strings: code-point offsets.
    mention: (begin, end) => `${article}#char=${begin},${end}`,
    statement: (n) => `${article}/statement/${n}`,
    event: (n) => `${article}/event/${n}`,
    run: `${article}/run`,
  };
}

function entityIri(key: string, entity: Entity | undefined, base: string, article: string): string {
  if (key.startsWith('gz:')) return `${base}entity/${encodeURIComponent(key.slice(3))}`;
  if (entity?.nameKey !== undefined) return corpusEntityIri(entity.type, entity.nameKey, base);
  return `${article}/entity/${shortHash(key)}`;
}

/** `<base>entity/person/<hash>`: the first 16 hex digits of the SHA-256 of `Person:<nameKey>` (likewise organization). */
export function corpusEntityIri(type: EntityType, nameKey: string, base: string): string {
  return `${base}entity/${type.toLowerCase()}/${shortHash(`${type}:${nameKey}`)}`;
}

function shortHash(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** False only for the low surrogate that completes a pair: it continues the high one's code point. */
export function startsCodePoint(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  return !(unit >= 0xdc00 && unit <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff);
}

/** Converts UTF-16 offsets to the Unicode code point offsets NIF requires. */
export function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (utf16) => utf16;
  const map = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = points;
    if (startsCodePoint(text, i)) points++;
  }
  map[text.length] = points;
  return (utf16) => map[utf16] as number;
}
