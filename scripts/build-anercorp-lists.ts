// Derives two word lists from ANERcorp (CC BY-SA 4.0), re-runnable and deterministic:
// ontology/lexicon/given-names.json, the words that begin a person annotation far more often than
// they appear outside one, and ontology/lexicon/common-words.json, the words seen often and almost
// never inside any entity (a name does not run over them).
// Usage: npm run anercorp-lists [-- <anercorp train.txt>]
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { createNormalizer, type NormalizationTable } from '../src/normalize/arabic.js';

const source = resolve(process.argv[2] ?? '../shared/data/anercorp/train.txt');
const target = resolve('ontology/lexicon/given-names.json');
const commonTarget = resolve('ontology/lexicon/common-words.json');
const normalizer = createNormalizer(JSON.parse(readFileSync('ontology/lexicon/normalization.json', 'utf8')) as NormalizationTable);

/** A name must begin persons at least this often, and do so in this share of its occurrences. */
const MIN_PERSON_STARTS = 2;
const MIN_PERSON_SHARE = 0.6;
const MIN_LENGTH = 3;
/** A common word is seen at least this often outside entities, and inside one at most this share of that. */
const MIN_COMMON = 3;
const MAX_ENTITY_SHARE = 0.05;

const starts = new Map<string, number>();
const total = new Map<string, number>();
const outside = new Map<string, number>();
for (const line of readFileSync(source, 'utf8').split('\n')) {
  const [word, tag] = line.trim().split(/\s+/);
  if (!word || !tag) continue;
  const norm = normalizer.normalize(word);
  total.set(norm, (total.get(norm) ?? 0) + 1);
  if (tag === 'B-PERS') starts.set(norm, (starts.get(norm) ?? 0) + 1);
  if (tag === 'O') outside.set(norm, (outside.get(norm) ?? 0) + 1);
}
const names = [...starts]
  .filter(([word, n]) => n >= MIN_PERSON_STARTS && n / (total.get(word) ?? n) >= MIN_PERSON_SHARE && word.length >= MIN_LENGTH && !word.startsWith('ال') && /^[\u0621-\u064A]+$/.test(word))
  .map(([word]) => word)
  .sort();
const data = {
  description:
    'Arabic given names: words that begin a person name in ANERcorp (Benajiba, Rosso & Benedi Ruiz 2007; CAMeL Lab split) at least twice and in at least 60% of their occurrences, normalised. Derived by scripts/build-given-names.ts; licensed CC BY-SA 4.0 like its source. compoundPrefixes are curated: first parts of compound names that bind the next word.',
  license: 'CC BY-SA 4.0',
  compoundPrefixes: ['عبد', 'أبو', 'أبي', 'ابن', 'بن', 'بنت', 'آل', 'أم'],
  names,
  // Kept across re-runs: the curated list is not derived from ANERcorp.
  curated: (JSON.parse(readFileSync(target, 'utf8')) as { curated?: string[] }).curated ?? [],
};
const common = [...outside]
  .filter(([word, n]) => n >= MIN_COMMON && (total.get(word) ?? n) - n <= n * MAX_ENTITY_SHARE && /^[\u0621-\u064A]{2,}$/.test(word))
  .map(([word]) => word)
  .sort();
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
