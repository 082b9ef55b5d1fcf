// Article ids from record ids and file names: kept when they are safe in an IRI path segment and a
// file name, otherwise made so; the same input always gives the same id.

const UNSAFE = /[^\p{L}\p{M}\p{N}._-]+/gu;
const MAX_LENGTH = 120;

/** Letters, digits, `.`, `_` and `-` are kept; any other run of characters becomes one `-`. */
export function sanitizeId(raw: string): string {
  return raw.normalize('NFC').replace(UNSAFE, '-').replace(/^[-.]+|-+$/g, '').slice(0, MAX_LENGTH);
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
