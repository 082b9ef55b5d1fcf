// A folder of annotated articles (NN.txt + NN.json) analysed and scored, for akhbar eval and the
// confidence script alike.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Resources } from '../resources.js';
import { AkhbarError } from '../errors.js';
import { decodeArticleText } from '../io/decode.js';
import { analyze } from '../pipeline.js';
import { parseGold } from './gold.js';
import { predictionOf } from './predict.js';
import { scoreArticle, type ArticleCounts } from './score.js';
import type { Prediction } from './types.js';

export interface ScoredArticle {
  name: string;
  text: string;
  prediction: Prediction;
  counts: ArticleCounts;
}

export function scoreFolder(folder: string, resources: Resources): ScoredArticle[] {
  if (!existsSync(folder)) throw new AkhbarError('E_MISSING', 'no such folder of annotated articles (NN.txt with NN.json, format in docs/evaluation.md); give yours with --gold DIR', { file: folder });
  const names = readdirSync(folder).filter((f) => f.endsWith('.txt') && existsSync(join(folder, f.replace(/\.txt$/, '.json')))).sort();
  if (names.length === 0) throw new AkhbarError('E_MISSING', 'no NN.txt with an NN.json gold file', { file: folder });
  return names.map((file) => {
    const path = join(folder, file);
    const text = decodeArticleText(path, readFileSync(path));
    const gold = parseGold(path.replace(/\.txt$/, '.json'), readFileSync(path.replace(/\.txt$/, '.json'), 'utf8'), text);
    const name = file.replace(/\.txt$/, '');
    const prediction = predictionOf(analyze(name, text, resources));
    return { name, text, prediction, counts: scoreArticle(gold, prediction) };
  });
}

/** Every predicted statement with its rule, confidence and whether it is right. */
export function judgedStatements(scored: readonly ScoredArticle[]): { rule: string; confidence: number; right: boolean }[] {
  return scored.flatMap((a) => a.prediction.statements.map((s, i) => ({ rule: s.rule ?? 'unknown', confidence: s.confidence ?? 1, right: a.counts.attributed?.[i] ?? false })));
}
