// Article ids from record ids and file names: kept when they are safe in an IRI path segment and a
// file name, otherwise made so; the same input always gives the same id.

const UNSAFE = /[^\p{L}\p{M}\p{N}._-]+/gu;
const MAX_LENGTH = 120;
/** File names are limited to 255 bytes: room is left for the longest extension (.jsonld) and more. */
const MAX_BYTES = 200;

/**
 * Letters, digits, `.`, `_` and `-` are kept; any other run of characters becomes one `-`. Long ids
 * are cut to 120 UTF-16 units and 200 UTF-8 bytes, between whole characters (a cut inside a
 * surrogate pair left half a character, which no IRI may hold).
 */
export function sanitizeId(raw: string): string {
  const safe = raw.normalize('NFC').replace(UNSAFE, '-').replace(/^[-.]+|-+$/g, '');
  if (safe.length <= MAX_LENGTH / 4 || (safe.length <= MAX_LENGTH && Buffer.byteLength(safe) <= MAX_BYTES)) return safe;
  let kept = '';
  let bytes = 0;
  for (const character of safe) {
    const size = Buffer.byteLength(character);
    if (kept.length + character.length > MAX_LENGTH || bytes + size > MAX_BYTES) break;
    kept += character;
    bytes += size;
  }
  return kept;
}

/** Hands out article ids and refuses one already given in this run (one short string per article is kept). */
export class ArticleIds {
  private readonly seen = new Set<string>();

  /** The sanitised id, or `fallback` when the record gives none; undefined when it was given before. */
  assign(raw: string | undefined, fallback: string): string | undefined {
    const id = (raw !== undefined && sanitizeId(raw)) || sanitizeId(fallback);
    if (this.seen.has(id)) return undefined;
    // A copy: an id cut out of a record's text would keep the whole record alive in the set.
    this.seen.add(Buffer.from(id).toString());
    return id;
  }
}
