// TREC/CLEF-style files: many `<DOC>…</DOC>` records with <DOCNO>, <URL>, <TITLE>, <TIME>, <TEXT>
// (the format of the ANT corpus). Records are cut out of the byte stream as they complete, so a
// file of any size is read in constant memory; a record that is unterminated, oversized, not UTF-8
// or without text is refused with its number, and the records after it go on.
import { AkhbarError } from '../errors.js';
import { checkArticleText, checkMeta, decodeUtf8, type DecodeOptions, type Where } from '../io/decode.js';
import type { Piece } from './delimited.js';
import { toIsoDateTime } from './dates.js';
import { DelimitedRecordParser, type ParsedRecord, type RecordFields } from './record.js';

const OPEN = Buffer.from('<DOC>');
const CLOSE = Buffer.from('</DOC>');
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export class TrecParser extends DelimitedRecordParser {
  private count = 0;

  constructor(
    private readonly file: string,
    private readonly options: Required<DecodeOptions>,
  ) {
    // A record holds its text plus a few fields: allow it some room beyond the text's limit.
    super('</DOC>', options.maxBytes + 64 * 1024);
  }

  /** A piece ends at `</DOC>` (unless it is the end of the file): every `<DOC>` in it but the last is unterminated. */
  protected records(piece: Piece, closed: boolean): ParsedRecord[] {
    const refuse = (message: string, code: 'E_RECORD' | 'E_TOO_LARGE' = 'E_RECORD'): ParsedRecord => {
      const record = ++this.count;
      return { record, error: new AkhbarError(code, message, { file: this.file, record }) };
    };
    if (piece.oversized) return [refuse(`record over ${this.options.maxBytes + 64 * 1024} bytes, skipped`, 'E_TOO_LARGE')];
    const starts: number[] = [];
    for (let at = piece.bytes.indexOf(OPEN); at >= 0; at = piece.bytes.indexOf(OPEN, at + OPEN.length)) starts.push(at);
    if (starts.length === 0) return closed ? [refuse('</DOC> without <DOC>')] : [];
    const records = starts.slice(0, -1).map(() => refuse('unterminated <DOC>: no </DOC> before the next <DOC>'));
    if (!closed) return [...records, refuse('unterminated <DOC>: the file ends inside it')];
    const record = ++this.count;
    const where = { file: this.file, record };
    const body = piece.bytes.subarray((starts.at(-1) as number) + OPEN.length, piece.bytes.length - CLOSE.length);
    try {
      return [...records, { record, fields: parseTrecFields(decodeUtf8(where, body), where, this.options) }];
    } catch (error) {
      if (!(error instanceof AkhbarError)) throw error;
      return [...records, { record, error }];
    }
  }
}

/** The fields of one record's body: DOCNO → id, TEXT → text, TITLE → headline, URL, TIME → datePublished. */
export function parseTrecFields(body: string, where: Where, options: DecodeOptions = {}): RecordFields {
  const field = (...tags: string[]): string | undefined => {
    for (const tag of tags) {
      const m = fieldPattern(tag).exec(body);
      if (m) return decodeEntities((m[1] as string).trim(), where);
    }
    return undefined;
  };
  const text = field('TEXT');
  if (text === undefined) throw new AkhbarError('E_RECORD', 'record without <TEXT>', where);
  const time = field('TIME', 'DATE');
  const datePublished = time === undefined || time === '' ? undefined : toIsoDateTime(time);
  if (time && datePublished === undefined) throw new AkhbarError('E_RECORD', `<TIME> is not a date: ${time}`, where);
  const meta = checkMeta(where, { title: field('TITLE', 'HEADLINE') || undefined, url: field('URL') || undefined, datePublished }, 'E_RECORD');
  return { id: field('DOCNO') || undefined, text: checkArticleText(where, text, options), meta };
}

const patterns = new Map<string, RegExp>();
function fieldPattern(tag: string): RegExp {
  let pattern = patterns.get(tag);
  if (!pattern) patterns.set(tag, (pattern = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`)));
  return pattern;
}

/** XML character references and the five named entities; a reference to no Unicode scalar value refuses the record. */
function decodeEntities(text: string, where: Where): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (whole, dec: string, hex: string, name: string) => {
    if (name) return ENTITIES[name] as string;
    const code = dec ? Number(dec) : parseInt(hex, 16);
    // Past U+10FFFF, or half of a surrogate pair: no character, and no valid text once written.
    if (!(code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) throw new AkhbarError('E_RECORD', `character reference ${whole} names no Unicode character`, where);
    return String.fromCodePoint(code);
  });
}
