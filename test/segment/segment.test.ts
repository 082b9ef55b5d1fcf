import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createNormalizer, rawSpan, type NormalizationTable } from '../../src/normalize/arabic.js';
import { segmentText } from '../../src/segment/segment.js';

const table = JSON.parse(readFileSync('ontology/lexicon/normalization.json', 'utf8')) as NormalizationTable;
const normalizer = createNormalizer(table);

function segment(text: string) {
  const normalized = normalizer.normalizeText(text);
  return segmentText(normalized, text, {
    quoteMarks: table.quotes.open + table.quotes.close + table.quotes.either,
    toRaw: (s, e) => rawSpan(normalized.normToRaw, text, s, e, normalizer.isDeleted),
  });
}

describe('segmentText', () => {
  it('finds the title line, a subheading and paragraphs', () => {
    const { blocks } = segment('قمة في موسكو\nقال الرئيس إن القمة ناجحة.\nصفحة جديدة\nوأضاف أن الحوار سيستمر.');
    expect(blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'heading', 'paragraph']);
  });

  it('treats a single paragraph as a paragraph, not a title', () => {
    expect(segment('قال الرئيس إن القمة ناجحة').blocks.map((b) => b.kind)).toEqual(['paragraph']);
  });

  it('ends sentences at final punctuation but not inside quotation marks or numbers', () => {
    const text = 'قال: “نعم. لا”. ارتفع بنسبة 6.7 بالمئة. انتهى';
    const { sentences } = segment(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['قال: “نعم. لا”.', 'ارتفع بنسبة 6.7 بالمئة.', 'انتهى']);
  });

  it('keeps raw offsets and raw surfaces for every token, diacritics included', () => {
    const text = 'صرّح بوتينُ، «نعم»';
    const { tokens } = segment(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'word', 'punct', 'quote', 'word', 'quote']);
    expect(tokens[0]).toMatchObject({ text: 'صرّح', norm: 'صرح' });
    expect(tokens[1]).toMatchObject({ text: 'بوتينُ', norm: 'بوتين' });
  });

  it('splits hashtags and hyphenated names into words', () => {
    expect(segment('#انغيلا_ميركل إلمندورف-ريتشاردسون').tokens.filter((t) => t.kind === 'word').map((t) => t.text)).toEqual(['انغيلا', 'ميركل', 'إلمندورف', 'ريتشاردسون']);
  });
});
