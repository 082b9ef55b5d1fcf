// Typed errors: a code to grep and test for, the file it concerns, and where in it.

export type ErrorCode =
  | 'E_MISSING'
  | 'E_EMPTY'
  | 'E_BINARY'
  | 'E_ENCODING'
  | 'E_TOO_LARGE'
  | 'E_NO_ARABIC'
  | 'E_SIDECAR'
  | 'E_NOT_CONFORMING'
  | 'E_RDF_SYNTAX'
  | 'E_USAGE'
  | 'E_DATA'
  | 'E_WRITE'
  | 'E_ARTICLES_FAILED'
  | 'E_NO_DATA'
  | 'E_SPARQL'
  | 'E_UNREACHABLE'
  | 'E_AUTH'
  | 'E_REJECTED';

export class AkhbarError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;
  readonly position?: number;

  constructor(code: ErrorCode, message: string, options: { file?: string; position?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AkhbarError';
    this.code = code;
    this.file = options.file;
    this.position = options.position;
  }

  /** One line for a terminal: `file: message [CODE]`. */
  toLine(): string {
    const where = this.file ? `${this.file}${this.position !== undefined ? `:${this.position}` : ''}: ` : '';
    return `${where}${this.message} [${this.code}]`;
  }
}

export function isAkhbarError(error: unknown): error is AkhbarError {
  return error instanceof AkhbarError;
}
