// RDF/JS terms as plain fields. N3's terms keep a literal as one serialised id and re-parse it on
// every read of value, language or datatype; an article's graph is read many times over (de-duplicated,
// sorted, validated, serialised), and its largest literal is the whole article text (nif:isString), so
// the graph stage builds these instead. They are ordinary RDF/JS terms: N3, the SHACL engines and
// jsonld take them as they take N3's.
import type { BlankNode, DefaultGraph, Literal, NamedNode, Quad, Quad_Graph, Quad_Object, Quad_Predicate, Quad_Subject, Term } from '@rdfjs/types';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

class IriTerm implements NamedNode {
  readonly termType = 'NamedNode' as const;
  constructor(readonly value: string) {}
  equals(other: Term | null | undefined): boolean {
    return !!other && other.termType === 'NamedNode' && other.value === this.value;
  }
}

class BlankTerm implements BlankNode {
  readonly termType = 'BlankNode' as const;
  constructor(readonly value: string) {}
  equals(other: Term | null | undefined): boolean {
    return !!other && other.termType === 'BlankNode' && other.value === this.value;
  }
}

class LiteralTerm implements Literal {
  readonly termType = 'Literal' as const;
  constructor(
    readonly value: string,
    readonly language: string,
    readonly datatype: NamedNode,
  ) {}
  equals(other: Term | null | undefined): boolean {
    return !!other && other.termType === 'Literal' && other.value === this.value && other.language === this.language && other.datatype.value === this.datatype.value;
  }
}

class DefaultGraphTerm implements DefaultGraph {
  readonly termType = 'DefaultGraph' as const;
  readonly value = '' as const;
  equals(other: Term | null | undefined): boolean {
    return !!other && other.termType === 'DefaultGraph';
  }
}

class QuadTerm implements Quad {
  readonly termType = 'Quad' as const;
  readonly value = '' as const;
  constructor(
    readonly subject: Quad_Subject,
    readonly predicate: Quad_Predicate,
    readonly object: Quad_Object,
    readonly graph: Quad_Graph,
  ) {}
  equals(other: Term | null | undefined): boolean {
    return !!other && other.termType === 'Quad' && this.subject.equals(other.subject) && this.predicate.equals(other.predicate) && this.object.equals(other.object) && this.graph.equals(other.graph);
  }
}

const DEFAULT_GRAPH = new DefaultGraphTerm();
const STRING = new IriTerm(XSD_STRING);
const LANG_STRING = new IriTerm(RDF_LANG_STRING);

/** The part of an RDF/JS DataFactory that building a graph needs. */
export const terms = {
  namedNode: (value: string): NamedNode => new IriTerm(value),
  blankNode: (value: string): BlankNode => new BlankTerm(value),
  /** A language-tagged string (language lower-cased, as N3 does), a typed literal, or an xsd:string. */
  literal: (value: string, languageOrDatatype?: string | NamedNode): Literal => {
    if (typeof languageOrDatatype === 'string') return new LiteralTerm(value, languageOrDatatype.toLowerCase(), LANG_STRING);
    return new LiteralTerm(value, '', languageOrDatatype ?? STRING);
  },
  defaultGraph: (): DefaultGraph => DEFAULT_GRAPH,
  quad: (subject: Quad_Subject, predicate: Quad_Predicate, object: Quad_Object, graph: Quad_Graph = DEFAULT_GRAPH): Quad => new QuadTerm(subject, predicate, object, graph),
};
