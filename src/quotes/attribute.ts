// The attribute stage: every statement (direct quote, partial quote, reported speech) with its
// speaker, cue and exact content span.
import type { ArticleDoc, Entity, Mention, SpeechMode, Statement, Token } from '../types.js';
import type { Resources } from '../resources.js';
import { pairQuotes, type QuoteSpan } from './quote-spans.js';
import { findCues, type Cue } from './cues.js';
import { clauseEnd, complementizerAt, contentSpan } from './clauses.js';
import { conjoinedComplementizer } from '../lexicon/complementizers.js';
import { carriedOverSpeaker, describedSpeaker, explicitSpeaker, hasResumptivePronoun, jointSpeakers, precedingSpeaker, prepositionOnName, statementOwner, type Speaker } from './speakers.js';
import { isWord, rawOffsetAfter } from '../ner/tokens.js';
import { anteposedSubject, contentOpener, isPlural, isQuotedName, phraseSpeaker, subjectPhrase, type SubjectPhrase } from './subjects.js';
import { cueAt, cueEarlierInSentence, cuePosition, firstCueFrom, nextComplementizerFrom, nextSpeechCueFrom, quoteAfter, quoteOpeningAt, quotesWithin } from './lookups.js';
import { firstOf, firstTokenEndingAfter, lastMentionBefore, mentionsEndingAt, mentionsStartingAt, mentionsInSentence, mentionsWithTitleEndingAt } from '../ner/mention-index.js';
import { spanCover } from '../span-cover.js';
import { stripConjunction } from '../lexicon/clitics.js';

/** How far after a cue its content may begin (a speaker phrase and an adverbial sit between). */
const MAX_CUE_TO_CONTENT = 40;
/** How many words (an object, an adjective) may stand before a verb's preposition complement. */
const MAX_OBJECT_WORDS = 4;
/** A quotation of fewer words after a description is more likely a name than speech. */
const MIN_QUOTED_SPEECH_WORDS = 3;

interface Context {
  doc: ArticleDoc;
  resources: Resources;
  quotes: QuoteSpan[];
  cues: Cue[];
  entities: Map<string, Entity>;
  statements: Statement[];
  /** Token starts of cues that belong to another cue's subject phrase. */
  claimed: Set<number>;
}

export function attribute(doc: ArticleDoc, resources: Resources): ArticleDoc {
  const quotes = pairQuotes(doc, resources.normalizer.table.quotes.close);
  const cues = findCues(doc, quotes, resources);
  const ctx: Context = { doc, resources, quotes, cues, entities: new Map(doc.entities), statements: [], claimed: new Set() };
  for (const cue of cues) attributeCue(ctx, cue);
  attributeHeadlineQuotes(ctx);
  const seen = new Set<string>();
  const statements = ctx.statements
    .filter((s) => s.speakers.length > 0)
    // Of two cues that take the same words, the nearer governs them: واتهمت فلانا …، إثر تصريحاته
    // التي قال فيها إن "…" is what قال introduces, though اتهمت's reported content runs over it.
    .sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end || distanceToCue(a) - distanceToCue(b))
    .filter((s) => !seen.has(`${s.content.start}:${s.content.end}`) && seen.add(`${s.content.start}:${s.content.end}`));
  return { ...doc, entities: ctx.entities, statements };
}

/** Characters between a statement's cue and its content, on whichever side the cue stands. */
function distanceToCue(statement: Statement): number {
  return statement.cue.end <= statement.content.start ? statement.content.start - statement.cue.end : Math.max(0, statement.cue.start - statement.content.end);
}

function attributeCue(ctx: Context, cue: Cue): void {
  const { doc } = ctx;
  if (cue.form.kind === 'passive') return;
  // من المقرر أن تعلن …، قد يكرر …: a speech act planned, expected or possible has not taken place.
  if (cue.form.kind === 'verb' && isIrrealis(ctx.doc, cue, ctx.resources)) return;
  // ويُعتقد أن …، ويُتوقع أن …: opening its clause right before أن, the verb is read as a passive.
  if (cue.form.impersonal && opensItsClause(ctx.doc, cue) && complementizerAt(ctx.doc.tokens[cue.tokenEnd], ctx.resources)) return;
  const sentence = (doc.tokens[cue.tokenStart] as Token).sentence;
  if (cue.form.kind === 'source') return attributeSource(ctx, cue, sentence);
  // A masdar (في تصريح، في بيان) after a verb is that verb's adverbial, not a cue of its own.
  if (cue.form.kind === 'masdar' && cueEarlierInSentence(doc, ctx.cues, cue, 'not-masdar')) return;
  if (ctx.claimed.has(cue.tokenStart)) return;
  // ويشير هذا إلى: a demonstrative alone as the subject is a thing that points, not a speaker
  // (with a noun, هذا المسؤول may well be one).
  const next = doc.tokens[cue.tokenEnd];
  const after = doc.tokens[cue.tokenEnd + 1];
  if (cue.form.kind === 'verb' && isWord(next) && next.sentence === sentence && ctx.resources.lexicons.demonstratives.has(next.norm) && !(isWord(after) && after.norm.startsWith('ال') && !ctx.resources.lexicons.functionWords.has(after.norm))) return;
  const phrase = subjectPhrase(doc, cue, ctx.cues, ctx.quotes, ctx.resources);
  // Cues inside the subject's asides (فلان، والذي يعتبر …، إن) are no speech acts of their own; a
  // verb with a resumptive pronoun (تصريحاته التي قال فيها إن …) opens a statement of its own, and
  // so does a cue after the content this verb took (طالب فلان بوقف التحقيق، الذي قال إنه …).
  const asideCues: Cue[] = [];
  if (phrase) {
    for (let c = firstCueFrom(ctx.cues, phrase.start + 1); c < ctx.cues.length && (ctx.cues[c] as Cue).tokenStart < phrase.opener; c++) {
      if (!hasResumptivePronoun(doc, ctx.cues[c] as Cue, ctx.resources)) asideCues.push(ctx.cues[c] as Cue);
    }
  }
  let contentStart: number | undefined;
  try {
    attributeCueContent(ctx, cue, sentence, phrase, (start) => (contentStart ??= start));
  } finally {
    for (const aside of asideCues) if (contentStart === undefined || aside.start < contentStart) ctx.claimed.add(aside.tokenStart);
  }
}

