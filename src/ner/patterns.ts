// Names the gazetteer lacks but the text marks: an organisation or place after a head noun
// (حركة …، وزارة الخارجية الروسية، مدينة …، قاعدة … الجوية), a person from a known given name.
import type { Resources } from '../resources.js';
import type { Candidate, Token } from '../types.js';
import { isDefiniteNisba, isWord, rawOffsetAfter } from './tokens.js';
import { endsName, isPossessed, isVerbalNoun, nameEnd } from './names.js';
import { LATIN_ACRONYM } from '../lexicon/words.js';
import { complementizerKind } from '../lexicon/complementizers.js';

const MAX_HEAD_NAME_WORDS = 3;
// Place classes whose name stands without its head noun (مدينة كذا → كذا); facilities keep it.
const HEADLESS_PLACE_CLASSES = new Set(['City', 'State', 'Country']);

/** Organisations and places after a head noun (run before titles, which may take them as genitives). */
export function findHeadedNames(tokens: readonly Token[], taken: readonly Candidate[], resources: Resources): Candidate[] {
  const places = new Map(taken.filter((c) => c.type === 'Place').map((c) => [c.tokenStart, c]));
  const bodies = new Map(taken.filter((c) => c.type === 'Organization').map((c) => [c.tokenStart, c.tokenEnd]));
  const bodyIds = new Map(taken.filter((c) => c.type === 'Organization').map((c) => [c.tokenStart, c.ids]));
  return scan(tokens, taken, (i, occupied) => headedName(tokens, i, occupied, resources, bodies, places) ?? bodyOfPlace(tokens, i, places, resources) ?? bodyOfBody(tokens, i, bodies, bodyIds, resources));
}

/**
 * A head in the construct state before a body the gazetteer knows names a body of its own when it
 * is a medium (تلفزيون النظام الفلاني، قناة الحزب) or when a ل-phrase gives its field (وكالة المنظمة
 * للهجرة): one name over both. The known body keeps its own mention inside it.
 */
function bodyOfBody(tokens: readonly Token[], i: number, bodies: ReadonlyMap<number, number>, bodyIds: ReadonlyMap<number, readonly string[]>, resources: Resources): Candidate | undefined {
  const { lexicons, normalizer, gazetteer } = resources;
  const construct = constructBodyHead(tokens, i, resources, 2);
  if (!construct) return undefined;
  const { match, head } = construct;
  const bodyEnd = bodies.get(i + match.length);
  if (bodyEnd === undefined || tokens[bodyEnd - 1]?.sentence !== tokens[i]?.sentence) return undefined;
  // وكالة أنباء فلان of وكالة فلان: the head says what the known body is, and names no other.
  const headWord = normalizer.normalize(head.form).split(' ')[0] ?? '';
  const ownKind = (bodyIds.get(i + match.length) ?? []).some((id) => {
    const entry = gazetteer.entries.get(id);
    return [entry?.prefAr, ...(entry?.altAr ?? [])].some((label) => label !== undefined && normalizer.normalize(label).split(' ')[0] === headWord);
  });
  if (ownKind) return undefined;
  const field = tokens[bodyEnd];
  const end = isWord(field) && field.sentence === tokens[i]?.sentence && /^لل/.test(field.norm) && field.norm.length > 4 && !lexicons.functionWords.has(field.norm) ? bodyEnd + 1 : bodyEnd;
  if (!head.media && end === bodyEnd) return undefined;
  const headToken = tokens[i] as Token;
  const name = tokens.slice(i, end).map((t) => t.norm).join(' ');
  return { start: rawOffsetAfter(headToken, match.prefixLength, normalizer.isDeleted), end: (tokens[end - 1] as Token).end, type: 'Organization', tokenStart: i, tokenEnd: end, ids: [], name: stripClitic(name, match.prefixLength), via: 'pattern' };
}

