// Who said it: the name or title right after the cue (وقال الرئيس الفلاني …), right before it
// (فلان قال), joint subjects (فلان ونظيره فلان، الزعيمان), unnamed sources (مصدر، مسؤولون),
// and otherwise the speaker carried over from earlier statements, with gender agreement.
import type { ArticleDoc, Entity, Mention, Span, Statement, Token } from '../types.js';
import type { Resources } from '../resources.js';
import type { Cue } from './cues.js';
import { isWord, rawOffsetAfter } from '../ner/tokens.js';
import { stripConjunction } from '../lexicon/clitics.js';
import { isPlural } from './subjects.js';
import { isFunctionWord } from '../ner/names.js';
import { firstOf, lastMentionBefore, mentionsEndingAt, mentionsStartingAt, mentionsStartingWithin, mentionsTitledAt } from '../ner/mention-index.js';

/** How many words may describe a subject before its name. */
const MAX_DESCRIBED_SUBJECT = 10;
/** How many names joined by و one subject may have (بلد وبلد وبلد وبلد). */
const MAX_JOINT_SUBJECTS = 5;

export interface Speaker {
  keys: string[];
  mention?: Span;
  /** Token index just after the speaker phrase, when the text names one after the cue. */
  after?: number;
  /** Which reading found it (subject-mention, subject-description, …): its confidence is measured per rule. */
  rule?: string;
}

/** ب or ل (with و) is written on the token before the name that starts at `nameStart` inside it (لمجلس كذا، بفلان): the name is what the preposition governs. */
export function prepositionOnName(token: Token, nameStart: number): boolean {
  return nameStart > token.start && /^و?[بل]/.test(token.norm);
}

/** Unnamed sources become entities of their own, keyed by where the text names them. */
export function unnamedEntity(doc: ArticleDoc, from: number, to: number): Entity {
  const text = doc.text.slice((doc.tokens[from] as Token).start, (doc.tokens[to - 1] as Token).end);
  return { key: `unnamed:${from}`, type: 'Person', classes: ['UnnamedSource'], nameAr: text, jobTitles: [], containedIn: [], unnamed: true };
}

/** An unnamed source phrase: the noun, its adjectives (أمريكي، رفيع، مطلع), and an anonymity phrase. */
function unnamedSourceEnd(doc: ArticleDoc, k: number, resources: Resources): { nameEnd: number; end: number } {
  const { gazetteer, lexicons } = resources;
  let nameEnd = k + 1;
  for (;;) {
    const demonym = gazetteer.demonyms.matchAt(doc.tokens, nameEnd, { max: 3, clitics: false });
    if (demonym) nameEnd += demonym.length;
    else if (isWord(doc.tokens[nameEnd]) && lexicons.unnamedSourceAdjectives.has(doc.tokens[nameEnd]?.norm ?? '')) nameEnd++;
    else break;
  }
  const anonymity = lexicons.anonymityPhrases.matchAt(doc.tokens, nameEnd, { max: 6, clitics: false });
  return { nameEnd, end: nameEnd + (anonymity?.length ?? 0) };
}

/**
 * Where a verb's subject may start: right after it, or after a preposition with a pronoun that
 * points back (كلمة قال فيها الرئيس إن …، في وقت أعلنت فيه المنظمة أن …).
 */
function subjectStart(doc: ArticleDoc, cue: Cue, resources: Resources): number {
  if (hasResumptivePronoun(doc, cue, resources)) return cue.tokenEnd + 1;
  // دعا من جهته فلان، أكد بدوره فلان: "for his part" stands between the verb and its subject.
  const next = doc.tokens[cue.tokenEnd]?.norm ?? '';
  if (next === 'من' && /^(جهت|جانب)(ه|ها|هم|هما)$/.test(doc.tokens[cue.tokenEnd + 1]?.norm ?? '')) return cue.tokenEnd + 2;
  if (/^بدور(ه|ها|هم|هما)$/.test(next)) return cue.tokenEnd + 1;
  return cue.tokenEnd;
}

