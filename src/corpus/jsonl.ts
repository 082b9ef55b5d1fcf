// JSON Lines corpora: one article per line, `{"id", "text", "title", "url", "datePublished", …}`.
// Lines are cut out of the byte stream as they complete; a record's number is its line number, and
// blank lines are allowed. A line that is not JSON, not an object or without text is refused alone.
import { AkhbarError } from '../errors.js';
import { checkArticleText, checkMeta, decodeUtf8, type DecodeOptions, type Where } from '../io/decode.js';
import type { Piece } from './delimited.js';
import { DelimitedRecordParser, type ParsedRecord, type RecordFields } from './record.js';

export class JsonLinesParser extends DelimitedRecordParser {
  private line = 0;

  constructor(
    private readonly file: string,
    private readonly options: Required<DecodeOptions>,
  ) {
    // JSON escapes may make a line up to six times its text (\uXXXX): allow for it.
    super('\n', options.maxBytes * 6 + 64 * 1024);
  }

  protected records(piece: Piece): ParsedRecord[] {
    const record = ++this.line;
    const where = { file: this.file, record };
    if (piece.oversized) return [{ record, error: new AkhbarError('E_TOO_LARGE', 'line too long, skipped', where) }];
    try {
      const line = decodeUtf8(where, piece.bytes).trim();
      return line === '' ? [] : [{ record, fields: parseJsonLine(line, where, this.options) }];
    } catch (error) {
      if (!(error instanceof AkhbarError)) throw error;
      return [{ record, error }];
    }
  }
}

export function parseJsonLine(line: string, where: Where, options: DecodeOptions = {}): RecordFields {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (cause) {
    throw new AkhbarError('E_RECORD', `not JSON: ${(cause as Error).message}`, { ...where, cause });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new AkhbarError('E_RECORD', 'a line must be a JSON object', where);
  const { id, text } = data as Record<string, unknown>;
  if (typeof text !== 'string') throw new AkhbarError('E_RECORD', 'record without "text"', where);
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') throw new AkhbarError('E_RECORD', '"id" must be a string or a number', where);
  return { id: id === undefined ? undefined : String(id), text: checkArticleText(where, text, options), meta: checkMeta(where, data as Record<string, unknown>, 'E_RECORD') };
}