/** How many words may stand between a relaying verb (with its subject) and its عن. */
const MAX_RELAY_DISTANCE = 8;

/**
 * The source a relaying verb names after عن, when the masdar of what was said follows it: نقلت
 * الوكالة عن الرئيس فلان قوله …، نقل عنه قوله … (the one عنه points back to, not the subject). Its
 * keys, and the token after the masdar, where the content opens.
 */
function relayedSpeaker(ctx: Context, cue: Cue, named: Speaker | undefined, sentence: number): Speaker | undefined {
  const { doc, resources, entities } = ctx;
  const { relayMasdars } = resources.lexicons;
  const start = named?.after ?? cue.tokenEnd;
  for (let k = start; k < start + MAX_RELAY_DISTANCE && doc.tokens[k]?.sentence === sentence; k++) {
    const token = doc.tokens[k] as Token;
    if (token.norm === 'عن') {
      const source = explicitSpeaker(doc, { ...cue, tokenEnd: k + 1 }, resources, entities);
      const after = source?.after;
      if (!source || source.keys.length === 0 || after === undefined) return undefined;
      const masdar = doc.tokens[after];
      return isWord(masdar) && relayMasdars.has(masdar.norm) ? { ...source, after: after + 1, rule: 'relayed' } : undefined;
    }
    const pronoun = /^عن(ه|ها|هم|هما)$/.exec(token.norm)?.[1];
    if (pronoun) {
      const masdar = doc.tokens[k + 1];
      if (!isWord(masdar) || !relayMasdars.has(masdar.norm)) return undefined;
      // The one the pronoun points back to: a person (or, for ها, a body) named before, not the subject.
      const gender = pronoun === 'ه' ? 'm' : pronoun === 'ها' ? 'f' : undefined;
      const subject = new Set(named?.keys ?? []);
      const before = lastMentionBefore(doc, cue.start, (m) => {
        const entity = entities.get(m.entity);
        if (!entity || entity.unnamed || subject.has(m.entity) || m.end > cue.start) return false;
        if (gender === 'm') return entity.type === 'Person' && entity.gender !== 'f';
        if (gender === 'f') return entity.type === 'Person' ? entity.gender === 'f' : entity.type === 'Organization';
        return entity.type === 'Person' || entity.type === 'Organization';
      });
      return before && { keys: [before.entity], mention: { start: before.start, end: before.end }, after: k + 2, rule: 'relayed' };
    }
  }
  return undefined;
}

/**
 * The quotations that follow the one ending at raw offset `end`, each joined to the one before by
 * و alone (or ، و): "…" و"…" و"…".
 */
function joinedQuotations(ctx: Context, end: number): QuoteSpan[] {
  const { doc, quotes } = ctx;
  const joined: QuoteSpan[] = [];
  let current = quotes.find((q) => q.end === end);
  while (current) {
    let k = current.close + 1;
    if (doc.tokens[k]?.norm === ',') k++;
    const next = doc.tokens[k]?.norm === 'و' ? quoteOpeningAt(quotes, k + 1) : undefined;
    if (!next) break;
    joined.push(next);
    current = next;
  }
  return joined;
}

/** The first comma from token `from` before `limit`, or undefined. */
function nextCommaBefore(doc: ArticleDoc, from: number, limit: number): number | undefined {
  for (let k = from; k < limit; k++) if (doc.tokens[k]?.norm === ',') return k;
  return undefined;
}

