import { loadProjectData } from '../src/io/resources.js';
import { analyze } from '../src/pipeline.js';
import { planInputs, readCorpus } from '../src/io/sources.js';
import { buildGraph } from '../src/rdf/build-graph.js';
import { toNQuads } from '../src/rdf/serialize.js';
import { createValidator } from '../src/validate/validate.js';
import { checkAnchors } from '../src/validate/anchors.js';
import { DEFAULT_BASE } from '../src/rdf/vocabulary.js';
import type { ArticleDoc } from '../src/types.js';
const { resources, shapes } = loadProjectData();
const validator = createValidator(shapes);
const docs: ArticleDoc[] = [];
for await (const item of readCorpus(planInputs(['../shared/corpus/ant']))) {
  if (item.article) { try { docs.push(analyze(item.article.id, item.article.text, resources, { meta: item.article.meta })); } catch {} }
  if (docs.length >= 1000) break;
}
const time = async (name: string, f: () => unknown) => {
  let best = Infinity;
  for (let r = 0; r < 7; r++) { const t = performance.now(); await f(); best = Math.min(best, performance.now() - t); }
  console.log(name.padEnd(12), (best / docs.length).toFixed(3), 'ms/article');
};
const graphs = docs.map((d) => buildGraph(d, { base: DEFAULT_BASE }));
const nq: string[] = [];
console.log('triples/article', graphs.reduce((a, g) => a + g.length, 0) / docs.length);
await time('analyze', () => { for (const d of docs) analyze(d.id, d.text, resources, { meta: d.meta }); });
await time('buildGraph', () => { for (const d of docs) buildGraph(d, { base: DEFAULT_BASE }); });
await time('validate', async () => { for (const g of graphs) await validator(g); });
await time('anchors', () => graphs.map((g) => checkAnchors(g)));
await time('toNQuads', async () => { nq.length = 0; for (const g of graphs) nq.push(await toNQuads(g, 'http://x/a', { sorted: true })); });
await time('encode', async () => { for (const g of graphs) new TextEncoder().encode(await toNQuads(g, 'http://x/a', { sorted: true })); });
