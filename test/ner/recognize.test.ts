import { describe, expect, it } from 'vitest';
import { analyzeText, mentionsOf, statementsOf } from '../helpers.js';

describe('recognize + link: names in the text', () => {
  it('finds gazetteer names with clitics, anchoring the name without them', () => {
    const doc = analyzeText('وصل الوفد إلى وبموسكو، وللولايات المتحدة موقف.');
    // لل + X is ل + الX written short: no substring spells الولايات, so the anchor keeps the whole word.
    expect(mentionsOf(doc)).toEqual([
      { text: 'موسكو', entity: 'Moscow' },
      { text: 'للولايات المتحدة', entity: 'United States of America' },
    ]);
  });

  it('does not read a clitic off an ordinary word (كبيرا is not ك + a city)', () => {
    expect(mentionsOf(analyzeText('وقال إنهم أحرزوا تقدما كبيرا.'))).toEqual([]);
  });

  it('attaches a title and its nisba to the name it precedes', () => {
    const doc = analyzeText('قال الرئيس الروسي فلاديمير بوتين إن المحادثات مفيدة.');
    const putin = [...doc.entities.values()].find((e) => e.qid === 'Q7747');
    expect(putin?.jobTitles).toEqual(['الرئيس الروسي']);
  });

  it('makes a person of an unknown name after a title, with a local key', () => {
    const doc = analyzeText('وأكد وزير الخارجية الإيراني سامر خليل نعمان أن بلاده ملتزمة بالاتفاق.');
    const person = [...doc.entities.values()].find((e) => e.type === 'Person');
    expect(person).toMatchObject({ nameAr: 'سامر خليل نعمان', jobTitles: ['وزير الخارجية الإيراني'] });
    expect(person?.key.startsWith('local:')).toBe(true);
    expect(person?.qid).toBeUndefined();
  });

  it('does not take a possessed noun after a title for a name', () => {
    const doc = analyzeText('قال الرئيس الروسي بوتين كلاما. وأكد الزعيم الروسي موافقته على الخطة.');
    expect([...doc.entities.values()].filter((e) => e.type === 'Person').map((e) => e.nameEn)).toEqual(['Vladimir Putin']);
  });

  it('does not start a name after a title with a common word behind و or a preposition (وشعب، بتغيير)', () => {
    const doc = analyzeText('كما شكر رئيس الإقليم وشعب كردستان الضيوف. وقال إن لدينا رئيس التزامه بتغيير النظام.');
    expect([...doc.entities.values()].filter((e) => e.type === 'Person')).toEqual([]);
    // A given name keeps its و.
    expect([...analyzeText('وقال وزير الخارجية الأردني وليد المعلم إن الحوار مستمر.').entities.values()].filter((e) => e.type === 'Person').map((e) => e.nameAr)).toEqual(['وليد المعلم']);
  });

  it('reads a second family name of the nisba shape after the first (فلان الفلاني العلاني), but no demonym or ordinal', () => {
    const names = (text: string) => { const doc = analyzeText(text); return doc.mentions.map((m) => doc.text.slice(m.start, m.end)); };
    expect(names('وقال وزير الداخلية رشيد الطالبي الزموري إن الحوار مستمر.')).toContain('رشيد الطالبي الزموري');
    expect(names('وقال المدرب حسن الشاذلي المصري إن الفريق جاهز.')).toContain('حسن الشاذلي');
    expect(names('وقال المدرب حسن الشاذلي الثاني إن الفريق جاهز.')).toContain('حسن الشاذلي');
  });

  it('reads a body\'s short name after a definite noun it agrees with as that noun\'s adjective (السياسة الخارجية الأمريكية)', () => {
    const doc = analyzeText('وقالت الخارجية الأمريكية إن الحل قريب. وأشار محللو السياسة الخارجية الأمريكية إلى تغير كبير.');
    expect(doc.mentions.map((m) => doc.text.slice(m.start, m.end))).toEqual(['الخارجية الأمريكية']);
  });

  it('reads one word after a speech verb, before a definite noun, as a noun in the construct state, not a name (نصحت سائقي السيارات)', () => {
    const doc = analyzeText('وقالت الشرطة إن الطريق مغلق، ونصحت سائقي السيارات بتجنب المنطقة.');
    expect(doc.mentions.map((m) => doc.text.slice(m.start, m.end))).not.toContain('سائقي');
    // A name before a time word still is one.
    const named = analyzeText('وقال ماسيمو الخميس إن الطريق مغلق.');
    expect(named.mentions.map((m) => named.text.slice(m.start, m.end))).toContain('ماسيمو');
  });

  it('reads a compound name on through آل and بن, which do not count towards its length (فلان بن فلان آل فلان)', () => {
    const doc = analyzeText('وأضاف الشيخ سلطان بن سحيم آل ثاني في تغريدة أن الأزمة ستنتهي.');
    expect(doc.mentions.map((m) => doc.text.slice(m.start, m.end))).toContain('سلطان بن سحيم آل ثاني');
  });

  it('ends a name before a common noun with a possessive, the verb\'s object (وجه الرئيس فلان كلامه)', () => {
    const doc = analyzeText('هكذا وجه الرئيس الفلبيني رودريجو دوتيرتي كلامه لأحد الخبراء.');
    expect(doc.mentions.map((m) => doc.text.slice(m.start, m.end))).toContain('رودريجو دوتيرتي');
  });

  it('reads a name after a title and its scope set by في (وزير التجارة في حكومة البلد فلان)', () => {
    const doc = analyzeText('وقال وزير التجارة الدولية في حكومة بريطانيا ليام فوكس إن المنظمين أحرجوا أنفسهم. وقال الرئيس في دمشق إن الحل بعيد.');
    const persons = doc.mentions.filter((m) => doc.entities.get(m.entity)?.type === 'Person').map((m) => doc.text.slice(m.start, m.end));
    expect(persons).toContain('ليام فوكس');
    expect(persons).not.toContain('إن');
  });

  it('reads no title inside a name already found (عبد الملك … holds no الملك)', () => {
    const doc = analyzeText('وقال عبد الملك الحوثي إن الحوار مفيد.');
    expect(doc.mentions.map((m) => doc.text.slice(m.start, m.end))).toEqual(['عبد الملك الحوثي']);
  });

  it('does not take a verbal noun with a possessive (ترحيبه، إعلانها) after a title for a name', () => {
    const doc = analyzeText('قال الرئيس الروسي بوتين كلاما. وجدد الرئيس الروسي ترحيبه بالسلام. وكررت الوزيرة الفرنسية إعلانها الموقف.');
    expect(doc.mentions.map((m) => doc.text.slice(m.start, m.end))).not.toContain('ترحيبه');
    expect(doc.mentions.map((m) => doc.text.slice(m.start, m.end))).not.toContain('إعلانها');
    expect([...doc.entities.values()].filter((e) => e.type === 'Person').map((e) => e.nameEn)).toEqual(['Vladimir Putin']);
  });

  it('finds an unknown organisation after a head noun', () => {
    const doc = analyzeText('وقالت وزارة الزراعة الموريتانية إن الموسم جيد.');
    expect(mentionsOf(doc)).toContainEqual({ text: 'وزارة الزراعة الموريتانية', entity: 'وزارة الزراعة الموريتانية' });
  });

  it('tolerates hashtags and underscores around names', () => {
    expect(mentionsOf(analyzeText('#انغيلا_ميركل تتحدث')).map((m) => m.entity)).toEqual(['Angela Merkel']);
  });

  it('finds event triggers with the article, clitics and a possessive', () => {
    const doc = analyzeText('عقب قمته مع نظيره، عقد الزعيمان مؤتمرا صحفيا وقالا إن القمة ناجحة.');
    expect(doc.triggers.map((t) => [doc.text.slice(t.start, t.end), t.eventClass])).toEqual([
      ['قمته', 'Summit'],
      ['مؤتمرا صحفيا', 'PressConference'],
      ['القمة', 'Summit'],
    ]);
  });
});