/** How many words may stand between a title and the name of the same person (زعيم فلان في البلد الفلاني فلان). */
const MAX_TITLE_TO_NAME = 3;

/**
 * One past the name that follows a speaker's title within a few words and names the same person
 * (a description resolved to someone, then the name itself), else `after` unchanged.
 */
function nameAfterTitle(doc: ArticleDoc, first: Mention, after: number): number {
  if (!first.title || first.via !== 'coreference') return after;
  for (let k = after + 1; k <= after + MAX_TITLE_TO_NAME; k++) {
    if (!isWord(doc.tokens[k - 1]) || doc.tokens[k - 1]?.sentence !== doc.tokens[after]?.sentence) return after;
    const same = firstOf(doc, mentionsStartingAt(doc, k), (m) => m.entity === first.entity);
    if (same) return same.tokenEnd;
  }
  return after;
}

export function explicitSpeaker(doc: ArticleDoc, cue: Cue, resources: Resources, entities: Map<string, Entity>): Speaker | undefined {
  let k = subjectStart(doc, cue, resources);
  while (isWord(doc.tokens[k]) && resources.lexicons.honorifics.matchAt(doc.tokens, k, { max: 2, clitics: false })) k++;
  // A head noun before a quoted name (صحيفة "…") belongs to the speaker phrase.
  const head = resources.lexicons.nameHeads.matchAt(doc.tokens, k, { max: 3, definite: true });
  if (head && doc.tokens[k + head.length]?.kind === 'quote') k += head.length;
  const token = doc.tokens[k];
  if (!token || !['word', 'latin', 'quote'].includes(token.kind) || token.sentence !== doc.tokens[cue.tokenStart]?.sentence) return undefined;
  const first = mentionStartingAt(doc, k);
  // يؤكد للمجلس، قال للصحفيين: a name under ل or ب is whom the words were for, no subject.
  // (After a source phrase, ل is its own: وفقا لفلان.)
  if (first && cue.form.kind !== 'source' && token.kind === 'word' && prepositionOnName(token, first.start)) return undefined;
  if (first) {
    const keys = [first.entity];
    let after = skipQuotedApposition(doc, nameAfterTitle(doc, first, first.tokenEnd));
    // Joint subjects joined by و: persons with persons (فلان ونظيره الفلاني فلان), countries and
    // bodies with countries and bodies (بلد وبلد آخر، دولة وعاصمة أخرى).
    const persons = entities.get(first.entity)?.type === 'Person';
    for (let joined = 1; joined < MAX_JOINT_SUBJECTS; joined++) {
      const next = doc.tokens[after];
      const other = next?.norm.startsWith('و') ? mentionStartingAt(doc, after) : undefined;
      const type = other && entities.get(other.entity)?.type;
      if (!other || !type || (type === 'Person') !== persons || keys.includes(other.entity)) break;
      keys.push(other.entity);
      after = skipQuotedApposition(doc, other.tokenEnd);
    }
    // فلان زعيم البلد، فلان رئيس حزب كذا: a title in apposition after a person's name, no comma, is part of the subject.
    // (Not after a verb that takes an object, which the title then often is: اتهم فلان الرئيس …)
    if (persons && keys.length === 1 && !cue.form.takesObject) after = titleAppositionEnd(doc, after, resources);
    return { keys, mention: { start: first.title?.start ?? first.start, end: first.end }, after };
  }
  const { unnamedSources, dualSubjects, unnamedQuantifiers } = resources.lexicons;
  // A count before it: اثنان من السكان، أحد المسؤولين.
  if (unnamedQuantifiers.has(stripConjunction(token.norm))) {
    const of = doc.tokens[k + 1]?.norm === 'من' ? k + 2 : k + 1;
    const noun = doc.tokens[of];
    // Or any plural of persons in the construct state (أحد مساعدي فلان، بعض قادة الحزب): with the
    // name it governs, a description of someone unnamed.
    const construct = isWord(noun) && noun.kind === 'word' && /^م..+ي$/.test(noun.norm) ? mentionStartingAt(doc, of + 1) : undefined;
    if (noun && (unnamedSources.has(noun.norm) || unnamedSources.has(noun.norm.replace(/^ال/, '')) || construct)) {
      const { nameEnd: sourceEnd, end: phraseEnd } = unnamedSourceEnd(doc, of, resources);
      const nameEnd = construct ? construct.tokenEnd : sourceEnd;
      const end = construct ? construct.tokenEnd : phraseEnd;
      const entity = unnamedEntity(doc, k, nameEnd);
      entities.set(entity.key, entity);
      return { keys: [entity.key], mention: { start: token.start, end: (doc.tokens[nameEnd - 1] as Token).end }, after: end };
    }
  }
  // Or a sound plural of persons (باحثون، ناشطون) and those joined to it (ومواطنون): people unnamed.
  const soundPlural = (t: Token | undefined): boolean => isWord(t) && t.kind === 'word' && !t.norm.startsWith('ال') && /ون$/.test(t.norm) && isPlural(stripConjunction(t.norm));
  // وفقا لمسؤولين، طبقا لمصادر: after a source phrase its ل is written on the source.
  const afterSource = cue.form.kind === 'source' && /^ل[^ل]/.test(token.norm) && unnamedSources.has(token.norm.slice(1));
  if (unnamedSources.has(stripConjunction(token.norm)) || soundPlural(token) || afterSource) {
    let last = k;
    while (soundPlural(doc.tokens[last + 1]) && (doc.tokens[last + 1] as Token).norm.startsWith('و')) last++;
    const { nameEnd, end } = unnamedSourceEnd(doc, last, resources);
    const unnamed = unnamedEntity(doc, k, nameEnd);
    // Without the ل a source phrase wrote on it.
    const start = afterSource ? rawOffsetAfter(token, 1, resources.normalizer.isDeleted) : token.start;
    const entity = afterSource ? { ...unnamed, nameAr: doc.text.slice(start, (doc.tokens[nameEnd - 1] as Token).end) } : unnamed;
    entities.set(entity.key, entity);
    return { keys: [entity.key], mention: { start, end: (doc.tokens[nameEnd - 1] as Token).end }, after: end };
  }
  // هؤلاء الناشطون: a demonstrative with a plural of persons points back to people the text described.
  const described = doc.tokens[k + 1];
  if (resources.lexicons.demonstratives.has(stripConjunction(token.norm)) && isWord(described) && described.norm.startsWith('ال') && (isPlural(described.norm) || /^ال...+ون$/.test(described.norm))) {
    const entity = unnamedEntity(doc, k, k + 2);
    entities.set(entity.key, entity);
    return { keys: [entity.key], mention: { start: token.start, end: described.end }, after: k + 2 };
  }
  if (dualSubjects.has(token.norm) || isDualOfTitle(token.norm, resources)) {
    return { keys: [], mention: { start: token.start, end: token.end }, after: k + 1 };
  }
  return undefined;
}