/**
 * An organisation's head in the construct state at token i, of up to `max` words, that may govern a
 * known place or body. A head that names a body only with its country's nisba (سلطات، قضاء، خارجية)
 * stays out: قضاء المدينة is a district, وزير خارجية البلد a title; so do a verbal noun (تنظيم) and a
 * word that only looks like the head once a hamza is added.
 */
function constructBodyHead(tokens: readonly Token[], i: number, resources: Resources, max: number) {
  const match = resources.lexicons.nameHeads.matchAt(tokens, i, { max, definite: true });
  const head = match?.value[0];
  if (!match || !head || match.article || head.type !== 'Organization' || head.nisbaOnly || head.verbalNoun || addsHamza(tokens[i] as Token, head.form)) return undefined;
  return { match, head };
}

/**
 * An organisation's head in the construct state before a place the gazetteer knows, directly or
 * through one office (وفد البلد، مكتب رئيس البلد، حكومة البلد, the country named): the body of that
 * place. The place keeps its own mention inside it.
 */
function bodyOfPlace(tokens: readonly Token[], i: number, places: ReadonlyMap<number, Candidate>, resources: Resources): Candidate | undefined {
  const { lexicons, normalizer } = resources;
  const construct = constructBodyHead(tokens, i, resources, 1);
  if (!construct) return undefined;
  const { match } = construct;
  let at = i + 1;
  const office = lexicons.titles.matchAt(tokens, at, { max: 1, clitics: false });
  if (office && !(tokens[at] as Token).norm.startsWith('ال')) at += office.length;
  const place = places.get(at);
  if (!place || tokens[at]?.sentence !== tokens[i]?.sentence) return undefined;
  const headToken = tokens[i] as Token;
  const end = place.tokenEnd;
  const name = tokens.slice(i, end).map((t) => t.norm).join(' ');
  return { start: rawOffsetAfter(headToken, match.prefixLength, normalizer.isDeleted), end: (tokens[end - 1] as Token).end, type: 'Organization', tokenStart: i, tokenEnd: end, ids: [], name: stripClitic(name, match.prefixLength), via: 'pattern' };
}

/**
 * The subject of a speech verb when the gazetteer does not know it: وقال فلان الفلاني، … / وأضاف فلان:
 * a name right after the verb, closed by punctuation, a quotation mark or a complementizer.
 */
export function findSpeakerNames(tokens: readonly Token[], taken: readonly Candidate[], resources: Resources): Candidate[] {
  const { lexicons } = resources;
  const takenTokens = new Set<number>();
  for (const c of taken) for (let t = c.tokenStart; t < c.tokenEnd; t++) takenTokens.add(t);
  return scan(tokens, taken, (i) => {
    const match = lexicons.cues.matchAt(tokens, i, { max: 4, clitics: 'conjunctions' });
    // After a phrase that ends in its preposition (أعرب عن) comes the object, not the subject.
    if (!match || match.length > 1 || !match.value.some((f) => f.kind === 'verb')) return undefined;
    // Only a verb that opens its clause has its subject after it (not التي تعتبر عماد …).
    const before = tokens[i - 1];
    if (before && before.sentence === tokens[i]?.sentence && isWord(before) && match.prefixLength === 0 && !lexicons.clauseOpeners.has(before.norm)) return undefined;
    const k = i + 1;
    if (takenTokens.has(k) || !isWord(tokens[k]) || lexicons.unnamedSources.has(tokens[k]?.norm ?? '')) return undefined;
    // A sound plural of a participle (متظاهرون، محللين) is people unnamed, not a name.
    if (/^م..+(ون|ين)$/.test(tokens[k]?.norm ?? '')) return undefined;
    const end = nameEnd(tokens, k, resources, { allowDefinite: false, taken: takenTokens });
    const apposed = end === k ? nameBeforeTitleApposition(tokens, k, resources, takenTokens) : undefined;
    if (apposed) {
      const first = tokens[k] as Token;
      return { start: first.start, end: (tokens[apposed - 1] as Token).end, type: 'Person', tokenStart: k, tokenEnd: apposed, ids: [], name: tokens.slice(k, apposed).map((t) => t.norm).join(' '), via: 'pattern' };
    }
    const next = tokens[end];
    // The name must end where something else starts: punctuation, a quotation, a complementizer, an
    // apposition (وهو، سفير …) — not in the middle of running words.
    const closed = end > k && (!next || !isWord(next) || takenTokens.has(end) || complementizerKind(next.norm, lexicons) !== undefined || endsName(tokens, end, resources));
    // قال مستخدم آخر: "another" follows a common noun, not a name.
    if (!closed || lexicons.otherAdjectives.has(next?.norm ?? '')) return undefined;
    // نصحت سائقي السيارات: one word before a definite noun that is no time word, nisba or title is
    // a noun in the construct state, not a name.
    if (end === k + 1 && isConstructGenitive(tokens, end, resources)) return undefined;
    const first = tokens[k] as Token;
    return { start: first.start, end: (tokens[end - 1] as Token).end, type: 'Person', tokenStart: k, tokenEnd: end, ids: [], name: tokens.slice(k, end).map((t) => t.norm).join(' '), via: 'pattern' };
  });
}

