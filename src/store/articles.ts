// Names the graph each quad belongs in: an article's own named graph, as all.nq already does.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { AkhbarError } from '../errors.js';
import { NS } from '../rdf/vocabulary.js';

/** Quads grouped by graph name; '' is the default graph. */
export type GraphSet = Map<string, Quad[]>;

const NEWS_ARTICLE = `${NS.schema}NewsArticle`;
const RDF_TYPE = `${NS.rdf}type`;

/**
 * Moves the default-graph quads of one file (Turtle, N-Triples, JSON-LD of one article) into the
 * named graph of the article they describe: the one subject typed schema:NewsArticle. Quads that
 * already have a graph (N-Quads) keep it. A file with no article keeps its quads in the default
 * graph; a file with several cannot say which article a triple belongs to, and is refused.
 */
export function placeInArticleGraphs(quads: readonly Quad[], file: string): GraphSet {
  const articles = new Set(quads.filter((q) => q.graph.termType === 'DefaultGraph' && q.predicate.value === RDF_TYPE && q.object.value === NEWS_ARTICLE).map((q) => q.subject.value));
  if (articles.size > 1) {
    throw new AkhbarError('E_DATA', `${articles.size} articles (schema:NewsArticle) in one file without named graphs; write them as N-Quads, one graph per article`, { file });
  }
  const [article] = articles;
  const graphs: GraphSet = new Map();
  for (const quad of quads) {
    const name = quad.graph.termType === 'DefaultGraph' ? (article ?? '') : quad.graph.value;
    const placed = name === quad.graph.value ? quad : DataFactory.quad(quad.subject, quad.predicate, quad.object, DataFactory.namedNode(name));
    const list = graphs.get(name);
    if (list) list.push(placed);
    else graphs.set(name, [placed]);
  }
  return graphs;
}

/** Adds `more` to `into`; the stores treat graphs as sets, so a triple read twice counts once. */
export function mergeGraphSets(into: GraphSet, more: GraphSet): GraphSet {
  for (const [name, quads] of more) {
    const list = into.get(name);
    if (list) list.push(...quads);
    else into.set(name, [...quads]);
  }
  return into;
}
