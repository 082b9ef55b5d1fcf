// Property: minting. Any record id gives an article id that is a safe file name and an IRI that
// N-Triples accepts; the ids a run hands out are distinct, and so are the IRIs minted from them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Parser } from 'n3';
import { ArticleIds, sanitizeId } from '../../src/corpus/ids.js';
import { iriScheme } from '../../src/rdf/iris.js';
import { DEFAULT_BASE } from '../../src/rdf/vocabulary.js';

// Every kind of character an id may hold: ASCII, Arabic, CJK (three UTF-8 bytes), astral letters
// (a surrogate pair each), lone surrogates, controls, spaces, IRI delimiters.
const UNITS = ['a', 'Z', '0', '.', '_', '-', ' ', '/', '#', '?', '%', '<', '>', '"', '{', '|', '\\', '^', '`', '\u0000', '\u007f', 'ب', 'ة', 'ً', '北', '京', '𝒜', '😀', '\ud800', '\udc00', '\u200f', 'e\u0301'];
// Long ids of letters only, of every UTF-8 width: the cut to a maximum length.
const longId = fc.string({ unit: fc.constantFrom('a', 'ب', '北', '𝒜'), minLength: 50, maxLength: 300 });
const recordId = fc.oneof(fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 300 }), longId, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

/** An IRI as N-Triples reads it: an absolute IRI with no character the grammar forbids. */
function parsesAsIri(iri: string): boolean {
  try {
    const [quad] = new Parser({ format: 'N-Triples' }).parse(`<${iri}> <http://example.org/p> "o" .\n`);
    return quad?.subject.value === iri;
  } catch {
    return false;
  }
}

describe('article ids and IRIs', () => {
  it('any id gives a safe file name and a valid IRI, or nothing when no character of it is safe', () => {
    fc.assert(
      fc.property(recordId, (raw) => {
        const id = sanitizeId(raw);
        if (id === '') return;
        expect(id).toMatch(/^[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}._-]*$/u);
        // Whole code points only, and short enough for any file system with its longest extension.
        expect(id).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        expect(Buffer.byteLength(`${id}.jsonld`)).toBeLessThanOrEqual(255);
        expect(sanitizeId(id)).toBe(id);
        const scheme = iriScheme({ id }, DEFAULT_BASE);
        for (const iri of [scheme.article, scheme.statement(1), scheme.mention(0, 3), scheme.entity('local:Person:فلان')]) expect(parsesAsIri(iri), iri).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('the ids of one run are distinct, and so are their article IRIs', () => {
    fc.assert(
      fc.property(fc.array(recordId, { maxLength: 40 }), (raws) => {
        const ids = new ArticleIds();
        const given = raws.map((raw, i) => ids.assign(raw, `file-${i + 1}`)).filter((id): id is string => id !== undefined);
        expect(new Set(given).size).toBe(given.length);
        expect(new Set(given.map((id) => iriScheme({ id }, DEFAULT_BASE).article)).size).toBe(given.length);
      }),
      { numRuns: 500 },
    );
  });

  it('distinct entity keys and spans give distinct IRIs', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 30 }), { minLength: 2, maxLength: 30 }), fc.uniqueArray(fc.tuple(fc.nat(10_000), fc.nat(10_000)), { maxLength: 30, selector: ([a, b]) => `${a},${b}` }), (keys, spans) => {
        const scheme = iriScheme({ id: 'a' }, DEFAULT_BASE);
        expect(new Set(keys.map((key) => scheme.entity(`local:Person:${key}`))).size).toBe(keys.length);
        expect(new Set(spans.map(([a, b]) => scheme.mention(a, b))).size).toBe(spans.length);
      }),
      { numRuns: 300 },
    );
  });
});
