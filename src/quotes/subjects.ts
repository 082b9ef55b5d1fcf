// The subject a speech verb's own clause gives, read as a noun phrase when it names no entity the
// recognisers know: وقال الموقع الإلكتروني للمطار إن … (the site speaks for its owner), وقال القادة
// العرب في بيانهم إن … (a group), وقال مسؤول كبير في الوزارة إن … (an unnamed source). A verb whose
// subject the text gives never takes a speaker carried over from earlier sentences.
import type { ArticleDoc, Entity, Mention, Token } from '../types.js';
import type { Resources } from '../resources.js';
import type { Cue } from './cues.js';
import type { QuoteSpan } from './quote-spans.js';
import type { Speaker } from './speakers.js';
import { prepositionOnName, unnamedEntity } from './speakers.js';
import { complementizerAt } from './clauses.js';
import { isWord } from '../ner/tokens.js';
import { stemsOf, stripConjunction } from '../lexicon/clitics.js';
import { firstOf, mentionsStartingAt, mentionsStartingWithin } from '../ner/mention-index.js';
import { cueAt, quoteOpeningAt } from './lookups.js';
import { countBefore } from '../bisect.js';
import { isVerbalNoun } from '../ner/names.js';

/** How far after the verb the words that open its content may stand, subject and asides included. */
const MAX_SUBJECT_REACH = 16;
/** A quotation of up to this many words after a head noun is a name (تحالف "… في …", up to that many words). */
const MAX_QUOTED_NAME_WORDS = 5;
/** How many words of an adverbial may stand between a subject and its content without a comma (في بيان نشرته على موقعها). */
const MAX_ADVERBIAL_WORDS = 6;

/** The noun phrase between a verb and what opens its content: [start, end), and where the content search resumes. */
export interface SubjectPhrase {
  start: number;
  end: number;
  /** The token that opens the content (a complementizer, a colon, a quotation mark, the verb's preposition). */
  opener: number;
}

/**
 * The overt subject of a verb cue: the words after it up to the first that ends a noun phrase
 * (a function word, a comma, an adverbial cue), when what opens the content follows within reach
 * — only asides set off by commas and adverbials between. A verb that takes its addressee as an
 * object (دعا، حث، اتهم) may have a pronoun subject and an object before its preposition, so for
 * those only a complementizer, a colon or a quotation opens the content.
 */
export function subjectPhrase(doc: ArticleDoc, cue: Cue, cues: readonly Cue[], quotes: readonly QuoteSpan[], resources: Resources): SubjectPhrase | undefined {
  if (cue.form.kind !== 'verb' || cue.tokenEnd - cue.tokenStart > 1) return undefined;
  // After فيه/فيها only a name is read as the subject (explicitSpeaker): a description there is
  // more often the object (بيان … وصفت فيه عقوبات فرضتها الحكومة بأنها …).
  const start = cue.tokenEnd;
  const first = doc.tokens[start];
  const sentence = doc.tokens[cue.tokenStart]?.sentence;
  if (!isWord(first) || first.sentence !== sentence || !canOpenSubject(first, resources) || cueAt(cues, start)) return undefined;
  // قال لقناة كذا: a name under ل or ب is whom the words were for.
  if (mentionsStartingAt(doc, start).some((p) => prepositionOnName(first, (doc.mentions[p] as Mention).start))) return undefined;
  let end = start + 1;
  for (;;) {
    const token = doc.tokens[end];
    // A short quotation after a head noun is the name it introduces (صحيفة "…"), part of the phrase.
    const name = token?.kind === 'quote' ? quotedNameAt(doc, quotes, end, resources) : undefined;
    if (name) end = name.close + 1;
    else if (isWord(token) && token.sentence === sentence && isNounLike(token, resources) && !opensContent(token, cue, resources) && !cueAt(cues, end)) end++;
    else break;
  }
  // أعلنت الهيئة الوطنية … انتهاء الفعاليات: after a body's definite head and its modifiers, an
  // indefinite verbal noun is the verb's object, the content; the words before it are the subject.
  const object = cue.form.complements.includes('NP') ? objectAfterBodyHead(doc, start, end, resources) : undefined;
  if (object !== undefined) return { start, end: object, opener: object };
  const opener = contentOpener(doc, cue, cues, quotes, resources, start, end);
  return opener === undefined ? undefined : { start, end, opener };
}

