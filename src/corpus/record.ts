// A corpus record as the parsers of each format hand it on: its number in its file and either the
// article it holds or why it was refused.
import type { AkhbarError } from '../errors.js';
import type { ArticleMeta } from '../types.js';
import { DelimitedSplitter, type Piece } from './delimited.js';

export interface RecordFields {
  /** The id the record gives itself (DOCNO, JSON "id"), before it is made safe. */
  id?: string;
  text: string;
  meta: ArticleMeta;
}

export type ParsedRecord = { record: number; fields: RecordFields; error?: undefined } | { record: number; error: AkhbarError; fields?: undefined };

/** A parser of one file format: bytes in as they are read, records out as they complete. */
export interface RecordParser {
  push(chunk: Buffer): ParsedRecord[];
  end(): ParsedRecord[];
}

/** A parser of a format whose records end at a delimiter: the pieces are cut out, each subclass reads them. */
export abstract class DelimitedRecordParser implements RecordParser {
  private readonly splitter: DelimitedSplitter;

  constructor(delimiter: string, maxPieceBytes: number) {
    this.splitter = new DelimitedSplitter(Buffer.from(delimiter), maxPieceBytes);
  }

  push(chunk: Buffer): ParsedRecord[] {
    return this.splitter.push(chunk).flatMap((piece) => this.records(piece, true));
  }

  end(): ParsedRecord[] {
    const rest = this.splitter.end();
    return rest ? this.records(rest, false) : [];
  }

  /** The records of one piece; `closed` is false for what is left at the end of the stream, without its delimiter. */
  protected abstract records(piece: Piece, closed: boolean): ParsedRecord[];
}