/** A name in quotation marks after the speaker is its apposition (حركة … "…"). */
function skipQuotedApposition(doc: ArticleDoc, k: number): number {
  if (doc.tokens[k]?.kind !== 'quote') return k;
  const name = firstOf(doc, mentionsStartingAt(doc, k + 1));
  return name && doc.tokens[name.tokenEnd]?.kind === 'quote' ? name.tokenEnd + 1 : k;
}

/**
 * A subject described before it is named (القيادي في حركة "…" الدكتور فلان الفلاني): the first
 * person named within a few words after the verb, before anything that opens the content.
 */
export function describedSpeaker(doc: ArticleDoc, cue: Cue, resources: Resources, entities: ReadonlyMap<string, Entity>): Speaker | undefined {
  // After a phrase ending in its preposition (أعرب عن) comes the object, not the subject; after a
  // source phrase (على لسان) comes who spoke.
  if (cue.tokenEnd - cue.tokenStart > 1 && cue.form.kind !== 'source') return undefined;
  const k = cue.tokenEnd;
  const sentence = doc.tokens[k]?.sentence;
  // A description starts with a noun (القيادي في …); وقال في مؤتمر … has no subject after the verb.
  if (!isWord(doc.tokens[k]) || isFunctionWord(doc.tokens[k] as Token, resources)) return undefined;
  for (let i = k; i < k + MAX_DESCRIBED_SUBJECT && doc.tokens[i]?.sentence === sentence; i++) {
    // A name in quotation marks inside the description (القيادي في حركة "…") is stepped over.
    i = skipQuotedApposition(doc, i);
    const token = doc.tokens[i] as Token;
    if (token.norm === ':' || token.kind === 'quote' || resources.lexicons.complementizers.has(token.norm) || resources.lexicons.cues.longestAt([token.norm], { clitics: 'conjunctions' })) return undefined;
    const statementNoun = resources.lexicons.statementNouns.has(stripConjunction(doc.tokens[k]?.norm ?? ''));
    const mention = firstOf(doc, mentionsStartingAt(doc, i), (m) => entities.get(m.entity)?.type === 'Person' || (statementNoun && entities.get(m.entity)?.type === 'Organization'));
    if (mention) return { keys: [mention.entity], mention: { start: mention.title?.start ?? mention.start, end: mention.end }, after: mention.tokenEnd };
  }
  return undefined;
}

