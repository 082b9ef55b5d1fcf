// Overlapping spans as nested HTML: paragraphs hold statements, statements hold mentions. A span
// is cut where an outer span (of a lower rank) begins or ends inside it, and where it crosses the
// end of an earlier span of its own rank, so the markup always nests. Statements never cross one
// another nor a line break in Akhbar's graphs, so each stays whole.
import { escapeHtml } from './html.js';

export interface Mark {
  start: number;
  end: number;
  /** Outer marks first at equal spans: 0 paragraph, 1 statement, 2 mention. */
  rank: number;
  /** The opening tag; `part` counts from 0 for the pieces of a cut span. */
  open(part: number): string;
  close: string;
}

interface Piece {
  mark: Mark;
  start: number;
  end: number;
  part: number;
}

interface Node {
  piece: Piece;
  children: Node[];
}

const order = (a: Piece, b: Piece): number => a.start - b.start || b.end - a.end || a.mark.rank - b.mark.rank;

/** The text with every mark around its span, nested, the text between them escaped. */
export function renderMarks(text: string, marks: readonly Mark[]): string {
  const root: Node = { piece: { mark: { start: 0, end: text.length, rank: -1, open: () => '', close: '' }, start: 0, end: text.length, part: 0 }, children: [] };
  const queue: Piece[] = cutAtOuterBoundaries(marks.filter((m) => m.start < m.end));
  queue.sort(order);
  const stack: Node[] = [root];
  for (let i = 0; i < queue.length; i++) {
    let piece = queue[i] as Piece;
    while (piece.start >= (stack.at(-1) as Node).piece.end) stack.pop();
    const parent = stack.at(-1) as Node;
    // Only a span of the same rank can still be crossed: cut this one at its end.
    if (piece.end > parent.piece.end) {
      const rest: Piece = { ...piece, start: parent.piece.end, part: piece.part + 1 };
      piece = { ...piece, end: parent.piece.end };
      insertSorted(queue, rest, i + 1);
    }
    const node: Node = { piece, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return renderNode(text, root);
}

/** Each mark as pieces between the boundaries of the marks of lower rank that fall inside it. */
function cutAtOuterBoundaries(marks: readonly Mark[]): Piece[] {
  const ranks = [...new Set(marks.map((m) => m.rank))].sort((a, b) => a - b);
  const outer = new Map(ranks.map((r) => [r, [...new Set(marks.filter((m) => m.rank < r).flatMap((m) => [m.start, m.end]))].sort((a, b) => a - b)]));
  return marks.flatMap((mark) => {
    const cuts = (outer.get(mark.rank) as number[]).filter((b) => b > mark.start && b < mark.end);
    return [mark.start, ...cuts].map((start, part) => ({ mark, start, end: cuts[part] ?? mark.end, part }));
  });
}

function insertSorted(queue: Piece[], piece: Piece, from: number): void {
  let at = from;
  while (at < queue.length && order(queue[at] as Piece, piece) <= 0) at++;
  queue.splice(at, 0, piece);
}

function renderNode(text: string, node: Node): string {
  const { piece } = node;
  let out = piece.mark.open(piece.part);
  let at = piece.start;
  for (const child of node.children) {
    out += escapeHtml(text.slice(at, child.piece.start)) + renderNode(text, child);
    at = child.piece.end;
  }
  return out + escapeHtml(text.slice(at, piece.end)) + piece.mark.close;
}

/** The paragraphs of a text: the spans between line breaks, blank lines left out. */
export function paragraphSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}
