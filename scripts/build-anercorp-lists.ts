// Writes the two word lists derived from ANERcorp (CC BY-SA 4.0; rules in src/ner/model/anercorp-lists.ts),
// re-runnable and deterministic: ontology/lexicon/given-names.json and ontology/lexicon/common-words.json.
// Usage: npm run anercorp-lists [-- <anercorp train.txt>]
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { createNormalizer, type NormalizationTable } from '../src/normalize/arabic.js';
import { deriveAnercorpLists } from '../src/ner/model/anercorp-lists.js';
import { requirePath, SOURCES } from './source-data.js';

const source = requirePath(resolve(process.argv[2] ?? '../shared/data/anercorp/train.txt'), SOURCES.anercorp, 'as npm run anercorp-lists -- FILE');
const target = resolve('ontology/lexicon/given-names.json');
const commonTarget = resolve('ontology/lexicon/common-words.json');
const normalizer = createNormalizer(JSON.parse(readFileSync('ontology/lexicon/normalization.json', 'utf8')) as NormalizationTable);

const pairs: [string, string][] = [];
for (const line of readFileSync(source, 'utf8').split('\n')) {
  const [word, tag] = line.trim().split(/\s+/);
  if (word && tag) pairs.push([word, tag]);
}
const { givenNames: names, commonWords: common } = deriveAnercorpLists(pairs, normalizer);
const data = {
  description:
    'Arabic given names: words that begin a person name in ANERcorp (Benajiba, Rosso & Benedi Ruiz 2007; CAMeL Lab split) at least twice and in at least 60% of their occurrences, normalised. Derived by scripts/build-given-names.ts; licensed CC BY-SA 4.0 like its source. compoundPrefixes are curated: first parts of compound names that bind the next word.',
  license: 'CC BY-SA 4.0',
  compoundPrefixes: ['عبد', 'أبو', 'أبي', 'ابن', 'بن', 'بنت', 'آل', 'أم'],
  names,
  // Kept across re-runs: the curated list is not derived from ANERcorp.
  curated: (JSON.parse(readFileSync(target, 'utf8')) as { curated?: string[] }).curated ?? [],
};
const commonData = {
  description:
    'Common Arabic words: seen at least 3 times outside entities in ANERcorp (Benajiba, Rosso & Benedi Ruiz 2007; CAMeL Lab split) and inside an entity at most 5% as often, normalised. A name found by pattern does not start with or run over them. Derived by scripts/build-anercorp-lists.ts; licensed CC BY-SA 4.0 like its source.',
  license: 'CC BY-SA 4.0',
  words: common,
};
for (const [file, content] of [[target, data], [commonTarget, commonData]] as const) {
  writeFileSync(`${file}.tmp`, `${JSON.stringify(content, null, 1)}\n`);
  renameSync(`${file}.tmp`, file);
}
console.log(`${names.length} given names → ${target}\n${common.length} common words → ${commonTarget}`);