/** SVO order: a name ending right before the cue (فلان قال), or an unnamed source (محللون يقولون). */
export function precedingSpeaker(doc: ArticleDoc, cue: Cue, resources: Resources, entities: Map<string, Entity>): Speaker | undefined {
  // A comma may set the subject off from its verb (وزير … فلان، قال): a person or a body then.
  // Not a verb with و, which opens a clause of its own (…، وتقول إن …), and only in agreement.
  const verbToken = doc.tokens[cue.tokenStart] as Token;
  const commaBefore = doc.tokens[cue.tokenStart - 1]?.norm === ',' && cue.start === verbToken.start && !/^[وف]/.test(verbToken.norm);
  const agrees = (m: Mention): boolean => {
    const entity = entities.get(m.entity);
    if (!entity || entity.type === 'Place') return false;
    if (entity.type !== 'Person') return cue.form.agreement !== 'm';
    return cue.form.agreement === 'f' ? entity.gender !== 'm' : cue.form.agreement === 'm' ? entity.gender !== 'f' : true;
  };
  const mention = firstOf(doc, mentionsEndingAt(doc, cue.tokenStart)) ?? (commaBefore ? firstOf(doc, mentionsEndingAt(doc, cue.tokenStart - 1), agrees) : undefined);
  const sentence = doc.tokens[cue.tokenStart]?.sentence;
  // What a preposition governs is no subject (وفي كلمته أمام البرلمان قال فلان).
  const governed = mention !== undefined && (resources.lexicons.prepositions.has(stripConjunction(doc.tokens[mention.tokenStart - 1]?.norm ?? '')) || prepositionOnName(doc.tokens[mention.tokenStart] as Token, mention.start));
  if (mention && !governed && doc.tokens[mention.tokenStart]?.sentence === sentence) return { keys: [mention.entity], mention: { start: mention.title?.start ?? mention.start, end: mention.end } };
  const before = doc.tokens[cue.tokenStart - 1];
  if (before?.sentence === sentence && isWord(before) && resources.lexicons.unnamedSources.has(before.norm)) {
    const entity = unnamedEntity(doc, cue.tokenStart - 1, cue.tokenStart);
    entities.set(entity.key, entity);
    return { keys: [entity.key], mention: { start: before.start, end: before.end } };
  }
  return subjectAfterKana(doc, cue, resources, entities);
}

/**
 * One past a title in apposition at token k (زعيم البلد الفلاني، رئيس حزب كذا): the title and the
 * body or place it governs, or its definite genitive (وزير الخارجية); k itself when there is none.
 */
