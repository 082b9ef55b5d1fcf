import { describe, expect, it } from 'vitest';
import { analyzeText, entityName } from '../helpers.js';

function eventsOf(text: string) {
  const doc = analyzeText(text);
  return {
    doc,
    events: doc.events.map((e) => ({
      cls: e.eventClass,
      name: e.name ? doc.text.slice(e.name.start, e.name.end) : undefined,
      locations: e.locations.map((l) => entityName(doc, l)),
      attendees: e.attendees.map((a) => entityName(doc, a)),
      superEvent: e.superEvent,
    })),
  };
}

describe('events', () => {
  it('builds a summit with its attendees, its most specific place and its name', () => {
    const { events } = eventsOf('عقد الرئيس الروسي فلاديمير بوتين قمة مع الرئيس الأمريكي دونالد ترامب في أنكوريج بولاية ألاسكا. وحملت القمة عنوان “السعي للسلام”.');
    expect(events).toEqual([{ cls: 'Summit', name: 'السعي للسلام', locations: ['Anchorage'], attendees: ['Vladimir Putin', 'Donald Trump'], superEvent: undefined }]);
  });

  it('takes participants from reported words that speak of the event, up to a second reported clause', () => {
    const { events } = eventsOf('وصل الرئيس الروسي فلاديمير بوتين إلى أنقرة للمشاركة في القمة. وقال بوتين إن القمة التي حضرها الرئيس التركي رجب طيب أردوغان كانت ناجحة، وإن ترامب لم يكن مرتاحا.');
    expect(events.find((e) => e.cls === 'Summit')?.attendees).toEqual(['Vladimir Putin', 'Recep Tayyip Erdoğan']);
  });

  it('records the nesting the text gives as containment', () => {
    const { doc } = eventsOf('عقد الاجتماع في قاعدة إلمندورف ريتشاردسون الجوية في أنكوريج بولاية ألاسكا.');
    const base = [...doc.entities.values()].find((e) => e.classes.includes('MilitaryBase'));
    expect(base?.containedIn).toContain('gz:Q39450');
    expect(doc.events[0]?.locations).toEqual([base?.key]);
  });

  it('merges mentions of one meeting (القمة، الاجتماع، اللقاء) and keeps the most specific class', () => {
    const { events } = eventsOf('بدأ الاجتماع في موسكو. ووصف بوتين القمة بأنها ناجحة. وانتهى اللقاء مساء.');
    expect(events.map((e) => e.cls)).toEqual(['Summit']);
  });

  it('keeps two meetings apart when their places cannot be one', () => {
    const { events } = eventsOf('التقى بوتين ترامب في هلسنكي. وبعد عام التقى الرئيسان في باريس.');
    expect(events.map((e) => e.locations)).toEqual([['Helsinki'], ['Paris']]);
  });

  it('makes a press conference a sub-event of the meeting, held at its place', () => {
    const { events } = eventsOf('والتقى الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون في باريس، حيث عقدا مؤتمرا صحفيا مشتركا.');
    expect(events).toEqual([
      { cls: 'Meeting', name: undefined, locations: ['Paris'], attendees: ['Abdel Fattah el-Sisi', 'Emmanuel Macron'], superEvent: undefined },
      { cls: 'PressConference', name: undefined, locations: ['Paris'], attendees: ['Abdel Fattah el-Sisi', 'Emmanuel Macron'], superEvent: 0 },
    ]);
  });

  it('gives a statement the occasion its sentence places it at, and carries it for the same speaker', () => {
    const { doc } = eventsOf('وقال بوتين في مؤتمر صحفي إن الحوار مفيد. وأضاف أن العلاقات تتحسن. وقال ترامب إن الاتفاق قريب.');
    expect(doc.statements.map((s) => s.occasion)).toEqual([0, 0, undefined]);
    expect(doc.events[0]?.attendees.map((a) => entityName(doc, a))).toEqual(['Vladimir Putin']);
  });

  it('places the words of the sentences before "جاء ذلك خلال …" at the event it names, and its speaker there', () => {
    const { doc } = eventsOf('وقال بوتين إن الحوار مفيد. وأضاف أن العلاقات تتحسن. جاء ذلك خلال مؤتمر صحفي في موسكو. وقال ترامب إن الاتفاق قريب.');
    expect(doc.statements.map((s) => s.occasion)).toEqual([0, 0, undefined]);
    expect(doc.events[0]?.attendees.map((a) => entityName(doc, a))).toEqual(['Vladimir Putin']);
    // Without the opener the press conference places nothing said before it.
    expect(eventsOf('وقال بوتين إن الحوار مفيد. وعقد مؤتمر صحفي في موسكو.').doc.statements.map((s) => s.occasion)).toEqual([undefined]);
  });

  it('carries an occasion only within its section: a heading starts a new one', () => {
    const { doc } = eventsOf('وقال سامر نعمان في مؤتمر صحفي إن الحوار مفيد. وأضاف أن العلاقات تتحسن.\nعلاقات جديدة\nوأشار نعمان إلى أن التجارة تنمو.');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(doc.statements.map((s) => s.occasion)).toEqual([0, 0, undefined]);
  });

  it('does not carry an occasion to a sentence that gives its own time, nor past it', () => {
    const { doc } = eventsOf('وقال سامر نعمان في مؤتمر صحفي إن الحوار مفيد. ورحب نعمان بضيفه عند وصوله قائلا: "أهلا بك". وأضاف أن العلاقات تتحسن.');
    expect(doc.statements.map((s) => s.occasion)).toEqual([0, undefined, undefined]);
  });

  it('still takes the event a time clause names (لدى المؤتمر) as the occasion', () => {
    const { doc } = eventsOf('وقال سامر نعمان لدى المؤتمر الصحفي إن الحوار مفيد.');
    expect(doc.statements[0]?.occasion).toBe(0);
  });

  it('does not take an event after عقب for the occasion', () => {
    const { doc } = eventsOf('وقال بوتين عقب القمة إن الحوار مفيد.');
    expect(doc.statements[0]?.occasion).toBeUndefined();
  });
});

