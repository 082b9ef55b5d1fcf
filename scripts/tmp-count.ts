import { loadProjectData } from '../src/io/resources.js';
import { analyze } from '../src/pipeline.js';
import { planInputs, readCorpus } from '../src/io/sources.js';
import { PhraseIndex } from '../src/lexicon/phrase-index.js';
const counts = new Map<string, number>();
const hits = new Map<string, number>();
for (const m of ['longestAt', 'matchAt'] as const) {
  const orig = (PhraseIndex.prototype as any)[m];
  (PhraseIndex.prototype as any)[m] = function (...a: unknown[]) {
    const stack = new Error().stack!.split('\n')[2]!.trim().replace(/\(.*\/src\//, '(').replace(/:\d+\)$/, ')');
    counts.set(stack, (counts.get(stack) ?? 0) + 1);
    const r = orig.apply(this, a);
    if (r) hits.set(stack, (hits.get(stack) ?? 0) + 1);
    return r;
  };
}
const { resources } = loadProjectData();
let n = 0, tokens = 0;
for await (const item of readCorpus(planInputs(['../shared/corpus/ant']))) {
  if (item.article) { try { tokens += analyze(item.article.id, item.article.text, resources, { meta: item.article.meta }).tokens.length; n++; } catch {} }
  if (n >= 300) break;
}
console.log('tokens/article', tokens / n);
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / n).toFixed(0).padStart(6), ((hits.get(k) ?? 0) / n).toFixed(0).padStart(5), k);
console.log('total per article', [...counts.values()].reduce((a, b) => a + b, 0) / n);
