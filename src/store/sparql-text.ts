// Reads just enough of a SPARQL query's text to know its form, and binds parameters to it.
import { AkhbarError } from '../errors.js';

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

// IRIs, strings and comments are skipped so that a keyword inside them is not taken for the form.
const TOKEN = /<[^<>"{}|^`\\\s]*>|"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*|\?[\p{L}\p{N}_]+|\$[\p{L}\p{N}_]+|[A-Za-z]+|\{/gu;
const FORMS = new Set<string>(['SELECT', 'ASK', 'CONSTRUCT', 'DESCRIBE']);
const UPDATES = new Set<string>(['INSERT', 'DELETE', 'LOAD', 'CLEAR', 'DROP', 'CREATE', 'ADD', 'MOVE', 'COPY', 'WITH']);

/** SELECT, ASK, CONSTRUCT or DESCRIBE; an update or an unrecognisable text is a usage error. */
export function queryForm(sparql: string): QueryForm {
  for (const [token] of sparql.matchAll(TOKEN)) {
    const word = token.toUpperCase();
    if (FORMS.has(word)) return word as QueryForm;
    if (UPDATES.has(word)) throw new AkhbarError('E_USAGE', `this is a SPARQL update (${word}), not a query; akhbar query only reads`);
  }
  throw new AkhbarError('E_SPARQL', 'not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE');
}

/** The variables the query text uses, without their ? or $. */
export function queryVariables(sparql: string): Set<string> {
  const names = new Set<string>();
  for (const [token] of sparql.matchAll(TOKEN)) if (token.startsWith('?') || token.startsWith('$')) names.add(token.slice(1));
  return names;
}

const IRI = /^[^<>"{}|^`\\\s]+:[^<>"{}|^`\\\s]*$/;

/** Parses `name=IRI` (the IRI bare or in angle brackets) as given to --param. */
export function parseParam(text: string): [string, string] {
  const match = /^\??([\p{L}\p{N}_]+)=<?(.*?)>?$/u.exec(text);
  if (!match || !IRI.test(match[2] as string)) throw new AkhbarError('E_USAGE', `--param expects name=IRI (an absolute IRI), got ${JSON.stringify(text)}`);
  return [match[1] as string, match[2] as string];
}

/**
 * Binds each ?name to its IRI with a VALUES block at the start of the query pattern (the first
 * `{` after WHERE, or the first `{` of a SELECT or ASK without WHERE), so that it joins with the
 * whole pattern. (A trailing VALUES clause would do in SPARQL 1.1, but Virtuoso 7 applies it to
 * the projected rows instead of joining.) A name the query does not use is an error.
 */
export function bindParams(sparql: string, params: ReadonlyMap<string, string>): string {
  if (params.size === 0) return sparql;
  const used = queryVariables(sparql);
  for (const name of params.keys()) {
    if (!used.has(name)) throw new AkhbarError('E_USAGE', `--param ${name}: the query has no variable ?${name}`);
  }
  const names = [...params.keys()].map((n) => `?${n}`).join(' ');
  const values = [...params.values()].map((iri) => `<${iri}>`).join(' ');
  const at = patternStart(sparql);
  return `${sparql.slice(0, at)}\n  VALUES (${names}) { (${values}) }${sparql.slice(at)}`;
}

/** The offset just after the `{` that opens the query pattern. */
function patternStart(sparql: string): number {
  const form = queryForm(sparql);
  // A SELECT's or ASK's first { opens its pattern; a CONSTRUCT's first { opens its template.
  let afterWhere = form === 'SELECT' || form === 'ASK';
  for (const match of sparql.matchAll(TOKEN)) {
    if (match[0].toUpperCase() === 'WHERE') afterWhere = true;
    else if (match[0] === '{' && afterWhere) return (match.index as number) + 1;
  }
  throw new AkhbarError('E_SPARQL', 'cannot bind --param: the query has no pattern in { }');
}
