import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers.js';

const organizations = (text: string) => {
  const doc = analyzeText(text);
  return doc.mentions.filter((m) => doc.entities.get(m.entity)?.type === 'Organization').map((m) => doc.text.slice(m.start, m.end));
};

describe('findHeadedNames: organisations after a head noun', () => {
  it('reads a verbal noun head before its object as no body (لتنظيم البطولة)', () => {
    expect(organizations('وتسعى البلاد لتنظيم بطولة كبرى، ونالت حق تنظيم الدورة التي تقام صيفا.')).toEqual([]);
  });

  it('still names a body with a verbal noun head before a known or quoted name', () => {
    expect(organizations('وقاتل الرجل مع تنظيم داعش ثم انضم إلى تنظيم "أنصار الفجر" في الجنوب.')).toEqual(['تنظيم داعش', 'أنصار الفجر']);
  });

  it('takes a multiword definite head with its country nisba (الخطوط الجوية الفلانية)', () => {
    expect(organizations('وألغت الخطوط الجوية الكويتية رحلاتها، ومن بين الخطوط الجوية التي تعمل هناك عدد قليل.')).toEqual(['الخطوط الجوية الكويتية']);
  });

  it('does not take a relative pronoun for a nisba adjective of the name', () => {
    expect(organizations('وقال حزب الأمة الذي يقوده الشيخ إنه سيقاطع.')).toEqual(['حزب الأمة']);
  });
});

describe('findHeadedNames: a head before a body the gazetteer knows', () => {
  it('names a medium of the body, or a body whose field a ل-phrase gives, as a body of its own', () => {
    expect(organizations('وذكرت قناة حزب الله أن الهجوم فشل.')).toEqual(['قناة حزب الله', 'حزب الله']);
    expect(organizations('وأعلنت وكالة الأمم المتحدة للهجرة أن المركب غرق.')).toEqual(['وكالة الأمم المتحدة للهجرة', 'الأمم المتحدة']);
    // Without a field, a head before a body is that body's part, read elsewhere (وفد حركة حماس).
    expect(organizations('ووصل وفد حركة حماس إلى القاهرة.')).not.toContain('وفد حركة حماس');
  });

  it('reads a head that says what the known body is as that body (وكالة أنباء كذا of وكالة كذا)', () => {
    expect(organizations('وقالت وكالة أنباء رويترز إن المركب غرق.')).not.toContain('وكالة أنباء رويترز');
  });
});

describe('findHeadedNames: how far a body\'s name runs', () => {
  it('keeps an adjective of rank after the definite noun (لجنة الحج العليا) and a common noun\'s definite genitive (قوات أمن الحج)', () => {
    expect(organizations('وقال رئيس لجنة الحج العليا إن الموسم ناجح. وشاركت قوات أمن الحج في العرض.')).toEqual(['لجنة الحج العليا', 'قوات أمن الحج']);
  });

  it('leaves out an adjective or participle after a proper name (بنك فلان المتورط)', () => {
    expect(organizations('وقال مسؤول في بنك خلق المتورط في القضية إن التحقيق مستمر.')).toEqual(['بنك خلق']);
  });
});

describe('findQuotedNames: a name a speech verb quotes', () => {
  it('reads quoted words that open with a verbal noun as what the verb reports, not a name (يعلن "إحباط …")', () => {
    expect(organizations('الجيش الأردني يعلن "إحباط صفقة أسلحة" في الشمال')).toEqual(['الجيش الأردني']);
    expect(organizations('وأشارت "الجمعية الوطنية" إلى أن الانتخابات ستجري في موعدها.')).toEqual(['الجمعية الوطنية']);
  });
});
