// Crashes at the worst moments, made to happen exactly there: strace delivers SIGKILL as the run
// enters the system call (the final rename, the removal of the run's folder, a checkpoint's rename,
// a per-article file's rename), and a small tmpfs fills up under the output. Each time the rerun
// gives the same bytes as a run never interrupted, and a full disk gives one clear error, no
// output file, and a journal a rerun resumes from. Where strace or mounting is not permitted the
// tests skip, saying so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureArticles, toJsonLines } from '../fixtures/corpus.js';
import { spawnCli } from './run-cli.js';

const CLI = [process.execPath, 'dist/cli/bin.js'];
let work: string;
let corpus: string;
let articles: string;

/** Whether strace can trace a child here and inject a signal (a container may refuse ptrace). */
const straceWorks = spawnSync('strace', ['-qq', '-o', '/dev/null', '-e', 'trace=getpid', '-e', 'inject=getpid:retval=1', 'true']).status === 0;
if (!straceWorks) console.warn('Skipping the kill tests: strace cannot trace here (install strace; ptrace must be allowed)');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'akhbar-crash-'));
  corpus = join(work, 'corpus.jsonl');
  writeFileSync(corpus, toJsonLines(fixtureArticles(12)));
  articles = join(work, 'articles');
  mkdirSync(articles);
  for (const a of fixtureArticles(3)) writeFileSync(join(articles, `${a.id}.txt`), a.text);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Runs akhbar under strace, killed as it first enters (with `when`, as it enters for the Nth time)
 * one of the calls: on the path when one is given (strace matches a rename by its first path only).
 */
async function killedAt(args: string[], path: string | undefined, calls: string, when = '1'): Promise<number | null> {
  const strace = ['strace', '-f', '-qq', '-o', '/dev/null', ...(path ? ['-P', path] : []), '-e', `trace=${calls}`, '-e', `inject=${calls}:signal=KILL:when=${when}`];
  return (await spawnCli(args, undefined, [...strace, ...CLI]).done).code;
}

/** Every file below a folder, with its bytes. */
function contents(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found[join(entry.parentPath, entry.name).slice(dir.length + 1)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return found;
}

const RENAMES = 'rename,renameat,renameat2';
const REMOVALS = 'unlink,unlinkat';

describe.skipIf(!straceWorks)('SIGKILL at the worst moments, then a rerun', () => {
  let reference: Record<string, string>;
  let articlesReference: Record<string, string>;
  beforeAll(async () => {
    const run = await spawnCli(['run', corpus, '--out', join(work, 'reference'), '--jobs', '1', '--checkpoint-every', '4'], undefined, CLI).done;
    expect(run.code, run.out).toBe(0);
    reference = contents(join(work, 'reference'));
    const single = await spawnCli(['run', articles, '--out', join(work, 'articles-reference'), '--jobs', '1'], undefined, CLI).done;
    expect(single.code, single.out).toBe(0);
    articlesReference = contents(join(work, 'articles-reference'));
  });

  const rerun = async (out: string, input = corpus) => {
    const again = await spawnCli(['run', input, '--out', out, '--jobs', '1', '--checkpoint-every', '4'], undefined, CLI).done;
    expect(again.code, again.out).toBe(0);
    return contents(out);
  };

  it('during the final rename of all.nq', async () => {
    const out = join(work, 'final-rename');
    expect(await killedAt(['run', corpus, '--out', out, '--jobs', '1', '--checkpoint-every', '4'], join(out, '.akhbar-run', 'all.nq.part'), RENAMES)).not.toBe(0);
    expect(existsSync(join(out, 'all.nq'))).toBe(false);
    expect(await rerun(out)).toEqual(reference);
  });

  it('after the rename, while the run removes its folder', async () => {
    const out = join(work, 'cleanup');
    expect(await killedAt(['run', corpus, '--out', out, '--jobs', '1', '--checkpoint-every', '4'], join(out, '.akhbar-run', 'journal.json'), REMOVALS)).not.toBe(0);
    expect(readFileSync(join(out, 'all.nq'), 'utf8')).toBe(reference['all.nq']);
    expect(await rerun(out)).toEqual(reference);
  });

  it('during the rewrite of the journal at the second checkpoint', async () => {
    const out = join(work, 'checkpoint');
    // A run of records renames only its journal, at each checkpoint, until the end: the second rename is the second checkpoint's.
    expect(await killedAt(['run', corpus, '--out', out, '--jobs', '1', '--checkpoint-every', '4'], undefined, RENAMES, '2')).not.toBe(0);
    const journal = JSON.parse(readFileSync(join(out, '.akhbar-run', 'journal.json'), 'utf8')) as { records: number };
    expect(journal.records).toBe(4);
    expect(await rerun(out)).toEqual(reference);
  });

  it("while an article's own Turtle goes into place, with workers", async () => {
    const out = join(work, 'per-article');
    // Each article's Turtle, then its JSON-LD, are renamed into place: the third rename is the second article's Turtle.
    expect(await killedAt(['run', articles, '--out', out, '--jobs', '2'], undefined, RENAMES, '3')).not.toBe(0);
    expect(readdirSync(out).filter((f) => f.startsWith('.akhbar-tmp-'))).not.toEqual([]);
    expect(await rerun(out, articles)).toEqual(articlesReference);
  });
});

/** A tmpfs of this many bytes at a fresh folder, or undefined where mounting is not permitted. */
function smallDisk(bytes: number): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'akhbar-full-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir]).status === 0;
  if (!mounted) rmSync(dir, { recursive: true, force: true });
  return mounted ? dir : undefined;
}

const disk = smallDisk(256 * 1024);
if (!disk) console.warn('Skipping the full-disk test: mounting a tmpfs is not permitted here');

describe.skipIf(!disk)('a full disk', () => {
  afterAll(() => {
    if (!disk) return;
    spawnSync('umount', [disk]);
    rmSync(disk, { recursive: true, force: true });
  });

  it('ends with one clear error, no output file and a journal that a rerun resumes from to the same bytes', async () => {
    const big = join(work, 'big.jsonl');
    writeFileSync(big, toJsonLines(fixtureArticles(60)));
    const out = join(disk as string, 'out');
    const full = await spawnCli(['run', big, '--out', out, '--jobs', '1', '--checkpoint-every', '5', '--quiet'], undefined, CLI).done;
    expect(full.code).toBe(1);
    const lines = full.out.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^.*out\/\.akhbar-run\/all\.nq\.part: cannot write the N-Quads: no space left on the device \(ENOSPC\); the run can be resumed once there is room \[E_WRITE\]$/);
    expect(full.out).not.toMatch(/ at |Error:/);
    expect(existsSync(join(out, 'all.nq'))).toBe(false);
    const journal = JSON.parse(readFileSync(join(out, '.akhbar-run', 'journal.json'), 'utf8')) as { records: number; bytes: number };
    expect(journal.records % 5).toBe(0);
    // Given room (here: the same folder copied to a disk that has it), the run resumes and ends as one never interrupted.
    const roomy = join(work, 'roomy');
    cpSync(out, roomy, { recursive: true });
    const resumed = await spawnCli(['run', big, '--out', roomy, '--jobs', '1', '--checkpoint-every', '5'], undefined, CLI).done;
    expect(resumed.out).toMatch(/resuming: \d+ record\(s\) already done/);
    const reference = await spawnCli(['run', big, '--out', join(work, 'big-reference'), '--jobs', '1'], undefined, CLI).done;
    expect(reference.code).toBe(0);
    expect(contents(roomy)).toEqual(contents(join(work, 'big-reference')));
  });
});
