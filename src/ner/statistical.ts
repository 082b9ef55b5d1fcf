// The trained tagger over an article's sentences: its entity spans, with raw offsets. One tagger
// per set of resources, so a worker builds its index and word cache once.
import type { Resources } from '../resources.js';
import type { Sentence, Token } from '../types.js';
import { featureContext } from './model/features.js';
import { Tagger, type WindowChooser } from './model/model.js';
import { spansOfTags } from './model/tags.js';

export interface NerSpan {
  /** Raw UTF-16 offsets of the entity's text. */
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** The ANERcorp type: PERS, LOC, ORG or MISC. */
  type: string;
  /** How far the best reading outscores the best one without this entity (the tagger's confidence). */
  margin: number;
}

const taggers = new WeakMap<Resources, Tagger>();

/** The tagger of the resources' model, or undefined when they carry none. */
export function taggerOf(resources: Resources): Tagger | undefined {
  if (!resources.nerModel) return undefined;
  let tagger = taggers.get(resources);
  if (!tagger) taggers.set(resources, (tagger = new Tagger(resources.nerModel, featureContext(resources))));
  return tagger;
}

export interface TagOptions {
  /** Leaves spans out before their margin is computed (one more decoding of the sentence each). */
  keep?: (span: Omit<NerSpan, 'margin'>) => boolean;
  /** Computes every kept span's margin (with `keep` they always are; otherwise left at 0). */
  margins?: boolean;
  /** Decodes only the windows it picks in each sentence (Tagger.decodeWindows); elsewhere no span is found. */
  windows?: WindowChooser;
}

/** The entities the tagger finds in each sentence, in text order. */
export function tagEntities(tokens: readonly Token[], sentences: readonly Sentence[], tagger: Tagger, options: TagOptions = {}): NerSpan[] {
  const spans: NerSpan[] = [];
  const ranges = sentences.map((s) => ({ from: s.firstToken, to: s.endToken }));
  const decoded = options.windows ? tagger.decodeWindows(tokens, ranges, options.windows) : tagger.decodeDocument(tokens, ranges).map((tagged, s) => ({ ...tagged, ...(ranges[s] as { from: number; to: number }) }));
  for (const tagged of decoded) {
    for (const span of spansOfTags(tagged.tags)) {
      const tokenStart = tagged.from + span.start;
      const tokenEnd = tagged.from + span.end;
      const found = { start: (tokens[tokenStart] as Token).start, end: (tokens[tokenEnd - 1] as Token).end, tokenStart, tokenEnd, type: span.type };
      if (options.keep && !options.keep(found)) continue;
      spans.push({ ...found, margin: options.keep || options.margins ? tagger.marginOf(tagged, span.start, span.end) : 0 });
    }
  }
  return spans;
}
