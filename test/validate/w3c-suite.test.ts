// The W3C SHACL core test suite through every engine Akhbar offers (test/validate/w3c/suite.ts):
// the general engines pass each test, and the compiled engine passes each test whose shapes it
// accepts and refuses the others, falling back to an engine that passes them: never a wrong verdict.
// `npm run shacl-suite` prints the table the README shows.
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../src/validate/engines/engines.js';
import { loadSuite, runTest } from './w3c/suite.js';

const tests = loadSuite();

it('reads the whole core section of the suite', () => {
  // complex, misc, node, path, property, targets and validation-reports, every test of each.
  expect(new Set(tests.map((t) => t.id.split('/')[0]))).toEqual(new Set(['complex', 'misc', 'node', 'path', 'property', 'targets', 'validation-reports']));
  expect(tests.length).toBeGreaterThanOrEqual(98);
  expect(tests.filter((t) => !t.conforms).every((t) => t.expected.size > 0)).toBe(true);
});

describe.each(ENGINES)('the W3C SHACL core tests with %s', (engine) => {
  it.each(tests.map((t) => [t.id, t] as const))('%s', async (_id, test) => {
    const outcome = await runTest(engine, test);
    if (engine === 'compiled' && outcome.status === 'refused') {
      expect(outcome.refusal).toMatch(/does not support/);
      expect(outcome.fallbackPassed, outcome.difference).toBe(true);
    } else {
      expect(outcome.status, outcome.difference).toBe('passed');
    }
  });
});