describe('recognize: names found by pattern', () => {
  it('needs a construct title to have its genitive before it names anyone', () => {
    expect(mentionsOf(analyzeText('لا يمكن الثقة برئيس هبط بقيمة البلاد.'))).toEqual([]);
  });

  it('does not run a name over a common word or a place after a nisba title', () => {
    const doc = analyzeText('وأدى الإفراج عن القس سامر بلوطي أدى إلى أزمة. وطالب الرئيس التركي الولايات المتحدة مرارا بتسليمه.');
    // الرئيس التركي names no Turkish person the article knows, so it is no mention.
    expect(mentionsOf(doc).map((m) => m.text)).toEqual(['سامر بلوطي', 'الولايات المتحدة']);
  });

  it('takes a body named by its head noun and its nisbas, but not a head with a plain adjective', () => {
    const names = (text: string) => mentionsOf(analyzeText(text)).map((m) => m.text);
    expect(names('وقالت حكومة الوفاق الوطني الفرصة مواتية.')).toEqual(['حكومة الوفاق الوطني']);
    expect(names('وشكلت حكومة جديدة وجماعة مسلحة.')).toEqual([]);
    expect(names('وقالت الحكومة الروسية إن الاتفاق قريب.')).toEqual(['الحكومة الروسية']);
  });

  it('takes a body named only by its country: regime, authorities, judiciary, administration, ministry', () => {
    const names = (text: string) => mentionsOf(analyzeText(text)).map((m) => m.text);
    expect(names('وقالت السلطات العراقية إن المحاكمة عادلة.')).toEqual(['السلطات العراقية']);
    expect(names('واتهم النظام الإيراني جيرانه، فيما صمت القضاء التركي.')).toEqual(['النظام الإيراني', 'القضاء التركي']);
    // Without a country's nisba they are common nouns.
    expect(names('ويعمل نظام التشغيل الجديد بإدارة الأزمة.')).toEqual([]);
  });

  it('reads a country nisba after a feminine head only when it agrees (وزير الخارجية القطري is a minister)', () => {
    const names = (text: string) => mentionsOf(analyzeText(text)).map((m) => m.text);
    expect(names('وقالت الداخلية العمانية إنها مستعدة.')).toEqual(['الداخلية العمانية']);
    expect(names('وقال وزير الداخلية العماني إنه مستعد.')).toEqual([]);
  });

  it('does not read an adjective of the noun before as a body (السياسة الخارجية ...)', () => {
    expect(mentionsOf(analyzeText('وانتقد السياسة الداخلية العمانية.'))).toEqual([]);
  });

  it('does not name a body by a feminine adjective after a feminine head (قناة مؤيدة)', () => {
    expect(mentionsOf(analyzeText('وقالت قناة مؤيدة للرئيس إن الهجوم فشل.'))).toEqual([]);
  });

  it('names a place by its head noun and the quoted words, a city inside them included (مطار "…")', () => {
    const doc = analyzeText('أغلق مطار "القاهرة الجديد" بعد العثور على قنبلة، وقال حزب "القوات اللبنانية" إن الخطة جاهزة.');
    expect(mentionsOf(doc).map((m) => m.text)).toEqual(['مطار "القاهرة الجديد"', 'القوات اللبنانية']);
    expect([...doc.entities.values()].map((e) => [e.type, e.nameAr, e.qid])).toEqual([
      ['Place', 'مطار "القاهرة الجديد"', undefined],
      ['Organization', 'حزب القوات اللبنانية', undefined],
    ]);
  });

  it('takes Latin initials as an organisation, linked when the gazetteer knows them', () => {
    const doc = analyzeText('وقال مصدر لـCNN إن وكالة XYZ نشرت الخبر، وأكدت ABCD ذلك في الجزء II.');
    expect(mentionsOf(doc).map((m) => m.text)).toEqual(['CNN', 'وكالة XYZ', 'ABCD']);
    const organizations = [...doc.entities.values()].filter((e) => e.type === 'Organization');
    expect(organizations.map((e) => [e.nameAr, e.qid])).toEqual([['سي إن إن', 'Q48340'], ['وكالة XYZ', undefined], ['ABCD', undefined]]);
  });

  it('reads a one-word city name that is a given name as part of a person', () => {
    expect(mentionsOf(analyzeText('وقال عبيد سالم الزعابي إن القوات تقدمت.')).map((m) => m.text)).toEqual(['عبيد سالم الزعابي']);
  });

  it('calls an organisation back by its head noun', () => {
    expect(mentionsOf(analyzeText('وتقول وكالة رويترز إن الحزب فاز، بحسب الوكالة ذاتها.')).map((m) => `${m.text}→${m.entity}`)).toEqual(['وكالة رويترز→Reuters', 'الوكالة→Reuters']);
  });
});

