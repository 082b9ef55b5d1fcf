// Short names of persons the gazetteer does not know: after "عبد الفتاح السيسي", a bare "السيسي"
// refers to the same person. Known persons' short names are gazetteer labels already.
import type { ArticleDoc, Entity, Mention, Token } from '../types.js';
import type { Resources } from '../resources.js';
import { PhraseIndex } from '../lexicon/phrase-index.js';
import { isWord, rawOffsetAfter } from '../ner/tokens.js';

const MIN_ALIAS_LENGTH = 3;

export function findAliasMentions(doc: ArticleDoc, entities: ReadonlyMap<string, Entity>, resources: Resources): Mention[] {
  const { lexicons, normalizer } = resources;
  const aliases = new PhraseIndex<string>();
  for (const entity of entities.values()) {
    if (entity.type !== 'Person' || !entity.key.startsWith('local:')) continue;
    const words = entity.key.slice(entity.key.lastIndexOf(':') + 1).split(' ');
    const family = words.at(-1);
    if (words.length < 2 || !family || family.length < MIN_ALIAS_LENGTH || lexicons.functionWords.has(family) || lexicons.compoundPrefixes.has(words.at(-2) ?? '')) continue;
    aliases.add([family], entity.key);
  }
  if (aliases.phraseCount === 0) return [];
  const covered = new Set<number>();
  for (const c of doc.candidates) for (let t = c.tokenStart; t < c.tokenEnd; t++) covered.add(t);
  const found: Mention[] = [];
  doc.tokens.forEach((token: Token, i) => {
    if (!isWord(token) || covered.has(i)) return;
    const match = aliases.longestAt([token.norm]);
    const key = match?.value.length === 1 ? match.value[0] : undefined;
    if (!match || !key) return;
    found.push({ start: rawOffsetAfter(token, match.prefixLength, normalizer.isDeleted), end: token.end, entity: key, tokenStart: i, tokenEnd: i + 1, via: 'coreference' });
  });
  return found;
}