describe('events: places from a nisba', () => {
  it('places an event by the nisba after its noun, and the place enters the graph so it conforms', async () => {
    const { buildGraph } = await import('../../src/rdf/build-graph.js');
    const { createValidator } = await import('../../src/validate/validate.js');
    const { projectData } = await import('../helpers.js');
    const { doc, events } = eventsOf('وانتهت الانتخابات اللبنانية أمس.');
    expect(events[0]?.locations).toEqual(['Lebanon']);
    const outcome = await createValidator(projectData().shapes)(buildGraph(doc, { base: 'https://example.org/' }));
    expect(outcome.violations).toEqual([]);
  });
});

describe('events beyond summits', () => {
  it('starts a new event at an indefinite noun, even of a family already named', () => {
    const { events } = eventsOf('وقع هجوم في مدينة حلب. وفي اليوم التالي وقع هجوم آخر في مدينة حمص.');
    expect(events.map((e) => [e.cls, e.locations])).toEqual([
      ['Attack', ['Aleppo']],
      ['Attack', ['Homs']],
    ]);
  });

  it('refers a definite noun back to the last event of its family', () => {
    const { events } = eventsOf('وقع هجوم في مدينة حلب. وقال الجيش إن الهجوم أسفر عن قتلى.');
    expect(events.map((e) => [e.cls, e.locations])).toEqual([['Attack', ['Aleppo']]]);
  });

  it('names investigations, with the bodies of their sentence as participants', () => {
    const { events } = eventsOf('فتحت وزارة العدل الأمريكية تحقيقا في احتمال تجسس مكتب التحقيقات الفيدرالي على الحملة.');
    expect(events.map((e) => [e.cls, e.attendees])).toEqual([['Investigation', ['United States Department of Justice', 'Federal Bureau of Investigation']]]);
  });

  it('names arrests, with the place the text gives', () => {
    const { events } = eventsOf('أعلن الجيش الإسرائيلي اعتقال 21 فلسطينيا في الضفة الغربية.');
    expect(events.map((e) => [e.cls, e.attendees, e.locations])).toEqual([['Arrest', ['Israel Defense Forces'], ['West Bank']]]);
  });

  it('takes a country named as a party (مع دولة كذا، وفد من دولة كذا) as a participant of an encounter', () => {
    // الحكومة, a body named by its head alone, is the other party, who announced the talks.
    expect(eventsOf('وأعلنت الحكومة أنها مستعدة لإجراء محادثات مع الولايات المتحدة.').events.map((e) => [e.cls, e.attendees])).toEqual([['Talks', ['الحكومة', 'United States of America']]]);
    // Known from reported words only, the visit takes their speaker too (زارنا: he was visited).
    expect(eventsOf('وقال سامر نعمان: "زارنا وفد من مصر قبل أيام".').events.map((e) => [e.cls, e.attendees])).toEqual([['Visit', ['سامر نعمان', 'Egypt']]]);
    // A place of an attack is its target, not a party.
    expect(eventsOf('وشنت القوات هجوما مع الفجر على لبنان.').events[0]?.attendees).toEqual([]);
  });

  it('takes the place a closure closes (إغلاق مطار كذا) as a participant, not a place after a preposition', () => {
    const { events } = eventsOf('أُغلق مطار "لندن سيتي" بعد العثور على قنبلة.');
    expect(events.map((e) => [e.cls, e.attendees, e.locations])).toEqual([['Closure', ['مطار "لندن سيتي"'], ['مطار "لندن سيتي"']]]);
    // After a verb, the place after its subject.
    expect(eventsOf('وأغلقت السلطات التركية معبر باب الهوى صباح اليوم.').events[0]?.attendees).toHaveLength(2);
    expect(eventsOf('وأغلقت الشرطة مطار هيثرو في لندن.').events[0]?.attendees).not.toContain('London');
  });

  it('refers a noun made definite by a genitive (اجتماع اللجنة) back to an event of its own kind only', () => {
    const { events } = eventsOf('وتعقد القمة في الرياض الأسبوع المقبل. وبدأ اجتماع اللجنة المركزية للحزب مساء اليوم في رام الله.');
    expect(events.map((e) => [e.cls, e.locations])).toEqual([['Summit', ['Riyadh']], ['Meeting', ['Ramallah']]]);
  });

  it('refers a definite noun to the last event of its own kind before the last of its family', () => {
    const { events } = eventsOf('وعقدت القمة في الرياض. وعقد اجتماع اللجنة المركزية في رام الله. ووصف الوزير القمة بأنها ناجحة.');
    expect(events.map((e) => [e.cls, e.locations])).toEqual([['Summit', ['Riyadh']], ['Meeting', ['Ramallah']]]);
    expect(events.length).toBe(2);
  });

  it('takes persons as participants of a trial, but only bodies of an attack', () => {
    const trial = eventsOf('بدأت محاكمة الرئيس السابق عمر البشير أمام محكمة في الخرطوم.').events;
    expect(trial[0]?.cls).toBe('Trial');
    expect(trial[0]?.attendees).toContain('Omar al-Bashir');
    const attack = eventsOf('تفقد الرئيس السوري بشار الأسد مدينة حلب بعد هجوم شنه الجيش السوري.').events.find((e) => e.cls === 'Attack');
    expect(attack?.attendees).toEqual(['Syrian Army']);
  });
});