/** The rest of attributeCue: the speaker, then the content; `took` hears where each statement's words start. */
function attributeCueContent(ctx: Context, cue: Cue, sentence: number, phrase: SubjectPhrase | undefined, took: (start: number) => void): void {
  const { doc } = ctx;
  const named = cue.form.kind === 'participle' ? undefined : namedSpeaker(ctx, cue, phrase);
  // نقلت الوكالة عن فلان قوله إن …: whom the subject relays speaks, and the content follows قوله.
  const relayed = cue.form.relays ? relayedSpeaker(ctx, cue, named, sentence) : undefined;
  const resolved = relayed ? { keys: relayed.keys, rule: relayed.rule ?? 'relayed' } : resolveSpeakers(ctx, cue, named, sentence);
  const speakers = [...resolved.keys];
  // A named subject with an aside after it (قال فلان، وزير …، والذي يعتبر …، إن): the content opens after the aside, and cues inside it are no speech acts.
  const aside = relayed === undefined && named?.after !== undefined && doc.tokens[named.after]?.norm === ',' ? contentOpener(doc, cue, ctx.cues, ctx.quotes, ctx.resources, named.after, named.after) : undefined;
  if (aside !== undefined) for (const c of ctx.cues) if (c.tokenStart > cue.tokenStart && c.tokenStart < aside) ctx.claimed.add(c.tokenStart);
  // A title with no name after the verb (وأعلن المتحدث باسم الوزارة أن …) is its subject even
  // when the speaker is carried over: the content opens after it.
  // (A quotation right after the title is the name in marks, not the content: الرئيسة "فلانة" إنها ….)
  const titledSubject = named === undefined && phrase !== undefined && doc.tokens[phrase.opener]?.kind !== 'quote' && ctx.resources.lexicons.titles.matchAt(doc.tokens, phrase.start, { max: 4, definite: true }) !== undefined ? phrase.opener : undefined;
  const from = relayed?.after ?? aside ?? named?.after ?? titledSubject ?? cue.tokenEnd;
  const limit = Math.min(doc.sentences[sentence]?.endToken ?? doc.tokens.length, Math.max(from, phrase?.opener ?? 0) + MAX_CUE_TO_CONTENT, nextCueStart(ctx, cue, aside ?? phrase?.opener));
  const add = (mode: SpeechMode, span: [number, number] | undefined): void => {
    if (!span) return;
    ctx.statements.push({ content: { start: span[0], end: span[1] }, mode, cue: { start: cue.start, end: cue.end }, speakers, speakerMention: named?.mention, sentence, rule: ruleOf(resolved.rule, cue, mode) });
    took(span[0]);
    // قال "…" و"…": quotations joined by و after one verb are each a direct quote of its speaker.
    if (mode === 'direct') for (const joined of joinedQuotations(ctx, span[1])) ctx.statements.push({ content: { start: joined.start, end: joined.end }, mode, cue: { start: cue.start, end: cue.end }, speakers, speakerMention: named?.mention, sentence, rule: ruleOf(resolved.rule, cue, mode) });
  };
  const sentenceEnd = doc.sentences[sentence]?.endToken ?? doc.tokens.length;
  // Commas and a time word may stand between the speaker and what introduces the content
  // (وأشار فلان، إلى … / فلان وفلان، الأربعاء، على …).
  let opening = from;
  while (opening < limit && (isAdverbial(doc.tokens[opening] as Token, cue, ctx.resources) || isTimeAfterDemonstrative(doc, opening, ctx.resources))) opening++;
  for (let k = from; k < limit; k++) {
    const token = doc.tokens[k] as Token;
    const quote = quoteOpeningAt(ctx.quotes, k);
    if (token.norm === ':') {
      const after = quoteOpeningAt(ctx.quotes, k + 1);
      if (after && endsClause(doc, after.close + 1, sentence)) add('direct', [after.start, after.end]);
      else if (cue.form.kind !== 'masdar' || k + 1 < limit) add('direct', contentSpan(doc, k + 1, sentenceEnd));
      return;
    }
    // A quotation right after the speaker, after an adverbial set off by commas (وأضاف، فيما يتعلق …، "…"),
    // or closing the sentence after a description of the speaker (وقال فلان وهو موظف … «…»).
    // (a misplaced closing mark may leave a word or two after it: the last quotation of the sentence counts too)
    const closesSentence = quote !== undefined && (endsSentence(doc, quote.close + 1, sentence) || lastQuotation(ctx, quote, sentence));
    if (quote && (k - from <= 1 || closesSentence || (doc.tokens[k - 1]?.norm === ',' && endsClause(doc, quote.close + 1, sentence)))) return add('direct', [quote.start, quote.end]);
    // وصفه بـ"…": the words quoted after ب are the description, a partial quote.
    const described = quoteOpeningAt(ctx.quotes, k + 1);
    if (token.norm === 'ب' && described && cue.form.complements.includes('بان')) return add('partial', [described.start, described.end]);
    const complementizer = complementizerAt(token, ctx.resources);
    // دون أن يقدم دليلا، بعد أن التقى …: an adverbial clause, stepped over.
    const subordinated = complementizer === 'standalone' && ctx.resources.lexicons.subordinators.has(stripConjunction(doc.tokens[k - 1]?.norm ?? ''));
    if (subordinated) {
      // Set off by commas (، دون أن يقدم دليلا،), the aside is stepped over whole: what the verb
      // takes may follow it (بوقف التحقيق).
      const close = doc.tokens[k - 2]?.norm === ',' ? nextCommaBefore(doc, k + 1, limit) : undefined;
      if (close !== undefined) {
        k = close;
        opening = close + 1;
      }
      continue;
    }
    if (complementizer) {
      const start = complementizer === 'standalone' ? k + 1 : k;
      const opening = quoteOpeningAt(ctx.quotes, start) ?? (complementizer === 'suffixed' ? quoteOpeningAt(ctx.quotes, k + 1) : undefined);
      // إلى أن "…"، التي …: a quotation a relative clause describes is a noun of the content (a name in marks), not all of it.
      if (opening && endsClause(doc, opening.close + 1, sentence) && !describedByRelative(ctx, opening.close + 1)) return add(describes(token) ? 'partial' : 'direct', [opening.start, opening.end]);
      return addReported(ctx, start, add);
    }
    // A source phrase inside the verb's clause: على لسان X names who spoke for the subject (وقالت
    // الحكومة، على لسان وزير …، إنها); وفقا لما نقلته وكالة … only reports, and is stepped over.
    const source = cueAt(ctx.cues, k)?.form.kind === 'source' ? cueAt(ctx.cues, k) : undefined;
    if (source) {
      const spokesman = explicitSpeaker(doc, source, ctx.resources, ctx.entities) ?? describedSpeaker(doc, source, ctx.resources, ctx.entities);
      const voice = ctx.resources.lexicons.voiceSources.has(ctx.resources.normalizer.normalize(cue.form.lemma)) || ctx.resources.lexicons.voiceSources.has(ctx.resources.normalizer.normalize(source.form.lemma));
      if (spokesman?.after !== undefined) {
        if (voice && named) speakers.push(...spokesman.keys.filter((key) => !speakers.includes(key)));
        k = spokesman.after - 1;
        continue;
      }
    }
    // Words inside a quotation further on are not what introduces the content.
    if (quote) k = quote.close;
    // ب written on the content's first word (أشاد بقيادة …), also after an object (تعهد للناخبين بالمضي …).
    if ((k === opening || (cue.form.kind !== 'masdar' && objectWords(doc, opening, k) <= MAX_OBJECT_WORDS)) && cue.form.complements.includes('ب') && token.norm.startsWith('ب') && token.norm.length > 3 && !inName(doc, k) && !complementizerAt(token, ctx.resources)) {
      return addReported(ctx, k, add, rawOffsetAfter(token, 1, ctx.resources.normalizer.isDeleted));
    }
    // The preposition may follow an object or an adjective (حث مقاتليه على …، المجلس الفلاني الدولي إلى …).
    if (objectWords(doc, opening, k) <= MAX_OBJECT_WORDS && cue.form.kind !== 'masdar' && isWord(token) && cue.form.complements.includes(token.norm)) {
      if (complementizerAt(doc.tokens[k + 1], ctx.resources)) continue;
      return addReported(ctx, k + 1, add);
    }
    // اتهم فلانا بـ…: a verb that takes both an object and ب reports what follows ب, the object is whom it concerns.
    // أعلنت مرارا أنها …: an adverb in the accusative is no object; what introduces the content follows it.
    if (k === opening && isAccusativeAdverb(doc, k)) {
      opening++;
      continue;
    }
    // أعلن فلان الفلاني الخميس أن …: definite words right before أن (a day, the rest of a name) are
    // no object; the content is what أن introduces.
    if (k === opening && complementizerAfterDefinites(ctx, k)) continue;
    // لم تؤكد الحكومة هذا العرض: a negated verb with only an object says nothing.
    if (k === opening && cue.form.kind !== 'masdar' && cue.form.complements.includes('NP') && !isNegated(doc, cue) && (token.kind === 'word' || token.kind === 'latin' || token.kind === 'number') && !ctx.resources.lexicons.functionWords.has(token.norm) && !(cue.form.complements.includes('ب') && prefixedWithin(doc, ctx.resources, k + 1, limit, 'ب'))) {
      return addReported(ctx, k, add);
    }
  }
  // Nothing introduced the content, but the speaker is followed by a comma: the rest is reported (وتابع الرئيس، لكن …).
  // (Not a title after it: that is an apposition to the name, and the verb then took an object: تابع فلان، وزير …، الحفل.)
  if (named && doc.tokens[from]?.norm === ',' && cue.form.kind === 'verb' && !ctx.resources.lexicons.titles.matchAt(doc.tokens, from + 1, { max: 4, definite: true })) return addReported(ctx, from + 1, add);
  // مؤكدا. أن …: a stray full stop between the cue and its complementizer does not end the speech act.
  const stop = doc.tokens[from];
  if (stop?.norm === '.' && from === (doc.sentences[sentence]?.endToken ?? 0) - 1 && complementizerAt(doc.tokens[from + 1], ctx.resources) === 'standalone') return addReported(ctx, from + 2, add);
  // A headline reports speech with no marker at all: فلان يقول فقدنا ثلث مقاعدنا.
  if (cue.form.kind === 'verb' && doc.blocks[doc.sentences[sentence]?.block ?? -1]?.kind === 'title' && isWord(doc.tokens[opening])) {
    const end = clauseEnd(doc, opening, ctx.cues, ctx.resources.lexicons.relativePronouns);
    add('direct', contentSpan(doc, opening, end));
  }
}

