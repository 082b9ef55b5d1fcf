// Prints how each SHACL engine Akhbar offers does on the W3C SHACL core test suite: tests passed,
// refused by the compiled engine (and whether the engine it fell back on passed them), failed.
// The table is the README's (Validation); `--list` names every test that did not simply pass.
//   npm run shacl-suite [-- --list]
import { ENGINES } from '../src/validate/engines/engines.js';
import { loadSuite, runTest, suiteManifest, type Outcome } from '../test/validate/w3c/suite.js';

const list = process.argv.includes('--list');
const tests = loadSuite();
console.log(`W3C SHACL core test suite: ${tests.length} tests (${suiteManifest()})\n`);
console.log('| engine | passed | refused (fallback passed) | failed |');
console.log('|---|---|---|---|');
const notes: string[] = [];
const refusedFor = new Map<string, number>();
for (const engine of ENGINES) {
  const outcomes: Outcome[] = [];
  for (const test of tests) outcomes.push(await runTest(engine, test));
  const count = (status: Outcome['status']) => outcomes.filter((o) => o.status === status).length;
  const refused = outcomes.filter((o) => o.status === 'refused');
  console.log(`| ${engine} | ${count('passed')} | ${refused.length}${refused.length ? ` (${refused.filter((o) => o.fallbackPassed).length})` : ''} | ${count('failed')} |`);
  for (const o of outcomes) {
    if (o.status === 'refused') {
      const what = (o.refusal ?? '').replace(/^\S+ uses /, '').replace(/, which .*$/, '');
      refusedFor.set(what, (refusedFor.get(what) ?? 0) + 1);
    }
    if (list && o.status !== 'passed') notes.push(`${engine} ${o.test.id}: ${o.status}${o.refusal ? ` (${o.refusal})` : ''}${o.difference ? `\n    ${o.difference.replace(/\n/g, '\n    ')}` : ''}`);
  }
}
if (refusedFor.size > 0) console.log(`\nRefused by the compiled engine: ${[...refusedFor].sort((a, b) => b[1] - a[1]).map(([what, n]) => `${what} (${n})`).join(', ')}.`);
if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