/** The first indefinite verbal noun in tokens (start, end) when token start is the definite head of a body (الهيئة، اللجنة), else undefined. */
function objectAfterBodyHead(doc: ArticleDoc, start: number, end: number, resources: Resources): number | undefined {
  const head = resources.lexicons.nameHeads.matchAt(doc.tokens, start, { max: 1, definite: true });
  if (!head?.article || !head.value.some((h) => h.type === 'Organization')) return undefined;
  for (let j = start + 1; j < end; j++) {
    const token = doc.tokens[j] as Token;
    if (!token.norm.startsWith('ال') && !token.norm.startsWith('لل') && isVerbalNoun(token.norm)) return j;
  }
  return undefined;
}

/**
 * What opens a verb's content after its subject (which spans [start, end)): a complementizer, a
 * colon, a quotation that is no name. Between the two may stand an aside set off by a comma
 * (فلان، والذي يعتبر …،), which may run long, or without a comma only a short adverbial (في
 * بيان، يوم الأحد). Another speech act or a verb of its own clause ends the search; a relative
 * clause in an aside does not.
 */
export function contentOpener(doc: ArticleDoc, cue: Cue, cues: readonly Cue[], quotes: readonly QuoteSpan[], resources: Resources, start: number, end: number): number | undefined {
  const sentence = doc.tokens[cue.tokenStart]?.sentence;
  const sentenceEnd = doc.sentences[sentence ?? -1]?.endToken ?? doc.tokens.length;
  let limit = Math.min(end + MAX_ADVERBIAL_WORDS + 1, sentenceEnd);
  // A verb whose content may be its object (أعلن، نفى) has it right after its subject and an
  // adverbial set off by commas: أعلن فريق الإنقاذ، الأحد، انتشال الجثث.
  if (cue.form.complements.includes('NP') && end > start) {
    const object = afterCommaAdverbial(doc, end, sentenceEnd, resources);
    if (object !== undefined) return object;
  }
  for (let k = end; k < limit; k++) {
    const token = doc.tokens[k] as Token;
    if (token.norm === ',') limit = Math.min(Math.max(limit, start + MAX_SUBJECT_REACH), sentenceEnd);
    const name = token.kind === 'quote' ? quotedNameAt(doc, quotes, k, resources) : undefined;
    if (name) {
      // A quoted name counts as one word of the reach.
      limit = Math.min(limit + name.close - name.open, sentenceEnd);
      k = name.close;
      continue;
    }
    if (opensContent(token, cue, resources) && !(cue.form.takesObject && isWord(token) && cue.form.complements.includes(token.norm))) return k;
    const other = cueAt(cues, k);
    if ((other && other.form.kind !== 'masdar' && !afterRelative(doc, k, resources)) || (isWord(token) && resources.lexicons.verbs.has(stripConjunction(token.norm)) && !afterRelative(doc, k, resources))) return undefined;
  }
  return undefined;
}

/** How many words an adverbial between two commas may have (، السبت، / ، يوم الأحد الماضي،). */
const MAX_COMMA_ADVERBIAL_WORDS = 3;

/**
 * The token after an adverbial of function words (time words, weekdays) set off by commas from
 * token `comma` on, when a noun follows it; otherwise undefined.
 */
