// A small read-only index over quads for SHACL: the values of a node's property, the instances of
// a class (with rdfs:subClassOf from the same graph, as SHACL defines them), RDF lists. Graph names
// are ignored: a graph is validated as the union of its named graphs.
import type { Quad, Term } from '@rdfjs/types';
import { NS } from '../../rdf/vocabulary.js';

const RDF_TYPE = NS.rdf + 'type';
const SUBCLASS_OF = NS.rdfs + 'subClassOf';
const NONE: readonly Term[] = [];

/** A string that identifies a term: equal keys, equal terms. */
export function termKey(term: Term): string {
  if (term.termType === 'NamedNode') return term.value;
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  if (term.termType === 'Literal') return `"${term.value}"@${term.language}^^${term.datatype.value}`;
  return `?${term.termType}:${term.value}`;
}

export class GraphIndex {
  private readonly out = new Map<string, Map<string, Term[]>>();
  private readonly byPredicate = new Map<string, Quad[]>();
  private superClasses?: Map<string, Set<string>>;
  private in?: Map<string, Term[]>;

  constructor(quads: Iterable<Quad>) {
    for (const q of quads) {
      const subject = termKey(q.subject);
      let properties = this.out.get(subject);
      if (!properties) this.out.set(subject, (properties = new Map()));
      const values = properties.get(q.predicate.value);
      if (!values) properties.set(q.predicate.value, [q.object]);
      else if (!values.some((v) => v.equals(q.object))) values.push(q.object);
      else continue;
      const withPredicate = this.byPredicate.get(q.predicate.value);
      if (withPredicate) withPredicate.push(q);
      else this.byPredicate.set(q.predicate.value, [q]);
    }
  }

  /** The distinct values of `predicate` on `node`. */
  objects(node: Term, predicate: string): readonly Term[] {
    return this.out.get(termKey(node))?.get(predicate) ?? NONE;
  }

  /** The distinct subjects with `predicate` to `node` (for inverse paths; indexed on first use). */
  subjects(node: Term, predicate: string): readonly Term[] {
    if (!this.in) {
      this.in = new Map();
      for (const [p, quads] of this.byPredicate) {
        for (const q of quads) {
          const key = `${p} ${termKey(q.object)}`;
          const found = this.in.get(key);
          if (found) found.push(q.subject);
          else this.in.set(key, [q.subject]);
        }
      }
    }
    return this.in.get(`${predicate} ${termKey(node)}`) ?? NONE;
  }

  /** The predicates used on `node`, in first-seen order. */
  predicates(node: Term): string[] {
    return [...(this.out.get(termKey(node))?.keys() ?? [])];
  }

  subjectsOf(predicate: string): Term[] {
    return unique((this.byPredicate.get(predicate) ?? []).map((q) => q.subject));
  }

  objectsOf(predicate: string): Term[] {
    return unique((this.byPredicate.get(predicate) ?? []).map((q) => q.object));
  }

  /** SHACL instances of `cls`: nodes with rdf:type `cls` or one of its subclasses in this graph. */
  instancesOf(cls: string): Term[] {
    return unique((this.byPredicate.get(RDF_TYPE) ?? []).filter((q) => this.isSubClassOf(q.object.value, cls)).map((q) => q.subject));
  }

  isInstanceOf(node: Term, cls: string): boolean {
    return this.objects(node, RDF_TYPE).some((type) => type.termType !== 'Literal' && this.isSubClassOf(type.value, cls));
  }

  /** The members of the RDF list starting at `head`. */
  list(head: Term): Term[] {
    const members: Term[] = [];
    for (let node: Term | undefined = head; node && node.value !== NS.rdf + 'nil'; node = this.objects(node, NS.rdf + 'rest')[0]) {
      const first = this.objects(node, NS.rdf + 'first')[0];
      if (first) members.push(first);
    }
    return members;
  }

  private isSubClassOf(type: string, cls: string): boolean {
    if (type === cls) return true;
    if (!this.byPredicate.has(SUBCLASS_OF)) return false;
    this.superClasses ??= this.subclassClosure();
    return this.superClasses.get(type)?.has(cls) ?? false;
  }

  /** Every class's transitive superclasses, from the rdfs:subClassOf triples of this graph. */
  private subclassClosure(): Map<string, Set<string>> {
    const direct = new Map<string, string[]>();
    for (const q of this.byPredicate.get(SUBCLASS_OF) ?? []) direct.set(q.subject.value, [...(direct.get(q.subject.value) ?? []), q.object.value]);
    const closure = new Map<string, Set<string>>();
    for (const cls of direct.keys()) {
      const reached = new Set<string>();
      const stack = [...(direct.get(cls) ?? [])];
      while (stack.length > 0) {
        const next = stack.pop() as string;
        if (reached.has(next)) continue;
        reached.add(next);
        stack.push(...(direct.get(next) ?? []));
      }
      closure.set(cls, reached);
    }
    return closure;
  }
}

function unique(terms: Term[]): Term[] {
  const seen = new Set<string>();
  return terms.filter((t) => !seen.has(termKey(t)) && Boolean(seen.add(termKey(t))));
}
