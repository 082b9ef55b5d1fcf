// SELECT and ASK results in the standard SPARQL 1.1 formats: JSON, CSV and TSV.
import { NS } from '../rdf/vocabulary.js';
import { toNQuads, toTurtle } from '../rdf/serialize.js';
import { toJsonResults, type QueryResult, type ResultTerm, type SolutionsOrBoolean } from './results.js';
import { formatTable } from './table.js';

export type ResultFormat = 'table' | 'json' | 'csv' | 'tsv';
export const RESULT_FORMATS: readonly ResultFormat[] = ['table', 'json', 'csv', 'tsv'];

/** Solutions and booleans in the chosen format; graphs (CONSTRUCT, DESCRIBE) as Turtle or N-Quads. */
export function formatResult(result: QueryResult, options: { format: ResultFormat; nquads?: boolean; prefixes?: Record<string, string> }): Promise<string> | string {
  if (result.kind === 'graph') return options.nquads ? toNQuads(result.quads) : toTurtle(result.quads);
  const formatters = { table: (r: SolutionsOrBoolean) => formatTable(r, options.prefixes), json: formatJson, csv: formatCsv, tsv: formatTsv };
  return formatters[options.format](result);
}

export function formatJson(result: SolutionsOrBoolean): string {
  return `${JSON.stringify(toJsonResults(result), null, 2)}\n`;
}

/** SPARQL 1.1 CSV: lexical values only, fields quoted when they need it, CRLF line ends. */
export function formatCsv(result: SolutionsOrBoolean): string {
  if (result.kind === 'boolean') return `${result.value}\r\n`;
  const field = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const cell = (term: ResultTerm | undefined): string => (term === undefined ? '' : field(term.type === 'bnode' ? `_:${term.value}` : term.value));
  const lines = [result.vars.map(field).join(','), ...result.bindings.map((row) => result.vars.map((v) => cell(row[v])).join(','))];
  return lines.map((line) => `${line}\r\n`).join('');
}

/** SPARQL 1.1 TSV: every term in SPARQL syntax, so IRIs, language tags and datatypes survive. */
export function formatTsv(result: SolutionsOrBoolean): string {
  if (result.kind === 'boolean') return `${result.value}\n`;
  const lines = [result.vars.map((v) => `?${v}`).join('\t'), ...result.bindings.map((row) => result.vars.map((v) => (row[v] ? termToSparql(row[v]) : '')).join('\t'))];
  return lines.map((line) => `${line}\n`).join('');
}

const ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '"': '\\"', '\\': '\\\\' };

/** A term as SPARQL and Turtle write it: <iri>, "text"@lang, "text"^^<datatype>, _:label. */
export function termToSparql(term: ResultTerm): string {
  if (term.type === 'uri') return `<${term.value}>`;
  if (term.type === 'bnode') return `_:${term.value}`;
  const quoted = `"${term.value.replace(/[\t\n\r"\\]/g, (c) => ESCAPES[c] as string)}"`;
  if (term['xml:lang']) return `${quoted}@${term['xml:lang']}`;
  return term.datatype && term.datatype !== `${NS.xsd}string` ? `${quoted}^^<${term.datatype}>` : quoted;
}
