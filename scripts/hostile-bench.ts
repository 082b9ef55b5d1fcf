// `npm run bench:hostile`: how long one article takes, at the worst and at the tail.
//  1. every hostile text of test/fixtures/hostile.ts at its full size (and --sizes, fractions of it),
//     end to end in a process of its own (extraction, graph, validation, N-Quads; --per-article adds
//     Turtle and JSON-LD), killed after --kill seconds: time per stage, statements, triples, verdict;
//  2. with --corpus DIR: every article of a corpus (read by this checkout), one thread, no budget: the slowest, the 99.9th
//     and 99th percentiles and the median, so that --article-timeout can be set far above them.
// --dist DIR runs another build (e.g. an older commit's dist/) for before-and-after figures; it must
// have dist/build.js and dist/io/resources.js.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/io/resources.js';
import { planInputs, readCorpus } from '../src/io/sources.js';
import { HOSTILE_TEXTS } from '../test/fixtures/hostile.js';

const args = process.argv.slice(2);
const option = (name: string, fallback?: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const dist = resolve(option('dist', join(PROJECT_ROOT, 'dist')) as string);
const killAfter = Number(option('kill', '120'));
const sizes = (option('sizes', '1') as string).split(',').map(Number);
const only = option('only');
const perArticle = args.includes('--per-article');
const corpus = option('corpus');

/** What the first article would build is built on this sentence first, as each worker does. */
const WARM_UP = 'قال الرئيس فلان في مؤتمر صحفي إن "الاجتماع كان مثمرا".';

/** The child: builds one article with the given build and prints its figures as JSON. */
const CHILD = `
const [dist, text, perArticle] = [process.argv[1], require('fs').readFileSync(0, 'utf8'), process.argv[2] === 'true'];
(async () => {
  const { loadProjectData } = await import(dist + '/io/resources.js');
  const { buildArticle } = await import(dist + '/build.js');
  const { createValidator } = await import(dist + '/validate/validate.js');
  const { analyze } = await import(dist + '/pipeline.js');
  const data = loadProjectData();
  analyze('warm-up', process.argv[3], data.resources);
  const started = performance.now();
  const out = await buildArticle('hostile', text, {}, data.resources, { base: 'https://w3id.org/akhbar/id/', context: data.context, validator: createValidator(data.shapes), perArticle });
  console.log(JSON.stringify({ ms: performance.now() - started, times: out.times, statements: out.doc.statements.length, triples: out.quads.length, conforms: out.outcome.conforms }));
})();
`;

interface Figures {
  ms: number;
  times: Record<string, number>;
  statements: number;
  triples: number;
  conforms: boolean;
}

function runOne(text: string): Figures | string {
  const child = spawnSync(process.execPath, ['-e', CHILD, dist, String(perArticle), WARM_UP], { input: text, encoding: 'utf8', timeout: killAfter * 1000, maxBuffer: 16 << 20 });
  if (child.error && (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return `> ${killAfter} s (killed)`;
  if (child.status !== 0) return `failed: ${child.stderr.trim().split('\n').at(-1)}`;
  return JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as Figures;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

console.log(`hostile texts, one article each (${dist}${perArticle ? ', with Turtle and JSON-LD' : ''})`);
console.log('| text | size | chars | total | extract | graph | validate | serialise | statements | triples | conforms |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const hostile of HOSTILE_TEXTS) {
  if (only && !only.split(',').includes(hostile.name)) continue;
  for (const fraction of sizes) {
    const size = Math.round(hostile.size * fraction);
    const text = hostile.make(size);
    const figures = runOne(text);
    const row = typeof figures === 'string' ? [figures, '', '', '', '', '', '', ''] : [seconds(figures.ms), ...['extract', 'graph', 'validate', 'serialise'].map((k) => seconds(figures.times[k] ?? 0)), String(figures.statements), String(figures.triples), figures.conforms ? 'yes' : 'NO'];
    console.log(`| ${hostile.name} | ${size.toLocaleString('en')} | ${text.length.toLocaleString('en')} | ${row.join(' | ')} |`);
  }
}

if (corpus) {
  const { loadProjectData } = (await import(join(dist, 'io', 'resources.js'))) as typeof import('../src/io/resources.js');
  const { buildArticle } = (await import(join(dist, 'build.js'))) as typeof import('../src/build.js');
  const { createValidator } = (await import(join(dist, 'validate', 'validate.js'))) as typeof import('../src/validate/validate.js');
  const data = loadProjectData();
  const validator = createValidator(data.shapes);
  const { analyze } = (await import(join(dist, 'pipeline.js'))) as typeof import('../src/pipeline.js');
  analyze('warm-up', WARM_UP, data.resources);
  const times: { id: string; ms: number; chars: number }[] = [];
  for await (const item of readCorpus(planInputs([corpus]))) {
    if (!item.article) continue;
    const { id, text, meta } = item.article;
    const started = performance.now();
    await buildArticle(id, text, meta, data.resources, { base: 'https://w3id.org/akhbar/id/', context: data.context, validator, perArticle: false });
    times.push({ id, ms: performance.now() - started, chars: text.length });
  }
  times.sort((a, b) => a.ms - b.ms);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as { id: string; ms: number; chars: number };
  const slowest = times.at(-1) as { id: string; ms: number; chars: number };
  console.log(`\n${times.length.toLocaleString('en')} articles of ${corpus}, one thread, N-Quads only:`);
  console.log(`slowest ${slowest.id} (${slowest.chars.toLocaleString('en')} characters): ${slowest.ms.toFixed(1)} ms`);
  for (const [label, q] of [['99.9th percentile', 0.999], ['99th percentile', 0.99], ['median', 0.5]] as const) console.log(`${label}: ${at(q).ms.toFixed(1)} ms`);
}
