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
import { AkhbarError } from './errors.js';
import { BudgetExceeded, runWithin } from './budget.js';

export interface BuildOptions {
  base: string;
  context: Record<string, unknown>;
  validator: GraphValidator;
  /** Also write the article's own Turtle and JSON-LD (default true); N-Quads are always written. */
  perArticle?: boolean;
  /** Drop statements whose akh:confidence is below this. */
  minConfidence?: number;
  /** Milliseconds the article may take, extraction to serialisation; beyond them it is refused (E_TIMEOUT). */
  budgetMs?: number;
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
  const budget = articleBudget(options.budgetMs);
  // Extraction and the graph are where a hostile text could run long: they are stopped on the
  // spot; validation and serialisation, linear in the graph, are checked when they end.
  const { doc, quads, extract, graph } = budget.run(() => {
    const doc = analyze(id, text, resources, { meta, minConfidence: options.minConfidence, onStage: budget.enter });
    const extract = clock();
    budget.enter('graph');
    const quads = buildGraph(doc, { base: options.base });
    return { doc, quads, extract, graph: clock() };
  });
  budget.enter('validate');
  const outcome = await options.validator(quads);
  const validate = clock();
  budget.check();
  budget.enter('serialise');
  const perArticle = options.perArticle ?? true;
  // buildGraph gives its quads in sortQuads order already.
  const [nquads, turtle, jsonld] = await Promise.all([
    toNQuads(quads, iriScheme(doc, options.base).article, { sorted: true }),
    perArticle ? toTurtle(quads, { sorted: true }) : undefined,
    perArticle ? toJsonLd(quads, options.context, { sorted: true }) : undefined,
  ]);
  budget.check();
  return { doc, quads, outcome, turtle, jsonld, nquads, times: { extract, graph, validate, serialise: clock() } };
}

interface ArticleBudget {
  /** Runs synchronous work, stopped when the budget runs out. */
  run<T>(work: () => T): T;
  /** Names the stage now running, for the error. */
  enter(stage: string): void;
  /** Refuses the article when the budget has run out. */
  check(): void;
}

/** The time budget of one article, from now; without a number of milliseconds, none. */
function articleBudget(budgetMs: number | undefined): ArticleBudget {
  if (budgetMs === undefined) return { run: (work) => work(), enter: () => undefined, check: () => undefined };
  const started = performance.now();
  let stage = 'extraction';
  const refused = () => new AkhbarError('E_TIMEOUT', `took longer than its time budget of ${budgetMs / 1000} s (--article-timeout), in ${stage}; refused, nothing written`);
  return {
    run(work) {
      try {
        return runWithin(budgetMs - (performance.now() - started), work);
      } catch (error) {
        throw error instanceof BudgetExceeded ? refused() : error;
      }
    },
    enter: (name) => void (stage = name),
    check() {
      if (performance.now() - started > budgetMs) throw refused();
    },
  };
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
