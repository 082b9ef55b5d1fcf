import { describe, expect, it } from 'vitest';
import { analyzeText, statementsOf } from '../helpers.js';

const says = (text: string) => statementsOf(analyzeText(text));

describe('attribute: modes and content', () => {
  it('reports speech after قال إن with the content after the complementizer', () => {
    expect(says('قال الرئيس الروسي فلاديمير بوتين إن المحادثات كانت مفيدة.')).toEqual([
      { content: 'المحادثات كانت مفيدة', mode: 'indirect', speakers: ['Vladimir Putin'], cue: 'قال' },
    ]);
  });

  it('takes a quotation after a colon as a direct quote, without the marks', () => {
    expect(says('وقال ترامب: “سنواصل الحوار مع الجميع”.')).toEqual([{ content: 'سنواصل الحوار مع الجميع', mode: 'direct', speakers: ['Donald Trump'], cue: 'قال' }]);
  });

  it.each([
    ['“', '”'],
    ['«', '»'],
    ['"', '"'],
    ['“', '"'],
  ])('reads quotations in %s … %s', (open, close) => {
    expect(says(`وقال ترامب: ${open}سنواصل الحوار${close}.`).map((s) => s.content)).toEqual(['سنواصل الحوار']);
  });

  it('takes colon speech with no marks as direct, to the end of the sentence', () => {
    expect(says('وقال ترامب: سنواصل الحوار حتى النهاية.').map((s) => [s.mode, s.content])).toEqual([['direct', 'سنواصل الحوار حتى النهاية']]);
  });

  it('takes a quotation right after the speaker as direct', () => {
    expect(says('وقال ترامب "إنها ليست صفقة".').map((s) => [s.mode, s.content])).toEqual([['direct', 'إنها ليست صفقة']]);
  });

  it('takes quoted words after بأنه as a partial quote', () => {
    expect(says('ووصف ترامب الاجتماع بأنه “مثمر جدا”.').map((s) => [s.mode, s.content])).toEqual([['partial', 'مثمر جدا']]);
  });

  it('makes reported speech with quoted words inside one partial quote of the quoted words', () => {
    expect(says('وقالت ميركل إن القرار "مخيب للآمال" تماما.').map((s) => [s.mode, s.content])).toEqual([['partial', 'مخيب للآمال']]);
    expect(says('وأكد فلان أن الشعار "أولا" يعني أن الحكومة "لن تتراجع عن قرارها" أبدا.').map((s) => [s.mode, s.content])).toEqual([['partial', 'لن تتراجع عن قرارها']]);
  });

  it('keeps reported speech indirect when its only quotation is a name', () => {
    expect(says('وقال بوتين إن حزب "الوطن الحر" فاز بالانتخابات.').map((s) => s.mode)).toEqual(['indirect']);
    expect(says('وقال بوتين إن الوزارة أو ما يعرف بـ"البيت الكبير" ستعلن النتائج.').map((s) => s.mode)).toEqual(['indirect']);
    expect(says('وقال بوتين إن التحقيق هو ما سماه بـ"المطاردة" منذ البداية.').map((s) => s.mode)).toEqual(['indirect']);
  });

  it('takes content wholly inside the marks after a complementizer as a direct quote, with or without a pronoun', () => {
    expect(says('وقال بوتين إن "المحادثات كانت مفيدة".').map((s) => [s.mode, s.content])).toEqual([['direct', 'المحادثات كانت مفيدة']]);
    expect(says('وقال بوتين إنه "سيكون لقاء مفيدا للجميع".').map((s) => [s.mode, s.content])).toEqual([['direct', 'سيكون لقاء مفيدا للجميع']]);
  });

  it('splits two speech acts in one sentence at the comma before the second', () => {
    expect(says('وقال بوتين إن العلاقات تحسنت، مضيفا أن التجارة ارتفعت.').map((s) => [s.cue, s.content, s.speakers[0]])).toEqual([
      ['قال', 'العلاقات تحسنت', 'Vladimir Putin'],
      ['مضيفا', 'التجارة ارتفعت', 'Vladimir Putin'],
    ]);
  });

  it('starts glued complementizers with the content (أنهم، إنه)', () => {
    expect(says('وقال بوتين إنهم أحرزوا تقدما.').map((s) => s.content)).toEqual(['إنهم أحرزوا تقدما']);
  });

  it('reads إلى أن, على, and a direct object after the verbs that take them', () => {
    expect(says('وأشار بوتين إلى أن الحوار سيستمر.').map((s) => s.content)).toEqual(['الحوار سيستمر']);
    expect(says('وأكد بوتين على ضرورة الحوار.').map((s) => s.content)).toEqual(['ضرورة الحوار']);
    expect(says('وأكد بوتين موافقته على الخطة.').map((s) => s.content)).toEqual(['موافقته على الخطة']);
  });

  it('reads ب on the content word, also after an object or an acronym in brackets (تعهد للناخبين بالمضي، اتهم فلانا بـ)', () => {
    expect(says('وأشاد بوتين بالقرار الجديد.').map((s) => s.content)).toEqual(['القرار الجديد']);
    expect(says('وتعهد بوتين للناخبين بالمضي نحو النصر.').map((s) => s.content)).toEqual(['المضي نحو النصر']);
    expect(says('واتهمت فرنسا روسيا بإعاقة الوصول إلى الموقع.').map((s) => [s.content, s.speakers[0]])).toEqual([['إعاقة الوصول إلى الموقع', 'France']]);
    expect(says('واتهم ترامب (أف بي آي) بإرسال عميل إلى حملته.').map((s) => s.content)).toEqual(['إرسال عميل إلى حملته']);
    // Without ب the object is the content of a verb that takes one (اتهم فلانا).
    expect(says('واتهمت فرنسا روسيا.').map((s) => s.content)).toEqual(['روسيا']);
  });

  it('leaves quotations after a speech act nested in the content (a relative clause, a verb joined by و) to that act', () => {
    expect(says('ولفت بوتين إلى أن المشروع ضمان "لأمن الأشقاء" الذين أكد أنهم "يبذلون كل جهد ممكن".').map((s) => [s.cue, s.mode, s.content])).toEqual([
      ['لفت', 'partial', 'لأمن الأشقاء'],
      ['أكد', 'direct', 'يبذلون كل جهد ممكن'],
    ]);
    expect(says('هدد أردوغان بتوسيع الهجوم على الوحدات التي تعتبرها أنقرة "منظمة إرهابية".').map((s) => [s.cue, s.content])).toEqual([
      ['هدد', 'توسيع الهجوم على الوحدات التي تعتبرها أنقرة "منظمة إرهابية"'],
      ['تعتبرها', 'منظمة إرهابية'],
    ]);
    expect(says('وأشادت وزارة الخارجية الأمريكية بالطريقة التي تعاون بها البلدان، لكنها قالت إن واشنطن "جلبت التهديد بالحرب".').map((s) => [s.cue, s.mode])).toEqual([
      ['أشادت', 'indirect'],
      ['قالت', 'partial'],
    ]);
    // A verb joined by و right where the content would start is a speech act of its own, not content.
    expect(says('واعتذر ترامب، وقال: "أدرك أن هذا يسبب إزعاجا للركاب".').map((s) => [s.cue, s.content])).toEqual([['قال', 'أدرك أن هذا يسبب إزعاجا للركاب']]);
  });

  it('reads a quotation after أن that a relative clause describes as a noun of the content, not all of it', () => {
    expect(says('وأشار بوتين إلى أن "مجموعة العمل"، التي أنشأتها الوزارة، تسعى إلى الإطاحة بالحكومة من خلال "الضغط والكذب والخداع".').map((s) => [s.mode, s.content])).toEqual([['partial', 'الضغط والكذب والخداع']]);
  });

  it('ends reported content before a second relative clause joined by و (، والذي …)', () => {
    expect(says('وطالب ترامب بوقف التحقيق، الذي قال إنه تكلف 20 مليون دولار، والذي يتشكل من 13 شخصا "من الديمقراطيين الغاضبين".').map((s) => [s.cue, s.content])).toEqual([
      ['طالب', 'وقف التحقيق'],
      ['قال', 'إنه تكلف 20 مليون دولار'],
    ]);
  });

  it('reads the preposition after a subject with an acronym in brackets (وعبرت الوكالة … (…) عن)', () => {
    expect(says('وعبرت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى (الأونروا) عن بالغ قلقها على المدنيين.').map((s) => s.content)).toEqual(['بالغ قلقها على المدنيين']);
  });

  it('reads a condition set (اشترط أن) as a statement, and ends the content before it', () => {
    expect(says('وجدد بوتين ترحيبه بالسلام، واشترط أن يكون عادلا.').map((s) => [s.cue, s.content])).toEqual([
      ['جدد', 'ترحيبه بالسلام'],
      ['اشترط', 'يكون عادلا'],
    ]);
  });

  it('reads what follows a source phrase that opens its sentence (وبحسب فلان، فإن …)', () => {
    expect(says('وبحسب وكالة رويترز، فإن "الانقلاب كان بتخطيط خارجي".').map((s) => [s.mode, s.content, s.speakers[0]])).toEqual([['direct', 'الانقلاب كان بتخطيط خارجي', 'Reuters']]);
    expect(says('ووفقا لوزارة الخارجية الروسية فإن المحادثات ستستمر.').map((s) => [s.mode, s.content])).toEqual([['indirect', 'المحادثات ستستمر']]);
    expect(says('وبحسب وكالة رويترز، قتل 20 شخصا في الهجوم.').map((s) => s.content)).toEqual(['قتل 20 شخصا في الهجوم']);
    // A speech verb right after it makes the statement; the source only relays it.
    expect(says('وحسب وكالة رويترز، قال بوتين إن الحوار مفيد.').map((s) => [s.cue, s.speakers[0]])).toEqual([['قال', 'Vladimir Putin']]);
    // The ل of a source phrase written on an unnamed source (وفقا لمسؤولين) is no part of it.
    expect(says('وألغي اللقاء دون تفسير، وفقا لمسؤولين أمريكيين.').map((s) => s.speakers[0])).toEqual(['مسؤولين أمريكيين']);
    // After the clause it reports, the source phrase still reports that clause.
    expect(says('قتل 20 شخصا في الهجوم، بحسب وكالة رويترز.').map((s) => s.content)).toEqual(['قتل 20 شخصا في الهجوم']);
  });

  it('reads past a stray full stop between a cue and its complementizer (مؤكدا. أن …)', () => {
    expect(says('وأشار بوتين إلى ترحيب الحكومة بالجهود، مؤكدا. أن الأفكار تصلح للمفاوضات.').map((s) => [s.cue, s.content])).toEqual([
      ['أشار', 'ترحيب الحكومة بالجهود'],
      ['مؤكدا', 'الأفكار تصلح للمفاوضات'],
    ]);
  });

  it('reads definite words between the subject and أن (a day, the rest of a name) as no object', () => {
    expect(says('وأعلن وزير الداخلية فلان الخميس أن الحدود ستفتح.').map((s) => s.content)).toEqual(['الحدود ستفتح']);
    // An object before a preposition and أن stays the content's start.
    expect(says('وأعلن بوتين موافقته على أن تبدأ المحادثات.').map((s) => s.content)).toEqual(['موافقته على أن تبدأ المحادثات']);
  });

  it('reads no statement in a negated verb with only an object, and steps over an adverb in the accusative (مرارا)', () => {
    expect(says('ولم تؤكد روسيا هذا العرض من جانبها، لكنها أعلنت مرارا أنها مستعدة لإجراء محادثات.').map((s) => [s.cue, s.content, s.speakers[0]])).toEqual([['أعلنت', 'أنها مستعدة لإجراء محادثات', 'Russia']]);
    // Negated with reported content it is a statement (لم ينف أن …).
    expect(says('ولم تنف روسيا أن المحادثات مستمرة.').map((s) => s.content)).toEqual(['المحادثات مستمرة']);
  });

  it('takes quotations joined by و after one verb as direct quotes of the same speaker', () => {
    expect(says('وكان بوتين قال "لا نميل إلى التدخل في الأحكام" و"نأمل ألا تطبق العقوبة".').map((s) => [s.mode, s.content, s.speakers[0]])).toEqual([
      ['direct', 'لا نميل إلى التدخل في الأحكام', 'Vladimir Putin'],
      ['direct', 'نأمل ألا تطبق العقوبة', 'Vladimir Putin'],
    ]);
  });

  it('takes what a source phrase governs (بحسب) from the clause before it', () => {
    expect(says('وارتفع عدد الضحايا إلى عشرة، بحسب وزارة الزراعة الموريتانية.').map((s) => [s.cue, s.content, s.speakers[0]])).toEqual([
      ['بحسب', 'وارتفع عدد الضحايا إلى عشرة', 'وزارة الزراعة الموريتانية'],
    ]);
  });

  it('keeps a quotation across sentences as one statement', () => {
    expect(says('وقال ترامب: “سنواصل. لن نتوقف”.').map((s) => s.content)).toEqual(['سنواصل. لن نتوقف']);
  });

  it('ignores a passive cue (يقال) and narration', () => {
    expect(says('يقال إن الوفد وصل. وركزت القمة على الأزمة.')).toEqual([]);
  });

  it('does not take a name in quotation marks (حملت عنوان) for speech', () => {
    expect(says('وركزت القمة، التي حملت عنوان “السعي للسلام”، على الأزمة.')).toEqual([]);
    // Nor a short quotation after a preposition's definite head and its adjective, but a quotation after a subject is speech.
    expect(says('وأشار المحامون إلى تصريحات أدلى بها الوزير للشبكة الإخبارية "إل سي إي" قال فيها إن "المتهمة مقاتلة".').map((s) => s.content)).toEqual([
      // (the statement noun's own verb, قال فيها, keeps its quotation: the lawyers' act is reported)
      'تصريحات أدلى بها الوزير للشبكة الإخبارية "إل سي إي" قال فيها إن "المتهمة مقاتلة"',
      'المتهمة مقاتلة',
    ]);
    expect(says('وقالت الحكومة المصرية "لن نتراجع".').map((s) => s.content)).toEqual(['لن نتراجع']);
  });
});

