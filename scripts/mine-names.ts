// Lists the names the gazetteer lacks that a corpus most often gives after a title or a speech
// verb: the candidates for curating into ontology/gazetteer/. Reads TREC files (<DOC> records).
// Usage: npm run mine-names -- [corpus dir] [--every N] [--top N]   (default ../shared/corpus/ant)
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadProjectData } from '../src/io/resources.js';
import { analyze } from '../src/pipeline.js';
import { requirePath, SOURCES } from './source-data.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => Number(args[args.indexOf(name) + 1] ?? fallback) || fallback;
const dir = requirePath(resolve(args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? '../shared/corpus/ant'), SOURCES.ant, 'as npm run mine-names -- DIR');
const every = args.includes('--every') ? option('--every', 1) : 1;
const top = args.includes('--top') ? option('--top', 200) : 200;

const { resources } = loadProjectData();
const counts = new Map<string, { type: string; count: number; titles: Map<string, number> }>();
let seen = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.trec')).sort()) {
  for (const record of readFileSync(join(dir, file), 'utf8').matchAll(/<TEXT>([\s\S]*?)<\/TEXT>/g)) {
    if (seen++ % every !== 0) continue;
    const text = (record[1] ?? '').trim();
    if (!/[\u0621-\u064A]/.test(text)) continue;
    const doc = analyze(`m${seen}`, text, resources);
    for (const m of doc.mentions) {
      const entity = doc.entities.get(m.entity);
      if (!entity || !m.entity.startsWith('local:') || entity.unnamed || m.via === 'coreference') continue;
      const row = counts.get(entity.nameAr) ?? { type: entity.type, count: 0, titles: new Map<string, number>() };
      row.count++;
      if (m.title) {
        const title = doc.text.slice(m.title.start, m.title.end);
        row.titles.set(title, (row.titles.get(title) ?? 0) + 1);
      }
      counts.set(entity.nameAr, row);
    }
  }
}
console.log(`# ${Math.ceil(seen / every)} articles read; the ${top} most frequent names the gazetteer lacks`);
console.log('count\ttype\tname\tmost frequent title');
for (const [name, row] of [...counts].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0])).slice(0, top)) {
  const title = [...row.titles].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  console.log(`${row.count}\t${row.type}\t${name}\t${title}`);
}
