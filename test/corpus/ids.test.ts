import { describe, expect, it } from 'vitest';
import { ArticleIds, sanitizeId } from '../../src/corpus/ids.js';

describe('article ids', () => {
  it('keeps safe ids and makes others safe for an IRI and a file name', () => {
    expect(sanitizeId('AL-internationalNews-1-20180219')).toBe('AL-internationalNews-1-20180219');
    expect(sanitizeId('قمة ألاسكا')).toBe('قمة-ألاسكا');
    expect(sanitizeId('../a/b?c#d')).toBe('a-b-c-d');
  });

  it('uses the fallback when a record gives no usable id, and refuses an id given twice', () => {
    const ids = new ArticleIds();
    expect(ids.assign('doc 1', 'news-1')).toBe('doc-1');
    expect(ids.assign(undefined, 'news-2')).toBe('news-2');
    expect(ids.assign('///', 'news-3')).toBe('news-3');
    expect(ids.assign('doc-1', 'news-4')).toBeUndefined();
  });
});
