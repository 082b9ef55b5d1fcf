import { describe, expect, it } from 'vitest';
import { stemsOf } from '../../src/lexicon/clitics.js';
import { PhraseIndex } from '../../src/lexicon/phrase-index.js';

describe('stemsOf', () => {
  it('reads conjunction and preposition clitics, the bare word first', () => {
    const stems = stemsOf('وبموسكو').map((s) => s.stem);
    expect(stems[0]).toBe('وبموسكو');
    expect(stems).toContain('بموسكو');
    expect(stems).toContain('موسكو');
  });

  it('gives لل + X back its article', () => {
    expect(stemsOf('للولايات').map((s) => s.stem)).toContain('الولايات');
  });

  it('never strips a word down to one letter', () => {
    expect(stemsOf('وب').every((s) => s.stem.length >= 2)).toBe(true);
  });
});

describe('PhraseIndex', () => {
  const index = new PhraseIndex<string>();
  index.add(['الولايات', 'المتحده'], 'usa');
  index.add(['الولايات'], 'states');
  index.add(['قمه'], 'summit');

  it('finds the longest phrase, with clitics on the first word', () => {
    expect(index.longestAt(['وللولايات', 'المتحده', 'قال'])).toMatchObject({ value: ['usa'], length: 2, prefixLength: 1, article: false });
  });

  it('falls back to a shorter phrase', () => {
    expect(index.longestAt(['الولايات', 'العربيه'])).toMatchObject({ value: ['states'], length: 1 });
  });

  it('strips the article only when asked', () => {
    expect(index.longestAt(['والقمه'])).toBeUndefined();
    expect(index.longestAt(['والقمه'], { definite: true })).toMatchObject({ value: ['summit'], prefixLength: 1, article: true });
  });

  it('reads no clitics when told not to', () => {
    expect(index.longestAt(['وقمه'], { clitics: false })).toBeUndefined();
  });
});
