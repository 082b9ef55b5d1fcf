// CoNLL files as ANERcorp writes them: a token per line in the first column (other columns
// ignored, or the last one read as the gold tag), a blank line between sentences.
import { AkhbarError } from '../errors.js';
import type { Token, TokenKind } from '../types.js';
import type { Normalizer } from '../normalize/arabic.js';
import { TAGS, tagIndex } from './model/tags.js';

export interface ConllSentence {
  words: string[];
  /** Gold tag indices, when the file was read with its tags. */
  tags?: number[];
  /** Line number (from 1) of each word. */
  lines: number[];
}

/** Reads sentences; `withTags` requires a tag of the ANERcorp set in the last column of every line. */
export function parseConll(text: string, file: string, options: { withTags?: boolean } = {}): ConllSentence[] {
  if (text.trim() === '') throw new AkhbarError('E_EMPTY', 'empty file: no tokens', { file });
  const sentences: ConllSentence[] = [];
  let current: ConllSentence = { words: [], lines: [], tags: options.withTags ? [] : undefined };
  const close = () => {
    if (current.words.length > 0) sentences.push(current);
    current = { words: [], lines: [], tags: options.withTags ? [] : undefined };
  };
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((rawLine, index) => {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const number = index + 1;
    if (line === '') return close();
    const columns = line.trim().split(/[ \t]+/);
    if (line.trim() === '') throw new AkhbarError('E_RECORD', `line ${number}: only white space (${describeBlank(line)}); a sentence break is an empty line, a token stands in the first column`, { file });
    const word = line.startsWith(' ') || line.startsWith('\t') ? undefined : columns[0];
    if (word === undefined) throw new AkhbarError('E_RECORD', `line ${number}: no token in the first column`, { file });
    current.words.push(word);
    current.lines.push(number);
    if (options.withTags) {
      const tag = columns.length > 1 ? tagIndex(columns.at(-1) as string) : undefined;
      if (tag === undefined) throw new AkhbarError('E_RECORD', `line ${number}: ${columns.length > 1 ? `tag "${columns.at(-1)}" is not one of ${TAGS.join(' ')}` : 'no tag after the token'}`, { file });
      current.tags?.push(tag);
    }
  });
  close();
  return sentences;
}

function describeBlank(line: string): string {
  const tabs = [...line].filter((c) => c === '\t').length;
  return tabs === line.length ? `${tabs} tab(s)` : `${line.length} blank character(s)`;
}

const ARABIC = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/u;
const LATIN = /[A-Za-z]/;
const DIGITS = /^[0-9][0-9.,]*$/;

/**
 * Tokens for a sentence's words, as the segmenter would make them for a text of the words
 * separated by spaces (offsets into that text), all in sentence `sentence`.
 */
export function tokensOfWords(words: readonly string[], normalizer: Normalizer, sentence = 0): Token[] {
  let offset = 0;
  return words.map((text) => {
    const norm = normalizer.normalize(text);
    const kind: TokenKind = ARABIC.test(norm) ? 'word' : LATIN.test(norm) ? 'latin' : DIGITS.test(norm) ? 'number' : 'punct';
    const token: Token = { start: offset, end: offset + text.length, text, norm, kind, sentence };
    offset += text.length + 1;
    return token;
  });
}

/** One token array for a run of sentences (each its own sentence number), with each sentence's range. */
export function tokensOfSentences(sentences: readonly { words: readonly string[] }[], normalizer: Normalizer): { tokens: Token[]; sentences: { from: number; to: number }[] } {
  const tokens: Token[] = [];
  const ranges = sentences.map(({ words }, s) => {
    const from = tokens.length;
    for (const token of tokensOfWords(words, normalizer, s)) tokens.push(token);
    return { from, to: tokens.length };
  });
  return { tokens, sentences: ranges };
}

/** token<TAB>TAG lines, a blank line between sentences. */
export function formatConll(sentences: readonly { words: readonly string[]; tags: ArrayLike<number> }[]): string {
  return sentences.map(({ words, tags }) => words.map((word, i) => `${word}\t${TAGS[tags[i] as number]}\n`).join('')).join('\n');
}
