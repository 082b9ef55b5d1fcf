// An event's name when the text gives one: حملت عنوان "…"، تحت شعار "…"، or a quotation right after the trigger.
import type { ArticleDoc, Span, Token, TriggerMention } from '../types.js';
import type { Resources } from '../resources.js';

const MAX_TRIGGER_TO_NAME = 8;

export function eventName(doc: ArticleDoc, triggers: readonly TriggerMention[], resources: Resources): Span | undefined {
  for (const trigger of triggers) {
    const sentence = doc.sentences[(doc.tokens[trigger.tokenStart] as Token).sentence];
    const limit = Math.min(sentence?.endToken ?? doc.tokens.length, trigger.tokenEnd + MAX_TRIGGER_TO_NAME);
    for (let k = trigger.tokenEnd; k < limit; k++) {
      const introducer = resources.lexicons.nameIntroducers.matchAt(doc.tokens, k, { max: 4 });
      const quoteAt = introducer ? k + introducer.length : k === trigger.tokenEnd ? k : -1;
      const name = quoteAt >= 0 ? quotedAt(doc, quoteAt) : undefined;
      if (name) return name;
    }
  }
  return undefined;
}

function quotedAt(doc: ArticleDoc, open: number): Span | undefined {
  const token = doc.tokens[open];
  if (token?.kind !== 'quote') return undefined;
  for (let k = open + 1; k < doc.tokens.length && doc.tokens[k]?.sentence === token.sentence; k++) {
    const close = doc.tokens[k] as Token;
    if (close.kind === 'quote') return k > open + 1 ? { start: token.end, end: close.start } : undefined;
  }
  return undefined;
}
