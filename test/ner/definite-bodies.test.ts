import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers.js';

const organizations = (text: string) => {
  const doc = analyzeText(text);
  return doc.mentions.filter((m) => doc.entities.get(m.entity)?.type === 'Organization').map((m) => [doc.text.slice(m.start, m.end), doc.entities.get(m.entity)?.nameAr]);
};

describe('findDefiniteBodies: a body named by its definite head alone', () => {
  it('makes one body of a definite head when none of its kind was named, and calls it back after', () => {
    expect(organizations('وقالت الشرطة إنها أوقفت رجلين، وأضافت الشرطة أن البحث مستمر.')).toEqual([
      ['الشرطة', 'الشرطة'],
      ['الشرطة', 'الشرطة'],
    ]);
  });

  it('keeps the nisba adjectives that say which body it is', () => {
    expect(organizations('وصوت البرلمان الجنوبي على القانون.')).toEqual([['البرلمان الجنوبي', 'البرلمان الجنوبي']]);
  });

  it('leaves a bare head to call back a body of its kind named before', () => {
    expect(organizations('وأعلنت حكومة الإنقاذ خطتها، ثم قالت الحكومة إنها ستنفذها.')).toEqual([
      ['حكومة الإنقاذ', 'حكومة الإنقاذ'],
      ['الحكومة', 'حكومة الإنقاذ'],
    ]);
  });

  it('takes no head inside a title for a body (رئيس الحكومة)', () => {
    expect(organizations('واستقبل رئيس الحكومة الوفد أمس.')).toEqual([]);
  });
});

describe('findQuotedNames: a longer quoted name after a head noun', () => {
  it('reads up to five quoted words after a head as the body\'s name', () => {
    expect(organizations('وقال المتحدث باسم تحالف "دعم الأمن في الساحل الغربي"، إن القوات تقدمت.')[0]).toEqual(['دعم الأمن في الساحل الغربي', 'دعم الأمن في الساحل الغربي']);
  });
});
