// The value nodes of a focus node through a SHACL property path, over the data graph's index.
// Inverse paths are turned round before evaluation, so only forward and backward single steps remain.
import type { Term } from '@rdfjs/types';
import type { PropertyPath } from '../property-path.js';
import { termKey, type GraphIndex } from './graph-index.js';

type Step = (nodes: readonly Term[], data: GraphIndex) => Term[];

/** The path as a function from focus node to its distinct value nodes, in the order they are reached. */
export function compilePath(path: PropertyPath): (focus: Term, data: GraphIndex) => readonly Term[] {
  if ('predicate' in path) return (focus, data) => data.objects(focus, path.predicate);
  const step = compileStep(path, false);
  return (focus, data) => step([focus], data);
}

function compileStep(path: PropertyPath, inverse: boolean): Step {
  if ('predicate' in path) {
    const p = path.predicate;
    return inverse ? (nodes, data) => distinct(nodes.flatMap((n) => data.subjects(n, p))) : (nodes, data) => distinct(nodes.flatMap((n) => data.objects(n, p)));
  }
  if ('inverse' in path) return compileStep(path.inverse, !inverse);
  if ('sequence' in path) {
    const steps = (inverse ? [...path.sequence].reverse() : path.sequence).map((p) => compileStep(p, inverse));
    return (nodes, data) => steps.reduce((reached, step) => step(reached, data), nodes as Term[]);
  }
  if ('alternative' in path) {
    const options = path.alternative.map((p) => compileStep(p, inverse));
    return (nodes, data) => distinct(options.flatMap((option) => option(nodes, data)));
  }
  if ('zeroOrOne' in path) {
    const once = compileStep(path.zeroOrOne, inverse);
    return (nodes, data) => distinct([...nodes, ...once(nodes, data)]);
  }
  const repeated = compileStep('zeroOrMore' in path ? path.zeroOrMore : path.oneOrMore, inverse);
  const includeStart = 'zeroOrMore' in path;
  return (nodes, data) => nodes.flatMap((start) => closure(start, repeated, data, includeStart)).filter(firstOfEach());
}

/** Every node reached from `start` by one or more steps (and `start` itself for zero or more). */
function closure(start: Term, step: Step, data: GraphIndex, includeStart: boolean): Term[] {
  const reached = new Map<string, Term>();
  if (includeStart) reached.set(termKey(start), start);
  let frontier: Term[] = [start];
  while (frontier.length > 0) {
    const next: Term[] = [];
    for (const node of step(frontier, data)) {
      if (reached.has(termKey(node))) continue;
      reached.set(termKey(node), node);
      next.push(node);
    }
    frontier = next;
  }
  return [...reached.values()];
}

function distinct(terms: Term[]): Term[] {
  return terms.filter(firstOfEach());
}

function firstOfEach(): (term: Term) => boolean {
  const seen = new Set<string>();
  return (term) => !seen.has(termKey(term)) && Boolean(seen.add(termKey(term)));
}
