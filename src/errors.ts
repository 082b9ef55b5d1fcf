// Typed errors: a code to grep and test for, the file it concerns, and where in it.

export type ErrorCode =
  | 'E_MISSING'
  | 'E_EMPTY'
  | 'E_BINARY'
  | 'E_ENCODING'
  | 'E_TOO_LARGE'
  | 'E_NO_ARABIC'
  | 'E_SIDECAR'
  | 'E_RECORD'
  | 'E_DUPLICATE_ID'
  | 'E_NOT_CONFORMING'
  | 'E_RDF_SYNTAX'
  | 'E_USAGE'
  | 'E_DATA'
  | 'E_WRITE'
  | 'E_RESUME'
  | 'E_WORKER'
  | 'E_INTERNAL'
  | 'E_NO_DATA'
  | 'E_SPARQL'
  | 'E_UNREACHABLE'
  | 'E_TIMEOUT'
  | 'E_AUTH'
  | 'E_REJECTED'
  | 'E_TIMEOUT'
  | 'E_BULK_DIR'
  | 'E_RESULT_TOO_LARGE'
  | 'E_BUSY'
  | 'E_ARTICLES_FAILED';

export class AkhbarError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;
  readonly position?: number;
  /** The record's number in a file of many (TREC <DOC>, JSON Lines line), counting from 1. */
  readonly record?: number;

  constructor(code: ErrorCode, message: string, options: { file?: string; record?: number; position?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AkhbarError';
    this.code = code;
    this.file = options.file;
    this.position = options.position;
    this.record = options.record;
  }

  /** One line for a terminal: `file[ record N][:position]: message [CODE]`. */
  toLine(): string {
    const where = this.file ? `${this.file}${this.record !== undefined ? ` record ${this.record}` : ''}${this.position !== undefined ? `:${this.position}` : ''}: ` : '';
    return `${where}${this.message} [${this.code}]`;
  }
}

export function isAkhbarError(error: unknown): error is AkhbarError {
  return error instanceof AkhbarError;
}
