// Event mentions: nouns that name an event (قمة، اجتماع، مؤتمر صحفي), with clitics, the article,
// and a possessive suffix (قمته = قمة + ـه) allowed.
import type { Token, TriggerMention } from '../types.js';
import type { Resources } from '../resources.js';
import { isWord, rawOffsetAfter } from './tokens.js';

export function findEventTriggers(tokens: readonly Token[], resources: Resources): TriggerMention[] {
  const { lexicons, normalizer } = resources;
  const found: TriggerMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i])) continue;
    const match = lexicons.triggers.matchAt(tokens, i, { max: 4, definite: true }) ?? possessiveMatch(tokens, i, resources);
    const trigger = match?.value[0];
    if (!match || !trigger) continue;
    const last = match.end - 1;
    const first = tokens[i] as Token;
    found.push({ start: rawOffsetAfter(first, match.prefixLength, normalizer.isDeleted), end: (tokens[last] as Token).end, tokenStart: i, tokenEnd: last + 1, eventClass: trigger.eventClass, family: trigger.family, definite: match.article || ('possessive' in match && match.possessive === true) || trigger.form.startsWith('ال'), verb: trigger.verb });
    i = last;
  }
  return found;
}

/**
 * A one-word trigger carrying a possessive pronoun: its ta marbuta is written ت before the suffix,
 * and a final hamza sits on ya or waw (لقائه، لقاؤه for لقاء + ـه).
 */
function possessiveMatch(tokens: readonly Token[], i: number, resources: Resources) {
  const word = (tokens[i] as Token).norm;
  for (const suffix of resources.lexicons.pronounSuffixes) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const stem = baseBeforeSuffix(word.slice(0, -suffix.length));
    const match = resources.lexicons.triggers.longestAt([stem], { definite: true });
    if (match?.length === 1) return { ...match, end: i + 1, possessive: true };
  }
  return undefined;
}

/** A noun's own final letter, from the shape it takes before a suffix: ت → ة (normalised ه), ئ or ؤ → ء. */
function baseBeforeSuffix(stem: string): string {
  if (stem.endsWith('ت')) return `${stem.slice(0, -1)}ه`;
  if (stem.endsWith('ئ') || stem.endsWith('ؤ')) return `${stem.slice(0, -1)}ء`;
  return stem;
}
