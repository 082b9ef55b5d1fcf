// A corpus record as the parsers of each format hand it on: its number in its file and either the
// article it holds or why it was refused.
import type { AkhbarError } from '../errors.js';
import type { ArticleMeta } from '../types.js';

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