function titleAppositionEnd(doc: ArticleDoc, k: number, resources: Resources): number {
  const title = resources.lexicons.titles.matchAt(doc.tokens, k, { max: 4, clitics: false });
  if (!title || doc.tokens[k]?.sentence !== doc.tokens[k - 1]?.sentence) return k;
  const next = k + title.length;
  const governed = firstOf(doc, mentionsStartingAt(doc, next), (m) => m.tokenStart === next);
  if (governed) return governed.tokenEnd;
  const genitive = doc.tokens[next];
  return isWord(genitive) && genitive.norm.startsWith('ال') && !resources.lexicons.functionWords.has(genitive.norm) ? next + 1 : k;
}

/** How many words كان may stand before the verb it puts in the past, its subject between (وكانت وسائل إعلام عدة أشارت). */
const MAX_KANA_SUBJECT = 5;

/**
 * وكانت وسائل إعلام محلية عدة أشارت إلى …: the words between كان and the verb are its subject —
 * a name among them, else a description of someone unnamed when it opens with a noun of persons
 * or of bodies (an unnamed source, a plural, a body's head).
 */
function subjectAfterKana(doc: ArticleDoc, cue: Cue, resources: Resources, entities: Map<string, Entity>): Speaker | undefined {
  const sentence = doc.tokens[cue.tokenStart]?.sentence;
  for (let j = cue.tokenStart - 1; j >= Math.max(0, cue.tokenStart - 1 - MAX_KANA_SUBJECT); j--) {
    const token = doc.tokens[j];
    if (!isWord(token) || token.sentence !== sentence) return undefined;
    if (!/^[وف]?(كان|كانت|كانوا)$/.test(token.norm)) continue;
    let from = j + 1;
    let to = cue.tokenStart;
    while (from < to && resources.lexicons.functionWords.has((doc.tokens[from] as Token).norm)) from++;
    // وكانت المصادر قد قالت: قد belongs to the verb.
    while (to > from && resources.lexicons.functionWords.has((doc.tokens[to - 1] as Token).norm)) to--;
    if (from >= to) return undefined;
    // Only a noun phrase stands between: no preposition or adverb (كانت المصادر في البداية قالت).
    for (let t = from; t < to; t++) if (resources.lexicons.functionWords.has((doc.tokens[t] as Token).norm)) return undefined;
    const named = firstOf(doc, mentionsStartingWithin(doc, from, to), (m) => m.tokenEnd <= to && entities.get(m.entity)?.type !== 'Place');
    if (named) return { keys: [named.entity], mention: { start: named.start, end: named.end } };
    const head = (doc.tokens[from] as Token).norm;
    const bare = head.replace(/^ال/, '');
    const ofPersons = resources.lexicons.unnamedSources.has(head) || resources.lexicons.unnamedSources.has(bare) || isPlural(head) || resources.lexicons.nameHeads.matchAt(doc.tokens, from, { max: 1, definite: true }) !== undefined;
    if (!ofPersons) return undefined;
    const entity = unnamedEntity(doc, from, to);
    entities.set(entity.key, entity);
    return { keys: [entity.key], mention: { start: (doc.tokens[from] as Token).start, end: (doc.tokens[to - 1] as Token).end } };
  }
  return undefined;
}