/** Token k is a definite noun that can be the genitive of the word before it: no function or time word, nisba, title or demonym. */
function isConstructGenitive(tokens: readonly Token[], k: number, resources: Resources): boolean {
  const token = tokens[k];
  if (!isWord(token) || token.kind !== 'word' || !token.norm.startsWith('ال') || token.norm.endsWith('ي')) return false;
  const { lexicons, gazetteer } = resources;
  return !lexicons.functionWords.has(token.norm) && !lexicons.titles.matchAt(tokens, k, { max: 3, clitics: false }) && !lexicons.titleModifiers.has(token.norm) && !gazetteer.demonyms.matchAt(tokens, k, { max: 2, clitics: false });
}

/**
 * وقال أمير فلان، وزير الدفاع، إن …: words set off before a title apposition are a name,
 * though the first is also a common word (أمير، نور، سلام): the rest must be name words. One past
 * the name, or undefined.
 */
function nameBeforeTitleApposition(tokens: readonly Token[], k: number, resources: Resources, taken: ReadonlySet<number>): number | undefined {
  const first = tokens[k];
  if (!isWord(first) || first.norm.startsWith('ال') || resources.lexicons.functionWords.has(first.norm) || resources.lexicons.titles.matchAt(tokens, k, { max: 3, clitics: false })) return undefined;
  let end = k + 1;
  while (end - k < 3 && isWord(tokens[end]) && !taken.has(end) && !(tokens[end] as Token).norm.startsWith('ال') && !endsName(tokens, end, resources)) end++;
  if (end - k < 2 || tokens[end]?.norm !== ',' || !resources.lexicons.titles.matchAt(tokens, end + 1, { max: 3 })) return undefined;
  return end;
}

/** A word of capital Latin letters is an organisation's acronym (ABC، لـXYZ); Roman numerals (II، XIV) are not. */
export function findAcronyms(tokens: readonly Token[], taken: readonly Candidate[]): Candidate[] {
  return scan(tokens, taken, (i) => {
    const token = tokens[i] as Token;
    if (token.kind !== 'latin' || !LATIN_ACRONYM.test(token.text) || ROMAN_NUMERAL.test(token.text)) return undefined;
    return { start: token.start, end: token.end, type: 'Organization', tokenStart: i, tokenEnd: i + 1, ids: [], name: token.text, via: 'pattern' };
  });
}

const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

/** Persons from a known given name (run after titles, whose names come first). */
export function findGivenNames(tokens: readonly Token[], taken: readonly Candidate[], resources: Resources): Candidate[] {
  return scan(tokens, taken, (i, occupied) => givenName(tokens, i, occupied, resources));
}

