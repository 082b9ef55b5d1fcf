import { describe, expect, it } from 'vitest';
import { analyzeText, mentionsOf } from '../helpers.js';

describe('link', () => {
  it('resolves a definite description to the person of that country named earlier', () => {
    const doc = analyzeText('التقى الرئيس الروسي فلاديمير بوتين الرئيس الأمريكي دونالد ترامب. وقال الزعيم الروسي إن اللقاء مفيد.');
    expect(mentionsOf(doc).filter((m) => m.text === 'الزعيم الروسي')).toEqual([{ text: 'الزعيم الروسي', entity: 'Vladimir Putin' }]);
  });

  it('resolves a description with a portfolio only to a person who holds it', () => {
    const doc = analyzeText('وقال وزير الخارجية الإيراني محمد جواد ظريف إن الضغط لن ينجح. وأكد وزير الدفاع الإيراني أن الجيش مستعد.');
    expect(mentionsOf(doc).filter((m) => m.text === 'وزير الدفاع الإيراني')).toEqual([]);
    // The same portfolio, or none named, still resolves.
    const same = analyzeText('وقال وزير الخارجية الإيراني محمد جواد ظريف إن الضغط لن ينجح. وأكد وزير الخارجية الإيراني أن الحوار ممكن.');
    expect(mentionsOf(same).filter((m) => m.text === 'وزير الخارجية الإيراني').map((m) => m.entity)).toEqual(['Mohammad Javad Zarif']);
  });

  it('makes one body of those the text equates: a name in brackets after another, a head with a definite genitive after its construct', () => {
    const bracketed = analyzeText('وشاركت في العملية قوات من الشاباك (جهاز الأمن العام) في الشمال.');
    expect(new Set(mentionsOf(bracketed).filter((m) => m.text !== 'الشمال').map((m) => m.entity)).size).toBe(1);
    const genitive = analyzeText('وقالت حكومة إقليم كردستان إن النازحين كثيرون. وأكدت حكومة الإقليم أنها ستساعدهم.');
    expect(mentionsOf(genitive).filter((m) => m.text.includes('حكومة')).map((m) => m.entity)).toEqual(['Kurdistan Regional Government', 'Kurdistan Regional Government']);
  });

  it('calls a body named in marks after its head back by that head (تحالف "…" … التحالف)', () => {
    const doc = analyzeText('وقال تحالف "الأمل الجديد" إن الانتخابات مزورة. ودعا التحالف أنصاره إلى التظاهر.');
    const bodies = mentionsOf(doc).map((m) => m.entity);
    expect(bodies).toHaveLength(2);
    expect(new Set(bodies).size).toBe(1);
  });

  it('resolves a title with a definite genitive (رئيس الإقليم) to the person given the construct title before (رئيس إقليم …)', () => {
    const doc = analyzeText('واستقبل رئيس إقليم كردستان مسعود بارزاني الوزير أمس. وقال رئيس الإقليم إن النازحين كثيرون.');
    expect(mentionsOf(doc).filter((m) => m.text === 'رئيس الإقليم').map((m) => m.entity)).toEqual(['Masoud Barzani']);
    // Another construct title is someone else.
    expect(mentionsOf(analyzeText('واستقبل رئيس إقليم كردستان مسعود بارزاني الوزير أمس. وقال رئيس الحكومة إن النازحين كثيرون.')).filter((m) => m.text === 'رئيس الحكومة')).toEqual([]);
  });

  it('drops a description it cannot resolve rather than guess', () => {
    const doc = analyzeText('وقال الرئيس البرازيلي إن الاقتصاد ينمو.');
    expect(doc.mentions).toEqual([]);
  });

  it('links the short family name of a person introduced in full', () => {
    const doc = analyzeText('قال وزير الخارجية الإيراني سامر خليل نعمان إن الحوار مستمر. وأضاف نعمان أن بلاده مستعدة.');
    const keys = new Set(doc.mentions.map((m) => m.entity));
    expect(keys.size).toBe(1);
    expect(mentionsOf(doc).map((m) => m.text)).toEqual(['سامر خليل نعمان', 'نعمان']);
  });

  it('prefers the country over a same-named city, and keeps the containment chain', () => {
    const doc = analyzeText('وصل الوفد إلى أنكوريج في ألاسكا.');
    const anchorage = [...doc.entities.values()].find((e) => e.qid === 'Q39450');
    expect(anchorage?.containedIn).toContain('gz:Q797');
    expect(doc.entities.get('gz:Q30')?.implicit).toBe(true);
  });
});

describe('link: a body named short', () => {
  it('gives a body whose name begins the name of one other body that one (حكومة كذا of حكومة كذا الوطني)', () => {
    const doc = analyzeText('وأعلنت حكومة الإنقاذ الوطني خطتها، ثم قالت حكومة الإنقاذ إنها جاهزة.');
    const bodies = [...doc.entities.values()].filter((e) => e.type === 'Organization');
    expect(bodies.map((e) => e.nameAr)).toEqual(['حكومة الإنقاذ الوطني']);
  });

  it('keeps a short name apart when two longer names begin with it', () => {
    const doc = analyzeText('وردت لجنة الحوار الوطني ولجنة الحوار الشعبي على لجنة الحوار أمس.');
    expect([...doc.entities.values()].filter((e) => e.type === 'Organization').length).toBe(3);
  });
});
