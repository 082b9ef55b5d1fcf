// The ANERcorp tag set (BIO over PERS, LOC, ORG, MISC) and which tag may follow which.

export const TAGS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
/** The row of the transition table that scores a sentence's first tag. */
export const START = TAG_COUNT;

const TAG_INDEX = new Map<string, number>(TAGS.map((tag, i) => [tag, i]));

export function tagIndex(tag: string): number | undefined {
  return TAG_INDEX.get(tag);
}

/** The entity type of a tag (PERS, LOC, ORG, MISC), or undefined for O. */
export function typeOf(tag: number): string | undefined {
  return tag === 0 ? undefined : (TAGS[tag] as string).slice(2);
}

export function isInside(tag: number): boolean {
  return tag !== 0 && tag % 2 === 0;
}

/**
 * True when `next` may follow `previous` (START at a sentence's first token): an I- tag continues
 * only a B- or I- tag of its own type.
 */
export function allowedAfter(previous: number, next: number): boolean {
  if (!isInside(next)) return true;
  return previous !== START && previous !== 0 && typeOf(previous) === typeOf(next);
}

/** The same tags with every I- that continues nothing made a B- (how conlleval reads them too). */
export function repairTags(tags: readonly number[]): number[] {
  const out = [...tags];
  for (let i = 0; i < out.length; i++) {
    const tag = out[i] as number;
    if (!allowedAfter(i === 0 ? START : (out[i - 1] as number), tag)) out[i] = tag - 1;
  }
  return out;
}

export interface TagSpan {
  /** Token index of the first token and one past the last. */
  start: number;
  end: number;
  type: string;
}

/** The entities of a valid tag sequence: a B- and the I- tags of its type after it. */
export function spansOfTags(tags: ArrayLike<number>): TagSpan[] {
  const spans: TagSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    const type = typeOf(tags[i] as number);
    if (!type) continue;
    let end = i + 1;
    while (end < tags.length && isInside(tags[end] as number) && typeOf(tags[end] as number) === type) end++;
    spans.push({ start: i, end, type });
    i = end - 1;
  }
  return spans;
}