function scan(tokens: readonly Token[], taken: readonly Candidate[], at: (i: number, occupied: Set<number>) => Candidate | undefined): Candidate[] {
  const occupied = new Set<number>();
  for (const c of taken) for (let t = c.tokenStart; t < c.tokenEnd; t++) occupied.add(t);
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i]) || occupied.has(i)) continue;
    const candidate = at(i, occupied);
    if (!candidate) continue;
    found.push(candidate);
    for (let t = candidate.tokenStart; t < candidate.tokenEnd; t++) occupied.add(t);
    i = candidate.tokenEnd - 1;
  }
  return found;
}

/** Up to this many words in quotation marks make a name (وأشارت «…»); after a head in the construct state, which says a name follows, more (تحالف "… في …"). */
const MAX_QUOTED_NAME_WORDS = 3;
const MAX_HEADED_QUOTED_NAME_WORDS = 5;

/** The words of a short quotation starting at token `open`, as [first word, one past the last], if it is one. */
function quotedName(tokens: readonly Token[], open: number, maxWords: number): [number, number] | undefined {
  if (tokens[open]?.kind !== 'quote') return undefined;
  let close = open + 1;
  while (close < tokens.length && isWord(tokens[close]) && close - open <= maxWords) close++;
  return tokens[close]?.kind === 'quote' && close > open + 1 ? [open + 1, close] : undefined;
}

/** An organisation a speech verb or head noun names in quotation marks: the quoted words are its name. */
export function findQuotedNames(tokens: readonly Token[], taken: readonly Candidate[], resources: Resources): Candidate[] {
  const { lexicons } = resources;
  const takenAt = new Map<number, Candidate>();
  for (const c of taken) for (let t = c.tokenStart; t < c.tokenEnd; t++) takenAt.set(t, c);
  // A name the gazetteer knows may stand inside a longer quoted name (مطار "<city> سيتي"), not across its marks or as all of it.
  const heldWithin = (from: number, to: number): boolean => {
    for (let t = from; t < to; t++) {
      const c = takenAt.get(t);
      if (c && (c.tokenStart < from || c.tokenEnd > to || (c.tokenStart === from && c.tokenEnd === to))) return false;
    }
    return true;
  };
  return scan(tokens, taken, (i) => {
    // The introducer (at most 4 words) is followed by a quotation mark: without one near, no look-up.
    if (!tokens.slice(i + 1, i + 5).some((t) => t.kind === 'quote')) return undefined;
    const cue = lexicons.cues.matchAt(tokens, i, { max: 4, clitics: 'conjunctions' });
    const head = lexicons.nameHeads.matchAt(tokens, i, { max: 4, definite: true });
    const headNoun = head?.value[0];
    const introducer = cue?.value.some((f) => f.kind === 'verb') ? cue : headNoun ? head : undefined;
    if (!introducer) return undefined;
    // A head in the construct state says a name follows (تحالف "…"); a definite one may be the subject of quoted words (الحكومة "لن …").
    const quoted = quotedName(tokens, i + introducer.length, introducer === head && !head.article ? MAX_HEADED_QUOTED_NAME_WORDS : MAX_QUOTED_NAME_WORDS);
    if (!quoted || !heldWithin(quoted[0], quoted[1])) return undefined;
    const [from, to] = quoted;
    // After a verb the quotation is its subject only when the clause goes on (وأشارت "…" إلى …).
    if (introducer === cue && !isWord(tokens[to + 1])) return undefined;
    // A quotation that opens with a verbal noun is what the verb reports (يعلن "إحباط صفقة …"), not a name.
    if (introducer === cue && isVerbalNoun((tokens[from] as Token).norm)) return undefined;
    // A place's head noun names it with the quoted words, marks included (مطار "… سيتي"), as a
    // facility's name keeps its head (مطار هيثرو).
    if (introducer === head && headNoun?.type === 'Place') {
      const headToken = tokens[i] as Token;
      const name = [headToken.norm.slice(head.prefixLength), ...tokens.slice(from, to).map((t) => t.norm)].join(' ');
      return { start: rawOffsetAfter(headToken, head.prefixLength, resources.normalizer.isDeleted), end: (tokens[to] as Token).end, type: 'Place', tokenStart: i, tokenEnd: to + 1, ids: [], name, placeClass: headNoun.placeClass, via: 'pattern' };
    }
    const first = tokens[from] as Token;
    return { start: first.start, end: (tokens[to - 1] as Token).end, type: 'Organization', tokenStart: from, tokenEnd: to, ids: [], name: tokens.slice(from, to).map((t) => t.norm).join(' '), via: 'pattern' };
  });
}

