// Whether a raw offset lies inside the words of some statement, for the events stage: the cover of
// the statements' content is built once per list of statements.
import type { Statement } from '../types.js';
import { spanCover } from '../span-cover.js';

const covers = new WeakMap<readonly Statement[], { size: number; inside: (offset: number) => boolean }>();

export function inStatementContent(statements: readonly Statement[]): (offset: number) => boolean {
  const cached = covers.get(statements);
  if (cached && cached.size === statements.length) return cached.inside;
  const inside = spanCover(statements.map((s) => s.content));
  covers.set(statements, { size: statements.length, inside });
  return inside;
}
