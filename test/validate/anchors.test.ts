import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { checkAnchors } from '../../src/validate/anchors.js';

const PREFIXES = `@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> . @prefix ex: <https://example.org/> .\n`;

/** An article with `text` and one span at begin..end claiming `anchor`. */
function spanGraph(text: string, begin: number, end: number, anchor: string) {
  return new Parser().parse(`${PREFIXES}ex:a nif:isString ${JSON.stringify(text)} .
    ex:s nif:beginIndex ${begin} ; nif:endIndex ${end} ; nif:referenceContext ex:a ; nif:anchorOf ${JSON.stringify(anchor)} .`);
}

describe('checkAnchors', () => {
  it('accepts a span whose offsets give back its anchor', () => {
    expect(checkAnchors(spanGraph('قال سامر نعمان', 4, 8, 'سامر'))).toEqual([]);
  });

  it('refuses an anchor of the right length that is not the text there', () => {
    expect(checkAnchors(spanGraph('قال سامر نعمان', 4, 8, 'نعما'))).toHaveLength(1);
  });

  it('counts offsets in code points when the text has characters beyond the BMP', () => {
    expect(checkAnchors(spanGraph('🙂 قال سامر', 6, 10, 'سامر'))).toEqual([]);
    expect(checkAnchors(spanGraph('🙂 قال سامر', 7, 11, 'سامر'))).toHaveLength(1);
  });

  it('refuses a span that runs past the article', () => {
    expect(checkAnchors(spanGraph('قال', 1, 9, 'ال'))[0]?.message).toMatch(/outside the article/);
  });
});