function headedName(tokens: readonly Token[], i: number, occupied: Set<number>, resources: Resources, bodies: ReadonlyMap<number, number>, places: ReadonlyMap<number, Candidate>): Candidate | undefined {
  const { lexicons, gazetteer, normalizer } = resources;
  const match = lexicons.nameHeads.matchAt(tokens, i, { max: 3, definite: true });
  const head = match?.value[0];
  // A verbal noun's word after it is its object (لتنظيم البطولة): the names it heads are known already.
  if (!match || !head || head.verbalNoun || addsHamza(tokens[i] as Token, head.form)) return undefined;
  if (head.nisbaOnly && !match.article) return undefined;
  if (head.adjectival && modifiesNounBefore(tokens, i, match.prefixLength)) return undefined;
  const nameStart = i + match.length;
  const first = tokens[nameStart];
  const nisba = (k: number) => gazetteer.demonyms.matchAt(tokens, k, { max: 3, clitics: false });
  let end = nameStart;
  if (match.article) {
    // A definite head names a body only with its country's nisba (الحكومة الفلانية، الجيش الفلاني);
    // alone (الحزب، الوكالة) it calls back one named before.
    // Adjectives may stand between them (المحكمة الجنائية الفلانية، المجلس الأعلى الفلاني).
    let at = nameStart;
    while (at - nameStart < MAX_ADJECTIVES_BEFORE_NISBA && isDefiniteNisba(tokens[at], lexicons.functionWords) && !nisba(at) && !occupied.has(at)) at++;
    const country = head.type === 'Organization' ? nisba(at) : undefined;
    // Or with a body it serves joined by ل after an adjective (المجلس الاستشاري لحركة …, a body named already; المفوضية الوطنية للانتخابات).
    const purpose = !country && at > nameStart && head.type === 'Organization' ? purposeLength(tokens, at, occupied, resources, bodies) : 0;
    if (purpose > 0) end = at;
    else if (!country || !agrees(tokens[i] as Token, tokens[at + country.length - 1] as Token)) return undefined;
    else end = at + country.length;
  } else if (isWord(first) && !occupied.has(nameStart) && first.sentence === tokens[i]?.sentence) {
    const portfolio = lexicons.portfolios.matchAt(tokens, nameStart, { max: 3 });
    if (portfolio) {
      end = nameStart + portfolio.length;
      // A portfolio in the construct state takes its genitive (وزارة خارجية البلد، وزارة خارجية الشمال).
      if (!portfolio.article && !first.norm.startsWith('ال')) end = constructGenitiveEnd(tokens, end, places, lexicons.functionWords) ?? end;
    } else if (first.norm.startsWith('ال')) {
      // A definite name: one noun and its nisba adjectives (حزب الحركة القومية، حكومة الوفاق الوطني).
      if (!endsName(tokens, nameStart, resources, { common: false, heads: false })) end = nameStart + 1;
      // An adjective of rank (لجنة الانتخابات العليا، المجلس الأعلى) belongs to it as well.
      while (end > nameStart && end - nameStart < MAX_HEAD_NAME_WORDS && (isDefiniteNisba(tokens[end], lexicons.functionWords) || (isWord(tokens[end]) && lexicons.rankAdjectives.has((tokens[end] as Token).norm))) && !occupied.has(end)) end++;
    } else if (!endsName(tokens, nameStart, resources, { common: false }) && !describes(first, resources) && !(head.type === 'Organization' && agreesAsAdjective(tokens[i] as Token, first))) {
      // A proper name: words that are no common Arabic words (بنك خلق, not حكومة جديدة).
      end = nameStart + 1;
      // A word with و opens the next clause or name (جبال فلان وسيمرون، شركة فلان وشركاؤها).
      while (end - nameStart < MAX_HEAD_NAME_WORDS && isWord(tokens[end]) && !occupied.has(end) && !tokens[end]?.norm.startsWith('ال') && !tokens[end]?.norm.startsWith('و') && !endsName(tokens, end, resources)) end++;
      // One common noun in the construct state takes its definite genitive (قوات أمن المطار); not an
      // adjective or participle after a proper name (بنك فلان المتورط، منطقة فلان المجاورة).
      const genitive = tokens[end];
      if (end === nameStart + 1 && !occupied.has(end) && lexicons.commonWords.has(first.norm) && isWord(genitive) && !genitive.norm.startsWith('الم') && !isDefiniteNisba(genitive, lexicons.functionWords)) end = constructGenitiveEnd(tokens, end, places, lexicons.functionWords) ?? end;
    }
    // A point of the compass takes its genitive (منطقة شرق المتوسط، منطقة شمال كذا).
    if (head.type === 'Place' && end === nameStart + 1 && lexicons.compassWords.has(first.norm)) end = constructGenitiveEnd(tokens, end, places, lexicons.functionWords) ?? end;
    // A country's nisba after a city or a state says where it lies (ولاية فلان الهندية): no part of
    // its name, which stands without its head. A body or a facility keeps it (مطار كذا الدولي).
    const headless = head.type === 'Place' && HEADLESS_PLACE_CLASSES.has(head.placeClass ?? 'Place');
    if (end > nameStart && nisba(end) && !headless) end += (nisba(end) as { length: number }).length;
  }
  if (end === nameStart) return undefined;
  // A body joined by ل names what the organisation is for (المجلس الفلاني للاجئين، اللجنة العليا
  // لحقوق الإنسان): part of its name.
  if (head.type === 'Organization') end += purposeLength(tokens, end, occupied, resources, bodies);
  const keepHead = head.type === 'Organization' || !HEADLESS_PLACE_CLASSES.has(head.placeClass ?? 'Place');
  const startToken = keepHead ? i : nameStart;
  const firstToken = tokens[startToken] as Token;
  const start = keepHead ? rawOffsetAfter(firstToken, match.prefixLength, normalizer.isDeleted) : firstToken.start;
  const name = tokens.slice(startToken, end).map((t) => t.norm).join(' ');
  return { start, end: (tokens[end - 1] as Token).end, type: head.type, tokenStart: startToken, tokenEnd: end, ids: [], name: stripClitic(name, keepHead ? match.prefixLength : 0), placeClass: head.placeClass, via: 'pattern' };
}

