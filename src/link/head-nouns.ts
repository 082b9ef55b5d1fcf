// An organisation called back by its head noun: after "وكالة فلان", "الوكالة" is that agency; after
// "حركة فلان", "الحركة" is that movement. The nearest organisation named before with that head is meant.
import type { ArticleDoc, Entity, Mention } from '../types.js';
import type { Resources } from '../resources.js';
import { isWord, rawOffsetAfter } from '../ner/tokens.js';
import { stemsOf } from '../lexicon/clitics.js';
import { isAdjectiveOfNounBefore } from '../ner/gazetteer-names.js';

export function findHeadNounMentions(doc: ArticleDoc, entities: ReadonlyMap<string, Entity>, mentions: readonly Mention[], resources: Resources): Mention[] {
  const { lexicons, normalizer } = resources;
  const covered = new Set<number>();
  for (const c of doc.candidates) for (let t = c.tokenStart; t < c.tokenEnd; t++) covered.add(t);
  for (const m of mentions) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered.add(t);
  const organizations = mentions.filter((m) => entities.get(m.entity)?.type === 'Organization');
  if (organizations.length === 0) return [];
  // The organisations by the readings of their first word, each name read once (not once per word of the text).
  const byHead = new Map<string, Mention[]>();
  for (const m of organizations) {
    // A name in marks after its head (تحالف "…"، حركة "…") is called back by that head too.
    const beforeName = doc.tokens[m.tokenStart - 1]?.kind === 'quote' ? doc.tokens[m.tokenStart - 2] : undefined;
    const outerHead = isWord(beforeName) ? stemsOf(beforeName.norm).map((r) => r.stem).filter((stem) => lexicons.nameHeads.longestAt([stem], { clitics: false })?.value.some((h) => h.type === 'Organization')) : [];
    for (const head of new Set([...firstWordReadings(doc.text.slice(m.start, m.end), normalizer.normalize), ...outerHead])) {
      const list = byHead.get(head);
      if (list) list.push(m);
      else byHead.set(head, [m]);
    }
  }
  const found: Mention[] = [];
  doc.tokens.forEach((token, i) => {
    // A head noun calls back only with its article (الوكالة، للوكالة).
    if (!isWord(token) || covered.has(i) || !(token.norm.includes('ال') || token.norm.includes('لل'))) return;
    const reading = stemsOf(token.norm).find((r) => r.stem.startsWith('ال') && lexicons.nameHeads.longestAt([r.stem.slice(2)], { clitics: false })?.value.some((h) => h.type === 'Organization'));
    if (!reading || isAdjectiveOfNounBefore(doc.tokens, i, reading.prefixLength)) return;
    const head = reading.stem.slice(2);
    const antecedent = lastEndingBy(byHead.get(head) ?? [], token.start);
    if (!antecedent) return;
    found.push({ start: rawOffsetAfter(token, reading.prefixLength, normalizer.isDeleted), end: token.end, entity: antecedent.entity, tokenStart: i, tokenEnd: i + 1, via: 'coreference' });
  });
  return found;
}

/** The first word of a name, read with and without clitics and article. */
function firstWordReadings(text: string, normalize: (s: string) => string): string[] {
  const word = normalize(text).split(' ')[0] ?? '';
  return stemsOf(word).map((r) => r.stem.replace(/^ال/, ''));
}

/** The last mention of the list that ends at or before the offset. */
function lastEndingBy(list: readonly Mention[], offset: number): Mention | undefined {
  for (let i = list.length - 1; i >= 0; i--) if ((list[i] as Mention).end <= offset) return list[i];
  return undefined;
}
