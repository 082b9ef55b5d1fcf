// Shards: K/N parsed strictly, and a record's shard fixed by its article id alone.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AkhbarError } from '../../src/errors.js';
import type { CorpusItem } from '../../src/io/sources.js';
import { firstRecords, inShard, parseShard, shardKey, shardLabel, shardOfKey } from '../../src/run/shard.js';

const article = (id: string): CorpusItem => ({ article: { id, file: 'x.jsonl', record: 1, text: 'نص', meta: {}, single: false } });
async function collect(items: AsyncIterable<CorpusItem>): Promise<string[]> {
  const keys: string[] = [];
  for await (const item of items) keys.push(shardKey(item));
  return keys;
}
async function* from(items: CorpusItem[]): AsyncGenerator<CorpusItem> {
  yield* items;
}

describe('shards', () => {
  it('reads K/N counting from 0, and refuses anything else as a usage error', () => {
    expect(parseShard('0/3')).toEqual({ index: 0, count: 3 });
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(shardLabel(parseShard('2/3'))).toBe('shard-2-of-3');
    for (const bad of ['3/3', '-1/3', '1/0', '1', 'a/b', '1/3/4']) {
      expect(() => parseShard(bad), bad).toThrow(AkhbarError);
      expect(() => parseShard(bad)).toThrow(/--shard must be K\/N/);
    }
  });

  it('puts an article in the shard of the first 32 bits of the SHA-256 of its id, modulo N', () => {
    const expected = createHash('sha256').update('NEWS-007').digest().readUInt32BE(0) % 5;
    expect(shardOfKey('NEWS-007', 5)).toBe(expected);
  });

  it('gives every record exactly one shard, whatever the order it comes in', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `DOC-${i}`);
    const refused: CorpusItem = { error: new AkhbarError('E_RECORD', 'no <TEXT>', { file: 'a.trec', record: 4 }) };
    const items = [...ids.map(article), refused];
    const shards = await Promise.all([0, 1, 2].map((index) => collect(inShard(from(items), { index, count: 3 }))));
    expect(shards.flat().sort()).toEqual(items.map(shardKey).sort());
    expect(shards.every((keys) => keys.length > 10)).toBe(true);
    const reversed = await collect(inShard(from([...items].reverse()), { index: 1, count: 3 }));
    expect(reversed.sort()).toEqual([...(shards[1] as string[])].sort());
  });

  it('limits the input records before they are sharded', async () => {
    expect(await collect(firstRecords(from(['a', 'b', 'c'].map(article)), 2))).toEqual(['a', 'b']);
    expect(await collect(firstRecords(from(['a', 'b'].map(article)), undefined))).toEqual(['a', 'b']);
  });
});
