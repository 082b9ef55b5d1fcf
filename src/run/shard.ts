// Stable partitions of a corpus: shard K of N holds the records whose article id hashes to K, so the
// same article lands in the same shard whatever the order or grouping of the input files, N
// machines can each run one shard, and the union of their N-Quads is the single run's.
import { createHash } from 'node:crypto';
import { AkhbarError } from '../errors.js';
import type { CorpusItem } from '../io/sources.js';

export interface Shard {
  /** From 0, as Kubernetes' JOB_COMPLETION_INDEX and Slurm's array task ids count. */
  index: number;
  count: number;
}

/** `K/N` with 0 ≤ K < N. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(count >= 1 && index >= 0 && index < count)) throw new AkhbarError('E_USAGE', `--shard must be K/N with 0 ≤ K < N (the K-th of N shards, counting from 0), not "${text}"`);
  return { index, count };
}

/** The name a shard's files carry: `shard-2-of-3` (counting from 0, like --shard). */
export function shardLabel(shard: Shard): string {
  return `shard-${shard.index}-of-${shard.count}`;
}

/** The shard a key belongs to: the first 32 bits of its SHA-256, modulo N. */
export function shardOfKey(key: string, count: number): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) % count;
}

/**
 * What decides a record's shard: its article id, or for a record refused before it has one, where
 * it stands (file, record, code), so that exactly one shard reports each refusal.
 */
export function shardKey(item: CorpusItem): string {
  if (item.article) return item.article.id;
  return `!${item.error.file ?? ''}#${item.error.record ?? ''}#${item.error.code}`;
}

export async function* inShard(items: AsyncIterable<CorpusItem>, shard: Shard): AsyncGenerator<CorpusItem> {
  for await (const item of items) if (shard.count === 1 || shardOfKey(shardKey(item), shard.count) === shard.index) yield item;
}

/** The first `limit` records of the input, before they are sharded: N shards with --limit L make up one run with --limit L. */
export async function* firstRecords(items: AsyncIterable<CorpusItem>, limit: number | undefined): AsyncGenerator<CorpusItem> {
  let n = 0;
  for await (const item of items) {
    if (limit !== undefined && n++ >= limit) return;
    yield item;
  }
}
