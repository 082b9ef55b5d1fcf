import { loadProjectData } from '../src/io/resources.js';
import { analyze } from '../src/pipeline.js';
import { readFileSync } from 'node:fs';
const { resources } = loadProjectData();
const text = readFileSync('input/alaska-summit.txt', 'utf8');
const doc = analyze('x', text, resources);
const words = doc.tokens.map((t) => t.norm);
const names = resources.gazetteer.names as any;
const table: Map<string, unknown> = names.written[2];
console.log('tokens', words.length, 'table', table.size);
for (let round = 0; round < 3; round++) {
  let t = process.hrtime.bigint(); let hits = 0;
  for (let r = 0; r < 2000; r++) for (const w of words) if (table.get(w)) hits++;
  console.log('map.get ns/call', Number(process.hrtime.bigint() - t) / (2000 * words.length), hits);
  t = process.hrtime.bigint();
  for (let r = 0; r < 2000; r++) for (let i = 0; i < doc.tokens.length; i++) names.matchAt(doc.tokens, i);
  console.log('matchAt ns/call', Number(process.hrtime.bigint() - t) / (2000 * words.length));
  t = process.hrtime.bigint();
  for (let r = 0; r < 2000; r++) for (let i = 0; i < doc.tokens.length; i++) names.longestAt([words[i]]);
  console.log('longestAt ns/call', Number(process.hrtime.bigint() - t) / (2000 * words.length));
}
