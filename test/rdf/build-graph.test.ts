import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers.js';
import { buildGraph } from '../../src/rdf/build-graph.js';
import { codePointOffsets, iriScheme } from '../../src/rdf/iris.js';
import { NS, DEFAULT_BASE } from '../../src/rdf/vocabulary.js';
import { checkAnchors } from '../../src/validate/anchors.js';
import { analyze } from '../../src/pipeline.js';
import { createValidator } from '../../src/validate/validate.js';
import { projectData } from '../helpers.js';

const text = 'قال الرئيس الروسي فلاديمير بوتين إن القمة ناجحة 🙂. وقال ترامب: “نعم”.';
const doc = analyzeText(text, 'قمة ألاسكا');
const quads = buildGraph(doc, { base: DEFAULT_BASE });
const objects = (p: string) => quads.filter((q) => q.predicate.value === p).map((q) => q.object.value);

describe('buildGraph', () => {
  it('derives gazetteer entity IRIs from the QID, so articles merge by union', () => {
    expect(objects(NS.itsrdf + 'taIdentRef')).toContain(`${DEFAULT_BASE}entity/Q7747`);
    expect(objects(NS.owl + 'sameAs')).toContain(`${NS.wd}Q7747`);
  });

  it('names an unlinked person with a name key by type and key, the same in every article', () => {
    const speakerOf = (text: string, id: string) => {
      const graph = buildGraph(analyzeText(text, id), { base: DEFAULT_BASE });
      return graph.find((q) => q.predicate.value === NS.akh + 'speaker')?.object.value;
    };
    const first = speakerOf('قال وزير الخارجية الإيراني سامر خليل نعمان إن المحادثات مثمرة.', 'one');
    expect(first).toMatch(new RegExp(`^${DEFAULT_BASE}entity/person/[0-9a-f]{16}$`));
    expect(speakerOf('وأكد سامر خليل نعمان أن بلاده مستعدة.', 'two')).toBe(first);
    const graph = buildGraph(analyzeText('قال سامر خليل نعمان إن الحوار مستمر.', 'three'), { base: DEFAULT_BASE });
    expect(graph.filter((q) => q.subject.value === first && q.predicate.value === NS.akh + 'nameKey').map((q) => q.object.value)).toEqual(['سامر خليل نعمان']);
  });

  it('names an unlinked one-word name under its article, with no name key', () => {
    const graph = buildGraph(analyzeText('قال العقيد مجدي إن القوات تقدمت.', 'four'), { base: DEFAULT_BASE });
    const speaker = graph.find((q) => q.predicate.value === NS.akh + 'speaker')?.object.value;
    expect(speaker).toMatch(new RegExp(`^${DEFAULT_BASE}article/four/entity/[0-9a-f]{16}$`));
    expect(graph.some((q) => q.predicate.value === NS.akh + 'nameKey')).toBe(false);
  });

  it('percent-encodes the article name in its IRI', () => {
    expect(iriScheme(doc, DEFAULT_BASE).article).toBe(`${DEFAULT_BASE}article/${encodeURIComponent('قمة ألاسكا')}`);
  });

  it('uses the configured base for every data IRI', () => {
    const other = buildGraph(doc, { base: 'https://example.org/kg/' });
    const subjects = new Set(other.map((q) => q.subject.value));
    expect([...subjects].every((s) => s.startsWith('https://example.org/kg/'))).toBe(true);
  });

  it('counts offsets in code points, so an emoji before a span shifts it by one', () => {
    const toCodePoints = codePointOffsets(text);
    const emoji = text.indexOf('🙂');
    expect(toCodePoints(emoji + 2)).toBe(emoji + 1);
    expect(checkAnchors(quads)).toEqual([]);
    const quote = quads.find((q) => q.predicate.value === NS.akh + 'content' && q.object.value === 'نعم');
    const begin = quads.find((q) => q.subject.equals(quote?.subject) && q.predicate.value === NS.nif + 'beginIndex');
    expect(Number(begin?.object.value)).toBe([...text].indexOf('ن', [...text].indexOf('“')));
  });

  it('types direct quotes as schema:Quotation and gives each statement one mode', () => {
    const direct = quads.filter((q) => q.object.value === NS.akh + 'DirectQuote').map((q) => q.subject.value);
    const quotations = quads.filter((q) => q.object.value === NS.schema + 'Quotation').map((q) => q.subject.value);
    expect(quotations).toEqual(direct);
    expect(objects(NS.akh + 'mode')).toHaveLength(doc.statements.length);
  });

  it('is deterministic: the same document gives the same quads', () => {
    const again = buildGraph(analyzeText(text, 'قمة ألاسكا'), { base: DEFAULT_BASE });
    expect(again.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`)).toEqual(quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`));
  });
});

describe('buildGraph: one referent per span', () => {
  it('never gives a phrase two referents, even where an event noun could be read as a name', () => {
    const tricky = buildGraph(analyzeText('وقال اجتماعه: "نعم". وأكد لقاؤه أن القمة ناجحة.', 'tricky'), { base: DEFAULT_BASE });
    const refs = new Map<string, number>();
    for (const q of tricky) if (q.predicate.value === NS.itsrdf + 'taIdentRef') refs.set(q.subject.value, (refs.get(q.subject.value) ?? 0) + 1);
    expect([...refs.values()].every((n) => n === 1)).toBe(true);
  });
});

describe('buildGraph: event dates', () => {
  it('writes the day the text gives an event as schema:startDate, an xsd:date, and the graph conforms', async () => {
    const dated = analyze('dated', 'التقى الرئيس فلان الفلاني نظيره أمس في العاصمة.', projectData().resources, { meta: { datePublished: '2019-05-23T10:00:00+03:00' } });
    const graph = buildGraph(dated, { base: DEFAULT_BASE });
    const dates = graph.filter((q) => q.predicate.value === NS.schema + 'startDate');
    expect(dates.map((q) => [q.subject.value, q.object.value, q.object.termType === 'Literal' ? q.object.datatype.value : ''])).toEqual([[`${DEFAULT_BASE}article/dated/event/1`, '2019-05-22', NS.xsd + 'date']]);
    expect((await createValidator(projectData().shapes)(graph)).violations).toEqual([]);
  });

  it('writes no schema:startDate for a day counted from an unknown date of publication', () => {
    const undated = analyze('undated', 'التقى الرئيس فلان الفلاني نظيره أمس في العاصمة.', projectData().resources);
    expect(buildGraph(undated, { base: DEFAULT_BASE }).some((q) => q.predicate.value === NS.schema + 'startDate')).toBe(false);
  });
});
