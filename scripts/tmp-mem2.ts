import { loadProjectData } from '../src/io/resources.js';
import { analyze } from '../src/pipeline.js';
import { readFileSync } from 'node:fs';
const gc = (globalThis as any).gc as () => void;
const { resources } = loadProjectData();
gc(); const m1 = process.memoryUsage().heapUsed;
const text = readFileSync('input/alaska-summit.txt', 'utf8');
analyze('x', text, resources);
gc(); const m2 = process.memoryUsage().heapUsed;
console.log('tables MB', ((m2 - m1) / 1e6).toFixed(1));
for (const [name, idx] of [['names', resources.gazetteer.names], ['demonyms', resources.gazetteer.demonyms], ...Object.entries(resources.lexicons)] as [string, any][]) {
  if (!idx?.written) continue;
  console.log(name, idx.written.map((t: Map<string, unknown[]> | undefined) => t ? t.size : '-').join(' '));
}
{
const { resources: r2 } = loadProjectData();
gc(); const a = process.memoryUsage().heapUsed;
r2.gazetteer.names.longestAt(['x']);
gc(); const b = process.memoryUsage().heapUsed;
console.log('names table MB', ((b - a) / 1e6).toFixed(1));
}
