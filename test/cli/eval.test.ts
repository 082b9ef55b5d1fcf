// `akhbar eval` on the example of docs/evaluation.md, and the one line a missing gold folder gives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

const block = (file: string, lang: string): string => new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readFileSync(file, 'utf8'))?.[1] ?? '';

let gold: string;
beforeAll(() => {
  gold = mkdtempSync(join(tmpdir(), 'akhbar-eval-'));
  writeFileSync(join(gold, '01.txt'), block('docs/graph.md', 'text'));
  writeFileSync(join(gold, '01.json'), block('docs/evaluation.md', 'json').replace('"NN.txt"', '"01.txt"'));
});
afterAll(() => rmSync(gold, { recursive: true, force: true }));

describe('akhbar eval', () => {
  it('scores the documented example: its one statement found, with its speaker and mode', async () => {
    const result = await runCli('eval', '--gold', gold, '--json');
    expect(result.code).toBe(0);
    const figures = JSON.parse(result.out).articles.overall;
    expect(figures.statements).toMatchObject({ gold: 1, matched: 1 });
    expect(figures.statements.attributedF1).toBe(1);
  });

  it('says in one line where the annotated articles should be when the folder is missing', async () => {
    const result = await runCli('eval', '--gold', join(gold, 'nowhere'));
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toMatch(/nowhere: no such folder of annotated articles \(NN.txt with NN.json, format in docs\/evaluation.md\); give yours with --gold DIR \[E_MISSING\]/);
  });
});
