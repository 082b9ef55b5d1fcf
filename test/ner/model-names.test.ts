import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { DEFAULT_NER_NAMES, parseNerNames } from '../../src/ner/model-names.js';
import type { EntityType } from '../../src/types.js';
import { projectData } from '../helpers.js';

const analyzeWith = (text: string, nerNames?: readonly EntityType[]) => analyze('t', text, { ...projectData().resources, nerNames });
const candidatesOf = (text: string, nerNames?: readonly EntityType[]) => analyzeWith(text, nerNames).candidates.map((c) => ({ via: c.via, type: c.type, text: text.slice(c.start, c.end) }));

describe('names the trained tagger proposes in the pipeline', () => {
  it('proposes a person no rule finds (no title, no speech verb, no known given name), as a local entity', () => {
    const text = 'وكان كوستاس ميتسوتاكيس قد زار بوتين في موسكو.';
    expect(candidatesOf(text, ['Person'])).toEqual([
      { via: 'model', type: 'Person', text: 'كوستاس ميتسوتاكيس' },
      { via: 'gazetteer', type: 'Person', text: 'بوتين' },
      { via: 'gazetteer', type: 'Place', text: 'موسكو' },
    ]);
    const doc = analyzeWith(text, ['Person']);
    const person = [...doc.entities.values()].find((e) => e.nameAr === 'كوستاس ميتسوتاكيس');
    expect(person?.key).toBe('local:Person:كوستاس ميتسوتاكيس');
    expect(person?.qid).toBeUndefined();
    // The gazetteer still links what it knows.
    expect([...doc.entities.values()].filter((e) => e.qid).map((e) => e.qid).sort()).toEqual(['Q159', 'Q649', 'Q7747']);
  });

  it('leaves the conjunction out of the mention', () => {
    expect(candidatesOf('واجتمع وميلينا بوغدير مع الوفد.', ['Person'])).toEqual([{ via: 'model', type: 'Person', text: 'ميلينا بوغدير' }]);
  });

  it('reads ب or ل off a person it knows by a given name or the tagged corpus, not off an unknown name', () => {
    const proposed = (text: string) => candidatesOf(text, ['Person']).filter((c) => c.via === 'model').map((c) => c.text);
    expect(proposed('وقال الرئيس الصيني إنه التقى بكيم أونغ جون مرتين.')).toEqual(['كيم أونغ جون']);
    expect(proposed('ونسبت الوكالة لأكرم القول إنهما اضطرا للمغادرة.')).toEqual(['أكرم']);
  });

  it('ends a name before a common noun under a preposition, and proposes none that opens with a common noun', () => {
    const proposed = (text: string) => candidatesOf(text, ['Person']).filter((c) => c.via === 'model').map((c) => c.text);
    expect(proposed('ويعمل كوتاريلي كمدير للحسابات منذ ذلك الحين.')).toEqual(['كوتاريلي']);
    expect(proposed('وهذا انتصار جديد للحكومة.. وخبراء الكيماوي جمعوا عينات من المدينة.')).toEqual([]);
  });

  it('proposes nothing with no types, as by default', () => {
    expect(DEFAULT_NER_NAMES).toEqual([]);
    const text = 'وكان كوستاس ميتسوتاكيس قد زار بوتين في موسكو.';
    expect(candidatesOf(text, []).map((c) => c.via)).toEqual(['gazetteer', 'gazetteer']);
    expect(candidatesOf(text).map((c) => c.via)).toEqual(['gazetteer', 'gazetteer']);
  });

  it('keeps a nisba out of a proposed person', () => {
    expect(candidatesOf('وقال دبلوماسي روسي إن المحادثات انتهت.', ['Person']).filter((c) => c.via === 'model')).toEqual([]);
  });

  it('never takes a span from the gazetteer or the patterns', () => {
    const text = 'وصرح هارولد بينتر للصحفيين بأن الزيارة ناجحة.';
    expect(candidatesOf(text, ['Person', 'Place', 'Organization'])).toEqual([{ via: 'pattern', type: 'Person', text: 'هارولد بينتر' }]);
  });

  it('reads the --ner-names list', () => {
    expect(parseNerNames('person,place')).toEqual(['Person', 'Place']);
    expect(parseNerNames(' Organization , person ')).toEqual(['Organization', 'Person']);
    expect(parseNerNames('none')).toEqual([]);
    expect(() => parseNerNames('persons')).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
    expect(() => parseNerNames('')).toThrow(/--ner-names takes/);
  });
});
