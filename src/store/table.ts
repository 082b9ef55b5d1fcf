// A readable, aligned table of query results for a terminal, with Arabic cells kept in their column.
import { NS, OUTPUT_PREFIXES } from '../rdf/vocabulary.js';
import type { ResultTerm, SolutionsOrBoolean } from './results.js';

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
// Marks (Arabic harakat U+064B–U+065F, superscript alef U+0670, …) and format characters (ZWJ,
// ZWNJ, directional marks and isolates, BOM) take no column of their own on a terminal.
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f], [0x2e80, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f],
  [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];
const NUMERIC = new Set(['integer', 'decimal', 'double', 'float', 'nonNegativeInteger', 'positiveInteger', 'int', 'long'].map((t) => NS.xsd + t));

/** Columns the text takes in a monospaced terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (ZERO_WIDTH.test(char)) continue;
    const code = char.codePointAt(0) as number;
    width += WIDE.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
  }
  return width;
}

/**
 * Right-to-left text is wrapped in a first-strong isolate (U+2068 … U+2069) so that a terminal
 * that applies the bidirectional algorithm reorders it inside its cell and never across columns.
 */
export function isolate(text: string): string {
  return /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u.test(text) ? `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}` : text;
}

/** Prefixes the query declares, added to the ones Akhbar's output uses, for shortening IRIs. */
export function prefixesOf(sparql: string): Record<string, string> {
  const declared = [...sparql.matchAll(/PREFIX\s+([\p{L}\p{N}_.-]*):\s*<([^>]*)>/giu)].map((m) => [m[1] as string, m[2] as string]);
  return { ...OUTPUT_PREFIXES, ...Object.fromEntries(declared) };
}

function shortIri(iri: string, prefixes: Record<string, string>): string {
  let best: [string, string] | undefined;
  for (const [prefix, ns] of Object.entries(prefixes)) {
    if (iri.startsWith(ns) && /^[\p{L}\p{N}_-]*$/u.test(iri.slice(ns.length)) && (!best || ns.length > (best[1] as string).length)) best = [prefix, ns];
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : `<${iri}>`;
}

function cellText(term: ResultTerm | undefined, prefixes: Record<string, string>): string {
  if (term === undefined) return '';
  if (term.type === 'uri') return shortIri(term.value, prefixes);
  if (term.type === 'bnode') return `_:${term.value}`;
  return term.value.replace(/[\t\r\n]+/g, ' ');
}

/** Columns as wide as their widest cell, numbers right-aligned, and a row count at the end. */
export function formatTable(result: SolutionsOrBoolean, prefixes: Record<string, string> = OUTPUT_PREFIXES): string {
  if (result.kind === 'boolean') return `${result.value}\n`;
  const { vars, bindings } = result;
  const cells = bindings.map((row) => vars.map((v) => cellText(row[v], prefixes)));
  const widths = vars.map((v, i) => Math.max(displayWidth(v), ...cells.map((row) => displayWidth(row[i] as string))));
  const numeric = vars.map((v) => bindings.length > 0 && bindings.every((row) => !row[v] || NUMERIC.has(row[v].datatype ?? '')));
  const pad = (text: string, i: number): string => {
    const fill = ' '.repeat((widths[i] as number) - displayWidth(text));
    return numeric[i] ? fill + isolate(text) : isolate(text) + fill;
  };
  const line = (row: string[]): string => row.map(pad).join(' | ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  const count = `(${bindings.length} row${bindings.length === 1 ? '' : 's'})`;
  return [line(vars), rule, ...cells.map(line), count].map((l) => `${l}\n`).join('');
}