/** One past the genitive at k of a word in the construct state: a known place, or one definite noun; undefined when there is none. */
function constructGenitiveEnd(tokens: readonly Token[], k: number, places: ReadonlyMap<number, Candidate>, functionWords: ReadonlySet<string>): number | undefined {
  const token = tokens[k];
  if (!isWord(token) || token.sentence !== tokens[k - 1]?.sentence) return undefined;
  const place = places.get(k);
  if (place && place.start === token.start) return place.tokenEnd;
  return token.norm.startsWith('ال') && !functionWords.has(token.norm) && !/(ي|يه)$/.test(token.norm) ? k + 1 : undefined;
}

/** How many adjectives may stand between a definite head and its country's nisba. */
const MAX_ADJECTIVES_BEFORE_NISBA = 2;

/**
 * The words of a ل-phrase at k that names a body's purpose (للاجئين، لحقوق الإنسان) or the body it
 * belongs to (لحركة …, a body named already), 0 when there is none.
 */
function purposeLength(tokens: readonly Token[], k: number, occupied: ReadonlySet<number>, resources: Resources, bodies: ReadonlyMap<number, number>): number {
  const token = tokens[k];
  const { functionWords } = resources.lexicons;
  if (!isWord(token) || token.sentence !== tokens[k - 1]?.sentence || functionWords.has(token.norm)) return 0;
  const body = bodies.get(k);
  if (body !== undefined) return /^و?ل/.test(token.norm) ? body - k : 0;
  // لحين (until) is no noun; لحساباته (for his accounts) has an owner of its own.
  if (occupied.has(k) || functionWords.has(token.norm.slice(1)) || isPossessed(token, resources)) return 0;
  // لل + a head noun is whose it is, not what it is for (الموقع الإلكتروني للمطار، الرئاسة الدورية للمجلس).
  if (token.norm.startsWith('لل') && token.norm.length > 4) return resources.lexicons.nameHeads.longestAt([`ال${token.norm.slice(2)}`], { clitics: false, definite: true }) ? 0 : 1;
  const genitive = tokens[k + 1];
  return /^ل[^ل]/.test(token.norm) && token.norm.length > 3 && isWord(genitive) && genitive.norm.startsWith('ال') && !functionWords.has(genitive.norm) && !occupied.has(k + 1) ? 2 : 0;
}

