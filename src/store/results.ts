// Query results in one model whichever store answered: SPARQL 1.1 Query Results JSON terms, or quads.
import type { Quad } from '@rdfjs/types';
import { AkhbarError } from '../errors.js';

/** A term as the SPARQL 1.1 Query Results JSON format writes it. */
export interface ResultTerm {
  type: 'uri' | 'literal' | 'bnode';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

export type Binding = Record<string, ResultTerm>;

export type QueryResult =
  | { kind: 'solutions'; vars: string[]; bindings: Binding[] }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'graph'; quads: Quad[] };

export type SolutionsOrBoolean = Exclude<QueryResult, { kind: 'graph' }>;

interface JsonResults {
  head?: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings?: Record<string, ResultTerm | { type: 'typed-literal'; value: string; datatype: string }>[] };
}

/** Reads a SPARQL 1.1 Query Results JSON document (SELECT or ASK). */
export function parseJsonResults(text: string, source = 'the server'): QueryResult {
  let json: JsonResults;
  try {
    json = JSON.parse(text) as JsonResults;
  } catch (cause) {
    throw new AkhbarError('E_SPARQL', `${source} did not answer with SPARQL JSON results: ${text.slice(0, 200)}`, { cause });
  }
  if (typeof json.boolean === 'boolean') return { kind: 'boolean', value: json.boolean };
  const bindings = (json.results?.bindings ?? []).map((row) =>
    Object.fromEntries(Object.entries(row).map(([name, term]) => [name, standardTerm(term)])),
  );
  return { kind: 'solutions', vars: json.head?.vars ?? [], bindings };
}

/** `typed-literal` is the pre-standard spelling (still written by Virtuoso) of a literal with a datatype. */
function standardTerm(term: ResultTerm | { type: 'typed-literal'; value: string; datatype: string }): ResultTerm {
  return term.type === 'typed-literal' ? { type: 'literal', value: term.value, datatype: term.datatype } : term;
}

/** The standard JSON document of a SELECT or ASK result. */
export function toJsonResults(result: SolutionsOrBoolean): object {
  if (result.kind === 'boolean') return { head: {}, boolean: result.value };
  return { head: { vars: result.vars }, results: { bindings: result.bindings } };
}
