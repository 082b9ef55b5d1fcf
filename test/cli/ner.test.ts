// `akhbar ner`: CoNLL in and out, entities of a text with their offsets, conlleval scores, bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';
import { TAGS } from '../../src/ner/model/tags.js';

let work: string;
const CONLL = ['قال', 'الرئيس', 'الروسي', 'فلاديمير', 'بوتين', 'في', 'موسكو', '.', '', 'وأكد', 'دونالد', 'ترامب', 'أن', 'اللقاء', 'كان', 'مثمرا', '.'].join('\n');
const GOLD = ['قال O', 'فلاديمير B-PERS', 'بوتين I-PERS', 'في O', 'موسكو B-LOC', '.', ''].join('\n');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'akhbar-ner-'));
  writeFileSync(join(work, 'tokens.conll'), `${CONLL}\n`);
  writeFileSync(join(work, 'tabs.conll'), 'قال\n\t\t\nبوتين\n');
  writeFileSync(join(work, 'empty.conll'), '');
  writeFileSync(join(work, 'latin1.txt'), Buffer.from([0x71, 0xe9, 0x20, 0xc7, 0xe1]));
  writeFileSync(join(work, 'gold.conll'), GOLD.replace('.\n', '. O\n'));
  writeFileSync(join(work, 'article.txt'), 'التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي دونالد ترامب في ولاية ألاسكا.\n');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const tokensOf = (conll: string) => conll.split('\n').map((line) => line.split(/\s+/)[0] ?? '');

describe('akhbar ner --conll', () => {
  it('writes token<TAB>TAG for every token, with the same blank lines, in the ANERcorp tag set', async () => {
    const { code, out, err } = await runCli('ner', '--conll', join(work, 'tokens.conll'));
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(tokensOf(out)).toEqual(tokensOf(CONLL));
    for (const line of lines.filter((l) => l !== '')) expect(TAGS).toContain(line.split('\t')[1]);
    expect(lines).toContain('بوتين\tI-PERS');
    expect(lines).toContain('ترامب\tI-PERS');
  });

  it('reads its own output back (the tags are another column) and gives the same', async () => {
    const first = await runCli('ner', '--conll', join(work, 'tokens.conll'));
    writeFileSync(join(work, 'tagged.conll'), `${first.out}\n`);
    expect((await runCli('ner', '--conll', join(work, 'tagged.conll'))).out).toBe(first.out);
  });

  it('reads standard input', () => {
    const result = spawnSync(process.execPath, ['dist/cli/bin.js', 'ner', '--conll'], { input: CONLL, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${spawnSync(process.execPath, ['dist/cli/bin.js', 'ner', '--conll', join(work, 'tokens.conll')], { encoding: 'utf8' }).stdout}`);
  });

  it('refuses a line of tabs, an empty file and bytes that are not UTF-8, naming each, and tags the rest', async () => {
    const { code, out, err } = await runCli('ner', '--conll', join(work, 'tabs.conll'), join(work, 'empty.conll'), join(work, 'latin1.txt'), join(work, 'tokens.conll'));
    expect(code).toBe(1);
    const errors = err.split('\n');
    expect(errors[0]).toMatch(/tabs\.conll: line 2: only white space \(2 tab\(s\)\).*\[E_RECORD\]/);
    expect(errors[1]).toMatch(/empty\.conll: empty file.*\[E_EMPTY\]/);
    expect(errors[2]).toMatch(/latin1\.txt:\d+: not valid UTF-8 \(byte \d+\) \[E_ENCODING\]/);
    // Nothing of the bad files is written; the good one is.
    expect(tokensOf(out)).toEqual(tokensOf(CONLL));
  });
});

describe('akhbar ner on text', () => {
  it('prints the entities with their offsets in code points', async () => {
    const { code, out } = await runCli('ner', join(work, 'article.txt'), '--format', 'json');
    expect(code).toBe(0);
    const [{ file, entities }] = JSON.parse(out) as [{ file: string; entities: { text: string; type: string; start: number; end: number }[] }];
    expect(file).toBe(join(work, 'article.txt'));
    const text = readFileSync(join(work, 'article.txt'), 'utf8');
    for (const e of entities) expect([...text].slice(e.start, e.end).join('')).toBe(e.text);
    expect(entities).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'فلاديمير بوتين', type: 'PERS' }), expect.objectContaining({ text: 'ألاسكا', type: 'LOC' })]));
  });

  it('prints a table by default', async () => {
    const { out } = await runCli('ner', join(work, 'article.txt'));
    expect(out).toMatch(/start +end +type +text/);
    expect(out).toMatch(/PERS +فلاديمير بوتين/);
    expect(out).toMatch(/\(\d+ entities\)$/);
  });
});

describe('akhbar ner --eval', () => {
  it('scores a tagged file with conlleval rules, overall and per type', async () => {
    const { code, out } = await runCli('ner', '--eval', join(work, 'gold.conll'), '--format', 'json');
    expect(code).toBe(0);
    const scores = JSON.parse(out) as { tokens: number; overall: { gold: number; predicted: number; correct: number; f1: number }; byType: Record<string, { gold: number }> };
    expect(scores.tokens).toBe(6);
    expect(scores.overall.gold).toBe(2);
    expect(scores.byType.PERS?.gold).toBe(1);
    expect(scores.overall.f1).toBeGreaterThanOrEqual(0);
    expect((await runCli('ner', '--eval', join(work, 'gold.conll'))).out).toMatch(/^processed 6 tokens with 2 phrases/);
  });

  it('refuses a file with a tag outside the ANERcorp set', async () => {
    writeFileSync(join(work, 'bad-tag.conll'), 'بوتين B-PER\n');
    const { code, err } = await runCli('ner', '--eval', join(work, 'bad-tag.conll'));
    expect(code).toBe(1);
    expect(err).toMatch(/bad-tag\.conll: line 1: tag "B-PER" is not one of B?.*\[E_RECORD\]/);
  });
});