/**
 * Reported content from `start` to the clause end: one speech act, one statement. Quoted words
 * inside it make it a partial quote whose content is the quotation (the longest, when there are
 * several); a quoted name (حزب "كذا") is no quotation of speech.
 */
function addReported(ctx: Context, start: number, add: (mode: SpeechMode, span: [number, number] | undefined) => void, startOffset?: number): void {
  if (start >= ctx.doc.tokens.length) return;
  const end = clauseEnd(ctx.doc, start, ctx.cues, ctx.resources.lexicons.relativePronouns);
  const whole = contentSpan(ctx.doc, start, end);
  const span: [number, number] | undefined = whole && startOffset !== undefined ? [startOffset, whole[1]] : whole;
  if (!span) return;
  // Quotations after a speech act nested in the content, in a relative clause or joined by و
  // (… الذين أكد أنهم "…"، وقال: "…"), are that act's words, not this one's.
  const nested = nestedSpeechAct(ctx, start, end);
  if (nested === start) return;
  const longest = longestSpeechQuote(ctx, span, nested);
  if (longest) add('partial', [longest.start, longest.end]);
  else add('indirect', span);
}


/**
 * The longest quotation of speech inside a reported span, the content of a partial quote: no quoted
 * name (حزب "كذا"), and none after `nestedAt`, where a speech act of its own took over.
 */
function longestSpeechQuote(ctx: Context, span: readonly [number, number], nestedAt?: number): QuoteSpan | undefined {
  const quoted = quotesWithin(ctx.quotes, span[0], span[1]).filter((q) => !isQuotedName(ctx.doc, ctx.resources, q) && !(nestedAt !== undefined && nestedAt < q.open));
  return quoted.reduce<QuoteSpan | undefined>((best, q) => (!best || q.close - q.open > best.close - best.open ? q : best), undefined);
}

/**
 * The token where a speech verb of its own opens inside tokens [from, to): after a relative pronoun
 * (الذي قال، التي تعتبرها), joined by و/ف (وقال), after لكن (لكنها قالت), or with a resumptive pronoun
 * (تصريحات قال فيها). Undefined when there is none.
 */
function nestedSpeechAct(ctx: Context, from: number, to: number): number | undefined {
  const { doc, resources } = ctx;
  for (let c = firstCueFrom(ctx.cues, from); c < ctx.cues.length && (ctx.cues[c] as Cue).tokenStart < to; c++) {
    const cue = ctx.cues[c] as Cue;
    if (cue.form.kind !== 'verb') continue;
    const before = doc.tokens[cue.tokenStart - 1];
    const opensClause = isWord(before) && (resources.lexicons.relativePronouns.has(stripConjunction(before.norm)) || /^[وف]?لكن(ه|ها|هم)?$/.test(before.norm));
    // A verb with a resumptive pronoun (تصريحات … قال فيها) reports the words of the statement noun it describes.
    if (isJoinedByConjunction(doc, cue) || opensClause || hasResumptivePronoun(doc, cue, resources)) return cue.tokenStart;
  }
  return undefined;
}

/**
 * The subject of a participle's sentence when no statement precedes it there (وكان الوزير فلان رد
 * على … قائلا): the first person named in the sentence who is not the object of a preposition.
 */
function sentenceSubject(ctx: Context, cue: Cue, sentence: number, accepts: (entity: Entity) => boolean = (e) => e.type === 'Person'): string | undefined {
  const { doc } = ctx;
  return firstOf(doc, mentionsInSentence(doc, sentence), (m) => {
    const token = doc.tokens[m.tokenStart] as Token;
    const first = m.title ? firstTokenEndingAfter(doc.tokens, m.title.start) : m.tokenStart;
    const before = doc.tokens[first - 1];
    const own = doc.tokens[first] as Token;
    // A preposition before it governs it; a conjunction that opens the clause (لكن، كما) does not.
    const governed = prepositionOnName(own, m.title?.start ?? m.start) || (before !== undefined && before.sentence === sentence && ctx.resources.lexicons.functionWords.has(before.norm) && !ctx.resources.lexicons.clauseOpeners.has(before.norm));
    const entity = ctx.entities.get(m.entity);
    return token.sentence === sentence && m.end <= cue.start && entity !== undefined && accepts(entity) && !entity.unnamed && !governed;
  })?.entity;
}

