// One article end to end, without touching the file system: text → analysis → quads → validation →
// serialisations, timing each stage.
import type { Quad } from '@rdfjs/types';
import type { ArticleDoc, ArticleMeta } from './types.js';
import type { Resources } from './resources.js';
import { analyze } from './pipeline.js';
import { buildGraph } from './rdf/build-graph.js';
import { iriScheme } from './rdf/iris.js';
import { toJsonLd, toNQuads, toTurtle } from './rdf/serialize.js';
import type { GraphValidator } from './validate/validate.js';
import type { ValidationOutcome } from './validate/report.js';

export interface BuildOptions {
  base: string;
  context: Record<string, unknown>;
  validator: GraphValidator;
  /** Also write the article's own Turtle and JSON-LD (default true); N-Quads are always written. */
  perArticle?: boolean;
  /** Drop statements whose akh:confidence is below this. */
  minConfidence?: number;
}

/** Milliseconds spent in each stage of one article. */
export interface StageTimes {
  extract: number;
  graph: number;
  validate: number;
  serialise: number;
}

export interface ArticleOutput {
  doc: ArticleDoc;
  quads: Quad[];
  outcome: ValidationOutcome;
  turtle?: string;
  jsonld?: string;
  /** The article in the named graph of its IRI. */
  nquads: string;
  times: StageTimes;
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
  const clock = stopwatch();
  const doc = analyze(id, text, resources, { meta, minConfidence: options.minConfidence });
  const extract = clock();
  const quads = buildGraph(doc, { base: options.base });
  const graph = clock();
  const outcome = await options.validator(quads);
  const validate = clock();
  const perArticle = options.perArticle ?? true;
  // buildGraph gives its quads in sortQuads order already.
  const [nquads, turtle, jsonld] = await Promise.all([
    toNQuads(quads, iriScheme(doc, options.base).article, { sorted: true }),
    perArticle ? toTurtle(quads, { sorted: true }) : undefined,
    perArticle ? toJsonLd(quads, options.context, { sorted: true }) : undefined,
  ]);
  return { doc, quads, outcome, turtle, jsonld, nquads, times: { extract, graph, validate, serialise: clock() } };
}

/** A clock that returns the milliseconds since it was last read. */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const elapsed = now - last;
    last = now;
    return elapsed;
  };
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
