// Entity-level scores with conlleval's rules: a chunk starts at B-X, or at I-X after O or another
// type; it counts as found when a predicted chunk has the same type and both boundaries.
import { typeOf } from './model/tags.js';

export interface ChunkCounts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface ConllScores {
  tokens: number;
  correctTags: number;
  overall: ChunkCounts;
  byType: Record<string, ChunkCounts>;
}

interface Chunk {
  start: number;
  end: number;
  type: string;
}

/** The chunks of a tag sequence as conlleval reads it (I-X after O or Y opens a chunk). */
export function chunksOf(tags: ArrayLike<number>): Chunk[] {
  const chunks: Chunk[] = [];
  let open: Chunk | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] as number;
    const type = typeOf(tag);
    const begins = type !== undefined && (tag % 2 === 1 || open?.type !== type);
    if (open && (type === undefined || begins)) {
      chunks.push(open);
      open = undefined;
    }
    if (begins && type !== undefined) open = { start: i, end: i + 1, type };
    else if (open) open.end = i + 1;
  }
  if (open) chunks.push(open);
  return chunks;
}

export function emptyScores(): ConllScores {
  return { tokens: 0, correctTags: 0, overall: { gold: 0, predicted: 0, correct: 0 }, byType: {} };
}

/** Adds one sentence's gold and predicted tags to the scores. */
export function addSentence(scores: ConllScores, gold: ArrayLike<number>, predicted: ArrayLike<number>): void {
  const countsOf = (type: string): ChunkCounts => (scores.byType[type] ??= { gold: 0, predicted: 0, correct: 0 });
  for (let i = 0; i < gold.length; i++) {
    scores.tokens++;
    if (gold[i] === predicted[i]) scores.correctTags++;
  }
  const goldChunks = chunksOf(gold);
  const predictedChunks = chunksOf(predicted);
  const goldKeys = new Set(goldChunks.map((c) => `${c.start}:${c.end}:${c.type}`));
  for (const chunk of goldChunks) {
    scores.overall.gold++;
    countsOf(chunk.type).gold++;
  }
  for (const chunk of predictedChunks) {
    scores.overall.predicted++;
    countsOf(chunk.type).predicted++;
    if (goldKeys.has(`${chunk.start}:${chunk.end}:${chunk.type}`)) {
      scores.overall.correct++;
      countsOf(chunk.type).correct++;
    }
  }
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export function precisionRecall(counts: ChunkCounts): PrecisionRecall {
  const precision = counts.predicted === 0 ? 0 : counts.correct / counts.predicted;
  const recall = counts.gold === 0 ? 0 : counts.correct / counts.gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** conlleval's report: accuracy, then overall and per type precision, recall and F1 in percent. */
export function formatScores(scores: ConllScores): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const line = (name: string, counts: ChunkCounts) => {
    const { precision, recall, f1 } = precisionRecall(counts);
    return `${name.padEnd(8)} precision: ${pct(precision)}%; recall: ${pct(recall)}%; FB1: ${pct(f1)}  (${counts.correct} of ${counts.gold} gold, ${counts.predicted} predicted)`;
  };
  const accuracy = scores.tokens === 0 ? 0 : scores.correctTags / scores.tokens;
  const header = `processed ${scores.tokens} tokens with ${scores.overall.gold} phrases; found: ${scores.overall.predicted} phrases; correct: ${scores.overall.correct}.`;
  const types = Object.keys(scores.byType).sort();
  return [header, `accuracy: ${pct(accuracy)}%`, line('overall', scores.overall), ...types.map((t) => line(t, scores.byType[t] as ChunkCounts))].join('\n');
}
