// One article end to end, without touching the file system: text → analysis → quads → validation → serialisations.
import type { Quad } from '@rdfjs/types';
import type { ArticleDoc, ArticleMeta } from './types.js';
import type { Resources } from './resources.js';
import { analyze } from './pipeline.js';
import { buildGraph } from './rdf/build-graph.js';
import { toJsonLd, toNQuads, toTurtle } from './rdf/serialize.js';
import type { GraphValidator } from './validate/validate.js';
import type { ValidationOutcome } from './validate/report.js';

export interface BuildOptions {
  base: string;
  context: Record<string, unknown>;
  validator: GraphValidator;
}

export interface ArticleOutput {
  doc: ArticleDoc;
  quads: Quad[];
  outcome: ValidationOutcome;
  turtle: string;
  jsonld: string;
  /** The article in the named graph of its IRI. */
  nquads: string;
}

export interface ArticleSummary {
  entities: number;
  persons: number;
  places: number;
  organizations: number;
  statements: number;
  byMode: Record<string, number>;
  events: number;
  triples: number;
}

export async function buildArticle(id: string, text: string, meta: ArticleMeta, resources: Resources, options: BuildOptions): Promise<ArticleOutput> {
  const doc = analyze(id, text, resources, { meta });
  const quads = buildGraph(doc, { base: options.base });
  const outcome = await options.validator(quads);
  const [turtle, jsonld, nquads] = await Promise.all([toTurtle(quads), toJsonLd(quads, options.context), toNQuads(buildGraph(doc, { base: options.base, named: true }))]);
  return { doc, quads, outcome, turtle, jsonld, nquads };
}

export function summarize(output: Pick<ArticleOutput, 'doc' | 'quads'>): ArticleSummary {
  const named = [...output.doc.entities.values()].filter((e) => !e.implicit);
  const count = (type: string) => named.filter((e) => e.type === type && !e.unnamed).length;
  const byMode: Record<string, number> = { direct: 0, indirect: 0, partial: 0 };
  for (const s of output.doc.statements) byMode[s.mode] = (byMode[s.mode] ?? 0) + 1;
  return {
    entities: named.length,
    persons: count('Person'),
    places: count('Place'),
    organizations: count('Organization'),
    statements: output.doc.statements.length,
    byMode,
    events: output.doc.events.length,
    triples: output.quads.length,
  };
}