/** The speakers earlier statements leave for a cue with no subject of its own (وأضاف، وأضافت). */
export function carriedOverSpeaker(cue: Cue, previous: readonly Statement[], entities: ReadonlyMap<string, Entity>, doc: ArticleDoc): string[] {
  const agreement = cue.form.agreement;
  const wantsFemale = agreement === 'f';
  const wantsMany = agreement === 'dual' || agreement === 'plural';
  // A group speaks as many: a body, or an unnamed source in the plural (مسؤولون، شهود).
  const many = (keys: readonly string[]): boolean => keys.length > 1 || keys.some((key) => { const e = entities.get(key); return e?.type === 'Organization' || (e?.unnamed === true && e.nameAr !== undefined && isPlural(stripConjunction(e.nameAr.split(' ')[0] ?? ''))); });
  // The last speakers of all, whatever they agree with: the fallback below.
  let last: string[] | undefined;
  for (let s = previous.length - 1; s >= 0; s--) {
    const keys = (previous[s] as Statement).speakers;
    const genders = keys.map((key) => entities.get(key)?.gender);
    // A statement no one could be found for hands on no one.
    if (keys.length === 0) continue;
    last ??= keys;
    if (wantsMany && !many(keys)) continue;
    if (!wantsMany && keys.length > 1) continue;
    if (wantsFemale && genders[0] === 'm') continue;
    if (agreement === 'm' && genders[0] === 'f') continue;
    return keys;
  }
  if (wantsFemale) {
    const female = lastMentionBefore(doc, cue.start, (m) => entities.get(m.entity)?.gender === 'f');
    if (female) return [female.entity];
  }
  // A plural verb with no one who speaks as many before it has no speaker to carry over.
  if (wantsMany) return [];
  if (last) return last;
  // No one has spoken yet: the person the text named last is the subject (وقال: after وصل عباس).
  const named = lastMentionBefore(doc, cue.start, (m) => m.end <= cue.start && entities.get(m.entity)?.type === 'Person');
  return named ? [named.entity] : [];
}

/** A verb followed by a preposition with a pronoun that points back to a noun before it (قال فيها، أعلنت فيه). */
export function hasResumptivePronoun(doc: ArticleDoc, cue: Cue, resources: Resources): boolean {
  const next = doc.tokens[cue.tokenEnd];
  return cue.form.kind === 'verb' && isWord(next) && resources.lexicons.pronounPrepositions.has(next.norm);
}

/** How far before a resumptive verb (قال فيها) its statement noun may stand (تصريحاته الخميس التي …). */
const MAX_STATEMENT_NOUN_DISTANCE = 14;

/**
 * A verb with a resumptive pronoun and no subject of its own describes a statement noun before it:
 * تصريحاته التي قال فيها إن …، بيان من جانب فلان، وصفت فيه …، مقابلة أجراها معه …. Whoever made the
 * statement said it, not the last speaker: the person or body named between the noun and the verb
 * (من جانب فلان، أدلى بها فلان), else the one the noun's pronoun or the verb points back to, the
 * nearest named before the noun whose gender agrees.
 */
export function statementOwner(doc: ArticleDoc, cue: Cue, resources: Resources, entities: ReadonlyMap<string, Entity>): Speaker | undefined {
  const { lexicons } = resources;
  if (!hasResumptivePronoun(doc, cue, resources)) return undefined;
  const sentence = doc.tokens[cue.tokenStart]?.sentence;
  let noun = -1;
  let suffix = '';
  for (let k = cue.tokenStart - 1; k >= 0 && k >= cue.tokenStart - MAX_STATEMENT_NOUN_DISTANCE && doc.tokens[k]?.sentence === sentence; k--) {
    const found = statementNounWithSuffix(stripConjunction((doc.tokens[k] as Token).norm), lexicons.statementNouns);
    if (found !== undefined) {
      noun = k;
      suffix = found;
      break;
    }
  }
  if (noun < 0) return undefined;
  const speaks = (m: Mention) => entities.get(m.entity)?.type !== undefined && !entities.get(m.entity)?.unnamed;
  const nounToken = doc.tokens[noun] as Token;
  // Not where it was published (تغريدة على منصة كذا، مقابلة عبر قناة كذا، في صحيفة كذا): that says no owner.
  const medium = (m: Mention) => lexicons.mediumPrepositions.has(doc.tokens[m.tokenStart - 1]?.norm ?? '');
  const between = firstOf(doc, mentionsStartingWithin(doc, noun + 1, cue.tokenStart), (m) => m.end <= cue.start && speaks(m) && !medium(m));
  if (between) return { keys: [between.entity], mention: { start: between.start, end: between.end }, rule: 'statement-owner' };
  // The gender the noun's pronoun (تصريحاته، كلمتها) or else the verb (قال، قالت) gives.
  const gender = suffix === 'ه' ? 'm' : suffix === 'ها' ? 'f' : cue.form.agreement === 'm' || cue.form.agreement === 'f' ? cue.form.agreement : undefined;
  // A plural owner (تصريحاتهم) is not one speaker to find by gender.
  if (suffix.length > 0 && suffix !== 'ه' && suffix !== 'ها') return undefined;
  // A man is «ه»; «ها» is a woman, or a body or country (الوزارة، عاصمة كذا).
  const agrees = (m: Mention) => {
    const entity = entities.get(m.entity);
    if (!entity || entity.unnamed) return false;
    if (gender === 'm') return entity.type === 'Person' && entity.gender !== 'f';
    if (gender === 'f') return entity.type === 'Person' ? entity.gender === 'f' : true;
    return entity.type !== 'Place';
  };
  const owner = lastMentionBefore(doc, nounToken.start, (m) => m.end <= nounToken.start && agrees(m));
  return owner && { keys: [owner.entity], mention: { start: owner.start, end: owner.end }, rule: 'statement-owner' };
}

