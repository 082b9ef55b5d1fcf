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
const enc = new TextEncoder();
const variants: Record<string, (g: Quad[]) => Uint8Array> = {
  joinEncode: (g) => enc.encode(nquadLines(g, 'http://x/a').join('')),
  joinBuffer: (g) => Buffer.from(nquadLines(g, 'http://x/a').join(''), 'utf8'),
  writeLines: (g) => {
    const lines = nquadLines(g, 'http://x/a');
    let size = 0; for (const l of lines) size += l.length;
    const buf = Buffer.allocUnsafeSlow(size * 3);
    let at = 0; for (const l of lines) at += buf.write(l, at, 'utf8');
    return buf.subarray(0, at);
  },
  encodeInto: (g) => {
    const lines = nquadLines(g, 'http://x/a');
    let size = 0; for (const l of lines) size += l.length;
    const buf = new Uint8Array(size * 3);
    let at = 0; for (const l of lines) at += enc.encodeInto(l, at === 0 ? buf : buf.subarray(at)).written;
    return buf.subarray(0, at);
  },
};
for (let r = 0; r < 4; r++) for (const [name, f] of Object.entries(variants)) { const t = performance.now(); for (const g of graphs) f(g); console.log(name, ((performance.now() - t) / graphs.length).toFixed(3)); }