describe('attribute: speakers', () => {
  it('carries the speaker over to a cue with no subject', () => {
    expect(says('وقال بوتين إن الحوار مفيد. وأضاف أن العلاقات تتحسن.').map((s) => s.speakers)).toEqual([['Vladimir Putin'], ['Vladimir Putin']]);
  });

  it('gives a verb joined by و the subject of the speech verb before it, though that one took only an object', () => {
    const statements = says('وقال الوزير سامر نعمان إن الحوار مفيد. وحذر بيان لحركة حماس السكان في المنطقة، ودعاهم إلى الابتعاد عن الحدود. وقال البيان "إن المقاومة مستمرة".');
    expect(statements.map((s) => s.speakers)).toEqual([['سامر نعمان'], ['Hamas'], ['Hamas']]);
  });

  it('does not give a verb in a relative clause the subject of the main verb', () => {
    expect(says('وهددت حماس بالانسحاب من المحادثات بعد تصريحات الوزير سامر نعمان التي قال فيها إنه سيواصل الضغط.').map((s) => s.speakers)).toEqual([['Hamas'], ['سامر نعمان']]);
  });

  it('carries over to a female speaker for a feminine verb', () => {
    const statements = says('قالت ميركل إن أوروبا موحدة. وقال ترامب إن أمريكا أولا. وأضافت أن الحوار ضروري.');
    expect(statements.map((s) => s.speakers[0])).toEqual(['Angela Merkel', 'Donald Trump', 'Angela Merkel']);
  });

  it('gives a participle the speaker of its sentence', () => {
    expect(says('وقال ترامب إن الحوار مفيد، مؤكدا أن العلاقات تتحسن.').map((s) => s.speakers)).toEqual([['Donald Trump'], ['Donald Trump']]);
  });

  it('names joint speakers: two names joined by و, and a dual title', () => {
    expect(says('وأكد بوتين وترامب أن الحوار سيستمر.')[0]?.speakers).toEqual(['Vladimir Putin', 'Donald Trump']);
    const dual = says('وقال بوتين إن الحوار مفيد. وقال ترامب إن اللقاء جيد. وأشار الزعيمان إلى أن الحوار سيستمر.');
    expect(dual.at(-1)?.speakers.sort()).toEqual(['Donald Trump', 'Vladimir Putin']);
  });

  it('makes an unnamed source its own speaker, with its adjectives, not the anonymity phrase', () => {
    const statements = says('وقال مسؤول أمريكي لم يكشف عن اسمه إن الاجتماع سيعقد غدا.');
    expect(statements).toEqual([{ content: 'الاجتماع سيعقد غدا', mode: 'indirect', speakers: ['مسؤول أمريكي'], cue: 'قال' }]);
  });

  it('lets an organisation speak', () => {
    expect(says('وأعلنت حركة حماس في بيان أنها ترفض المقترح.')[0]?.speakers).toEqual(['Hamas']);
  });

  it('attributes a headline quotation to the name before the colon', () => {
    expect(says('#انغيلا_ميركل: "لن نقبل بذلك"')).toEqual([{ content: 'لن نقبل بذلك', mode: 'direct', speakers: ['Angela Merkel'], cue: ':' }]);
  });

  it('writes no statement without a speaker', () => {
    expect(says('وأضاف أن الحوار مفيد.')).toEqual([]);
  });
});

