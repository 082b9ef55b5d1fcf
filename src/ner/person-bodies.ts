// A body named by the person who leads it: a head in the construct state before a person's name or
// title (إدارة فلان، حكومة الرئيس فلان، حملة فلان) is that person's administration, government or
// campaign. The person keeps its own mention inside it.
import type { Resources } from '../resources.js';
import type { Candidate, Token } from '../types.js';
import { isWord, rawOffsetAfter } from './tokens.js';

export function findBodiesOfPersons(tokens: readonly Token[], persons: readonly Candidate[], resources: Resources): Candidate[] {
  const { personBodyHeads, functionWords } = resources.lexicons;
  const tokenAt = new Map(tokens.map((t, i) => [t.start, i]));
  const found: Candidate[] = [];
  for (const person of persons) {
    if (person.type !== 'Person') continue;
    // The person's words begin with its title when the title stands before the name (حكومة الرئيس فلان).
    const first = tokenAt.get(Math.min(person.start, person.title?.start ?? person.start));
    const head = first === undefined ? undefined : tokens[first - 1];
    if (!isWord(head) || head.sentence !== tokens[first as number]?.sentence) continue;
    // The head is in the construct state: no article, at most a preposition or conjunction before it.
    const prefix = ['', 'و', 'ب', 'ل', 'وب', 'ول', 'ف'].find((p) => head.norm.startsWith(p) && personBodyHeads.has(head.norm.slice(p.length)));
    if (prefix === undefined || functionWords.has(head.norm)) continue;
    const headIndex = (first as number) - 1;
    const name = tokens.slice(headIndex, person.tokenEnd).map((t) => t.norm).join(' ').slice(prefix.length);
    found.push({ start: rawOffsetAfter(head, prefix.length, resources.normalizer.isDeleted), end: person.end, type: 'Organization', tokenStart: headIndex, tokenEnd: person.tokenEnd, ids: [], name, via: 'pattern' });
  }
  return found;
}