function afterCommaAdverbial(doc: ArticleDoc, comma: number, sentenceEnd: number, resources: Resources): number | undefined {
  if (doc.tokens[comma]?.norm !== ',') return undefined;
  let k = comma + 1;
  while (k < sentenceEnd && k - comma <= MAX_COMMA_ADVERBIAL_WORDS && isWord(doc.tokens[k]) && resources.lexicons.functionWords.has((doc.tokens[k] as Token).norm)) k++;
  const closing = doc.tokens[k];
  const object = doc.tokens[k + 1];
  return k > comma + 1 && closing?.norm === ',' && isWord(object) && k + 1 < sentenceEnd && isNounLike(object, resources) ? k + 1 : undefined;
}

/**
 * The speaker an overt subject phrase names: a person named in apposition after it (المتحدث باسم
 * التحالف، فلان الفلاني، …), the owner of a text, a body called back by its head noun (المطار
 * after مطار فلان), a group of a body, or an unnamed source. Undefined when the phrase is an
 * object, a title of someone named earlier, or a text whose author it does not say: the
 * speaker is then read as before, from earlier statements.
 */
export function phraseSpeaker(doc: ArticleDoc, cue: Cue, phrase: SubjectPhrase, resources: Resources, entities: Map<string, Entity>): Speaker | undefined {
  const { lexicons } = resources;
  const after = phrase.opener;
  const inPhrase = mentionsStartingWithin(doc, phrase.start, phrase.end).map((p) => doc.mentions[p] as Mention).filter((m) => m.tokenEnd <= phrase.end);
  // A name in apposition, set off by a comma after a title or description.
  const setOff = (m: Mention): boolean => doc.tokens[m.tokenStart - 1]?.norm === ',' && (m.tokenEnd === phrase.opener || doc.tokens[m.tokenEnd]?.norm === ',');
  const appositive = firstOf(doc, mentionsStartingWithin(doc, phrase.end + 1, phrase.opener), (m) => m.tokenEnd <= phrase.opener && setOff(m) && entities.get(m.entity)?.type === 'Person');
  if (appositive) return { keys: [appositive.entity], mention: { start: appositive.start, end: appositive.end }, after, rule: 'subject-apposition' };
  // The noun after a verb that takes an object (دعا الشعب إلى …) is more often that object.
  if (cue.form.takesObject) return undefined;
  const head = withoutConjunction(doc.tokens[phrase.start] as Token, resources);
  const bareHead = head.replace(/^ال/, '');
  // A title without a name is someone the article named before with it: carried over, not a new
  // source — but a spokesman with no name (المتحدث باسم الجيش) speaks for the body he names.
  const title = lexicons.titles.matchAt(doc.tokens, phrase.start, { max: 4, definite: true });
  if (title) {
    const spokesman = title.value.some((t) => /باسم$/.test(resources.normalizer.normalize(t.form)));
    const body = spokesman ? inPhrase.find((m) => m.tokenStart >= phrase.start + title.length && entities.get(m.entity)?.type === 'Organization') : undefined;
    if (body) return { keys: [body.entity], mention: { start: body.start, end: body.end }, after, rule: 'subject-spokesman-body' };
    // A title with its genitive or its country (رئيس مجلس النواب، وزير الخارجية الفلاني) that no one
    // named earlier holds is someone new, described: not the last speaker. A bare one (الوزير) is
    // more often the person named before it.
    // (A person named before the content opens is the one the title describes; a name in marks right
    // after it is that person's name, not yet a mention.)
    const person = firstOf(doc, mentionsStartingWithin(doc, phrase.start, phrase.opener), (m) => entities.get(m.entity)?.type === 'Person' && m.tokenEnd <= phrase.opener);
    if (person) return { keys: [person.entity], mention: { start: person.start, end: person.end }, after, rule: 'subject-described' };
    const quotedName = doc.tokens[phrase.end]?.kind === 'quote';
    if (!quotedName && phrase.end - phrase.start >= 2 && !resolvedTitleBefore(doc, phrase.start)) {
      const entity = { ...unnamedEntity(doc, phrase.start, phrase.end), gender: title.value[0]?.gender };
      entities.set(entity.key, entity);
      return { keys: [entity.key], mention: { start: (doc.tokens[phrase.start] as Token).start, end: (doc.tokens[phrase.end - 1] as Token).end }, after, rule: 'subject-title-unnamed' };
    }
    return undefined;
  }
  // A text speaks for whoever it belongs to (الموقع الإلكتروني للمطار، بيان للحوثيين، نص القرار).
  if (lexicons.statementNouns.has(head) || lexicons.statementNouns.has(bareHead)) {
    const owner = inPhrase.find((m) => m.tokenStart > phrase.start);
    if (owner) return { keys: [owner.entity], mention: { start: owner.start, end: owner.end }, after, rule: 'subject-text-owner' };
    for (let k = phrase.start + 1; k < phrase.end; k++) {
      const called = calledBack(doc, k, entities, resources);
      if (called) return { keys: [called.entity], mention: { start: (doc.tokens[k] as Token).start, end: (doc.tokens[k] as Token).end }, after, rule: 'subject-text-owner' };
    }
    return undefined;
  }
  // One definite head noun calls back the body or place named before with it (المطار، الوزارة).
  if (phrase.end - phrase.start === 1) {
    const called = calledBack(doc, phrase.start, entities, resources);
    if (called) return { keys: [called.entity], mention: { start: (doc.tokens[phrase.start] as Token).start, end: (doc.tokens[phrase.start] as Token).end }, after, rule: 'subject-head-noun' };
  }
  // A group of a body is the body (وزراء خارجية الاتحاد الفلاني، أعضاء المجلس الفلاني).
  const body = inPhrase.find((m) => m.tokenStart > phrase.start && entities.get(m.entity)?.type === 'Organization' && !governedByPreposition(doc, m, resources));
  if (body && (isPlural(head) || isPlural((doc.tokens[phrase.start] as Token).norm))) return { keys: [body.entity], mention: { start: body.start, end: body.end }, after, rule: 'subject-group-of-body' };
  const entity = unnamedEntity(doc, phrase.start, phrase.end);
  entities.set(entity.key, entity);
  const from = doc.tokens[phrase.start] as Token;
  return { keys: [entity.key], mention: { start: from.start, end: (doc.tokens[phrase.end - 1] as Token).end }, after, rule: 'subject-description' };
}

