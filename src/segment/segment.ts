// Splits an article into blocks (title, headings, paragraphs), sentences and tokens.
// Works on the normal form and records raw offsets, so every later span points into the raw text.
import type { Block, Sentence, Token, TokenKind } from '../types.js';
import type { Normalized } from '../normalize/arabic.js';

export interface Segmentation {
  blocks: Block[];
  sentences: Sentence[];
  tokens: Token[];
}

export interface SegmentOptions {
  /** Quotation mark characters (all directions). */
  quoteMarks: string;
  /** Maps a normalised span to its raw span. */
  toRaw(normStart: number, normEnd: number): [number, number];
}

// A word: Arabic letters (and the digits some names carry), or Latin letters, or a number.
const TOKEN = /([\u0621-\u063A\u0641-\u064A\u066E-\u06D3\u06FA-\u06FF]+)|([A-Za-z][A-Za-z'’]*)|([0-9]+(?:[.,][0-9]+)*)|(\S)/gu;
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const HEADING_MAX_WORDS = 12;
const TITLE_MAX_WORDS = 25;

export function segmentText(normalized: Normalized, rawText: string, options: SegmentOptions): Segmentation {
  const { norm } = normalized;
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const lines = splitLines(norm);
  const nonEmpty = lines.filter(([s, e]) => norm.slice(s, e).trim() !== '');
  nonEmpty.forEach(([lineStart, lineEnd], lineIndex) => {
    const lineTokens = tokenize(norm, lineStart, lineEnd, rawText, options);
    const kind = blockKind(lineTokens, lineIndex, nonEmpty.length);
    const [rawStart, rawEnd] = options.toRaw(lineTokens[0]?.normStart ?? lineStart, lineTokens.at(-1)?.normEnd ?? lineEnd);
    const blockIndex = blocks.push({ kind, start: rawStart, end: rawEnd }) - 1;
    for (const sentenceTokens of splitSentences(lineTokens, options.quoteMarks)) {
      const first = sentenceTokens[0];
      const last = sentenceTokens.at(-1);
      if (!first || !last) continue;
      const sentenceIndex = sentences.length;
      sentences.push({ block: blockIndex, start: first.start, end: last.end, firstToken: tokens.length, endToken: tokens.length + sentenceTokens.length });
      for (const t of sentenceTokens) tokens.push({ start: t.start, end: t.end, text: t.text, norm: t.norm, kind: t.kind, sentence: sentenceIndex });
    }
  });
  return { blocks, sentences, tokens };
}

interface LineToken extends Omit<Token, 'sentence'> {
  normStart: number;
  normEnd: number;
}

function splitLines(norm: string): [number, number][] {
  const lines: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= norm.length; i++) {
    if (i === norm.length || norm[i] === '\n') {
      lines.push([start, i]);
      start = i + 1;
    }
  }
  return lines;
}

function tokenize(norm: string, from: number, to: number, rawText: string, options: SegmentOptions): LineToken[] {
  const out: LineToken[] = [];
  const line = norm.slice(from, to);
  for (const match of line.matchAll(TOKEN)) {
    const normStart = from + (match.index ?? 0);
    const normEnd = normStart + match[0].length;
    const [start, end] = options.toRaw(normStart, normEnd);
    const kind: TokenKind = match[1] ? 'word' : match[2] ? 'latin' : match[3] ? 'number' : options.quoteMarks.includes(match[0]) ? 'quote' : 'punct';
    out.push({ start, end, text: rawText.slice(start, end), norm: match[0], kind, normStart, normEnd });
  }
  return out;
}

/** A title is a short first line without final punctuation; a heading is such a line later on. */
function blockKind(lineTokens: LineToken[], lineIndex: number, lineCount: number): Block['kind'] {
  if (lineCount < 2) return 'paragraph';
  const last = lineTokens.at(-1);
  const words = lineTokens.filter((t) => t.kind === 'word').length;
  const unterminated = !last || !(SENTENCE_END.has(last.norm) || last.norm === ':' || last.kind === 'quote');
  if (lineIndex === 0 && words <= TITLE_MAX_WORDS && (unterminated || last?.kind === 'quote')) return 'title';
  if (lineIndex > 0 && unterminated && words <= HEADING_MAX_WORDS) return 'heading';
  return 'paragraph';
}

/** Sentences end at . ! ? … outside quotation marks (a quote may run over several sentences). */
function splitSentences(lineTokens: LineToken[], quoteMarks: string): LineToken[][] {
  const out: LineToken[][] = [];
  let current: LineToken[] = [];
  let quoteDepth = 0;
  for (const token of lineTokens) {
    current.push(token);
    if (token.kind === 'quote' && quoteMarks.includes(token.norm)) quoteDepth = quoteDepth === 0 ? 1 : 0;
    if (quoteDepth === 0 && token.kind === 'punct' && SENTENCE_END.has(token.norm)) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}
