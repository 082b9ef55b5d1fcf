// Speech cues in the text: verbs in any person and number, participles, masdars, source phrases.
import type { ArticleDoc, Token } from '../types.js';
import type { Resources } from '../resources.js';
import type { CueForm } from '../lexicon/lexicons.js';
import type { QuoteSpan } from './quote-spans.js';
import { isWord, rawOffsetAfter } from '../ner/tokens.js';

export interface Cue {
  tokenStart: number;
  tokenEnd: number;
  /** Raw span without conjunction clitics (قال of وقال). */
  start: number;
  end: number;
  form: CueForm;
}

export function findCues(doc: ArticleDoc, quotes: readonly QuoteSpan[], resources: Resources): Cue[] {
  // Quotes pair by alternation and never overlap: marking their tokens once is linear.
  const quoted = new Uint8Array(doc.tokens.length);
  for (const q of quotes) quoted.fill(1, q.open + 1, q.close);
  const insideQuote = (i: number): boolean => quoted[i] === 1;
  const insideMention = new Set<number>();
  for (const m of doc.mentions) for (let t = m.tokenStart; t < m.tokenEnd; t++) insideMention.add(t);
  // "لم يكشف عن اسمه" describes an unnamed source; its verb is no speech act.
  for (let i = 0; i < doc.tokens.length; i++) {
    const phrase = resources.lexicons.anonymityPhrases.matchAt(doc.tokens, i, { max: 6, clitics: false });
    if (phrase) for (let t = i; t < i + phrase.length; t++) insideMention.add(t);
  }
  const cues: Cue[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    if (!isWord(doc.tokens[i]) || insideQuote(i) || insideMention.has(i)) continue;
    const match = resources.lexicons.cues.matchAt(doc.tokens, i, { max: 4, clitics: 'conjunctions' }) ?? withObjectPronoun(doc, i, resources);
    const form = match && preferredForm(match.value);
    if (!match || !form) continue;
    const first = doc.tokens[i] as Token;
    const last = match.end - 1;
    cues.push({ tokenStart: i, tokenEnd: last + 1, start: rawOffsetAfter(first, match.prefixLength, resources.normalizer.isDeleted), end: (doc.tokens[last] as Token).end, form });
    i = last;
  }
  return cues;
}

/**
 * A verb carrying its object as a pronoun (وصفها، يصفه) is still the verb. A word written with ta
 * marbuta (إشارة) is a noun, though it normalises like a verb with ـه (أشاره).
 */
function withObjectPronoun(doc: ArticleDoc, i: number, resources: Resources) {
  const token = doc.tokens[i] as Token;
  const word = token.norm;
  if (doc.text.slice(token.start, token.end).endsWith('ة')) return undefined;
  for (const suffix of resources.lexicons.pronounSuffixes) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const match = resources.lexicons.cues.longestAt([word.slice(0, -suffix.length)], { clitics: 'conjunctions' });
    if (match?.value.some((f) => f.kind === 'verb')) return { ...match, value: match.value.filter((f) => f.kind === 'verb'), end: i + 1 };
  }
  return undefined;
}

/** One written form may be several (قالت: she said / you said); the third person reading wins. */
function preferredForm(forms: readonly CueForm[]): CueForm | undefined {
  const order = ['m', 'f', 'plural', 'dual', undefined, 'first'];
  return [...forms].sort((a, b) => order.indexOf(a.agreement) - order.indexOf(b.agreement))[0];
}
