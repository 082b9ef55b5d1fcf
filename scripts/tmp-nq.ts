import { loadProjectData } from '../src/io/resources.js';
import { analyze } from '../src/pipeline.js';
import { planInputs, readCorpus } from '../src/io/sources.js';
import { buildGraph } from '../src/rdf/build-graph.js';
import { nquadLines } from '../src/rdf/nquads.js';
import { DEFAULT_BASE } from '../src/rdf/vocabulary.js';
import type { Quad } from '@rdfjs/types';
const { resources } = loadProjectData();
const graphs: Quad[][] = [];
for await (const item of readCorpus(planInputs(['../shared/corpus/ant']))) {
  if (item.article) { try { graphs.push(buildGraph(analyze(item.article.id, item.article.text, resources, { meta: item.article.meta }), { base: DEFAULT_BASE })); } catch {} }
  if (graphs.length >= 1000) break;
}
for (let r = 0; r < 20; r++) { const t = performance.now(); for (const g of graphs) nquadLines(g, 'http://x/a').join(''); console.log(((performance.now() - t) / graphs.length).toFixed(3)); }