describe('attribute: speakers the gazetteer does not know, and outlets', () => {
  it('makes a person of the name right after a speech verb, and links its family name after', () => {
    const statements = says('وقال سامر نعمان، الذي يقود الحزب: "لن نتراجع". وأضاف نعمان "سنواصل".');
    expect(statements.map((s) => [s.speakers[0], s.mode, s.content])).toEqual([
      ['سامر نعمان', 'direct', 'لن نتراجع'],
      ['سامر نعمان', 'direct', 'سنواصل'],
    ]);
  });

  it('lets an outlet named in quotation marks speak, with or without its head noun', () => {
    const statements = says('وذكر موقع "الفجر" أن الوزير سامر نعمان أعرب عن غضبه. وأشارت "الصباح" إلى أن القرار نهائي.');
    expect(statements.map((s) => [s.speakers[0], s.content])).toEqual([
      ['الفجر', 'الوزير سامر نعمان أعرب عن غضبه'],
      ['سامر نعمان', 'غضبه'],
      ['الصباح', 'القرار نهائي'],
    ]);
  });

  it('counts an unnamed source (اثنان من السكان) and one before its verb (محللون يقولون)', () => {
    expect(says('وقال اثنان من السكان إن القصف مستمر.')[0]?.speakers).toEqual(['اثنان من السكان']);
    expect(says('بيد أن محللين يقولون إن الحكومة ضعيفة.')[0]?.speakers).toEqual(['محللين']);
  });

  it('gives a verb with no subject after it the subject of its sentence', () => {
    expect(says('واختتم الوزير سامر نعمان زيارته إلى موسكو، وقال إن الزيارة ناجحة.')[0]?.speakers).toEqual(['سامر نعمان']);
  });

  it('adds who spoke for a subject through على لسان, and steps over a reporting agency', () => {
    expect(says('وقالت إسرائيل، على لسان وزير التعليم فيها سامر نعمان، إنها سترد.')[0]?.speakers).toEqual(['Israel', 'سامر نعمان']);
    expect(says('وقال بوتين: "سنرد". وأضاف وفقا لما نقلته وكالة تاس: "لن نتراجع".').map((s) => s.speakers[0])).toEqual(['Vladimir Putin', 'Vladimir Putin']);
  });
});