/**
 * وأشادت الوزارة بـ …، لكنها قالت إن …: a subject pronoun on لكن before the verb points back to
 * the subject of the sentence, a person or a body, whose gender it agrees with (ه a man or a body,
 * ها a woman, a body or a country).
 */
function pronounSubject(ctx: Context, cue: Cue, sentence: number): string | undefined {
  const before = ctx.doc.tokens[cue.tokenStart - 1];
  const pronoun = before?.sentence === sentence ? /^و?لكن(ه|ها)$/.exec(before.norm)?.[1] : undefined;
  if (!pronoun) return undefined;
  return sentenceSubject(ctx, cue, sentence, (e) => (pronoun === 'ه' ? (e.type === 'Person' && e.gender !== 'f') || e.type === 'Organization' : e.type === 'Person' ? e.gender === 'f' : true));
}

/** Per list of cues: the answer of earlierCueSubject at each cue position asked so far. */
const earlierSubjects = new WeakMap<readonly Cue[], Map<number, string[] | undefined>>();

function earlierCueSubject(ctx: Context, cue: Cue, sentence: number): string[] | undefined {
  const { doc } = ctx;
  // A cue's answer is its predecessor's unless that one is a verb with a subject of its own: each
  // position is answered once, so a sentence of many such verbs is read in one pass, not one per verb.
  const known = earlierSubjects.get(ctx.cues) ?? new Map<number, string[] | undefined>();
  earlierSubjects.set(ctx.cues, known);
  const asked: number[] = [];
  let answer: string[] | undefined;
  for (let c = cuePosition(ctx.cues, cue) - 1; ; c--) {
    if (known.has(c + 1)) {
      answer = known.get(c + 1);
      break;
    }
    asked.push(c + 1);
    const earlier = ctx.cues[c];
    if (!earlier || doc.tokens[earlier.tokenStart]?.sentence !== sentence) break;
    if (earlier.form.kind !== 'verb') continue;
    // Only a subject after the verb: a name before it may be what a preposition governs (في شمال البلد كتب …).
    // attributeCue has read this verb already, so any unnamed source explicitSpeaker makes is known.
    const named = explicitSpeaker(doc, earlier, ctx.resources, ctx.entities) ?? describedSpeaker(doc, earlier, ctx.resources, ctx.entities);
    if (named && named.keys.length > 0) {
      answer = named.keys;
      break;
    }
  }
  for (const position of asked) known.set(position, answer);
  return answer;
}

/**
 * The speaker the verb's own clause names: after it, before it, described before its name, or
 * read from its subject phrase — with the reading that found it, whose precision the confidence
 * table gives.
 */
function namedSpeaker(ctx: Context, cue: Cue, phrase: SubjectPhrase | undefined): Speaker | undefined {
  const { doc, resources, entities } = ctx;
  const withRule = (speaker: Speaker | undefined, rule: string): Speaker | undefined => speaker && { ...speaker, rule: speaker.keys.some((k) => entities.get(k)?.unnamed) ? `${rule}-unnamed` : rule };
  // A verb that agrees in number (قالوا، يطالبون، أكدا) has its subject in it: a verb before its
  // subject stays singular (قال المسؤولون), so the noun after this one is its object (طالبوا الحكومة بـ …).
  const marked = cue.form.kind === 'verb' && (cue.form.agreement === 'plural' || cue.form.agreement === 'dual');
  const explicit = marked ? undefined : explicitSpeaker(doc, cue, resources, entities);
  if (explicit && isObjectOfJoinedVerb(ctx, cue, explicit)) return undefined;
  if (marked) return withRule(precedingSpeaker(doc, cue, resources, entities), 'preceding') ?? anteposedSubject(doc, cue, resources);
  return (
    withRule(explicit, 'subject') ??
    withRule(precedingSpeaker(doc, cue, resources, entities), 'preceding') ??
    withRule(describedSpeaker(doc, cue, resources, entities), 'described') ??
    anteposedSubject(doc, cue, resources) ??
    (phrase && phraseSpeaker(doc, cue, phrase, resources, entities))
  );
}

/**
 * وأوضح أن …، واتهم الجماعة بأنها …: a verb that takes an object, joined by و or ف to an earlier
 * speech verb of its sentence, has that object right before its preposition or complementizer;
 * its subject is the earlier verb's. (With a subject of its own the object follows it: واتهمت
 * فلانة فلانا بـ …, and the name is then not right before the preposition.)
 */
function isObjectOfJoinedVerb(ctx: Context, cue: Cue, speaker: Speaker): boolean {
  const { doc } = ctx;
  if (!cue.form.takesObject || speaker.after === undefined || !isJoinedByConjunction(doc, cue)) return false;
  if (!cueEarlierInSentence(doc, ctx.cues, cue, 'verb')) return false;
  const next = doc.tokens[speaker.after];
  if (!isWord(next)) return false;
  return complementizerAt(next, ctx.resources) !== undefined || cue.form.complements.some((c) => next.norm === c || (c === 'ب' ? /^ب[^ا]/.test(next.norm) : c.length >= 3 && next.norm.startsWith(c)));
}

/** The cue's verb carries و or ف (واتهم، فقال): it is joined to what came before. */
function isJoinedByConjunction(doc: ArticleDoc, cue: Cue): boolean {
  const verb = doc.tokens[cue.tokenStart] as Token;
  return cue.start > verb.start && /^[وف]/.test(verb.norm);
}

