// Checks an article's bytes and its optional JSON sidecar, and turns them into text and metadata.
// Pure: the caller reads the files; every rejection names the file and the problem.
import { AkhbarError } from '../errors.js';
import type { ArticleMeta } from '../types.js';

/** Articles above this many bytes are refused rather than risking a runaway run. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/u;
// C0 controls other than tab, newline, carriage return, form feed: text never holds these.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/u;
const META_FIELDS = ['title', 'url', 'datePublished', 'publisher', 'language'] as const;

export interface DecodeOptions {
  maxBytes?: number;
}

export function decodeArticleText(file: string, bytes: Uint8Array, options: DecodeOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new AkhbarError('E_TOO_LARGE', `article is ${bytes.length} bytes, over the limit of ${maxBytes}`, { file });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new AkhbarError('E_BINARY', 'binary data (a NUL byte), not text', { file, position: nul });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (cause) {
    throw new AkhbarError('E_ENCODING', `not valid UTF-8 (byte ${firstInvalidUtf8(bytes)})`, { file, position: firstInvalidUtf8(bytes), cause });
  }
  if (text.trim() === '') throw new AkhbarError('E_EMPTY', 'empty article', { file });
  const control = CONTROL.exec(text);
  if (control) throw new AkhbarError('E_BINARY', `binary data (control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()})`, { file, position: control.index });
  if (!ARABIC_LETTER.test(text)) throw new AkhbarError('E_NO_ARABIC', 'no Arabic text', { file });
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
  const meta: ArticleMeta = {};
  for (const field of META_FIELDS) {
    const value = (data as Record<string, unknown>)[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new AkhbarError('E_SIDECAR', `sidecar field "${field}" must be a string`, { file });
    meta[field] = value;
  }
  if (meta.datePublished !== undefined && !isIsoDate(meta.datePublished)) {
    throw new AkhbarError('E_SIDECAR', `sidecar field "datePublished" is not an ISO 8601 date: ${meta.datePublished}`, { file });
  }
  if (meta.url !== undefined && !isAbsoluteUrl(meta.url)) {
    throw new AkhbarError('E_SIDECAR', `sidecar field "url" is not an absolute URL: ${meta.url}`, { file });
  }
  return meta;
}

function isIsoDate(value: string): boolean {
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