describe('attribute: where the content starts', () => {
  it('steps over commas and a time word between the speaker and the complement', () => {
    expect(says('وأكد بوتين وترامب، الأربعاء، على ضرورة الحوار.')[0]?.content).toBe('ضرورة الحوار');
    expect(says('وأشار بوتين، إلى أن الحوار مستمر.')[0]?.content).toBe('الحوار مستمر');
  });

  it('finds a complement after an object (حث مقاتليه على) and ب written on the content (أشاد بـ)', () => {
    expect(says('وحث بوتين الجنود على التحلي بالصبر.')[0]?.content).toBe('التحلي بالصبر');
    expect(says('وأشاد بوتين بقيادة ترامب للمفاوضات.')[0]?.content).toBe('قيادة ترامب للمفاوضات');
  });

  it('takes a verb carrying its object as a pronoun (وصفها) as the verb', () => {
    expect(says('ووصفها بوتين بأنها "خطوة مهمة".').map((s) => [s.mode, s.content])).toEqual([['partial', 'خطوة مهمة']]);
  });

  it('reads a quotation after a described speaker, or before a gloss, as direct', () => {
    expect(says('وقال سامر نعمان وهو موظف في البلدية « الوضع صعب جدا ».')[0]).toMatchObject({ mode: 'direct', content: 'الوضع صعب جدا' });
    expect(says('وأوضح ترامب "يمكننا أن نفعل أي شيء" في إشارة إلى الاتفاق.')[0]).toMatchObject({ mode: 'direct', content: 'يمكننا أن نفعل أي شيء' });
  });

  it('reads the rest of a comma-introduced sentence as reported (وتابع الرئيس، لكن …)', () => {
    expect(says('وقال بوتين إن الحوار مفيد. وتابع بوتين، لكن الطريق طويل.').at(-1)?.content).toBe('لكن الطريق طويل');
  });

  it('reads speech in a headline with no marks at all', () => {
    const statements = says('الانتخابات: ترامب يقول فزنا بالأغلبية\nوقال ترامب إن النتائج جيدة.');
    expect(statements[0]).toMatchObject({ mode: 'direct', content: 'فزنا بالأغلبية', speakers: ['Donald Trump'] });
  });
});

