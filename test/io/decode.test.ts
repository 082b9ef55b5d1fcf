import { describe, expect, it } from 'vitest';
import { decodeArticleText, decodeSidecar } from '../../src/io/decode.js';
import { AkhbarError } from '../../src/errors.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AkhbarError);
    expect((error as AkhbarError).file).toBe('a.txt');
    return (error as AkhbarError).code;
  }
  return undefined;
}

describe('decodeArticleText', () => {
  it('returns the text of a UTF-8 Arabic article, with CRLF line ends made LF', () => {
    expect(decodeArticleText('a.txt', utf8('قال الوزير.\r\nوأضاف.'))).toBe('قال الوزير.\nوأضاف.');
  });

  it('drops a byte-order mark', () => {
    expect(decodeArticleText('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('مرحبا')]))).toBe('مرحبا');
  });

  it.each([
    ['an empty file', new Uint8Array(), 'E_EMPTY'],
    ['only white space', utf8('  \n\t '), 'E_EMPTY'],
    ['a NUL byte', new Uint8Array([0xd9, 0x82, 0, 0x41]), 'E_BINARY'],
    ['control characters', utf8('قال\u0001 الوزير'), 'E_BINARY'],
    ['Latin-1 bytes', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20]), 'E_ENCODING'],
    ['a truncated UTF-8 sequence', new Uint8Array([...utf8('قال'), 0xd9]), 'E_ENCODING'],
    ['no Arabic at all', utf8('The minister said.'), 'E_NO_ARABIC'],
  ])('refuses %s', (_name, bytes, code) => {
    expect(codeOf(() => decodeArticleText('a.txt', bytes))).toBe(code);
  });

  it('refuses an article over the size limit, naming the limit', () => {
    expect(codeOf(() => decodeArticleText('a.txt', utf8('قال '.repeat(100)), { maxBytes: 50 }))).toBe('E_TOO_LARGE');
  });

  it('names the first invalid byte', () => {
    try {
      decodeArticleText('a.txt', new Uint8Array([...utf8('قال'), 0xff, ...utf8('قال')]));
    } catch (error) {
      expect((error as AkhbarError).position).toBe(6);
    }
  });
});

describe('decodeSidecar', () => {
  it('reads the known metadata fields', () => {
    const meta = decodeSidecar('a.txt', utf8(JSON.stringify({ title: 'عنوان', url: 'https://example.org/a', datePublished: '2025-08-16', publisher: 'وكالة', extra: 1 })));
    expect(meta).toEqual({ title: 'عنوان', url: 'https://example.org/a', datePublished: '2025-08-16', publisher: 'وكالة' });
  });

  it.each([
    ['malformed JSON', '{"title": '],
    ['an array', '[1]'],
    ['a field of the wrong type', '{"title": 3}'],
    ['a date that is not ISO 8601', '{"datePublished": "16/08/2025"}'],
    ['a relative URL', '{"url": "/news/1"}'],
  ])('refuses %s', (_name, json) => {
    expect(codeOf(() => decodeSidecar('a.txt', utf8(json)))).toBe('E_SIDECAR');
  });
});
