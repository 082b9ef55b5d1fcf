// `akhbar run --shard K/N` as schedulers run it: N processes, each writing its own N-Quads, whose
// union is the single run's; the same shards whatever the order of the input; a killed shard resumes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { spawnCli } from './run-cli.js';
import { fixtureArticles, toJsonLines, toTrec } from '../fixtures/corpus.js';

const articles = fixtureArticles(24);
let work: string;
let corpus: string;
/** The single run's N-Quads lines, sorted. */
let single: string[];

/** The N-Quads lines of every all.shard-*.nq[.gz] under `out`, sorted. */
function shardLines(out: string): string[] {
  const files = readdirSync(out).filter((f) => /^all\.shard-\d+-of-\d+\.nq(\.gz)?$/.test(f));
  const text = files.map((f) => (f.endsWith('.gz') ? gunzipSync(readFileSync(join(out, f))) : readFileSync(join(out, f))).toString('utf8')).join('');
  return text.split('\n').filter((l) => l !== '').sort();
}

const graphsOf = (lines: readonly string[]) => new Set(lines.map((l) => /<([^>]+)> \.$/.exec(l)?.[1]));

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'akhbar-shard-'));
  corpus = join(work, 'corpus');
  mkdirSync(corpus);
  // A record with no <TEXT> is refused: by exactly one shard.
  writeFileSync(join(corpus, 'a.trec'), `${toTrec(articles.slice(0, 16))}<DOC>\n<DOCNO>BAD-1</DOCNO>\n</DOC>\n`);
  writeFileSync(join(corpus, 'b.jsonl'), toJsonLines(articles.slice(16)));
  const run = await spawnCli(['run', corpus, '--out', join(work, 'single'), '--jobs', '1', '--quiet']).done;
  expect(run.out).toMatch(/E_RECORD/);
  single = readFileSync(join(work, 'single', 'all.nq'), 'utf8').split('\n').filter((l) => l !== '').sort();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('akhbar run --shard', () => {
  it('as the Kubernetes Indexed Job runs it (JOB_COMPLETION_INDEX → --shard), three processes make up the single run', async () => {
    const manifest = readFileSync('deploy/kubernetes/akhbar-shards.yaml', 'utf8');
    const command = JSON.parse(/^\s*command: (\[.*\])$/m.exec(manifest)?.[1] ?? '[]') as string[];
    const n = Number(/^\s*completions: (\d+)$/m.exec(manifest)?.[1]);
    expect(Number(/^\s*parallelism: (\d+)$/m.exec(manifest)?.[1])).toBe(n);
    expect(command).toContain(`$(JOB_COMPLETION_INDEX)/${n}`);
    const out = join(work, 'kubernetes');
    // Each pod's command, with the index Kubernetes would put in, the volume's paths here, one thread.
    const pods = Array.from({ length: n }, (_, index) => {
      const args = command.map((a) => a.replace('$(JOB_COMPLETION_INDEX)', String(index)).replace('/data/corpus', corpus).replace('/data/graphs', out));
      return spawnCli([...args.slice(2), '--jobs', '1'], undefined, args.slice(0, 2)).done;
    });
    const results = await Promise.all(pods);
    expect(results.map((r) => r.code).sort()).toEqual([0, 0, 1]);
    expect(results.map((r) => r.out.match(/E_RECORD/g)?.length ?? 0).reduce((a, b) => a + b)).toBe(1);
    expect(readdirSync(out).sort()).toEqual([0, 1, 2].map((k) => `all.shard-${k}-of-3.nq.gz`));
    const union = shardLines(out);
    expect(union).toEqual(single);
    // Disjoint: each article in one shard only.
    const perShard = [0, 1, 2].map((k) => graphsOf(gunzipSync(readFileSync(join(out, `all.shard-${k}-of-3.nq.gz`))).toString('utf8').split('\n').filter(Boolean)));
    expect(perShard.reduce((sum, g) => sum + g.size, 0)).toBe(graphsOf(single).size);
  });

  it('as the Slurm array runs it (SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT), two tasks make up the single run', async () => {
    const out = join(work, 'slurm');
    const tasks = [0, 1].map((id) => spawnCli([join('deploy', 'slurm', 'akhbar-shards.sbatch'), corpus, out], undefined, ['bash'], { ...process.env, SLURM_ARRAY_TASK_ID: String(id), SLURM_ARRAY_TASK_COUNT: '2', SLURM_CPUS_PER_TASK: '1', SLURM_SUBMIT_DIR: process.cwd() }).done);
    await Promise.all(tasks);
    expect(shardLines(out)).toEqual(single);
  });

  it.skipIf(!hasParallel())('as deploy/gnu-parallel.sh runs it, three jobs make up the single run', async () => {
    const out = join(work, 'parallel');
    await spawnCli([join('deploy', 'gnu-parallel.sh'), corpus, out, '3'], undefined, ['bash']).done;
    expect(shardLines(out)).toEqual(single);
  });

  it('puts each article in the same shard whatever the order and grouping of the input files', async () => {
    const [forward, backward] = [join(work, 'forward'), join(work, 'backward')];
    mkdirSync(forward);
    mkdirSync(backward);
    writeFileSync(join(forward, 'all.jsonl'), toJsonLines(articles));
    writeFileSync(join(backward, 'a.jsonl'), toJsonLines([...articles].reverse().slice(0, 10)));
    writeFileSync(join(backward, 'b.jsonl'), toJsonLines([...articles].reverse().slice(10)));
    for (const dir of [forward, backward]) expect((await spawnCli(['run', dir, '--out', join(dir, 'out'), '--shard', '1/3', '--jobs', '1', '--quiet']).done).code).toBe(0);
    expect(shardLines(join(backward, 'out'))).toEqual(shardLines(join(forward, 'out')));
  });

  it('resumes a shard killed mid-run, to the bytes of an uninterrupted one', async () => {
    const out = join(work, 'killed');
    const input = toJsonLines(articles);
    const lines = input.split('\n');
    const args = ['run', '-', '--out', out, '--jobs', '1', '--checkpoint-every', '2', '--shard', '0/2'];
    // Only part of the input arrives before the kill, so the shard cannot finish first.
    const child = spawnCli(args);
    child.write(`${lines.slice(0, 14).join('\n')}\n`);
    const journal = join(out, '.akhbar-run-shard-0-of-2', 'journal.json');
    for (let waited = 0; !existsSync(journal) && waited < 30_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    child.kill();
    await child.done;
    appendFileSync(join(out, '.akhbar-run-shard-0-of-2', 'all.shard-0-of-2.nq.part'), '<https://w3id.org/akhbar/id/article/torn> <http://schema.org/na');
    const resumed = await spawnCli(args, input).done;
    expect(resumed.code, resumed.out).toBe(0);
    expect(resumed.out).toMatch(/resuming: \d+ record\(s\) already done/);
    const reference = await spawnCli(['run', '-', '--out', join(work, 'unkilled'), '--jobs', '1', '--shard', '0/2', '--quiet'], input).done;
    expect(reference.code).toBe(0);
    expect(readFileSync(join(out, 'all.shard-0-of-2.nq'))).toEqual(readFileSync(join(work, 'unkilled', 'all.shard-0-of-2.nq')));
    expect(readdirSync(out)).toEqual(['all.shard-0-of-2.nq']);
  });
});

function hasParallel(): boolean {
  try {
    execFileSync('parallel', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