describe('recognize: where a name ends', () => {
  const names = (text: string) => mentionsOf(analyzeText(text)).map((m) => m.text);

  it('joins the parts of a hyphenated name (كيم يونغ-تشول)', () => {
    expect(names('والتقى الجنرال سامر يونغ-تشول بالوفد.')).toEqual(['سامر يونغ-تشول']);
  });

  it('ends a name before a possessed noun, its verb\'s object (نقلت سيتي جيت رحلاتها)', () => {
    expect(names('وقال سامر نعمان رحلاتها ألغيت.')).toEqual(['سامر نعمان']);
  });

  it('reads no name in a common noun that "another" follows (قال مستخدم آخر)', () => {
    expect(names('وقال مستخدم آخر إنه يحاول حجز رحلة جديدة.')).toEqual([]);
  });
});

describe('recognize: titles', () => {
  it('reads a military rank with its qualifiers (الفريق أول ركن) before the name', () => {
    const doc = analyzeText('وقال الفريق أول ركن سامر نعمان، الأربعاء، إن القوات تقدمت.');
    expect(mentionsOf(doc).map((m) => m.text)).toEqual(['سامر نعمان']);
  });
});

describe('recognize: appositions', () => {
  it('takes a name set off by commas after a title joined by ل to a body the gazetteer lacks', () => {
    const doc = analyzeText('واعتذر المدير التنفيذي للمطار، روبرت سينكلير، وقال إن الرحلات ألغيت.');
    const person = [...doc.entities.values()].find((e) => e.type === 'Person');
    expect(person).toMatchObject({ nameAr: 'روبرت سينكلير', jobTitles: ['المدير التنفيذي للمطار'] });
  });

  it('takes an unknown name set off by commas after a title', () => {
    const doc = analyzeText('وقال وزير الداخلية اللبناني، سامر نعمان، إن الانتخابات جرت بهدوء.');
    const person = [...doc.entities.values()].find((e) => e.type === 'Person');
    expect(person).toMatchObject({ nameAr: 'سامر نعمان', jobTitles: ['وزير الداخلية اللبناني'] });
  });
  it('makes a body of a head in the construct state before a known place, directly or through one office', () => {
    const doc = analyzeText('وقال وفد كوريا الجنوبية إن المحادثات ستبدأ، وأكد مكتب رئيس فرنسا أن الزيارة تأجلت.');
    expect(mentionsOf(doc)).toEqual([
      { text: 'وفد كوريا الجنوبية', entity: 'وفد كوريا الجنوبية' },
      { text: 'كوريا الجنوبية', entity: 'South Korea' },
      { text: 'مكتب رئيس فرنسا', entity: 'مكتب رئيس فرنسا' },
      { text: 'فرنسا', entity: 'France' },
    ]);
    // A head that names a body only with its country's nisba takes no place: قضاء الموصل is a district.
    expect(mentionsOf(analyzeText('وقعت الاشتباكات في قضاء الموصل أمس.')).map((m) => m.text)).toEqual(['الموصل']);
  });
  it('reads a title over a body joined by ل with its own genitive and over a short aside in brackets', () => {
    // لكرة القدم is one construct joined by ل; (فيفا) an aside; the name comes after both.
    const doc = analyzeText('وقال رئيس الاتحاد الدولي لكرة القدم (فيفا) جيوفاني رينالدو إن البطولة ستقام.');
    const person = [...doc.entities.values()].find((e) => e.type === 'Person');
    expect(person).toMatchObject({ nameAr: 'جيوفاني رينالدو', jobTitles: ['رئيس الاتحاد الدولي لكرة القدم (فيفا)'] });
    expect(statementsOf(doc).map((s) => s.speakers)).toEqual([['جيوفاني رينالدو']]);
    // Two bodies joined by ل: the second names the first's field, and the first is a body of its own.
    expect(mentionsOf(analyzeText('وقال المدير الإقليمي للمنظمة الدولية للهجرة سامر عبدي إن الوضع صعب.')).map((m) => m.text)).toEqual(['للمنظمة الدولية للهجرة', 'سامر عبدي']);
  });

  it('ends a name before a statement noun: what the person issued is no part of the name', () => {
    expect(mentionsOf(analyzeText('وكتب الناشط سامر خليل تغريدة قال فيها إن الوضع صعب.')).map((m) => m.text)).toEqual(['سامر خليل']);
  });

  it('reads words set off before a title apposition after a speech verb as a name, though the first is a common word', () => {
    const doc = analyzeText('وقال أمير صالحي، وزير الدفاع الإيراني، إن الجيش مستعد.');
    expect(mentionsOf(doc).map((m) => m.text)).toEqual(['أمير صالحي']);
    // An unnamed source with its own apposition stays one.
    expect(mentionsOf(analyzeText('وقال مصدر أمني، مسؤول في الوزارة، إن الوضع هادئ.'))).toEqual([]);
  });

  it('reads a body past its adjectives to its country\'s nisba, and with what it is for or whose body it is joined by ل', () => {
    const texts = (t: string) => mentionsOf(analyzeText(t)).map((m) => m.text);
    expect(texts('وقالت المحكمة الجنائية العراقية إن الحكم نهائي.')).toEqual(['المحكمة الجنائية العراقية']);
    expect(texts('وأكد المجلس النرويجي للاجئين أن الوضع صعب.')).toEqual(['المجلس النرويجي للاجئين']);
    expect(mentionsOf(analyzeText('وقال المجلس الاستشاري لحركة فتح إن الوضع صعب.')).map((m) => m.text)).toEqual(['المجلس الاستشاري لحركة فتح', 'حركة فتح']);
    // Nor a ل-word that owns something or is no noun (لحساباته، لحين).
    expect(texts('وجمدت السلطات القطرية لحساباته البنكية أمس.')).toEqual(['السلطات القطرية']);
    // لل + a head noun says whose it is: الموقع الإلكتروني للمطار is no body.
    expect(mentionsOf(analyzeText('ونشر الموقع الإلكتروني للمطار بيانا.')).map((m) => m.text)).toEqual([]);
  });

  it('gives a portfolio in the construct state after a head its genitive (وزارة خارجية كوريا الشمالية)', () => {
    expect(mentionsOf(analyzeText('وقالت وزارة خارجية كوريا الشمالية إن العقوبات ظالمة.')).map((m) => m.text)).toEqual(['وزارة خارجية كوريا الشمالية', 'كوريا الشمالية']);
    expect(mentionsOf(analyzeText('وأشادت وزارة خارجية الشمال بالطريقة.')).map((m) => m.text)).toEqual(['وزارة خارجية الشمال']);
  });

  it('leaves a country\'s nisba after a city or a state out of its name, and stops a name at a word with و', () => {
    expect(mentionsOf(analyzeText('ضربت الفيضانات ولاية كيرالا الهندية.')).map((m) => m.text)).toEqual(['كيرالا']);
    expect(mentionsOf(analyzeText('وسيمرون من جبال مران وسيعودون.')).map((m) => m.text)).toEqual(['جبال مران']);
    // A point of the compass after the head takes its genitive.
    expect(mentionsOf(analyzeText('وتقع المنشأة في منطقة شرق المتوسط قرب الساحل.')).map((m) => m.text)).toEqual(['منطقة شرق المتوسط']);
  });

});
