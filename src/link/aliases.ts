// Short names of persons the gazetteer does not know: after "عبد الله الفلاني", a bare "الفلاني"
// refers to the same person. Known persons' short names are gazetteer labels already.
import type { ArticleDoc, Entity, Mention, Token } from '../types.js';
import type { Resources } from '../resources.js';
import { PhraseIndex } from '../lexicon/phrase-index.js';
import { isWord, rawOffsetAfter } from '../ner/tokens.js';

const MIN_ALIAS_LENGTH = 3;

export function findAliasMentions(doc: ArticleDoc, entities: ReadonlyMap<string, Entity>, mentions: readonly Mention[], resources: Resources): Mention[] {
  const { lexicons, normalizer } = resources;
  const aliases = new PhraseIndex<string>();
  const fullNames = new Map<string, string>();
  for (const entity of entities.values()) if (entity.type === 'Person' && entity.key.startsWith('local:')) fullNames.set(entity.key, entity.key.slice(entity.key.lastIndexOf(':') + 1));
  // A known person named in full here (عبد الله الفلاني) may be called by the last word after.
  for (const m of mentions) {
    if (m.entity.startsWith('gz:') && entities.get(m.entity)?.type === 'Person' && !fullNames.has(m.entity)) fullNames.set(m.entity, doc.tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.norm).join(' '));
  }
  // A word can be an alias only if it ends in one (clitics go in front; لل + الفلاني is written
  // للفلاني): most words are turned away before the index is asked, which spares building its table
  // of written forms in most articles.
  const endings: string[] = [];
  for (const [key, name] of fullNames) {
    const words = name.split(' ');
    const family = words.at(-1);
    if (words.length < 2 || !family || family.length < MIN_ALIAS_LENGTH || lexicons.functionWords.has(family) || lexicons.commonWords.has(family) || lexicons.compoundPrefixes.has(words.at(-2) ?? '')) continue;
    aliases.add([family], key);
    endings.push(family.startsWith('ال') ? family.slice(1) : family);
  }
  if (aliases.phraseCount === 0) return [];
  const covered = new Set<number>();
  for (const c of doc.candidates) for (let t = c.tokenStart; t < c.tokenEnd; t++) covered.add(t);
  const endsInAlias = suffixTest(endings);
  const found: Mention[] = [];
  doc.tokens.forEach((token: Token, i) => {
    if (!isWord(token) || covered.has(i) || !endsInAlias(token.norm)) return;
    const match = aliases.longestAt([token.norm]);
    const key = match?.value.length === 1 ? match.value[0] : undefined;
    if (!match || !key) return;
    found.push({ start: rawOffsetAfter(token, match.prefixLength, normalizer.isDeleted), end: token.end, entity: key, tokenStart: i, tokenEnd: i + 1, via: 'coreference' });
  });
  return found;
}

/**
 * Whether a word ends in one of the endings: one set look-up per distinct ending length, where
 * trying each ending cost the number of persons the article names, for every word.
 */
function suffixTest(endings: readonly string[]): (word: string) => boolean {
  const byLength = new Map<number, Set<string>>();
  for (const ending of endings) {
    const set = byLength.get(ending.length) ?? new Set<string>();
    byLength.set(ending.length, set.add(ending));
  }
  const lengths = [...byLength.keys()];
  return (word) => lengths.some((length) => length <= word.length && (byLength.get(length) as Set<string>).has(word.slice(word.length - length)));
}
