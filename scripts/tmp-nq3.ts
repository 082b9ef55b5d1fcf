import { loadProjectData } from '../src/io/resources.js';
import { analyze } from '../src/pipeline.js';
import { planInputs, readCorpus } from '../src/io/sources.js';
import { buildGraph } from '../src/rdf/build-graph.js';
import { nquadLines } from '../src/rdf/nquads.js';
import { DEFAULT_BASE } from '../src/rdf/vocabulary.js';
import { DataFactory, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
const { resources } = loadProjectData();
const graphs: Quad[][] = [];
for await (const item of readCorpus(planInputs(['../shared/corpus/ant']))) {
  if (item.article) { try { graphs.push(buildGraph(analyze(item.article.id, item.article.text, resources, { meta: item.article.meta }), { base: DEFAULT_BASE })); } catch {} }
  if (graphs.length >= 1000) break;
}
const enc = new TextEncoder();
const g0 = 'https://w3id.org/akhbar/id/article/x';
const variants: Record<string, (g: Quad[]) => unknown> = {
  ownEncoded: (g) => enc.encode(nquadLines(g, g0).join('')),
  n3Encoded: (g) => { const w = new Writer({ format: 'N-Quads' }); const named = DataFactory.namedNode(g0); let t = ''; for (const q of g) t += w.quadToString(q.subject, q.predicate, q.object, named); return enc.encode(t); },
  ownString: (g) => nquadLines(g, g0).join(''),
  n3String: (g) => { const w = new Writer({ format: 'N-Quads' }); const named = DataFactory.namedNode(g0); let t = ''; for (const q of g) t += w.quadToString(q.subject, q.predicate, q.object, named); return t; },
};
for (let r = 0; r < 5; r++) for (const [name, f] of Object.entries(variants)) { const t = performance.now(); for (const g of graphs) f(g); console.log(name, ((performance.now() - t) / graphs.length).toFixed(3)); }
