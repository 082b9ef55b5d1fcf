// N-Quads read as lines, for passing them on without building a term for each: the lines of a
// file (gzipped or not) as they are read, and the named graph a line puts its triple in, found by
// a scan of the line's four terms that also refuses a line that is not a quad.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { AkhbarError } from '../errors.js';

/** Read buffers this large: fewer and larger chunks of text to split, for a corpus file of gigabytes. */
const CHUNK_BYTES = 1 << 20;

/**
 * The lines of the file (without their line breaks) in file order, a read buffer's worth at a
 * time, with the number of the first (from 1): one await per megabyte, not per line.
 */
export async function* readLines(file: string): AsyncGenerator<{ lines: string[]; first: number }> {
  const read = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  const bytes = file.endsWith('.gz') ? read.pipe(createGunzip({ chunkSize: CHUNK_BYTES })) : read;
  read.on('error', (error) => bytes.destroy(error));
  // Cut at the last line break of each buffer and decode whole lines: a line break is never part of
  // a UTF-8 sequence, and Buffer's decoder is several times faster than a streaming one.
  let rest: Buffer = Buffer.alloc(0);
  let first = 1;
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      const end = chunk.lastIndexOf(10);
      if (end < 0) {
        rest = Buffer.concat([rest, chunk]);
        continue;
      }
      const lines = (rest.length > 0 ? Buffer.concat([rest, chunk.subarray(0, end)]) : chunk.subarray(0, end)).toString('utf8').split('\n');
      rest = Buffer.from(chunk.subarray(end + 1));
      yield { lines, first };
      first += lines.length;
    }
  } catch (cause) {
    const code = (cause as { code?: string }).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw new AkhbarError('E_MISSING', `cannot read file: ${(cause as Error).message}`, { file, cause });
    throw new AkhbarError('E_RDF_SYNTAX', (cause as Error).message, { file, cause });
  }
  if (rest.length > 0) yield { lines: [rest.toString('utf8')], first };
}

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 13;

/**
 * The graph IRI of an N-Quads line (its \u escapes decoded, as a store reads it), or undefined for
 * a blank or comment line. Throws a message for a line that is not subject, predicate, object and
 * a named graph: a triple in the default graph, a blank-node graph, an unterminated term.
 */
export function graphOfLine(line: string): string | undefined {
  let at = skipSpace(line, 0);
  if (at === line.length || line[at] === '#') return undefined;
  at = skipSpace(line, endOfTerm(line, at, 'subject'));
  at = skipSpace(line, endOfTerm(line, at, 'predicate'));
  at = skipSpace(line, endOfTerm(line, at, 'object'));
  if (line[at] === '.') throw new Error('a triple outside any named graph: each article goes in the named graph of its IRI');
  if (line[at] !== '<') throw new Error(`expected the graph's IRI at column ${at + 1}`);
  const graphEnd = endOfTerm(line, at, 'graph');
  const end = skipSpace(line, graphEnd);
  if (line[end] !== '.' || !/^[ \t\r]*(#[^\n]*)?$/.test(line.slice(end + 1))) throw new Error(`expected " ." after the graph at column ${graphEnd + 1}`);
  return unescapeIri(line.slice(at + 1, graphEnd - 1));
}

function skipSpace(line: string, at: number): number {
  while (at < line.length && isSpace(line.charCodeAt(at))) at++;
  return at;
}

/** Where the term starting at `at` ends: an IRI, a blank node, or (as object) a literal. */
function endOfTerm(line: string, at: number, role: 'subject' | 'predicate' | 'object' | 'graph'): number {
  const first = line[at];
  if (first === '<') {
    const close = line.indexOf('>', at + 1);
    const space = line.indexOf(' ', at + 1);
    if (close < 0 || (space >= 0 && space < close)) throw new Error(`an unterminated IRI at column ${at + 1}`);
    return close + 1;
  }
  if (first === '_' && line[at + 1] === ':' && (role === 'subject' || role === 'object')) {
    let end = at + 2;
    while (end < line.length && !isSpace(line.charCodeAt(end))) end++;
    return end;
  }
  if (first === '"' && role === 'object') return endOfLiteral(line, at);
  throw new Error(`expected the ${role} at column ${at + 1}`);
}

function endOfLiteral(line: string, at: number): number {
  let end = at + 1;
  for (;;) {
    end = line.indexOf('"', end);
    if (end < 0) throw new Error(`an unterminated literal at column ${at + 1}`);
    let backslashes = 0;
    while (line[end - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) break;
    end++;
  }
  end++;
  if (line[end] === '@') {
    const tag = /^@[a-zA-Z]+(-[a-zA-Z0-9]+)*/.exec(line.slice(end));
    if (!tag) throw new Error(`a malformed language tag at column ${end + 1}`);
    return end + tag[0].length;
  }
  if (line.startsWith('^^', end)) return endOfTerm(line, end + 2, 'predicate');
  return end;
}

function unescapeIri(iri: string): string {
  return iri.includes('\\') ? iri.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_, short?: string, long?: string) => String.fromCodePoint(parseInt(short ?? long ?? '0', 16))) : iri;
}
