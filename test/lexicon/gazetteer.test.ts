import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { projectData } from '../helpers.js';
import { createValidator } from '../../src/validate/validate.js';
import { readTurtleFiles } from '../../src/io/resources.js';
import { wordsOf } from '../../src/lexicon/words.js';

const { gazetteerQuads, resources } = projectData();
const validate = createValidator(readTurtleFiles(['shapes/gazetteer.ttl']));

describe('the gazetteer', () => {
  it('conforms to shapes/gazetteer.ttl', async () => {
    const outcome = await validate(gazetteerQuads);
    expect(outcome.violations.slice(0, 5)).toEqual([]);
  });

  it('holds countries, cities, persons and organisations, most linked to Wikidata', () => {
    const entries = [...resources.gazetteer.entries.values()];
    const count = (type: string) => entries.filter((e) => e.type === type).length;
    expect(count('Place')).toBeGreaterThan(1500);
    expect(count('Person')).toBeGreaterThan(300);
    expect(count('Organization')).toBeGreaterThan(150);
    expect(entries.filter((e) => e.qid).length).toBeGreaterThan(1500);
  });

  it('knows spelling variants and demonyms', () => {
    const { names, demonyms } = resources.gazetteer;
    const idOf = (phrase: string) => names.longestAt(wordsOf(resources.normalizer, phrase))?.value;
    expect(idOf('بوتن')).toEqual(idOf('بوتين'));
    expect(idOf('ترمب')).toEqual(idOf('ترامب'));
    expect(demonyms.longestAt(wordsOf(resources.normalizer, 'الروسية'))?.value).toEqual(['Q159']);
    expect(demonyms.longestAt(wordsOf(resources.normalizer, 'الأميركيين'))?.value).toEqual(['Q30']);
  });

  it('rejects a broken entry: a Wikidata link that is not a QID, a second Arabic prefLabel', async () => {
    const broken = new Parser().parse(`@prefix gz: <https://w3id.org/akhbar/gazetteer/> . @prefix schema: <http://schema.org/> .
      @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
      gz:Q1 a schema:Person ; skos:prefLabel "أ"@ar, "ب"@ar ; owl:sameAs <http://www.wikidata.org/entity/P31> .`);
    const outcome = await validate(broken);
    expect(outcome.violations.map((v) => v.path)).toEqual(expect.arrayContaining([expect.stringMatching(/prefLabel/), expect.stringMatching(/sameAs/)]));
  });
});
