// Names the gazetteer lacks but the text marks: an organisation or place after a head noun
// (حركة …، وزارة الخارجية الروسية، مدينة …، قاعدة … الجوية), a person from a known given name.
import type { Resources } from '../resources.js';
import type { Candidate, Token } from '../types.js';
import { isWord, rawOffsetAfter, wordWindow } from './tokens.js';
import { endsName, nameEnd } from './names.js';

const MAX_HEAD_NAME_WORDS = 3;
// Place classes whose name stands without its head noun (مدينة حلب → حلب); facilities keep it.
const HEADLESS_PLACE_CLASSES = new Set(['City', 'State', 'Country']);

/** Organisations and places after a head noun (run before titles, which may take them as genitives). */
export function findHeadedNames(tokens: readonly Token[], taken: readonly Candidate[], resources: Resources): Candidate[] {
  return scan(tokens, taken, (i, occupied) => headedName(tokens, i, occupied, resources));
}

/** Persons from a known given name (run after titles, whose names come first). */
export function findGivenNames(tokens: readonly Token[], taken: readonly Candidate[], resources: Resources): Candidate[] {
  return scan(tokens, taken, (i, occupied) => givenName(tokens, i, occupied, resources));
}

function scan(tokens: readonly Token[], taken: readonly Candidate[], at: (i: number, occupied: Set<number>) => Candidate | undefined): Candidate[] {
  const occupied = new Set<number>();
  for (const c of taken) for (let t = c.tokenStart; t < c.tokenEnd; t++) occupied.add(t);
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i]) || occupied.has(i)) continue;
    const candidate = at(i, occupied);
    if (!candidate) continue;
    found.push(candidate);
    for (let t = candidate.tokenStart; t < candidate.tokenEnd; t++) occupied.add(t);
    i = candidate.tokenEnd - 1;
  }
  return found;
}

function headedName(tokens: readonly Token[], i: number, occupied: Set<number>, resources: Resources): Candidate | undefined {
  const { lexicons, gazetteer, normalizer } = resources;
  const match = lexicons.nameHeads.longestAt(wordWindow(tokens, i, 3).words, { definite: true });
  const head = match?.value[0];
  if (!match || !head) return undefined;
  const nameStart = i + match.length;
  let end = nameStart;
  while (end - nameStart < MAX_HEAD_NAME_WORDS && isWord(tokens[end]) && !occupied.has(end) && tokens[end]?.sentence === tokens[i]?.sentence) {
    const window = wordWindow(tokens, end, 3).words;
    const portfolio = lexicons.portfolios.longestAt(window);
    const demonym = gazetteer.demonyms.longestAt(window, { clitics: false });
    // A name of definite words (الحركة القومية) or of proper words (خلق); an adjective after the latter is no part of it.
    const sameKind = end === nameStart || (tokens[end] as Token).norm.startsWith('ال') === (tokens[nameStart] as Token).norm.startsWith('ال');
    if (portfolio) end += portfolio.length;
    else if (demonym && end > nameStart) end += demonym.length;
    else if (sameKind && !endsName(tokens, end, resources, { common: false })) end++;
    else break;
    if (head.type === 'Place' && end > nameStart) break;
  }
  if (end === nameStart) return undefined;
  const keepHead = head.type === 'Organization' || !HEADLESS_PLACE_CLASSES.has(head.placeClass ?? 'Place');
  const startToken = keepHead ? i : nameStart;
  const first = tokens[startToken] as Token;
  const start = keepHead ? rawOffsetAfter(first, match.prefixLength, normalizer.isDeleted) : first.start;
  const name = tokens.slice(startToken, end).map((t) => t.norm).join(' ');
  return { start, end: (tokens[end - 1] as Token).end, type: head.type, tokenStart: startToken, tokenEnd: end, ids: [], name: stripClitic(name, keepHead ? match.prefixLength : 0), placeClass: head.placeClass, via: 'pattern' };
}

/** A known given name followed by at least one more name word (محمد جواد ظريف). */
function givenName(tokens: readonly Token[], i: number, occupied: Set<number>, resources: Resources): Candidate | undefined {
  const token = tokens[i] as Token;
  if (!resources.lexicons.givenNames.has(token.norm)) return undefined;
  const end = nameEnd(tokens, i, resources, { allowDefinite: false });
  if (end - i < 2) return undefined;
  for (let t = i; t < end; t++) if (occupied.has(t)) return undefined;
  const name = tokens.slice(i, end).map((t) => t.norm).join(' ');
  return { start: token.start, end: (tokens[end - 1] as Token).end, type: 'Person', tokenStart: i, tokenEnd: end, ids: [], name, via: 'pattern' };
}

function stripClitic(name: string, prefixLength: number): string {
  return name.slice(prefixLength);
}