/** The speaker keys and the reading that found them (see namedSpeaker for the verb's own clause). */
function resolveSpeakers(ctx: Context, cue: Cue, named: Speaker | undefined, sentence: number): { keys: string[]; rule: string } {
  if (named && named.keys.length > 0) return { keys: named.keys, rule: named.rule ?? 'subject' };
  if (named) {
    // البلدان، الدولتان: the two countries named last before the verb; الزعيمان and the like: two persons.
    const countries = named.mention && isDualOfCountry(ctx.doc.text.slice(named.mention.start, named.mention.end)) ? lastTwoCountries(ctx, cue) : undefined;
    return { keys: countries ?? jointSpeakers(ctx.statements, ctx.doc, ctx.entities), rule: 'joint' };
  }
  // تصريحاته التي قال فيها …: the statement's owner, before any speaker of the sentence.
  const owner = statementOwner(ctx.doc, cue, ctx.resources, ctx.entities);
  if (owner) return { keys: owner.keys, rule: owner.rule as string };
  const pointed = pronounSubject(ctx, cue, sentence);
  if (pointed) return { keys: [pointed], rule: 'pronoun-subject' };
  // Statements are made cue by cue, in text order: this sentence's come last.
  let governing: Statement | undefined;
  for (let s = ctx.statements.length - 1; s >= 0 && !governing && (ctx.statements[s] as Statement).sentence >= sentence; s--) if ((ctx.statements[s] as Statement).sentence === sentence) governing = ctx.statements[s];
  if (governing) return { keys: governing.speakers, rule: 'same-sentence' };
  // واختتم العطية زيارته …، وقال …: the subject of the sentence said it.
  // A feminine verb or participle agrees with a body as well as with a woman (وردت الوزارة، قائلة …).
  const agreesWith = cue.form.agreement === 'f' ? (e: Entity) => (e.type === 'Person' && e.gender !== 'm') || e.type === 'Organization' : (e: Entity) => e.type === 'Person' && e.gender !== 'f';
  // A country takes a feminine verb too (وتعتمد البلاد … وتقول إن …), when no woman or body could.
  const isCountry = (e: Entity) => e.type === 'Place' && e.classes.includes('Country');
  const subject = cue.form.agreement === 'dual' || cue.form.agreement === 'plural' ? undefined : sentenceSubject(ctx, cue, sentence, agreesWith) ?? (cue.form.agreement === 'f' ? sentenceSubject(ctx, cue, sentence, isCountry) : undefined);
  if (subject) return { keys: [subject], rule: 'sentence-subject' };
  // وحذر بيان للحوثيين السفن …، وحثها على …: a verb joined by و or ف to an earlier speech verb of the
  // sentence shares its subject, though that verb took an object rather than a statement.
  const earlier = isJoinedByConjunction(ctx.doc, cue) ? earlierCueSubject(ctx, cue, sentence) : undefined;
  if (earlier) return { keys: earlier, rule: 'coordinated-verb' };
  const group = cue.form.agreement === 'plural' ? earlierPluralSubject(ctx, cue, sentence) : undefined;
  if (group) return { keys: group.keys, rule: 'plural-subject' };
  return { keys: carriedOverSpeaker(cue, ctx.statements, ctx.entities, ctx.doc), rule: 'carried-over' };
}

/**
 * ورفض مسؤولون في الشرطة تسليم …. وقالوا إن …: a plural verb with no subject of its own speaks
 * for the plural unnamed source that is the subject of the sentence before (its first verb's),
 * when no statement of several speakers came since.
 */
function earlierPluralSubject(ctx: Context, cue: Cue, sentence: number): Speaker | undefined {
  const { doc, resources } = ctx;
  const previous = doc.sentences[sentence - 1];
  if (!previous) return undefined;
  const last = ctx.statements.at(-1);
  if (last && last.sentence >= sentence - 1 && last.speakers.length > 1) return undefined;
  const subject = doc.tokens[previous.firstToken + 1];
  if (!isWord(subject) || !isPlural(stripConjunction(subject.norm))) return undefined;
  const speaker = explicitSpeaker(doc, { ...cue, tokenStart: previous.firstToken, tokenEnd: previous.firstToken + 1 }, resources, ctx.entities);
  return speaker && speaker.keys.length === 1 && ctx.entities.get(speaker.keys[0] as string)?.unnamed ? speaker : undefined;
}

/** A statement's rule: how its speaker was found, the kind of cue, and the mode (subject verb indirect). */
function ruleOf(speakerRule: string, cue: Cue, mode: SpeechMode): string {
  return `${speakerRule} ${cue.form.kind} ${mode}`;
}

/** بحسب / وفقا لـ X: the clause before the cue is what X says. */
function attributeSource(ctx: Context, cue: Cue, sentence: number): void {
  const { doc } = ctx;
  const first = doc.sentences[sentence]?.firstToken ?? 0;
  // على لسان after a verb and its subject belongs to that verb.
  if (cueEarlierInSentence(doc, ctx.cues, cue, 'verb')) return;
  const named = explicitSpeaker(doc, cue, ctx.resources, ctx.entities);
  if (!named || named.keys.length === 0) return;
  let start = cue.tokenStart - 1;
  // Back to the clause's start: over commas too (… في محافظة كذا، وسط البلاد، حسب …), but not over one
  // that a speech verb or a quotation follows, nor over ; or :.
  const stopsAt = (k: number): boolean => {
    const token = doc.tokens[k - 1];
    if (token?.kind !== 'punct') return false;
    // A dateline's dash, a bracket, ; or : end it; a slash between month names does not.
    if (SOURCE_CLAUSE_STOPS.has(token.norm)) return true;
    if (token.norm !== ',') return false;
    return (cueAt(ctx.cues, k) !== undefined || doc.tokens[k]?.kind === 'quote' || quotesWithin(ctx.quotes, (doc.tokens[first] as Token).start, token.start).length > 0 || cueBetween(ctx, first, k));
  };
  while (start > first && !stopsAt(start)) start--;
  const span = contentSpan(doc, Math.max(start, first), cue.tokenStart);
  const push = (mode: SpeechMode, content: [number, number]): void => {
    ctx.statements.push({ content: { start: content[0], end: content[1] }, mode, cue: { start: cue.start, end: cue.end }, speakers: named.keys, speakerMention: named.mention, sentence, rule: ruleOf('source', cue, mode) });
  };
  if (span) return push('indirect', span);
  // وبحسب فلان، فإن …: a source phrase that opens its sentence says what follows it.
  const after = named.after === undefined ? undefined : contentAfterSource(ctx, named.after, sentence);
  // وحسب الوكالة، قال فلان إن …: a speech verb of its own there makes the statement; the source only relays it.
  if (after === undefined || cueAt(ctx.cues, after)?.form.kind === 'verb') return;
  const quote = quoteOpeningAt(ctx.quotes, after);
  if (quote && endsClause(doc, quote.close + 1, sentence)) return push('direct', [quote.start, quote.end]);
  const end = clauseEnd(doc, after, ctx.cues, ctx.resources.lexicons.relativePronouns);
  const reported = contentSpan(doc, after, end);
  if (!reported) return;
  const longest = longestSpeechQuote(ctx, reported);
  push(longest ? 'partial' : 'indirect', longest ? [longest.start, longest.end] : reported);
}

