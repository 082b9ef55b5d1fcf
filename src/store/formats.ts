// SELECT and ASK results in the standard SPARQL 1.1 formats: JSON, XML, CSV and TSV.
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

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const xml = (text: string): string => text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c] as string);

/** SPARQL Query Results XML Format (W3C Recommendation, 2nd edition). */
export function formatXml(result: SolutionsOrBoolean): string {
  const open = '<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n';
  if (result.kind === 'boolean') return `${open}<head/>\n<boolean>${result.value}</boolean>\n</sparql>\n`;
  const term = (t: ResultTerm): string => {
    if (t.type === 'uri') return `<uri>${xml(t.value)}</uri>`;
    if (t.type === 'bnode') return `<bnode>${xml(t.value)}</bnode>`;
    const attribute = t['xml:lang'] ? ` xml:lang="${xml(t['xml:lang'])}"` : t.datatype && t.datatype !== `${NS.xsd}string` ? ` datatype="${xml(t.datatype)}"` : '';
    return `<literal${attribute}>${xml(t.value)}</literal>`;
  };
  const head = `<head>${result.vars.map((v) => `<variable name="${xml(v)}"/>`).join('')}</head>\n`;
  const rows = result.bindings.map((row) => `<result>${result.vars.filter((v) => row[v]).map((v) => `<binding name="${xml(v)}">${term(row[v] as ResultTerm)}</binding>`).join('')}</result>\n`);
  return `${open}${head}<results>\n${rows.join('')}</results>\n</sparql>\n`;
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
