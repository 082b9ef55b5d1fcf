// An article graph read back for its page: offsets from code points to UTF-16, and graphs refused.
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { compareIris, readArticleView } from '../../src/view/model.js';

const PREFIXES = `@prefix akh: <https://w3id.org/akhbar/ontology#>. @prefix schema: <http://schema.org/>.
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>. @prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#>.
@prefix owl: <http://www.w3.org/2002/07/owl#>. @prefix a: <https://example.org/id/article/t/>.`;

// A written emoji is two UTF-16 units and one code point: NIF offsets count it once.
const TEXT = '😀 قال زيد إن الجو جميل';
const graph = (statement: string) =>
  new Parser().parse(`${PREFIXES}
<https://example.org/id/article/t> a schema:NewsArticle, nif:Context; nif:isString "${TEXT}"; schema:headline "عنوان".
<https://example.org/id/article/t#char=6,9> a nif:Phrase; nif:anchorOf "زيد"; nif:beginIndex 6; nif:endIndex 9; itsrdf:taIdentRef a:zaid.
a:zaid a schema:Person; schema:name "زيد"@ar, "Zaid"@en; owl:sameAs <http://www.wikidata.org/entity/Q1>.
${statement}`);

describe('readArticleView', () => {
  it('turns code-point offsets into UTF-16 indices into the text', () => {
    const view = readArticleView(graph('a:s1 a akh:Statement; akh:speaker a:zaid; akh:content "الجو جميل"@ar; nif:beginIndex 13; nif:endIndex 22; akh:mode akh:IndirectSpeech; akh:confidence 0.8.'));
    const [mention] = view.mentions;
    expect(TEXT.slice(mention?.start, mention?.end)).toBe('زيد');
    expect(view.statements).toMatchObject([{ content: 'الجو جميل', speakers: ['https://example.org/id/article/t/zaid'], confidence: 0.8 }]);
    expect(TEXT.slice(view.statements[0]?.start, view.statements[0]?.end)).toBe('الجو جميل');
    expect(view.entities.get('https://example.org/id/article/t/zaid')).toMatchObject({ kind: 'person', nameEn: 'Zaid', wikidata: 'http://www.wikidata.org/entity/Q1' });
    expect(view.headline).toBe('عنوان');
  });

  it('refuses a statement whose offsets do not hold its content', () => {
    expect(() => readArticleView(graph('a:s1 a akh:Statement; akh:content "الجو"@ar; nif:beginIndex 13; nif:endIndex 22.'))).toThrow(/s1: the text at its offsets is not "الجو"/);
  });

  it('refuses offsets outside the text', () => {
    expect(() => readArticleView(graph('a:s1 a akh:Statement; akh:content "x"@ar; nif:beginIndex 20; nif:endIndex 99.'))).toThrow(/offsets 20–99 are not a span/);
  });

  it('refuses a graph with no article, or with two', () => {
    expect(() => readArticleView(new Parser().parse(`${PREFIXES} a:x a schema:Person.`))).toThrow(/one schema:NewsArticle.*found 0/);
  });
});

describe('compareIris', () => {
  it('orders numbered IRIs by their numbers', () => {
    expect(['s/10', 's/9', 's/1', 't'].sort(compareIris)).toEqual(['s/1', 's/9', 's/10', 't']);
  });
});