/** How many words may stand between a source's name and the comma that ends its phrase (شبه الرسمية). */
const MAX_SOURCE_TAIL = 3;

/**
 * Where the words a sentence-opening source phrase reports begin: after the comma that closes the
 * phrase, and after فإن there (وبحسب الوكالة، فإن …), or right at فإن. Undefined when neither ends it.
 */
function contentAfterSource(ctx: Context, after: number, sentence: number): number | undefined {
  const { doc, resources } = ctx;
  // فإن opens the content after it, فإنه with it.
  const faInna = (at: number): number | undefined => {
    const token = doc.tokens[at];
    const kind = isWord(token) ? conjoinedComplementizer(token.norm, 'ف', resources.lexicons) : undefined;
    return kind === undefined ? undefined : kind === 'standalone' ? at + 1 : at;
  };
  for (let k = after; k <= after + MAX_SOURCE_TAIL; k++) {
    const token = doc.tokens[k];
    if (!token || token.sentence !== sentence) return undefined;
    const opened = faInna(k);
    if (opened !== undefined) return opened;
    if (token.norm === ',') {
      const next = doc.tokens[k + 1];
      return faInna(k + 1) ?? (next?.sentence === sentence && isWord(next) ? k + 1 : undefined);
    }
    if (!isWord(token)) return undefined;
  }
  return undefined;
}

/** Marks that end the clause a source phrase reports, looking back from it. */
const SOURCE_CLAUSE_STOPS = new Set([';', ':', '—', '–', '(', ')']);

/** A speech cue stands in tokens [from, to). */
function cueBetween(ctx: Context, from: number, to: number): boolean {
  const c = firstCueFrom(ctx.cues, from);
  return c < ctx.cues.length && (ctx.cues[c] as Cue).tokenStart < to;
}

/** Headline style, no verb: فلان: "…" anywhere, and فلان: … in a title or heading. */
function attributeHeadlineQuotes(ctx: Context): void {
  const { doc } = ctx;
  // Words a cue's statement holds already; the headline statements come in text order, each
  // starting before the next colon, so the furthest end of those made so far covers the rest.
  const saidAlready = spanCover(ctx.statements.map((s) => s.content));
  let headlineEnd = -1;
  doc.tokens.forEach((colon, k) => {
    if (colon.norm !== ':') return;
    // The first mention, in list order, ending at the colon or whose title ends there.
    const ending = mentionsEndingAt(doc, k)[0] ?? Infinity;
    const titled = mentionsWithTitleEndingAt(doc, colon.start).find((p) => (doc.mentions[p]?.start ?? -1) >= (doc.mentions[p]?.title?.start ?? Infinity)) ?? Infinity;
    const mention = doc.mentions[Math.min(ending, titled)];
    if (!mention || ctx.entities.get(mention.entity)?.type === 'Place') return;
    const sentence = colon.sentence;
    const quote = quoteOpeningAt(ctx.quotes, k + 1);
    const headline = doc.blocks[doc.sentences[sentence]?.block ?? -1]?.kind !== 'paragraph';
    const span: [number, number] | undefined = quote && endsClause(doc, quote.close + 1, sentence) ? [quote.start, quote.end] : headline ? contentSpan(doc, k + 1, doc.sentences[sentence]?.endToken ?? doc.tokens.length) : undefined;
    if (!span || saidAlready(span[0]) || span[0] < headlineEnd) return;
    headlineEnd = Math.max(headlineEnd, span[1]);
    ctx.statements.push({ content: { start: span[0], end: span[1] }, mode: 'direct', cue: { start: colon.start, end: colon.end }, speakers: [mention.entity], speakerMention: { start: mention.title?.start ?? mention.start, end: mention.end }, sentence, rule: headline ? 'headline colon direct' : 'name colon direct' });
  });
}

/** Where the next speech act begins (after `from`, when the subject's asides reach that far): masdars and source phrases inside a clause do not end it. */
function nextCueStart(ctx: Context, cue: Cue, from = cue.tokenEnd): number {
  return nextSpeechCueFrom(ctx.cues, Math.max(from, cue.tokenEnd)) ?? ctx.doc.tokens.length;
}

function isAdverbial(token: Token, cue: Cue, resources: Resources): boolean {
  if (token.norm === ',') return true;
  return isWord(token) && resources.lexicons.functionWords.has(token.norm) && !cue.form.complements.includes(token.norm) && !complementizerAt(token, resources);
}

/** A noun of time after a demonstrative (هذه السنة، هذا الأسبوع): an adverbial, not the verb's object. */
function isTimeAfterDemonstrative(doc: ArticleDoc, k: number, resources: Resources): boolean {
  const token = doc.tokens[k];
  return isWord(token) && resources.lexicons.timeNouns.has(token.norm) && resources.lexicons.demonstratives.has(doc.tokens[k - 1]?.norm ?? '');
}

/** The sentence's last quotation, long enough to be speech, with no complementizer after it. */
function lastQuotation(ctx: Context, quote: QuoteSpan, sentence: number): boolean {
  const { doc } = ctx;
  const end = doc.sentences[sentence]?.endToken ?? doc.tokens.length;
  if (quote.close - quote.open - 1 < MIN_QUOTED_SPEECH_WORDS || (quoteAfter(ctx.quotes, quote)?.open ?? Infinity) < end) return false;
  return nextComplementizerFrom(doc.tokens, quote.close + 1, ctx.resources) >= end;
}

