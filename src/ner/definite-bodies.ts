// A body named by its definite head alone (الحكومة، الشرطة، المعارضة) when none of its kind was
// named before: the article speaks of the one body of that kind its readers know from the context.
// After a named one (حكومة فلان … الحكومة) the head calls that one back instead (link/head-nouns.ts).
import type { Resources } from '../resources.js';
import type { Candidate, Token } from '../types.js';
import { isDefiniteNisba, isWord, rawOffsetAfter } from './tokens.js';

export function findDefiniteBodies(tokens: readonly Token[], taken: readonly Candidate[], resources: Resources): Candidate[] {
  const { nameHeads } = resources.lexicons;
  const occupied = new Uint8Array(tokens.length);
  for (const c of taken) occupied.fill(1, c.tokenStart, c.tokenEnd);
  // Where a body of each head is first named: a bare head after it is a callback, not a new body.
  const firstNamed = new Map<string, number>();
  for (const c of taken) {
    if (c.type !== 'Organization') continue;
    // The head may stand before the name's opening mark (تحالف "…").
    const headAt = tokens[c.tokenStart - 1]?.kind === 'quote' ? c.tokenStart - 2 : c.tokenStart;
    const form = nameHeads.matchAt(tokens, c.tokenStart, { max: 3, definite: true })?.value[0]?.form ?? (headAt >= 0 && headAt < c.tokenStart ? nameHeads.matchAt(tokens, headAt, { max: 1, definite: true })?.value[0]?.form : undefined);
    if (form !== undefined && (firstNamed.get(form) ?? Infinity) > c.tokenStart) firstNamed.set(form, c.tokenStart);
  }
  const found: Candidate[] = [];
  tokens.forEach((token, i) => {
    if (!isWord(token) || occupied[i] === 1) return;
    const match = nameHeads.matchAt(tokens, i, { max: 1, definite: true });
    const head = match?.value[0];
    if (!match?.article || !head?.standsAlone || (firstNamed.get(head.form) ?? Infinity) < i || inTitle(tokens, i, resources)) return;
    firstNamed.set(head.form, Math.min(firstNamed.get(head.form) ?? i, i));
    const end = adjectivesEnd(tokens, i + 1, occupied, resources);
    const name = tokens.slice(i, end).map((t) => t.norm).join(' ').slice(match.prefixLength);
    found.push({ start: rawOffsetAfter(token, match.prefixLength, resources.normalizer.isDeleted), end: (tokens[end - 1] as Token).end, type: 'Organization', tokenStart: i, tokenEnd: end, ids: [], name, via: 'pattern' });
  });
  return found;
}

/** One past the definite nisba adjectives from k that say which body it is (البرلمان الجنوبي، الحكومة الوطنية). */
function adjectivesEnd(tokens: readonly Token[], k: number, occupied: Uint8Array, resources: Resources): number {
  let end = k;
  while (end - k < MAX_ADJECTIVES && isDefiniteNisba(tokens[end], resources.lexicons.functionWords) && occupied[end] !== 1 && tokens[end]?.sentence === tokens[k - 1]?.sentence) end++;
  return end;
}

const MAX_ADJECTIVES = 2;

/** The word ends a title that holds it (رئيس الحكومة، وزير الداخلية في الحكومة): a person's, no body's. */
function inTitle(tokens: readonly Token[], i: number, resources: Resources): boolean {
  for (let from = Math.max(0, i - 3); from < i; from++) {
    const title = resources.lexicons.titles.matchAt(tokens, from, { max: 4, clitics: 'conjunctions' });
    if (title && from + title.length > i) return true;
  }
  return false;
}