/** A person named before token k has a title with the same head word (رئيس …): one the title may call back. */
function resolvedTitleBefore(doc: ArticleDoc, k: number): boolean {
  const head = (doc.tokens[k] as Token).norm.replace(/^[وف]/, '').replace(/^ال/, '');
  return doc.mentions.some((m) => m.title !== undefined && m.tokenEnd <= k && doc.text.slice(m.title.start, m.title.end).split(' ').some((w) => w.replace(/^ال/, '').replace(/[أإآ]/g, 'ا') === head.replace(/[أإآ]/g, 'ا')));
}

/** How many words the names between سبق and أن may take. */
const MAX_ANTEPOSED_WORDS = 8;

/**
 * The subject of a verb after أن that an earlier verb put before it with ل: وسبق لبلد
 * وبلد آخر أن أعلنا … — every name between the two, in order.
 */
export function anteposedSubject(doc: ArticleDoc, cue: Cue, resources: Resources): Speaker | undefined {
  const an = doc.tokens[cue.tokenStart - 1];
  if (!isWord(an) || an.norm !== 'ان') return undefined;
  for (let j = cue.tokenStart - 2; j >= Math.max(0, cue.tokenStart - 2 - MAX_ANTEPOSED_WORDS); j--) {
    const token = doc.tokens[j];
    if (!isWord(token) || token.sentence !== an.sentence) return undefined;
    if (!resources.lexicons.anteposingVerbs.has(stripConjunction(token.norm))) continue;
    const names = mentionsStartingWithin(doc, j + 1, cue.tokenStart).map((p) => doc.mentions[p] as Mention).filter((m) => m.tokenEnd < cue.tokenStart);
    const keys = [...new Set(names.map((m) => m.entity))];
    const first = names[0];
    return first ? { keys, mention: { start: first.start, end: first.end }, rule: 'anteposed' } : undefined;
  }
  return undefined;
}