/** بأن، بأنه: what follows describes the object (وصفه بأنه "…"), a partial quote even when wholly quoted. */
function describes(complementizer: Token): boolean {
  return complementizer.norm.startsWith('بان');
}

/** Whether a word written with the preposition `preposition` (بإرسال، بالقرار) follows within an object's reach of token `from`. */
function prefixedWithin(doc: ArticleDoc, resources: Resources, from: number, limit: number, preposition: string): boolean {
  for (let k = from; k < Math.min(limit, from + MAX_OBJECT_WORDS + 2); k++) {
    const token = doc.tokens[k];
    const norm = token?.norm ?? '';
    if (!isWord(token)) {
      if (norm !== '(' && norm !== ')') return false;
    } else if (norm.length > 3 && norm.startsWith(preposition) && !complementizerAt(token, resources) && !inName(doc, k)) return true;
  }
  return false;
}

/** An indefinite accusative (مرارا، رسميا، أيضا) that no name covers: an adverb. */
function isAccusativeAdverb(doc: ArticleDoc, k: number): boolean {
  const token = doc.tokens[k];
  return isWord(token) && token.kind === 'word' && token.norm.length >= 4 && /[^اهن]ا$/.test(token.norm) && !token.norm.startsWith('ال') && !inName(doc, k);
}

/** How many definite words may stand between a verb's subject and its أن (الخميس، اليوم). */
const MAX_DEFINITES_BEFORE_COMPLEMENTIZER = 2;

/** Tokens from k on are one or two definite words, then a standalone complementizer (الخميس أن). */
function complementizerAfterDefinites(ctx: Context, k: number): boolean {
  for (let j = k; j < k + MAX_DEFINITES_BEFORE_COMPLEMENTIZER; j++) {
    const token = ctx.doc.tokens[j];
    if (!isWord(token) || token.kind !== 'word' || !token.norm.startsWith('ال') || complementizerAt(token, ctx.resources)) return false;
    if (complementizerAt(ctx.doc.tokens[j + 1], ctx.resources) === 'standalone') return true;
  }
  return false;
}

/** The verb is planned or expected (من المقرر أن تعلن، يعتزم أن يقول) or only possible (قد + imperfect: قد يكرر). */
function isIrrealis(doc: ArticleDoc, cue: Cue, resources: Resources): boolean {
  const before = doc.tokens[cue.tokenStart - 1]?.norm ?? '';
  const verb = (doc.tokens[cue.tokenStart] as Token).norm;
  if (/^[وف]?قد$/.test(before) && /^[يتن]/.test(stripConjunction(verb))) return true;
  return before === 'ان' && resources.lexicons.plannedFrames.has(stripConjunction(doc.tokens[cue.tokenStart - 2]?.norm ?? ''));
}

/** A dual that means two countries (البلدان، الدولتان، البلدين). */
function isDualOfCountry(word: string): boolean {
  return /^(ال)?(بلد|دولت)(ان|ين)$/.test(word.replace(/^[وف]/, ''));
}

/** The two distinct countries named last before the cue, or undefined when fewer were named. */
function lastTwoCountries(ctx: Context, cue: Cue): string[] | undefined {
  const keys: string[] = [];
  for (let m = ctx.doc.mentions.length - 1; m >= 0 && keys.length < 2; m--) {
    const mention = ctx.doc.mentions[m] as Mention;
    if (mention.end > cue.start) continue;
    const entity = ctx.entities.get(mention.entity);
    if (entity?.type === 'Place' && entity.classes.includes('Country') && !keys.includes(mention.entity)) keys.push(mention.entity);
  }
  return keys.length === 2 ? keys.reverse() : undefined;
}

/** Nothing of its sentence stands before the cue but punctuation: it opens its clause (ويعتقد، …، يتوقع). */
function opensItsClause(doc: ArticleDoc, cue: Cue): boolean {
  const before = doc.tokens[cue.tokenStart - 1];
  return !before || before.sentence !== doc.tokens[cue.tokenStart]?.sentence || before.kind === 'punct';
}

/** The verb is negated: لم، لا، لن (with و or ف) right before it. */
function isNegated(doc: ArticleDoc, cue: Cue): boolean {
  return /^[وف]?(لم|لا|لن)$/.test(doc.tokens[cue.tokenStart - 1]?.norm ?? '');
}

/** A relative pronoun follows at token k, after a comma or not (…"، التي …). */
function describedByRelative(ctx: Context, k: number): boolean {
  const at = ctx.doc.tokens[k]?.norm === ',' ? k + 1 : k;
  const word = ctx.doc.tokens[at];
  return isWord(word) && ctx.resources.lexicons.relativePronouns.has(word.norm);
}

/** Token k begins or ends a recognised name (a name that begins with ب, فلان، is no ب + word). */
function inName(doc: ArticleDoc, k: number): boolean {
  return mentionsStartingAt(doc, k).length > 0 || mentionsEndingAt(doc, k + 1).length > 0;
}

/** How many words stand in tokens [from, to) when all are words or brackets around some (اتهم (فلان) بـ); Infinity otherwise. */
function objectWords(doc: ArticleDoc, from: number, to: number): number {
  let words = 0;
  for (let k = from; k < to; k++) {
    const norm = doc.tokens[k]?.norm;
    if (isWord(doc.tokens[k])) words++;
    else if (norm !== '(' && norm !== ')') return Infinity;
  }
  return words;
}


/** Only closing punctuation between token k and the end of the sentence. */
function endsSentence(doc: ArticleDoc, k: number, sentence: number): boolean {
  for (let i = k; i < doc.tokens.length && doc.tokens[i]?.sentence === sentence; i++) if ((doc.tokens[i] as Token).kind !== 'punct') return false;
  return true;
}

function endsClause(doc: ArticleDoc, k: number, sentence: number): boolean {
  const token = doc.tokens[k];
  return !token || token.sentence !== sentence || token.kind === 'punct';
}