/** The possessive suffix of a statement noun (تصريحاته → ه, بيانها → ها, رسالته → ه), '' when bare; undefined when it is none. */
function statementNounWithSuffix(word: string, nouns: ReadonlySet<string>): string | undefined {
  const bare = word.replace(/^ال/, '');
  if (nouns.has(word) || nouns.has(bare)) return '';
  for (const suffix of ['ه', 'ها', 'هم', 'هما']) {
    if (!bare.endsWith(suffix)) continue;
    const stem = bare.slice(0, -suffix.length);
    // The ta marbuta opens before a suffix (رسالة → رسالته); the lexicon's normal form writes it ه.
    if (nouns.has(stem) || (stem.endsWith('ت') && nouns.has(`${stem.slice(0, -1)}ه`))) return suffix;
  }
  return undefined;
}

/** The two persons a joint subject (الزعيمان) refers to: the last two distinct speakers, else the most named persons. */
export function jointSpeakers(previous: readonly Statement[], doc: ArticleDoc, entities: ReadonlyMap<string, Entity>): string[] {
  const keys: string[] = [];
  for (let s = previous.length - 1; s >= 0 && keys.length < 2; s--) {
    for (const key of (previous[s] as Statement).speakers) if (!keys.includes(key) && entities.get(key)?.type === 'Person' && !entities.get(key)?.unnamed) keys.push(key);
  }
  const counts = new Map<string, number>();
  for (const m of doc.mentions) if (entities.get(m.entity)?.type === 'Person') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  for (const [key] of [...counts].sort((a, b) => b[1] - a[1])) if (keys.length < 2 && !keys.includes(key)) keys.push(key);
  return keys.slice(0, 2);
}

/** The mention starting at token k: by its title, its name, or its name in quotation marks («…»). */
function mentionStartingAt(doc: ArticleDoc, k: number): Mention | undefined {
  const token = doc.tokens[k];
  if (!token) return undefined;
  const quoted = token.kind === 'quote' ? firstOf(doc, mentionsStartingAt(doc, k + 1), (m) => doc.tokens[m.tokenEnd]?.kind === 'quote') : undefined;
  if (quoted) return { ...quoted, tokenEnd: quoted.tokenEnd + 1 };
  // The first in list order of those starting at k and those whose title starts inside token k.
  return doc.mentions[Math.min(mentionsStartingAt(doc, k)[0] ?? Infinity, mentionsTitledAt(doc, k)[0] ?? Infinity)];
}

/** الزعيمان، الرئيسين: the dual of a title names two persons together. */
function isDualOfTitle(word: string, resources: Resources): boolean {
  if (!/(ان|ين)$/.test(word) || !word.startsWith('ال')) return false;
  return resources.lexicons.titles.longestAt([word.slice(0, -2)], { clitics: false })?.length === 1;
}