/** A quotation that is a name: a recognised name exactly, or after a head noun or a naming phrase (ما يعرف بـ"…"). */
export function isQuotedName(doc: ArticleDoc, resources: Resources, quote: QuoteSpan): boolean {
  if (mentionsStartingAt(doc, quote.open + 1).some((p) => doc.mentions[p]?.tokenEnd === quote.close)) return true;
  // A head noun names (حزب "…"، تحالف "… في …") without its article and with a name
  // of a few words only: الحكومة "لن تتراجع" quotes.
  const short = quote.close - quote.open - 1 <= MAX_QUOTED_NAME_WORDS;
  for (let length = 1; length <= 4; length++) {
    const from = quote.open - length;
    if (from < 0) break;
    const head = short ? resources.lexicons.nameHeads.matchAt(doc.tokens, from, { max: 3, definite: true }) : undefined;
    const introducer = resources.lexicons.nameIntroducers.matchAt(doc.tokens, from, { max: 4 });
    if ((head?.length === length && !head.article) || introducer?.length === length) return true;
    // After a preposition a definite head and its adjective name too (للشبكة الإخبارية "…"):
    // what a preposition governs is no speaker whose words follow.
    if (head?.article && head.length === length - 1 && /^[وف]?[بل]/.test(doc.tokens[from]?.norm ?? '') && /^ال.*(ي|يه)$/.test(doc.tokens[quote.open - 1]?.norm ?? '')) return true;
  }
  return false;
}

/** The nearest earlier mention whose name begins with this definite word's noun (المطار → مطار فلان). */
function calledBack(doc: ArticleDoc, k: number, entities: Map<string, Entity>, resources: Resources): Mention | undefined {
  const token = doc.tokens[k];
  if (!isWord(token)) return undefined;
  const reading = stemsOf(token.norm).find((r) => r.stem.startsWith('ال') && r.stem.length > 4);
  if (!reading) return undefined;
  const named = mentionsByHeadNoun(doc, entities, resources).get(reading.stem.slice(2)) ?? [];
  // The last of them that ends before the word: from the last that starts before it (the list is in text order).
  const low = countBefore(named, (p) => (doc.mentions[p] as Mention).start < token.start);
  for (let i = low - 1; i >= 0; i--) {
    const m = doc.mentions[named[i] as number] as Mention;
    if (m.end <= token.start) return m;
  }
  return undefined;
}

const headNounIndexes = new WeakMap<readonly Mention[], Map<string, number[]>>();

/**
 * Positions of the mentions of places and bodies by the noun their name begins with (مطار of مطار
 * فلان), built once per article: calledBack once normalised every earlier mention for each word.
 * (The types of the entities mentions name do not change during attribution, which only adds
 * unnamed sources.)
 */
function mentionsByHeadNoun(doc: ArticleDoc, entities: Map<string, Entity>, resources: Resources): Map<string, number[]> {
  const known = headNounIndexes.get(doc.mentions);
  if (known) return known;
  const byNoun = new Map<string, number[]>();
  doc.mentions.forEach((m, i) => {
    const entity = entities.get(m.entity);
    if (!entity || entity.type === 'Person' || entity.unnamed) return;
    const first = resources.normalizer.normalize(doc.text.slice(m.start, m.end)).split(' ')[0] ?? '';
    for (const noun of new Set(stemsOf(first).map((r) => r.stem.replace(/^ال/, '')))) {
      const list = byNoun.get(noun);
      if (list) list.push(i);
      else byNoun.set(noun, [i]);
    }
  });
  headNounIndexes.set(doc.mentions, byNoun);
  return byNoun;
}

