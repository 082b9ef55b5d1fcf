// A tiny tagged corpus written for the tests: names the gazetteer does not know, after cues that
// the features can read (a title, a preposition, a head noun).
import { tokensOfSentences } from '../../../src/ner/conll.js';
import { tagIndex } from '../../../src/ner/model/tags.js';
import type { TaggedDocument } from '../../../src/ner/model/train.js';
import { projectData } from '../../helpers.js';

export const TINY_CORPUS = `وصل الوزير زاهر قنديل إلى بلدة دوريسا .
وقال زاهر قنديل إن شركة نوفاتيك ستفتح مكتبا في دوريسا .
وأعلنت شركة نوفاتيك أن مديرها سليم عواد سيزور كارمينا .
والتقى سليم عواد في كارمينا ممثلين عن جمعية الفرسان .
وغادرت بعثة جمعية الفرسان بلدة كارمينا إلى دوريسا .`;

export const TINY_TAGS = [
  'O O B-PERS I-PERS O O B-LOC O',
  'O B-PERS I-PERS O B-ORG I-ORG O O O B-LOC O',
  'O B-ORG I-ORG O O B-PERS I-PERS O B-LOC O',
  'O B-PERS I-PERS O B-LOC O O B-ORG I-ORG O',
  'O O B-ORG I-ORG O B-LOC O B-LOC O',
];

export function tinyCorpus(): TaggedDocument {
  const sentences = TINY_CORPUS.split('\n').map((line, i) => {
    const words = line.split(' ');
    const tags = (TINY_TAGS[i] as string).split(' ').map((t) => tagIndex(t) as number);
    if (tags.length !== words.length) throw new Error(`tiny corpus line ${i + 1}: ${words.length} words, ${tags.length} tags`);
    return { words, tags };
  });
  const { tokens, sentences: ranges } = tokensOfSentences(sentences, projectData().resources.normalizer);
  return { tokens, sentences: ranges.map((range, i) => ({ ...range, tags: sentences[i]?.tags ?? [] })) };
}
