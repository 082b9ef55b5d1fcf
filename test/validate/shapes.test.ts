// The shapes accept a graph that keeps the contract and reject each kind of breakage: one mutation per
// constraint (test/fixtures/broken-graphs.ts), judged alike by every SHACL engine Akhbar can use.
import { describe, expect, it } from 'vitest';
import { Writer } from 'n3';
import { createValidator } from '../../src/validate/validate.js';
import { ENGINES } from '../../src/validate/engines/engines.js';
import { readTurtleFiles } from '../../src/io/resources.js';
import { BREAKAGES, VALID_GRAPH as base, is, mutate, none, parse } from '../fixtures/broken-graphs.js';

const shapes = readTurtleFiles(['shapes/akhbar.ttl']);

describe.each(ENGINES)('shapes/akhbar.ttl with %s', (engine) => {
  const validate = createValidator(shapes, { engine });

  it('accepts the valid fixture', async () => {
    const outcome = await validate(parse(base));
    expect(outcome.violations).toEqual([]);
    expect(outcome.conforms).toBe(true);
  });

  it.each(BREAKAGES)('rejects %s', async (_name, remove, add, shape) => {
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
