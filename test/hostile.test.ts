// Hostile texts (test/fixtures/hostile.ts) at their full size: each goes through the whole article
// path of a corpus record and its graph conforms to the shapes. The budget here only guards against
// a runaway (the suite shares the cores with itself); the times against the default --article-timeout
// are measured by scripts/hostile-bench.ts (README, Reliability).
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/build.js';
import { decodeArticleText } from '../src/io/decode.js';
import { createValidator } from '../src/validate/validate.js';
import { HOSTILE_TEXTS } from './fixtures/hostile.js';
import { projectData } from './helpers.js';

const BUDGET_MS = 30_000;
const { resources, shapes, context } = projectData();
const validator = createValidator(shapes);
const build = (name: string, text: string) => buildArticle(name, text, {}, resources, { base: 'https://w3id.org/akhbar/id/', context, validator, perArticle: false, budgetMs: BUDGET_MS });

describe('hostile texts', () => {
  it.each(HOSTILE_TEXTS.filter((h) => h.name !== 'only-diacritics').map((h) => [h.name, h] as const))('%s: within the budget, and the graph conforms', async (name, hostile) => {
    const text = hostile.make(hostile.size);
    expect(decodeArticleText(`${name}.txt`, Buffer.from(text))).toBe(text);
    const output = await build(name, text);
    expect(output.outcome.violations).toEqual([]);
    expect(output.nquads).toContain(`<https://w3id.org/akhbar/id/article/${name}>`);
  });

  it('only diacritics: refused as no Arabic text by the reader, and still a conforming graph from the library', async () => {
    const text = (HOSTILE_TEXTS.find((h) => h.name === 'only-diacritics') ?? HOSTILE_TEXTS[0]!).make(100_000);
    expect(() => decodeArticleText('marks.txt', Buffer.from(text))).toThrow(expect.objectContaining({ code: 'E_NO_ARABIC' }));
    expect((await build('marks', text)).outcome.conforms).toBe(true);
  });
});