/**
 * A nisba agrees with its noun: a feminine head (الخارجية) takes a feminine one (الروسية). A
 * masculine one after it belongs to a noun before the head (وزير الخارجية الفلاني: the minister).
 */
function agrees(head: Token, nisba: Token): boolean {
  return !(head.norm.endsWith('ه') && nisba.norm.endsWith('ي'));
}

/** An indefinite feminine word after a feminine head is its adjective (قناة مؤيدة، جماعة معارضة), no name. */
function agreesAsAdjective(head: Token, word: Token): boolean {
  return head.norm.endsWith('ه') && word.norm.length > 3 && word.norm.endsWith('ه');
}

/** A definite word right after a definite noun of its sentence, with no clitic of its own, may be its adjective. */
function modifiesNounBefore(tokens: readonly Token[], i: number, prefixLength: number): boolean {
  const before = tokens[i - 1];
  return prefixLength === 0 && isWord(before) && before.sentence === tokens[i]?.sentence && before.norm.startsWith('ال');
}

/**
 * Writers drop hamzas but do not add them: a word written with one is not a head noun spelt
 * without (وأدى, the verb, is not وادي, a valley, though both normalise alike).
 */
function addsHamza(token: Token, form: string): boolean {
  return /[أإآ]/.test(token.text) && !/[أإآ]/.test(form);
}

/** An indefinite nisba adjective (رئيسيا، قضائية): after a head it describes, it names nothing. */
export const INDEFINITE_NISBA = /^[^ا].*(ي|يه|يا|يين|يون|يان)$/;

/**
 * A common word shaped like an adjective describes the head (حكومة جديدة، جماعة مسلحة، كتلة أوسع):
 * feminine ة, a participle's م, the فعيل and أفعل patterns, or a nisba. A common word of another
 * shape may still be a name (بنك خلق).
 */
function describes(token: Token, resources: Resources): boolean {
  const word = token.norm;
  if (INDEFINITE_NISBA.test(word)) return true;
  if (!resources.lexicons.commonWords.has(word)) return false;
  return /ه$/.test(word) || /^م/.test(word) || /^..ي.$/.test(word) || /^ا...$/.test(word) || /^[يت]/.test(word);
}


/** A known given name followed by at least one more name word (محمد فلان الفلاني). */
function givenName(tokens: readonly Token[], i: number, occupied: Set<number>, resources: Resources): Candidate | undefined {
  const token = tokens[i] as Token;
  if (!resources.lexicons.givenNames.has(token.norm)) return undefined;
  const end = nameEnd(tokens, i, resources, { allowDefinite: false });
  if (end - i < 2) return undefined;
  for (let t = i; t < end; t++) if (occupied.has(t)) return undefined;
  const name = tokens.slice(i, end).map((t) => t.norm).join(' ');
  return { start: token.start, end: (tokens[end - 1] as Token).end, type: 'Person', tokenStart: i, tokenEnd: end, ids: [], name, via: 'pattern' };
}

function stripClitic(name: string, prefixLength: number): string {
  return name.slice(prefixLength);
}
