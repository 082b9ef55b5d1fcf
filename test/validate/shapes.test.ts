// The shapes accept a graph that keeps the contract and reject each kind of breakage: one mutation per
// constraint, judged alike by every SHACL engine Akhbar can use.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Parser, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { createValidator } from '../../src/validate/validate.js';
import { ENGINES } from '../../src/validate/engines/engines.js';
import { readTurtleFiles } from '../../src/io/resources.js';

const shapes = readTurtleFiles(['shapes/akhbar.ttl']);
const base = readFileSync('test/fixtures/valid-graph.ttl', 'utf8');
const prefixes = base.split('\n').filter((l) => l.startsWith('@prefix')).join('\n');

function parse(turtle: string): Quad[] {
  return new Parser().parse(turtle);
}

/** The valid graph with the triples matching `remove` dropped and `add` (Turtle) added. */
function mutate(remove: (q: Quad) => boolean, add = ''): Quad[] {
  return [...parse(base).filter((q) => !remove(q)), ...parse(`${prefixes}\n${add}`)];
}

const is = (s: string, p: string) => (q: Quad) => q.subject.value.endsWith(s) && q.predicate.value.endsWith(p);
const none = () => false;

describe.each(ENGINES)('shapes/akhbar.ttl with %s', (engine) => {
  const validate = createValidator(shapes, { engine });

  it('accepts the valid fixture', async () => {
    const outcome = await validate(parse(base));
    expect(outcome.violations).toEqual([]);
    expect(outcome.conforms).toBe(true);
  });

  it.each<[string, (q: Quad) => boolean, string, string]>([
    ['an article without its text', is('id/a', 'isString'), '', 'ArticleShape'],
    ['an article with two texts', none, 'ex:a nif:isString "نص آخر" .', 'ArticleShape'],
    ['a date that is a plain string', is('id/a', 'datePublished'), 'ex:a schema:datePublished "16 August" .', 'ArticleShape'],
    ['a statement without a speaker', is('s2', 'speaker'), '', 'StatementShape'],
    ['a speaker that is an event', is('s2', 'speaker'), 'ex:s2 akh:speaker ex:summit .', 'StatementShape'],
    ['a speaker that is a literal', is('s2', 'speaker'), 'ex:s2 akh:speaker "سامي" .', 'StatementShape'],
    ['a statement without content', is('s2', 'content'), '', 'StatementShape'],
    ['content without a language tag', is('s2', 'content'), 'ex:s2 akh:content "القمة ناجحة" .', 'StatementShape'],
    ['content in English', is('s2', 'content'), 'ex:s2 akh:content "القمة ناجحة"@en .', 'StatementShape'],
    ['a statement without a mode', is('s2', 'mode'), '', 'StatementShape'],
    ['two modes', none, 'ex:s2 akh:mode akh:DirectQuote .', 'StatementShape'],
    ['an unknown mode', is('s2', 'mode'), 'ex:s2 akh:mode akh:Rumour .', 'StatementShape'],
    ['a direct quote that is not a schema:Quotation', (q) => q.subject.value.endsWith('s1') && q.object.value.endsWith('Quotation'), '', 'StatementShape'],
    ['reported speech typed as a schema:Quotation', none, 'ex:s2 a schema:Quotation .', 'StatementShape'],
    ['a statement without a confidence', is('s2', 'confidence'), '', 'StatementShape'],
    ['a confidence above 1', is('s2', 'confidence'), 'ex:s2 akh:confidence 1.5 .', 'StatementShape'],
    ['a confidence that is a string', is('s2', 'confidence'), 'ex:s2 akh:confidence "0.8" .', 'StatementShape'],
    ['two confidences', none, 'ex:s2 akh:confidence 0.5 .', 'StatementShape'],
    ['an occasion that is not an event', is('s1', 'occasion'), 'ex:s1 akh:occasion ex:sami .', 'StatementShape'],
    ['a statement without a span', is('s2', 'beginIndex'), '', 'SpanShape'],
    ['begin not before end', is('s2', 'endIndex'), 'ex:s2 nif:endIndex "29"^^xsd:nonNegativeInteger .', 'SpanShape'],
    ['an offset that is a plain integer', is('s2', 'beginIndex'), 'ex:s2 nif:beginIndex 29 .', 'SpanShape'],
    ['a span without its article', is('s2', 'referenceContext'), '', 'SpanShape'],
    ['a span past the end of the article', is('s3', 'endIndex'), 'ex:s3 nif:endIndex "99"^^xsd:nonNegativeInteger .', 'SpanShape'],
    ['content that is not the text at its offsets', is('s3', 'content'), 'ex:s3 akh:content "هنا"@ar .', 'SpanShape'],
    ['an anchor that is not the text at its offsets', is('4,8', 'anchorOf'), '<https://example.org/id/a#char=4,8> nif:anchorOf "سام" .', 'SpanShape'],
    ['a mention without an anchor', is('4,8', 'anchorOf'), '', 'MentionShape'],
    ['a mention of nothing', is('4,8', 'taIdentRef'), '', 'MentionShape'],
    ['a mention of an untyped node', is('4,8', 'taIdentRef'), '<https://example.org/id/a#char=4,8> itsrdf:taIdentRef ex:nobody .', 'MentionShape'],
    ['an entity without a name', is('sami', 'name'), '', 'EntityShape'],
    ['an entity with only an English name', (q) => q.subject.value.endsWith('sami') && q.predicate.value.endsWith('name') && q.object.value === 'سامي', '', 'EntityShape'],
    ['two Arabic names', none, 'ex:sami schema:name "سامى"@ar .', 'EntityShape'],
    ['two name keys', none, 'ex:sami akh:nameKey "سامي نعمان", "سامي النعمان" .', 'EntityShape'],
    ['a one-word name key', none, 'ex:sami akh:nameKey "سامي" .', 'EntityShape'],
    ['a name key with a language tag', none, 'ex:sami akh:nameKey "سامي نعمان"@ar .', 'EntityShape'],
    ['a Wikidata link that is not an entity', is('city', 'sameAs'), 'ex:city owl:sameAs <http://www.wikidata.org/wiki/Q90> .', 'EntityShape'],
    ['a Wikidata link that is a literal', is('city', 'sameAs'), 'ex:city owl:sameAs "Q90" .', 'EntityShape'],
    ['a job title without a language', is('sami', 'jobTitle'), 'ex:sami schema:jobTitle "الوزير" .', 'PersonShape'],
    ['a place inside a person', none, 'ex:city schema:containedInPlace ex:sami .', 'PlaceShape'],
    ['an event located at a person', is('summit', 'location'), 'ex:summit schema:location ex:sami .', 'EventShape'],
    ['an attendee that is a place', none, 'ex:summit schema:attendee ex:country .', 'EventShape'],
    ['a sub-event that is not an event', is('summit', 'subEvent'), 'ex:summit schema:subEvent ex:sami .', 'EventShape'],
    ['two event names', none, 'ex:summit schema:name "اللقاء"@ar .', 'EventShape'],
  ])('rejects %s', async (_name, remove, add, shape) => {
    const outcome = await validate(mutate(remove, add));
    expect(outcome.conforms).toBe(false);
    expect(outcome.violations.map((v) => v.sourceShape ?? '')).toContainEqual(expect.stringMatching(new RegExp(`${shape}$`)));
  });

  it('accepts the name key of a person named across the corpus', async () => {
    expect((await validate(mutate(none, 'ex:sami akh:nameKey "سامي نعمان" .'))).conforms).toBe(true);
  });

  it('accepts a place as a speaker (وقالت موسكو), as the text says it', async () => {
    expect((await validate(mutate(is('s2', 'speaker'), 'ex:s2 akh:speaker ex:city .'))).conforms).toBe(true);
  });

  it('reports focus node, path, value and message', async () => {
    const outcome = await validate(mutate(is('s2', 'mode'), 'ex:s2 akh:mode akh:Rumour .'));
    const violation = outcome.violations.find((v) => v.path?.includes('mode'));
    expect(violation).toMatchObject({ focusNode: '<https://example.org/id/s2>', value: '<https://w3id.org/akhbar/ontology#Rumour>', severity: 'Violation' });
    expect(violation?.message).toMatch(/mode/);
  });

  it('is reusable: a later graph is judged on its own', async () => {
    expect((await validate(mutate(is('s2', 'speaker')))).conforms).toBe(false);
    expect((await validate(parse(base))).conforms).toBe(true);
  });
});

// Keep the Writer import honest: fixtures round-trip through N3 unchanged.
it('the fixture round-trips through N3', () => {
  const quads = parse(base);
  const writer = new Writer();
  expect(parse(writer.quadsToString(quads))).toHaveLength(quads.length);
});
