// SHACL property paths as one structure whatever engine reported them, and their text in SPARQL's
// property path syntax (`^<p>/<q>*`): results name complex paths by blank nodes of the shapes or
// report graph, which mean nothing to a reader and cannot be compared across engines.
import type { Term } from '@rdfjs/types';
import { NS } from '../rdf/vocabulary.js';
import type { GraphIndex } from './compiled/graph-index.js';

const SH = 'http://www.w3.org/ns/shacl#';

export type PropertyPath =
  | { predicate: string }
  | { inverse: PropertyPath }
  | { sequence: PropertyPath[] }
  | { alternative: PropertyPath[] }
  | { zeroOrMore: PropertyPath }
  | { oneOrMore: PropertyPath }
  | { zeroOrOne: PropertyPath };

const KINDS = ['alternative', 'inverse', 'zeroOrMore', 'oneOrMore', 'zeroOrOne'] as const;

/** The path whose SHACL description starts at `node` in `graph`; undefined for what is no well-formed path. */
export function readPath(node: Term, graph: GraphIndex): PropertyPath | undefined {
  if (node.termType !== 'BlankNode' && node.termType !== 'NamedNode') return undefined;
  const list = (head: Term): PropertyPath[] | undefined => {
    const steps = graph.list(head).map((step) => readPath(step, graph));
    return steps.every((s): s is PropertyPath => s !== undefined) ? steps : undefined;
  };
  // A list is a sequence whatever else its head says (the W3C suite's path-strange tests); otherwise
  // exactly one path kind with one value, since engines pick different ones from a node with several.
  if (graph.objects(node, NS.rdf + 'first').length > 0) {
    const steps = list(node);
    return steps && steps.length >= 2 ? { sequence: steps } : undefined;
  }
  const kinds = KINDS.filter((kind) => graph.objects(node, `${SH}${kind}Path`).length > 0);
  if (kinds.length > 1) return undefined;
  const kind = kinds[0];
  if (!kind) return node.termType === 'NamedNode' ? { predicate: node.value } : undefined;
  const values = graph.objects(node, `${SH}${kind}Path`);
  if (values.length !== 1) return undefined;
  if (kind === 'alternative') {
    const options = list(values[0] as Term);
    return options && options.length >= 2 ? { alternative: options } : undefined;
  }
  const inner = readPath(values[0] as Term, graph);
  return inner && ({ [kind]: inner } as PropertyPath);
}

/** The path in SPARQL property path syntax with full IRIs: equal paths, equal texts. */
export function pathText(path: PropertyPath): string {
  if ('predicate' in path) return `<${path.predicate}>`;
  if ('sequence' in path) return path.sequence.map((p) => grouped(p, 'sequence')).join('/');
  if ('alternative' in path) return path.alternative.map((p) => grouped(p, 'alternative')).join('|');
  if ('inverse' in path) return `^${grouped(path.inverse, 'unary')}`;
  if ('zeroOrMore' in path) return `${grouped(path.zeroOrMore, 'unary')}*`;
  if ('oneOrMore' in path) return `${grouped(path.oneOrMore, 'unary')}+`;
  return `${grouped(path.zeroOrOne, 'unary')}?`;
}

/** A part in parentheses where SPARQL's precedence (unary over / over |) would read it otherwise. */
function grouped(path: PropertyPath, within: 'sequence' | 'alternative' | 'unary'): string {
  const text = pathText(path);
  if ('predicate' in path) return text;
  if ('alternative' in path) return `(${text})`;
  if ('sequence' in path) return within === 'alternative' ? text : `(${text})`;
  return within === 'unary' ? `(${text})` : text;
}
