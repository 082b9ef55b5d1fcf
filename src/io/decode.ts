// Checks an article's bytes, text and metadata (a JSON sidecar or the fields of a corpus record).
// Pure: the caller reads the files; every rejection names the file (and record) and the problem.
import { AkhbarError, type ErrorCode } from '../errors.js';
import type { ArticleMeta } from '../types.js';

/** Articles above this many bytes are refused rather than risking a runaway run. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/u;
// C0 controls other than tab, newline, carriage return, form feed: text never holds these.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/u;
/** Half of a surrogate pair with no other half: a JSON \ud800 escape gives one, and no UTF-8 can hold it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const META_FIELDS = ['title', 'url', 'datePublished', 'publisher', 'language'] as const;
// Characters an IRI may not hold (RFC 3987): such a URL is written percent-encoded.
const NOT_IN_IRI = /[\s<>"{}|\\^`]/u;

export interface DecodeOptions {
  maxBytes?: number;
}

/** Where a text came from: a file, and the record in it for files of many. */
export interface Where {
  file: string;
  record?: number;
}

const place = (where: string | Where): Where => (typeof where === 'string' ? { file: where } : where);

export function decodeArticleText(where: string | Where, bytes: Uint8Array, options: DecodeOptions = {}): string {
  const at = place(where);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new AkhbarError('E_TOO_LARGE', `article is ${bytes.length} bytes, over the limit of ${maxBytes}`, at);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new AkhbarError('E_BINARY', 'binary data (a NUL byte), not text', { ...at, position: nul });
  return checkArticleText(at, decodeUtf8(at, bytes), options);
}

/** Strict UTF-8 (a byte-order mark is dropped); the error names the first bad byte. */
export function decodeUtf8(where: string | Where, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (cause) {
    const position = firstInvalidUtf8(bytes);
    throw new AkhbarError('E_ENCODING', `not valid UTF-8 (byte ${position})`, { ...place(where), position, cause });
  }
}

/** The checks every article text passes, whatever its container; CRLF line ends become LF. */
export function checkArticleText(where: string | Where, text: string, options: DecodeOptions = {}): string {
  const at = place(where);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (text.length > maxBytes / 3 && Buffer.byteLength(text) > maxBytes) {
    throw new AkhbarError('E_TOO_LARGE', `article is ${Buffer.byteLength(text)} bytes, over the limit of ${maxBytes}`, at);
  }
  if (text.trim() === '') throw new AkhbarError('E_EMPTY', 'empty article', at);
  const control = CONTROL.exec(text);
  if (control) throw new AkhbarError('E_BINARY', `binary data (control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()})`, { ...at, position: control.index });
  const half = LONE_SURROGATE.exec(text);
  if (half) throw new AkhbarError('E_ENCODING', `half a character (lone surrogate U+${half[0].charCodeAt(0).toString(16).toUpperCase()}) in the text`, { ...at, position: half.index });
  if (!ARABIC_LETTER.test(text)) throw new AkhbarError('E_NO_ARABIC', 'no Arabic text', at);
  return text.replace(/\r\n?/g, '\n');
}

export function decodeSidecar(file: string, bytes: Uint8Array): ArticleMeta {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (cause) {
    throw new AkhbarError('E_SIDECAR', `malformed JSON sidecar: ${(cause as Error).message}`, { file, cause });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new AkhbarError('E_SIDECAR', 'sidecar must be a JSON object', { file });
  }
  return checkMeta({ file }, data as Record<string, unknown>, 'E_SIDECAR', 'sidecar field');
}

/** The metadata fields of a JSON object, checked: strings, an ISO 8601 date, an absolute URL. */
export function checkMeta(where: Where, data: Record<string, unknown>, code: ErrorCode, label = 'field'): ArticleMeta {
  const meta: ArticleMeta = {};
  for (const field of META_FIELDS) {
    const value = data[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new AkhbarError(code, `${label} "${field}" must be a string`, where);
    if (LONE_SURROGATE.test(value)) throw new AkhbarError(code, `${label} "${field}" holds half a character (a lone surrogate)`, where);
    meta[field] = value;
  }
  if (meta.datePublished !== undefined && !isIsoDate(meta.datePublished)) {
    throw new AkhbarError(code, `${label} "datePublished" is not an ISO 8601 date: ${meta.datePublished}`, where);
  }
  if (meta.url !== undefined) {
    if (!isAbsoluteUrl(meta.url)) throw new AkhbarError(code, `${label} "url" is not an absolute URL: ${meta.url}`, where);
    if (NOT_IN_IRI.test(meta.url)) meta.url = new URL(meta.url).href;
  }
  return meta;
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value));
}

function isAbsoluteUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** The offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // Bisect for the longest prefix a streaming decoder accepts (a prefix may end mid-character).
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return low;
}
