// Word profiles for the NER model, counted in unlabelled news text (the ANT corpus): how a stem is
// used. A name seldom takes the article or a pronoun suffix (one says حكومته and الحكومة, not
// *بنفيكاه or *البنفيكا), and most names are rare; these are what capital letters say in English,
// and they hold for names the tagged corpus never saw. Each stem seen often enough gets three
// buckets: the share of its uses with ال, the share of pronoun-suffixed forms, its frequency.
// Deterministic: counts only. Usage: npm run ner-profiles [-- <corpus dir> --out FILE], then npm run train-ner.
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createNormalizer, type NormalizationTable } from '../src/normalize/arabic.js';
import { analyzeWord } from '../src/ner/model/word-features.js';
import { requirePath, SOURCES } from './source-data.js';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'ontology/ner/profiles.tsv' },
    'min-count': { type: 'string', default: '3' },
  },
});
const dir = requirePath(resolve(positionals[0] ?? '../shared/corpus/ant'), SOURCES.ant, 'as the first argument');
const minCount = Number(args['min-count']);
const normalizer = createNormalizer(JSON.parse(readFileSync('ontology/lexicon/normalization.json', 'utf8')) as NormalizationTable);
const WORD = /[\u0621-\u064A]+/g;
const SUFFIXES = ['ه', 'ها', 'هم', 'هما', 'كم', 'نا', 'هن'];

// Per stem: its uses, and those with the article.
const uses = new Map<string, number>();
const definite = new Map<string, number>();
let tokens = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.trec')).sort()) {
  for (const record of readFileSync(join(dir, file), 'utf8').matchAll(/<TEXT>([\s\S]*?)<\/TEXT>/g)) {
    for (const word of normalizer.normalize(record[1] ?? '').match(WORD) ?? []) {
      const { proclitics, stem } = analyzeWord(word);
      uses.set(stem, (uses.get(stem) ?? 0) + 1);
      if (proclitics.endsWith('ال') || proclitics.endsWith('لل')) definite.set(stem, (definite.get(stem) ?? 0) + 1);
      tokens++;
    }
  }
}

/** The share's bucket: the first bound it is under, else the number of bounds. */
const bucket = (share: number, bounds: readonly number[]) => {
  const at = bounds.findIndex((bound) => share < bound);
  return at < 0 ? bounds.length : at;
};
const lines: string[] = [];
for (const [stem, count] of uses) {
  if (count < minCount) continue;
  // A pronoun suffix turns a final ة (ه in the normal form) into ت (حكومة → حكومته).
  const bases = stem.endsWith('ة') || stem.endsWith('ه') ? [stem, `${stem.slice(0, -1)}ت`] : [stem];
  const suffixed = bases.reduce((n, base) => n + SUFFIXES.reduce((m, suffix) => m + (uses.get(base + suffix) ?? 0), 0), 0);
  const article = bucket((definite.get(stem) ?? 0) / count, [0.02, 0.15, 0.5]);
  const suffix = bucket(suffixed / count, [0.005, 0.05]);
  const frequency = bucket(count, [8, 32, 256]);
  lines.push(`${stem}\tpa${article} ps${suffix} pf${frequency}`);
}
lines.sort();
const out = resolve(args.out);
const header = `# NER word profiles: stem, then the buckets of its share of uses with the article (pa: under 2%, 15%, 50%, more), of pronoun-suffixed forms (ps: under 0.5%, 5%, more) and its uses (pf: under 8, 32, 256, more), from ${tokens} tokens of ${dir.split('/').pop()}, stems seen ${minCount}+ times. Built by scripts/build-ner-profiles.ts.\n`;
writeFileSync(`${out}.tmp`, header + lines.join('\n') + '\n');
renameSync(`${out}.tmp`, out);
console.log(`${lines.length} stems → ${out}`);
