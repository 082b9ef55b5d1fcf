// The SQL of a bulk load carries outside strings only as base64: isql expands `$` even inside
// quotes, and a quote or a non-ASCII letter must reach the server as the bytes it was.
import { describe, expect, it } from 'vitest';
import { batches, clearGraphsSql, decodeField, filesUnderSql, registerFileSql, sqlString } from '../../src/store/bulk-sql.js';

const AWKWARD = "https://example.org/article/خبر-'$ARGV[0]'-\"x\";--";

describe('bulk-load SQL', () => {
  it('writes an outside string as base64 that decodes back to its UTF-8 bytes', () => {
    const expression = sqlString(AWKWARD);
    expect(expression).toMatch(/^decode_base64\('[A-Za-z0-9+/=]+'\)$/);
    expect(decodeField(/'(.*)'/.exec(expression)?.[1] ?? '')).toBe(AWKWARD);
  });

  it('never puts a path or an IRI in a statement as itself', () => {
    for (const sql of [clearGraphsSql([AWKWARD, AWKWARD]), registerFileSql(`/tmp/${AWKWARD}`, AWKWARD), filesUnderSql(`/tmp/$HOME/'x'`)]) {
      expect(sql).not.toMatch(/\$|خبر|"x"|ARGV/);
    }
  });

  it('counts a folder prefix in bytes, as the server measures its narrow strings', () => {
    expect(filesUnderSql('/tmp/بيانات')).toContain(`left(ll_file, ${Buffer.byteLength('/tmp/بيانات/')})`);
  });

  it('removes graphs by IRI ids it does not create', () => {
    expect(clearGraphsSql(['https://e.org/a', 'https://e.org/b'])).toMatch(/^delete from DB\.DBA\.RDF_QUAD where G in \(iri_to_id\(decode_base64\('[^']+'\), 0\), iri_to_id\(decode_base64\('[^']+'\), 0\)\)$/);
  });

  it('cuts lists into statements of at most the given size', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 2)).toEqual([]);
  });
});