describe('attribute: the subject a verb gives', () => {
  const speakersOf = (text: string) => says(text).map((s) => s.speakers);

  it('reads an unnamed description as the speaker instead of carrying the last one over', () => {
    expect(speakersOf('قال ترامب إن الحوار مفيد. وقالت جماعة مسلحة في بيان إن القوات سيطرت على المدينة.')).toEqual([['Donald Trump'], ['جماعة مسلحة']]);
  });

  it('reads a plural whose و is its own (وكالات الإغاثة) as the subject, in a relative clause too', () => {
    expect(speakersOf('قال ترامب إن الحوار مفيد. وقالت وكالات الإغاثة الطبية إن الموقع شهد مقتل العشرات.')).toEqual([['Donald Trump'], ['وكالات الإغاثة الطبية']]);
    expect(speakersOf('واتهمت فرنسا روسيا بإعاقة الوصول إلى الموقع الذي تقول وكالات الإغاثة الطبية، إنه شهد مقتل العشرات.').at(-1)).toEqual(['وكالات الإغاثة الطبية']);
  });

  it('gives a feminine participle after another verb the body that is that verb\'s subject (وردت الوزارة، قائلة)', () => {
    expect(speakersOf('قال بوتين إن الحوار مفيد. وردت وزارة الخارجية الأمريكية، قائلة إن الحوار يجب أن يبدأ فورا.')).toEqual([['Vladimir Putin'], ['United States Department of State']]);
    // A masculine one wants a man, not the body.
    expect(speakersOf('قال بوتين إن الحوار مفيد. وردت وزارة الخارجية الأمريكية على ترامب، قائلا إن الحوار يجب أن يبدأ.').at(-1)).not.toEqual(['United States Department of State']);
  });

  it('gives a statement noun\'s verb the one who published it, not the medium it was published on (تغريدة على تويتر)', () => {
    expect(speakersOf('قال بوتين إن الحوار مفيد. ونشر الراكب ريتشارد ماسي تغريدة على تويتر، تحدث فيها عن إلغاء رحلته.').at(-1)).toEqual(['ريتشارد ماسي']);
  });

  it('reads the subject after "for his part" (من جهته، بدوره) and over a place between a title and its name', () => {
    expect(speakersOf('قال زعيم الحوثيين عبد الملك الحوثي إن الحوار مفيد. قال ترامب إن الحل قريب. ودعا من جهته زعيم الحوثيين في اليمن عبد الملك الحوثي مقاتليه إلى التوجه إلى المدينة.').at(-1)).toEqual(['Abdul-Malik al-Houthi']);
    expect(says('قال ترامب إن الحوار مفيد. وأكد بدوره بوتين أن الحل قريب.').at(-1)).toMatchObject({ speakers: ['Vladimir Putin'], content: 'الحل قريب' });
  });

  it('gives a verb joined to its sentence\'s first verb that verb\'s subject, after a conjunction that opens the clause (لكن)', () => {
    expect(speakersOf('قال ترامب إن الحوار مفيد. لكن محكمة التمييز العراقية أعادت دراسة الملف، واعتبرت أن الأمر "لم يكن دخولا غير شرعي".').at(-1)).toEqual(['محكمة التمييز العراقية']);
  });

  it('reads the noun after a verb that agrees in number as its object, and carries over only a speaker that is many', () => {
    // طالبوا الحكومة: the government is whom they asked; no one who speaks as many was named, so no statement.
    expect(speakersOf('قال بوتين إن الحوار مفيد. وتجمع آلاف المواطنين في الساحة وطالبوا الحكومة بسحب القانون.')).toEqual([['Vladimir Putin']]);
    // A plural unnamed source before a singular speaker is the one a plural verb carries over.
    expect(speakersOf('قال مسؤولون في الشرطة إن التحقيق مستمر. وأكد ترامب أن الحل قريب. وأضافوا أن الأدلة كافية.')).toEqual([['مسؤولون'], ['Donald Trump'], ['مسؤولون']]);
    // A statement with no speaker hands on no one: the singular verb after it carries the speaker before.
    expect(speakersOf('وقال ترامب إن الحل قريب. وطالبوا الحكومة بسحب القانون. وأضاف أن الأدلة كافية.')).toEqual([['Donald Trump'], ['Donald Trump']]);
  });

  it('reads an overt subject the gazetteer does not know instead of carrying a speaker over', () => {
    // A count with a plural of persons in the construct state, and the name it governs.
    expect(speakersOf('قال ترامب إن الحل قريب. وندد أحد مساعدي نتانياهو بهذه التقارير.').at(-1)).toEqual(['أحد مساعدي نتانياهو']);
    // A demonstrative with a plural of persons.
    expect(says('قال ترامب إن الحل قريب. وينتقد هؤلاء الناشطون الحكومة بسبب موقفها.').at(-1)).toMatchObject({ speakers: ['هؤلاء الناشطون'], content: 'الحكومة بسبب موقفها' });
    // A body's definite head and its modifiers before an indefinite verbal noun, the object.
    expect(says('قال ترامب إن الحل قريب. وأعلنت الهيئة الوطنية العليا لمسيرات العودة انتهاء فعاليات الجمعة.').at(-1)).toMatchObject({ speakers: ['الهيئة الوطنية العليا لمسيرات العودة'], content: 'انتهاء فعاليات الجمعة' });
  });

  it('reads a subject set off from its verb by a comma (فلان، قال), not across a verb with و or against its gender', () => {
    expect(speakersOf('قال ترامب إن الحل قريب. غير أن وزير الخارجية الروسي سيرغي لافروف، قال إن الحل بعيد.').at(-1)).toEqual(['Sergey Lavrov']);
    expect(speakersOf('قالت ميركل إن الحل قريب. وتوجهت إلى الرئيس إيمانويل ماكرون، وتقول إن الحل بعيد.').at(-1)).toEqual(['Angela Merkel']);
  });

  it('gives a dual of countries (البلدان) the two countries named last, and skips a title in apposition after a name', () => {
    expect(speakersOf('وتصاعد التوتر بين الولايات المتحدة وتركيا. وقال ترامب إن الحل قريب. وقال البلدان، العضوان في حلف شمال الأطلسي، إنهما سيشكلان لجانا مشتركة.').at(-1)).toEqual(['United States of America', 'Turkey']);
    expect(says('أعلن كيم جونغ-أون زعيم كوريا الشمالية وقف الاختبارات النووية.').map((s) => s.content)).toEqual(['وقف الاختبارات النووية']);
  });

  it('reads sound plurals of persons joined by و as one unnamed source (باحثون ومواطنون)', () => {
    expect(speakersOf('قال ترامب إن الحل قريب. ويحذر باحثون ومواطنون عرب في إسرائيل من أن الهوية طاغية.').at(-1)).toEqual(['باحثون ومواطنون']);
  });

  it('reads no described subject after على written as على (وأشاد على الفور بقرار فلان)', () => {
    expect(speakersOf('واتهم ترامب مرات كثيرة ماكيب بالانحياز، وأشاد على الفور بقرار سيشنز بإقالته.')).toEqual([['Donald Trump'], ['Donald Trump']]);
  });

  it('reads no statement in a speech act planned, expected or only possible (من المقرر أن تعلن، قد يكرر)', () => {
    expect(speakersOf('قال ترامب إن الحل قريب. ومن المقرر أن تعلن الهيئة النتيجة النهائية. بوتين قد يكرر "الخدعة القديمة" للبقاء في السلطة. وقد قال بوتين إن الحل بعيد.')).toEqual([['Donald Trump'], ['Vladimir Putin']]);
  });

  it('reads a specific title with no name that no one named before held as someone new, not the last speaker', () => {
    expect(speakersOf('قال ترامب إن الحل قريب. وأقر رئيس مجلس النواب بأنه لا يملك "الجواب التقني" على هذا الجدل.').at(-1)).toEqual(['رئيس مجلس النواب']);
    // A person with that title named before is the one it calls back.
    expect(speakersOf('قال رئيس مجلس النواب نبيه بري إن الحل قريب. وأكد رئيس مجلس النواب أن الحوار مستمر.').at(-1)).toEqual(['Nabih Berri']);
  });

  it('gives a spokesman with no name the body he speaks for, and opens the content after the title', () => {
    expect(says('قال ترامب إن الحل قريب. وأعلن المتحدث باسم وزارة الخارجية الروسية أن الحل بعيد.').at(-1)).toMatchObject({ speakers: ['Ministry of Foreign Affairs of Russia'], content: 'الحل بعيد' });
  });

  it('reads a name under ل or ب after the verb as whom the words were for, not the subject (قال لبي بي سي)', () => {
    expect(speakersOf('قال ترامب إن الحل قريب. وأضاف لبي بي سي إن الحل بعيد.').at(-1)).toEqual(['Donald Trump']);
  });

  it('steps over a demonstrative and a noun of time before the object (أكدت … هذه السنة السماح …)', () => {
    expect(says('وأكدت السلطات السعودية هذه السنة السماح للحجاج بحضور الحج.').map((s) => s.content)).toEqual(['السماح للحجاج بحضور الحج']);
  });

  it('reads back over commas to the clause a closing source phrase reports (… في محافظة كذا، وسط البلاد، حسب …)', () => {
    expect(says('قتل شخص وأصيب اثنان آخران في محافظة البيضاء، وسط اليمن، حسب ما ذكرت مصادر محلية.').map((s) => s.content)).toEqual(['قتل شخص وأصيب اثنان آخران في محافظة البيضاء، وسط اليمن']);
  });

  it('reads the subject between كان and its verb, a name or a description of someone unnamed', () => {
    expect(speakersOf('قال ترامب إن الحل قريب. وكانت وسائل إعلام بلجيكية عدة أشارت إلى مقتل أحد المارة.').at(-1)).toEqual(['وسائل إعلام بلجيكية']);
    expect(speakersOf('قال ترامب إن الحل قريب. وكانت الحكومة الفرنسية أعلنت أن الحل بعيد.').at(-1)).toEqual(['Government of France']);
    // With no subject between (كان قد أشار), the speaker is carried over.
    expect(speakersOf('قال ترامب إن الحل قريب. وكان قد أشار إلى أن الحل بعيد.').at(-1)).toEqual(['Donald Trump']);
  });

  it('reads no subject before the verb in what a preposition governs (أمام البرلمان قال فلان)', () => {
    expect(speakersOf('قال ترامب إن الحل قريب. وفي كلمته أمام البرلمان قال أبي أحمد: "هذا يوم تاريخي".').at(-1)).toEqual(['Abiy Ahmed']);
  });

  it('reads a count with من and a plural of persons as an unnamed source (العديد من الخبراء)', () => {
    expect(speakersOf('قال ترامب إن الحل قريب. ويحذر العديد من الخبراء من تطبيق سياسة صارمة.').at(-1)).toEqual(['العديد من الخبراء']);
  });

  it('reads a title after the name and a comma as an apposition: the verb took an object, not content (تابع فلان، وزير …، الحفل)', () => {
    expect(says('تابع الأمير فلان بن فلان، وزير الداخلية السعودي، الحفل السنوي لقوات الأمن.')).toEqual([]);
  });

  it('gives a feminine verb joined to its sentence\'s first verb a country as subject when no woman or body is named', () => {
    expect(speakersOf('قال ترامب إن الحل قريب. وتعتمد مصر على النيل وتقول إن لها حقوقا تاريخية.').at(-1)).toEqual(['Egypt']);
  });

  it('reads an imperfect news mostly writes as a passive, opening its clause before أن, as no one\'s statement (ويعتقد أن، ويتوقع أن)', () => {
    expect(speakersOf('قال ترامب إن الحل قريب. ويعتقد بأنهم يعقدون اجتماعا. ويتوقع أن تصدر المحكمة قرارها.')).toEqual([['Donald Trump']]);
    // With a subject, or after إنه, it is a statement.
    expect(says('قال ترامب إن الحل قريب. ويعتقد بوتين أن الحل بعيد. وقال ماكرون إنه يعتقد أن الوضع صعب.').map((s) => s.cue)).toEqual(['قال', 'يعتقد', 'قال', 'يعتقد']);
  });

  it('gives a plural verb with no subject the plural unnamed source that was the subject of the sentence before', () => {
    expect(speakersOf('قال ترامب إن الحوار مفيد. ورفض مسؤولون في الشرطة تسليم أي دليل. وقالوا إن عملا مثل هذا قد يعرض المخبر للخطر.')).toEqual([['Donald Trump'], ['مسؤولون']]);
    // A singular subject there leaves the speaker carried over.
    expect(speakersOf('قال ترامب إن الحوار مفيد. ورفض الرئيس تسليم أي دليل. وقالوا إن عملا مثل هذا قد يعرض المخبر للخطر.').at(-1)).toEqual(['Donald Trump']);
  });

  it('reaches the content over an adverbial of up to six words after the subject (في بيان نشرته على موقعها)', () => {
    expect(speakersOf('قال ترامب إن الحوار مفيد. وقالت جماعة مسلحة في بيان نشرته على موقعها إن القوات انسحبت.')[1]).toEqual(['جماعة مسلحة']);
  });

  it('reads a team or a delegation as a body (فريق الدفاع، وفد المعارضة)', () => {
    expect(speakersOf('قال ترامب إن الحوار مفيد. وقال فريق الدفاع إن المحاكمة متسرعة، فيما قال وفد المعارضة إن المفاوضات فشلت.').slice(1)).toEqual([['فريق الدفاع'], ['وفد المعارضة']]);
  });

  it('calls a place or body back by its head noun (المطار after مطار هيثرو)', () => {
    expect(speakersOf('أغلق مطار هيثرو بعد العثور على قنبلة. وقال ترامب إن الحوار مفيد. وقال المطار إن الرحلات ألغيت.')[1]).toEqual(['مطار هيثرو']);
  });

  it('gives a group of a body the body (وزراء خارجية الاتحاد الأوروبي)', () => {
    expect(speakersOf('قال ترامب إن الحوار مفيد. وقال وزراء خارجية الاتحاد الأوروبي إن العقوبات ستستمر.')[1]).toEqual(['European Union']);
  });

  it('gives a text the body it belongs to (البيان الختامي لحلف شمال الأطلسي)', () => {
    expect(speakersOf('قال ترامب إن الحوار مفيد. وقال البيان الختامي لحلف شمال الأطلسي إن الحلف موحد.')[1]).toEqual(['NATO']);
  });

  it('reads the object of a verb like أعلن after its subject and an adverbial set off by commas', () => {
    expect(says('قال ترامب إن الحوار مفيد. وأعلن فريق الإنقاذ المحلي، الأحد، انتشال جثث الضحايا.').map((s) => [s.speakers, s.content])).toEqual([
      [['Donald Trump'], 'الحوار مفيد'],
      [['فريق الإنقاذ المحلي'], 'انتشال جثث الضحايا'],
    ]);
  });

  it('keeps the و of a head noun (وكالة is no و + كالة) when it reads the subject', () => {
    expect(says('قال ترامب إن الحوار مفيد. وأعلنت وكالة الأمم المتحدة للهجرة، السبت، وفاة الدبلوماسي.').map((s) => [s.speakers, s.content])[1]).toEqual([['وكالة الأمم المتحدة للهجرة'], 'وفاة الدبلوماسي']);
  });

  it('finds the subject after a preposition with a pronoun that points back (أعلنت فيه روسيا)', () => {
    expect(speakersOf('قال ترامب إن الحوار مفيد، في وقت أعلنت فيه روسيا أن المحادثات فشلت.')).toEqual([['Donald Trump'], ['Russia']]);
  });

  it('after فيه reads only a name as the subject: a description there is the object (وصفت فيه عقوبات …)', () => {
    const speakers = speakersOf('قال بوتين إن الحوار مفيد. وبعد ساعات صدر بيان غاضب من جانب روسيا، وصفت فيه عقوبات فرضتها واشنطن بأنها "عمل من أعمال الحرب".');
    expect(speakers).toHaveLength(2);
    expect(speakers[1]).not.toContain('عقوبات فرضتها واشنطن');
  });

  it('gives a verb with a resumptive pronoun after a statement noun (تصريحاته التي قال فيها) to whoever made the statement', () => {
    // Not the sentence's earlier speaker: the man the noun's pronoun points back to.
    expect(says('واتهمت الحكومة الألمانية الرئيس الروسي فلاديمير بوتين ب"تصعيد خطير للأزمة" إثر تصريحاته التي قال فيها إن "العقوبات لن تنجح".').map((s) => [s.speakers, s.content])).toEqual([
      [['Federal Government of Germany'], 'تصعيد خطير للأزمة'],
      [['Vladimir Putin'], 'العقوبات لن تنجح'],
    ]);
    // The body named between the noun and the verb (بيان من جانب …، وصفت فيه).
    expect(says('وقالت الحكومة الألمانية إن "الحوار ضروري"، بعد بيان غاضب من جانب روسيا وصفت فيه القرار بأنه "عدائي".').map((s) => s.speakers)).toEqual([['Federal Government of Germany'], ['Russia']]);
    // Its own statement, though it stands inside the earlier verb's subject phrase and reported
    // content; that verb keeps what follows its ب (the name بوتين is no ب + word).
    expect(says('واتهمت الحكومة الألمانية الرئيس الروسي فلاديمير بوتين بالتصعيد، إثر تصريحاته التي قال فيها إن "العقوبات لن تنجح".')).toEqual([
      { content: 'التصعيد، إثر تصريحاته التي قال فيها إن "العقوبات لن تنجح"', mode: 'indirect', speakers: ['Federal Government of Germany'], cue: 'اتهمت' },
      { content: 'العقوبات لن تنجح', mode: 'direct', speakers: ['Vladimir Putin'], cue: 'قال' },
    ]);
    // A newspaper's article speaks for the newspaper that published it.
    expect(says('وقال الرئيس الأمريكي دونالد ترامب إن التحقيق "مطاردة"، ثم نشرت صحيفة نيويورك تايمز مقالة أشارت فيها إلى وجود مخبر.').at(-1)?.speakers).toEqual(['The New York Times']);
    // Far from its noun, across what the statement was made to (أدلى بها الوزير للشبكة "…" قال فيها).
    expect(says('وقال وزير الخارجية الفرنسي جان إيف لودريان إن "الحوار ممكن". وأشار المحامون إلى تصريحات أدلى بها الوزير للشبكة الإخبارية "إل سي إي" قال فيها إن "المتهمة مقاتلة".').at(-1)?.speakers).toEqual(['Jean-Yves Le Drian']);
    // A woman's statement (كلمتها) is not a man's.
    expect(says('وقال الرئيس الروسي فلاديمير بوتين إن "الحوار ممكن"، وردت المستشارة الألمانية أنغيلا ميركل ب"ترحيب حذر" بعد كلمتها التي قالت فيها إن "العقوبات باقية".').at(-1)?.speakers).toEqual(['Angela Merkel']);
  });

  it('ends a verb\'s content before a relative clause whose verb is a cue, which makes a statement of its own', () => {
    expect(says('وطالب الرئيس الأمريكي دونالد ترامب الأحد بوقف التحقيق، الذي قال إنه كلف الكثير.').map((s) => [s.cue, s.content, s.speakers])).toEqual([
      ['طالب', 'وقف التحقيق', ['Donald Trump']],
      ['قال', 'إنه كلف الكثير', ['Donald Trump']],
    ]);
  });

  it('steps over an adverbial clause of أن after دون or بعد: it is no reported content', () => {
    expect(says('وطالب الرئيس الأمريكي دونالد ترامب، دون أن يقدم دليلا، بوقف التحقيق.').map((s) => s.content)).toEqual(['وقف التحقيق']);
    expect(says('وقال الرئيس الروسي فلاديمير بوتين بعد أن التقى نظيره إن المحادثات مفيدة.').map((s) => s.content)).toEqual(['المحادثات مفيدة']);
  });

  it('gives relayed words (نقلت الوكالة عن فلان قوله إن …) to whom they are relayed from, the content after قوله', () => {
    expect(says('ونقلت وكالة رويترز عن الرئيس الروسي فلاديمير بوتين قوله إن المحادثات مفيدة.')).toEqual([
      { content: 'المحادثات مفيدة', mode: 'indirect', speakers: ['Vladimir Putin'], cue: 'نقلت' },
    ]);
    // An unnamed source relayed is one; a pronoun (عنه) points back to the man named before, not the subject.
    expect(says('ونقلت الوكالة عن مصدر أمني قوله إن الوضع هادئ.').map((s) => [s.content, s.speakers])).toEqual([['الوضع هادئ', ['مصدر أمني']]]);
    expect(says('والتقى الرئيس الروسي فلاديمير بوتين الوفد. ونقلت وكالة رويترز عنه قوله إن المحادثات مفيدة.').map((s) => [s.content, s.speakers])).toEqual([['المحادثات مفيدة', ['Vladimir Putin']]]);
  });

  it('gives a verb after لكنه/لكنها the subject of its sentence, a person or a body, by the pronoun\'s gender', () => {
    expect(says('ورحب الرئيس الروسي فلاديمير بوتين بالاتفاق، لكنه قال إن "الطريق طويل".').map((s) => s.speakers)).toEqual([['Vladimir Putin']]);
    // (أشادت بـ is a speech act of its own.)
    expect(says('وأشادت وزارة الخارجية الروسية بالاتفاق، لكنها قالت إن واشنطن "لم تف بوعودها".').map((s) => s.speakers)).toEqual([['Ministry of Foreign Affairs of Russia'], ['Ministry of Foreign Affairs of Russia']]);
  });

  it('reads no speaker in a time noun after the verb (أعلن بداية هذا الشهر عن …)', () => {
    expect(speakersOf('قال ترامب إن الحوار مفيد. وكان قد أعلن بداية هذا الشهر عن انسحابه من الاتفاق.')).toEqual([['Donald Trump'], ['Donald Trump']]);
  });

  it('reads the name after a verb joined to an earlier speech verb, right before its preposition, as its object', () => {
    expect(speakersOf('وأوضح بوتين أن الحرب لم تكن خياره، واتهم أوكرانيا بأنها تعرقل السلام.')).toEqual([['Vladimir Putin'], ['Vladimir Putin']]);
    // With no earlier speech verb, the name is the subject.
    expect(speakersOf('واتهمت روسيا الغرب بإطالة الحرب.')).toEqual([['Russia']]);
  });

  it('reads the noun after a verb that takes an object as that object, and carries the speaker over', () => {
    expect(speakersOf('قال ترامب إن الحوار مفيد. ودعا الشعب الأمريكي إلى الهدوء.')).toEqual([['Donald Trump'], ['Donald Trump']]);
  });

  it('reads a name set off by commas after a title with a quoted name in it (تحالف "…"، فلان،)', () => {
    expect(speakersOf('وقال ترامب إن الحوار مفيد. وأضاف المتحدث باسم تحالف "دعم الشرعية في اليمن"، سامر نعمان، إنه يعتقد أن الوضع صعب.')[1]).toEqual(['سامر نعمان']);
  });

  it('gives a verb after سبق لـ … أن the names between them as its joint subject', () => {
    expect(speakersOf('وسبق للأرجنتين والأوروغواي والبرازيل أن أعلنت أنها ستتقدم بترشيح.')).toEqual([['Argentina', 'Uruguay', 'Brazil']]);
  });

  it('reads a noun with ta marbuta (في إشارة إلى) as no verb with a pronoun', () => {
    expect(says('وقال الحريري إن النتائج جيدة في إشارة إلى احتمال توليه رئاسة الوزراء.').map((s) => s.cue)).toEqual(['قال']);
  });

  it('takes countries joined by و as one joint subject, and the name after them as the object', () => {
    expect(says('واتهمت فرنسا والولايات المتحدة روسيا بإعاقة الوصول إلى الموقع.').map((s) => [s.speakers, s.content])).toEqual([[['France', 'United States of America'], 'إعاقة الوصول إلى الموقع']]);
  });

  it('opens the content after an aside set off by commas after the name, and the verb inside it is no speech act', () => {
    expect(says('قال جون كيري، وزير الخارجية الأمريكي الأسبق، والذي يعتبر مهندس الاتفاق النووي مع إيران، إن إدارة أوباما وضعت خطة محكمة.').map((s) => [s.speakers, s.content])).toEqual([[['John Kerry'], 'إدارة أوباما وضعت خطة محكمة']]);
  });

  it('reads no plural of persons in a noun that merely ends in ون (تلفزيون)', () => {
    expect(says('قال ترامب إن الحوار مفيد. وذكر تلفزيون الحكومة السورية أن المسلحين سيخرجون.')[1]?.speakers).toEqual(['تلفزيون الحكومة السورية']);
  });

  it('takes a demonstrative alone after the verb (ويشير هذا إلى) as no speaker, but not a demonstrative with its noun', () => {
    expect(says('قال ترامب إن التحقيق مسيس. ويشير هذا إلى التحقيق الذي يديره مولر.').map((s) => s.cue)).toEqual(['قال']);
    expect(says('قال ترامب إن التحقيق مسيس. وقال هذا المسؤول إن الحوار سيستمر.').map((s) => s.cue)).toEqual(['قال', 'قال']);
  });
});

