import { describe, expect, it } from 'vitest';
import { stemsOf } from '../../src/lexicon/clitics.js';
import { PhraseIndex, type LookupOptions, type PhraseMatch } from '../../src/lexicon/phrase-index.js';
import type { Token } from '../../src/types.js';

const PHRASES: string[][] = [['الولايات', 'المتحده'], ['الولايات'], ['قمه'], ['قمه', 'العشرين'], ['مؤتمر', 'صحفي'], ['قال'], ['اعلن'], ['الامم', 'المتحده'], ['لبنان'], ['بيروت'], ['وادي', 'السيليكون'], ['فرنسا'], ['السيسي']];

/** The look-up as it was first written: every clitic reading of the first word, tried in turn (it never read a one-letter first word; see the abbreviation test). */
function reference(phrases: string[][], words: string[], options: LookupOptions): PhraseMatch<number[]> | undefined {
  const first = words[0] as string;
  const readings = options.clitics === false ? [{ prefixLength: 0, stem: first }] : stemsOf(first).filter((r) => options.clitics !== 'conjunctions' || /^[وف]?$/.test(first.slice(0, r.prefixLength)));
  let best: PhraseMatch<number[]> | undefined;
  const tryStem = (stem: string, prefixLength: number, article: boolean) => {
    let found: PhraseMatch<number[]> | undefined;
    for (let length = 1; length <= words.length; length++) {
      const candidate = [stem, ...words.slice(1, length)].join(' ');
      const values = phrases.flatMap((p, i) => (p.join(' ') === candidate ? [i] : []));
      if (values.length > 0) found = { value: values, length, prefixLength, article };
    }
    if (found && (!best || found.length > best.length)) best = found;
  };
  for (const r of readings) tryStem(r.stem, r.prefixLength, false);
  if (options.definite) for (const r of readings) if (r.stem.startsWith('ال') && r.stem.length > 3) tryStem(r.stem.slice(2), r.prefixLength, true);
  return best;
}

function tokensOf(text: string): Token[] {
  let at = 0;
  return text.split(' ').map((norm) => {
    const token: Token = { start: at, end: at + norm.length, text: norm, norm, kind: /^[-_#]$/.test(norm) ? 'punct' : norm === '|' ? 'punct' : 'word', sentence: norm === '|' ? 1 : 0 };
    at += norm.length + 1;
    return token;
  });
}

describe('PhraseIndex', () => {
  const index = new PhraseIndex<number>();
  PHRASES.forEach((p, i) => index.add(p, i));

  it('reads every written form as the clitic-by-clitic look-up did, whatever the options', () => {
    const prefixes = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل', 'ك', 'ال', 'وال', 'بال', 'لل', 'ولل'];
    const stems = ['الولايات', 'ولايات', 'قمه', 'مؤتمر', 'قال', 'اعلن', 'امم', 'الامم', 'لبنان', 'بيروت', 'وادي', 'فرنسا', 'سيسي', 'السيسي', 'عالم'];
    const followers = [[], ['المتحده'], ['العشرين', 'قال'], ['صحفي'], ['السيليكون']];
    const settings: LookupOptions[] = [{}, { clitics: false }, { clitics: 'conjunctions' }, { definite: true }, { clitics: false, definite: true }, { clitics: 'conjunctions', definite: true }];
    let compared = 0;
    for (const prefix of prefixes) {
      for (const stem of stems) {
        for (const rest of followers) {
          const words = [prefix + stem, ...rest];
          for (const options of settings) {
            expect(index.longestAt(words, options), `${words.join(' ')} ${JSON.stringify(options)}`).toEqual(reference(PHRASES, words, options));
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(prefixes.length * stems.length * followers.length * settings.length);
  });

  it('matches over tokens as over the window of words, stepping over name joiners within the sentence', () => {
    const tokens = tokensOf('ووادي - السيليكون قال');
    expect(index.matchAt(tokens, 0)).toMatchObject({ value: [10], length: 2, prefixLength: 1, end: 3 });
    expect(index.matchAt(tokens, 1)).toBeUndefined();
    expect(index.matchAt(tokens, 3)).toMatchObject({ value: [5], length: 1, end: 4 });
  });

  it('steps over a hashtag mark inside a phrase (الولايات #المتحده)', () => {
    expect(index.matchAt(tokensOf('الولايات # المتحده'), 0)).toMatchObject({ value: [0], length: 2, end: 3 });
  });

  it('stops at the end of the sentence and at the word limit', () => {
    const across = tokensOf('الولايات | المتحده');
    expect(index.matchAt(across, 0)).toMatchObject({ value: [1], length: 1, end: 1 });
    const tokens = tokensOf('قمه العشرين');
    expect(index.matchAt(tokens, 0, { max: 1 })).toMatchObject({ value: [2], length: 1 });
    expect(index.matchAt(tokens, 0)).toMatchObject({ value: [3], length: 2, end: 2 });
  });

  it('matches a phrase whose first word is one letter, as abbreviations are written (أ ف ب)', () => {
    const abbreviations = new PhraseIndex<string>();
    abbreviations.add(['ا', 'ف', 'ب'], 'afp');
    expect(abbreviations.longestAt(['ا', 'ف', 'ب', 'ان'])).toMatchObject({ value: ['afp'], length: 3, prefixLength: 0 });
    expect(abbreviations.matchAt(tokensOf('ا ف ب'), 0)).toMatchObject({ value: ['afp'], end: 3 });
  });

  it('sees phrases added after a look-up', () => {
    const growing = new PhraseIndex<string>();
    growing.add(['قمه'], 'summit');
    expect(growing.longestAt(['والمؤتمر'], { definite: true })).toBeUndefined();
    growing.add(['مؤتمر'], 'conference');
    expect(growing.longestAt(['والمؤتمر'], { definite: true })).toMatchObject({ value: ['conference'], prefixLength: 1, article: true });
  });

  it('turns away words that start no phrase, even in a large index', () => {
    const large = new PhraseIndex<number>();
    for (let i = 0; i < 5000; i++) large.add([`كلمه${i}`], i);
    let found = 0;
    for (let i = 0; i < 5000; i++) if (large.longestAt([`وكلمه${i}`])?.value[0] === i) found++;
    expect(found).toBe(5000);
    for (let i = 5000; i < 6000; i++) expect(large.longestAt([`كلمه${i}`])).toBeUndefined();
  });
});
