// Finds every gazetteer name in the text: longest match first, clitics allowed on the first word.
import type { Resources } from '../resources.js';
import type { Candidate, Token } from '../types.js';
import { rawOffsetAfter, isWord } from './tokens.js';
import { stemsOf } from '../lexicon/clitics.js';

export function findGazetteerNames(tokens: readonly Token[], resources: Resources): Candidate[] {
  const { gazetteer, normalizer } = resources;
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i])) continue;
    const match = gazetteer.names.matchAt(tokens, i);
    if (!match) continue;
    const first = tokens[i] as Token;
    const lastIndex = match.end - 1;
    const ids = [...match.value];
    const type = gazetteer.entries.get(ids[0] as string)?.type ?? 'Place';
    if (match.length === 1 && isOrdinaryWord(first.norm, ids, resources)) continue;
    if (type === 'Organization' && isAdjectiveOfNounBefore(tokens, i, match.prefixLength)) continue;
    found.push({
      start: rawOffsetAfter(first, match.prefixLength, normalizer.isDeleted),
      end: (tokens[lastIndex] as Token).end,
      type,
      tokenStart: i,
      tokenEnd: lastIndex + 1,
      ids,
      via: 'gazetteer',
    });
    i = lastIndex;
  }
  return found;
}

/**
 * A one-word city name that is also a given name or an ordinary word (سالم، لأي = ل + أي) is read
 * as the word: such towns are seldom news, the words are everywhere. Countries always stand.
 */
function isOrdinaryWord(word: string, ids: readonly string[], resources: Resources): boolean {
  const { gazetteer, lexicons } = resources;
  if (ids.some((id) => !gazetteer.entries.get(id)?.classes.includes('City'))) return false;
  if (lexicons.givenNames.has(word) || lexicons.commonWords.has(word)) return true;
  return stemsOf(word).some((r) => r.prefixLength > 0 && (lexicons.functionWords.has(r.stem) || lexicons.commonWords.has(r.stem)));
}

/**
 * A body's short name that opens with a definite nisba (الخارجية الفلانية، الدفاع …) right after a
 * definite noun ending in ة agrees with that noun as its adjective (السياسة الخارجية الفلانية: the
 * country's foreign policy), and names no body. With a clitic on it (والخارجية) it starts anew.
 */
export function isAdjectiveOfNounBefore(tokens: readonly Token[], i: number, prefixLength: number): boolean {
  const first = tokens[i] as Token;
  const before = tokens[i - 1];
  if (prefixLength > 0 || !/^ال.+ي[هة]$/.test(first.norm) || !isWord(before) || before.sentence !== first.sentence) return false;
  return /^ال.+[هة]$/.test(before.norm);
}
