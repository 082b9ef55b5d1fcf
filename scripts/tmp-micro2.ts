import { loadProjectData } from '../src/io/resources.js';
import { analyze } from '../src/pipeline.js';
import { planInputs, readCorpus } from '../src/io/sources.js';
import { findGazetteerNames } from '../src/ner/gazetteer-names.js';
const { resources } = loadProjectData();
const docs = [];
for await (const item of readCorpus(planInputs(['../shared/corpus/ant']), { limit: 1000 } as any)) {
  if (item.article) { try { docs.push(analyze(item.article.id, item.article.text, resources)); } catch {} }
}
const ntok = docs.reduce((a, d) => a + d.tokens.length, 0);
console.log('docs', docs.length, 'tokens', ntok);
const names = resources.gazetteer.names as any;
const table: Map<string, unknown> = names.written[2];
for (let round = 0; round < 3; round++) {
  let t = process.hrtime.bigint(); let hits = 0;
  for (const d of docs) for (const tok of d.tokens) if (table.get(tok.norm)) hits++;
  console.log('map.get ns/token', Number(process.hrtime.bigint() - t) / ntok, hits / ntok);
  t = process.hrtime.bigint();
  for (const d of docs) findGazetteerNames(d.tokens, resources);
  console.log('findGazetteerNames ns/token', Number(process.hrtime.bigint() - t) / ntok);
  t = process.hrtime.bigint();
  for (const d of docs) analyze(d.id, d.text, resources);
  console.log('analyze ms/doc', Number(process.hrtime.bigint() - t) / docs.length / 1e6);
}