/**
 * A word that may open a subject: a noun in the nominative, so not a preposition's object
 * (بالقول، للمطار), not an accusative adverb or circumstantial (مرارا، وفقا، قائلا), and not a
 * word with a pronoun suffix that points back (سيادته).
 */
function canOpenSubject(token: Token, resources: Resources): boolean {
  if (!isNounLike(token, resources)) return false;
  const word = withoutConjunction(token, resources);
  const { unnamedSources, statementNouns } = resources.lexicons;
  if (unnamedSources.has(word) || statementNouns.has(word)) return true;
  if (/^(بال|لل|كال)/.test(word) || /^[بل].{4,}$/.test(word)) return false;
  if (word.length >= 4 && word.endsWith('ا') && !word.endsWith('اا')) return false;
  return !/(ته|تها|تهم)$/.test(word);
}

/**
 * The word without a leading و or ف, unless that letter is its own: a head noun (وكالة، وزارة) is
 * not و + كالة, nor a plural of one (وكالات) the common words know whole.
 */
function withoutConjunction(token: Token, resources: Resources): string {
  const { nameHeads, commonWords } = resources.lexicons;
  if (nameHeads.longestAt([token.norm], { clitics: false })) return token.norm;
  const plural = /^[وف].{3,}ات$/.test(token.norm) && (commonWords.has(token.norm) || nameHeads.longestAt([`${token.norm.slice(0, -2)}ه`], { clitics: false }));
  return plural ? token.norm : stripConjunction(token.norm);
}

/** A word that may begin or continue a noun phrase: not a function word, a number, or a ب/ل phrase that is no genitive. */
function isNounLike(token: Token, resources: Resources): boolean {
  if (!isWord(token)) return false;
  const word = stripConjunction(token.norm);
  return word.length > 1 && !resources.lexicons.functionWords.has(word) && !resources.lexicons.functionWords.has(token.norm) && !complementizerAt(token, resources);
}

function opensContent(token: Token, cue: Cue, resources: Resources): boolean {
  if (token.kind === 'quote' || token.norm === ':') return true;
  return isWord(token) && (complementizerAt(token, resources) !== undefined || cue.form.complements.includes(token.norm));
}

/** The quotation opening at token k, when it is a name. */
function quotedNameAt(doc: ArticleDoc, quotes: readonly QuoteSpan[], k: number, resources: Resources): QuoteSpan | undefined {
  const quote = quoteOpeningAt(quotes, k);
  return quote && isQuotedName(doc, resources, quote) ? quote : undefined;
}

/** A verb right after a relative pronoun (والذي يعتبر، التي قال) belongs to a relative clause. */
function afterRelative(doc: ArticleDoc, k: number, resources: Resources): boolean {
  const before = doc.tokens[k - 1];
  return isWord(before) && resources.lexicons.relativePronouns.has(stripConjunction(before.norm));
}

function governedByPreposition(doc: ArticleDoc, mention: Mention, resources: Resources): boolean {
  const before = doc.tokens[mention.tokenStart - 1];
  return isWord(before) && resources.lexicons.functionWords.has(before.norm);
}

/**
 * Plurals of persons: sound plurals of participles (مسؤولون، المحققين، ممثلو، باحثون) and the common broken
 * patterns (وزراء، أعضاء، قادة). A noun that merely ends in ون (تلفزيون) is no plural.
 */
export function isPlural(word: string): boolean {
  const bare = word.replace(/^ال/, '');
  return /^م..+(ون|ين|و)$/.test(bare) || /^.ا..(ون|ين)$/.test(bare) || /^...اء$/.test(bare) || /^.ا..ه?$/.test(bare) || /^ا..ا.$/.test(bare);
}
