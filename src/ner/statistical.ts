// The trained tagger over an article's sentences: its entity spans, with raw offsets. One tagger
// per set of resources, so a worker builds its index and word cache once.
import type { Resources } from '../resources.js';
import type { Sentence, Token } from '../types.js';
import { featureContext } from './model/features.js';
import { Tagger } from './model/model.js';
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

/** The entities the tagger finds in each sentence, in text order. */
export function tagEntities(tokens: readonly Token[], sentences: readonly Sentence[], tagger: Tagger): NerSpan[] {
  const spans: NerSpan[] = [];
  const tagged = tagger.tagDocumentWithMargins(tokens, sentences.map((s) => ({ from: s.firstToken, to: s.endToken })));
  sentences.forEach((sentence, s) => {
    const { tags, margins } = tagged[s] as { tags: Uint8Array; margins: number[] };
    for (const [k, span] of spansOfTags(tags).entries()) {
      const tokenStart = sentence.firstToken + span.start;
      const tokenEnd = sentence.firstToken + span.end;
      spans.push({ start: (tokens[tokenStart] as Token).start, end: (tokens[tokenEnd - 1] as Token).end, tokenStart, tokenEnd, type: span.type, margin: margins[k] as number });
    }
  });
  return spans;
}
