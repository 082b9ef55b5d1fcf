import { describe, expect, it } from 'vitest';
import { analyzeText, mentionsOf } from '../helpers.js';

const organizations = (text: string) => {
  const doc = analyzeText(text);
  return mentionsOf(doc).filter((m) => [...doc.entities.values()].find((e) => (e.nameEn ?? e.nameAr) === m.entity)?.type === 'Organization').map((m) => m.text);
};

describe('findCoordinatedNames: names listed with an organisation', () => {
  it('makes organisations of the unknown names listed after one, each without its و', () => {
    expect(organizations('وتعمل في المطار الخطوط الجوية الهولندية، وزيرو إير، وكابا جيت، وتصل الرحلات مساء.')).toEqual(['الخطوط الجوية الهولندية', 'زيرو إير', 'كابا جيت']);
  });

  it('reads a list joined by و alone, closed by punctuation', () => {
    expect(organizations('ووقعت العقد شركة النسيم الكويتية وبرافيكو وتالمار.')).toEqual(['شركة النسيم الكويتية', 'برافيكو', 'تالمار']);
  });

  it('takes no clause that runs on after the و for a conjunct', () => {
    // وعطل is a verb and وصول a noun whose first letter is و: neither is a conjunct.
    expect(organizations('ورفضت حركة الكرامة الموريتانية الخطة وعطل وصول الوزراء.')).toEqual(['حركة الكرامة الموريتانية']);
    expect(organizations('وأعلنت وزارة الصحة الأردنية، وتتجه الأنظار إلى المستشفيات.')).toEqual(['وزارة الصحة الأردنية']);
  });
});
