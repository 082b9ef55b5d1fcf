// Pairs quotation marks within each block. Outlets write “…”, «…», "…", mixed (“…"), reversed
// (”…“) and leave strays, so marks pair by alternation and a stray is dropped.
import type { ArticleDoc, Token } from '../types.js';

export interface QuoteSpan {
  /** Token indices of the opening and closing marks. */
  open: number;
  close: number;
  /** Raw span of the words inside the marks. */
  start: number;
  end: number;
}

export function pairQuotes(doc: Pick<ArticleDoc, 'tokens' | 'sentences' | 'text'>, closeOnly: string): QuoteSpan[] {
  const byBlock = new Map<number, number[]>();
  doc.tokens.forEach((token, i) => {
    if (token.kind !== 'quote') return;
    const block = doc.sentences[token.sentence]?.block ?? 0;
    const marks = byBlock.get(block);
    if (marks) marks.push(i);
    else byBlock.set(block, [i]);
  });
  const spans: QuoteSpan[] = [];
  for (const marks of byBlock.values()) {
    // With an odd count one mark is stray: a closer standing first, else the last mark.
    if (marks.length % 2 === 1) {
      const first = doc.tokens[marks[0] as number] as Token;
      marks.splice(closeOnly.includes(first.norm) ? 0 : marks.length - 1, 1);
    }
    for (let m = 0; m + 1 < marks.length; m += 2) {
      const open = marks[m] as number;
      const close = marks[m + 1] as number;
      const start = (doc.tokens[open] as Token).end;
      const end = (doc.tokens[close] as Token).start;
      const inner = doc.text.slice(start, end);
      const lead = inner.length - inner.trimStart().length;
      const trail = inner.length - inner.trimEnd().length;
      if (close - open > 1 && end - trail > start + lead) spans.push({ open, close, start: start + lead, end: end - trail });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
