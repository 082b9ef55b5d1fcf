// Compiles the lexicon JSON files (ontology/lexicon/) into look-up structures.
import type { Normalizer } from '../normalize/arabic.js';
import { PhraseIndex } from './phrase-index.js';
import { wordsOf } from './words.js';
import { compileDateWords, type DateWords, type DateWordsData } from './date-words.js';

export type Agreement = 'm' | 'f' | 'dual' | 'plural' | 'first';
export type CueKind = 'verb' | 'participle' | 'masdar' | 'source' | 'passive';

export interface CueForm {
  lemma: string;
  en: string;
  kind: CueKind;
  agreement?: Agreement;
  complements: string[];
  /** Takes its addressee or target as an object before the content (دعا الناس إلى …). */
  takesObject?: boolean;
  /** Relays another's words (نقلت الوكالة عن فلان قوله إن …): who is quoted speaks, not the subject. */
  relays?: boolean;
  /** An imperfect news mostly writes as a passive (يُعتقد أن): opening its clause before أن, it reports no one. */
  impersonal?: boolean;
}

export interface TitleForm {
  form: string;
  en: string;
  group: string;
  gender: 'm' | 'f';
}

export interface TriggerForm {
  form: string;
  eventClass: string;
  family: string;
  en: string;
  /** A verb reports an event without naming it (التقى، داهمت). */
  verb: boolean;
}

export interface NameHead {
  form: string;
  en: string;
  type: 'Organization' | 'Place';
  placeClass?: string;
  /** Names a body only definite and with its country's nisba (النظام الفلاني), never before a name. */
  nisbaOnly?: boolean;
  /** Also an adjective of the noun before it (السياسة الخارجية): after a definite noun it names nothing. */
  adjectival?: boolean;
  /** Also a verbal noun that takes an object (تنظيم البطولة): names a body only with a name known already. */
  verbalNoun?: boolean;
  /** Definite and alone (الحكومة، الشرطة), with none of its bodies named before, it is the body the article speaks of. */
  standsAlone?: boolean;
  /** Names a medium (قناة، تلفزيون): before a known body, that body's own medium, a body of its own. */
  media?: boolean;
}

interface VerbEntry {
  lemma?: string;
  form?: string;
  en?: string;
  kind?: string;
  m?: string[];
  f?: string[];
  dual?: string[];
  plural?: string[];
  first?: string[];
  participle?: { m?: string[]; f?: string[]; plural?: string[] };
  complement?: string[];
  object?: boolean;
  relays?: boolean;
  impersonal?: boolean;
}

export interface LexiconData {
  speechVerbs: {
    verbs: VerbEntry[];
    phrases?: VerbEntry[];
    sources?: string[];
    passive?: string[];
    complementizers: string[];
    pronounSuffixes: string[];
    unnamedSources: string[];
    dualSubjects: string[];
    anonymityPhrases: string[];
    unnamedSourceAdjectives: string[];
    unnamedQuantifiers: string[];
    statementNouns: string[];
    relayMasdars?: string[];
    voiceSources: string[];
  };
  titles: {
    titles: { form: string; en: string; group: string; gender?: string }[];
    portfolios: { form: string; en: string }[];
    honorifics: string[];
    modifiers: string[];
  };
  eventTriggers: {
    triggers: { form: string; class: string; family: string; en: string; kind?: string }[];
    nameIntroducers: string[];
    relations: Record<string, string[]>;
    placePrepositions: string[];
    destinationPrepositions?: string[];
    partyIntroducers?: string[];
    occasionClauses: string[];
    attendedFamilies: string[];
    patientFamilies?: string[];
    retrospectiveOpeners?: string[];
  };
  functionWords: { words: string[]; verbs?: string[]; clauseOpeners: string[]; relativePronouns: string[]; anteposingVerbs: string[]; demonstratives: string[]; otherAdjectives: string[]; pronounPrepositions: string[]; subordinators?: string[]; prepositions?: string[]; mediumPrepositions?: string[]; timeNouns?: string[]; plannedFrames?: string[] };
  givenNames: { names: string[]; curated?: string[]; compoundPrefixes: string[] };
  commonWords: { words: string[] };
  dates: DateWordsData;
  nameHeads: { organization: { form: string; en: string; nisbaOnly?: boolean; adjectival?: boolean; verbalNoun?: boolean; standsAlone?: boolean; media?: boolean }[]; place: { form: string; en: string; class: string }[]; compassWords?: string[]; personBodies?: string[]; rankAdjectives?: string[] };
}

export interface Lexicons {
  cues: PhraseIndex<CueForm>;
  titles: PhraseIndex<TitleForm>;
  portfolios: PhraseIndex<string>;
  honorifics: PhraseIndex<string>;
  triggers: PhraseIndex<TriggerForm>;
  nameIntroducers: PhraseIndex<string>;
  /** Relation words before an event mention: after (عقب), before, during (خلال). */
  eventRelations: Map<string, string>;
  nameHeads: PhraseIndex<NameHead>;
  /** Points of the compass that take a genitive inside a place name (منطقة شرق المتوسط). */
  compassWords: Set<string>;
  /** Adjectives of rank that stay in a body's name (لجنة الانتخابات العليا). */
  rankAdjectives: Set<string>;
  /** Heads whose genitive may be the person who leads the body (إدارة فلان، حملة فلان). */
  personBodyHeads: Set<string>;
  /** Prepositions that introduce where something happens (في، إلى). */
  placePrepositions: Set<string>;
  /** Prepositions that name where a visit goes (إلى). */
  destinationPrepositions: Set<string>;
  /** Words before a place that make it a party to an encounter, not its venue (محادثات مع دولة كذا، وفد من دولة كذا). */
  partyIntroducers: PhraseIndex<string>;
  /** Words that open a time clause (لدى وصوله): a statement's own occasion, if no event follows. */
  occasionClauses: Set<string>;
  /** Event families whose events persons attend (meeting, trial, interview); the others take organisations. */
  attendedFamilies: Set<string>;
  /** Event families that act on the place named right after them (إغلاق المطار): that place takes part. */
  patientFamilies: Set<string>;
  /** Sentence openers that place what was just said at an event (جاء ذلك خلال مؤتمر صحفي). */
  retrospectiveOpeners: PhraseIndex<string>;
  functionWords: Set<string>;
  /** Words after which a verb still opens its clause (كما قال، ثم أضاف، وقد أكد). */
  clauseOpeners: Set<string>;
  /** Relative pronouns (الذي، التي): a verb after one is in a relative clause. */
  relativePronouns: Set<string>;
  /** Words before أن that make it open an adverbial clause (دون أن، بعد أن), not reported content. */
  subordinators: Set<string>;
  /** Verbs that put a later verb's subject before أن, with ل (سبق لفلان أن قال). */
  anteposingVerbs: Set<string>;
  /** Demonstratives (هذا، تلك): alone as a speech verb's subject, a thing that points, not a speaker. */
  demonstratives: Set<string>;
  /** "another, other" (آخر، أخرى): after an indefinite common noun only, never after a name. */
  otherAdjectives: Set<string>;
  /** A preposition with a pronoun that points back (فيها، خلاله): between a verb and its subject in a relative clause. */
  pronounPrepositions: Set<string>;
  /** Free-standing prepositions (في، أمام، مع): a name after one is what it governs. */
  prepositions: Set<string>;
  /** Prepositions that say where a statement was published (على منصة كذا، عبر قناة): the medium, no owner. */
  mediumPrepositions: Set<string>;
  /** Nouns of time that after a demonstrative make an adverbial (هذه السنة، هذا الأسبوع). */
  timeNouns: Set<string>;
  /** Words before أن that make what follows planned, not done (من المقرر أن، يعتزم أن). */
  plannedFrames: Set<string>;
  /** Function words whose normal form is also a name (على/علي): matched as written, diacritics aside. */
  writtenFunctionWords: Set<string>;
  verbs: Set<string>;
  givenNames: Set<string>;
  /** Words seen often and almost never in a name: a name found by pattern does not include them. */
  commonWords: Set<string>;
  /** First parts of compound names that bind the next word (عبد، أبو، ابن). */
  compoundPrefixes: Set<string>;
  /** Adjectives that may follow a title (العام، الخاص، السابق). */
  titleModifiers: Set<string>;
  /** Complementizers that introduce reported content (أن، إن، بأن), normalised. */
  complementizers: Set<string>;
  /** Pronoun suffixes a complementizer may carry (أنه، إنهم): the content then starts at it. */
  pronounSuffixes: Set<string>;
  /** Nouns for sources the text does not name (مصدر، مسؤولون). */
  unnamedSources: Set<string>;
  /** Subjects that name two parties at once (الجانبان، الطرفان). */
  dualSubjects: Set<string>;
  /** What follows an unnamed source and belongs to it (لم يكشف عن اسمه). */
  anonymityPhrases: PhraseIndex<string>;
  /** Adjectives that qualify an unnamed source (رفيع، مطلع، أمني). */
  unnamedSourceAdjectives: Set<string>;
  /** Counts before an unnamed source (اثنان من السكان). */
  unnamedQuantifiers: Set<string>;
  /** Texts that speak for their author (بيان للحوثيين). */
  statementNouns: Set<string>;
  /** The masdar after a relaying verb's source that opens the words relayed (قوله، قولها). */
  relayMasdars: Set<string>;
  /** Source phrases naming who spoke for the subject (على لسان), normalised. */
  voiceSources: Set<string>;
  /** How the text writes a calendar day (dates.json). */
  dates: DateWords;
}

const AGREEMENTS: Agreement[] = ['m', 'f', 'dual', 'plural', 'first'];

/**
 * The plural imperfect after لم، لن، أن, which the lexicon lists in the indicative: its ن gives
 * way to وا (يقولون → لم يقولوا، أن يؤكدوا). A weak verb's singular jussive (لم ينف) drops a letter
 * and is often written like another word (يدل of يدلي), so the lexicon lists the ones it wants.
 */
export function jussiveForms(form: string): string[] {
  return !form.includes(' ') && /^[يت].{2,}ون$/.test(form) ? [`${form.slice(0, -1)}ا`] : [];
}

export function compileLexicons(data: LexiconData, normalizer: Normalizer): Lexicons {
  const words = (phrase: string): string[] => wordsOf(normalizer, phrase);
  const cues = new PhraseIndex<CueForm>();
  const addVerb = (entry: VerbEntry, phraseKind?: CueKind): void => {
    const lemma = entry.lemma ?? entry.form ?? '';
    const base = { lemma, en: entry.en ?? '', complements: (entry.complement ?? []).map((c) => normalizer.normalize(c)), ...(entry.object ? { takesObject: true } : {}), ...(entry.relays ? { relays: true } : {}) };
    const kind: CueKind = phraseKind ?? 'verb';
    if (kind === 'masdar') cues.add(words(lemma), { ...base, kind });
    for (const agreement of AGREEMENTS) {
      for (const form of entry[agreement] ?? []) {
        const impersonal = entry.impersonal && agreement === 'm' && form.startsWith('ي') ? { impersonal: true } : {};
        for (const written of [form, ...jussiveForms(form)]) cues.add(words(written), { ...base, kind, agreement, ...impersonal });
      }
    }
    const participle = entry.participle ?? {};
    for (const agreement of ['m', 'f', 'plural'] as const) {
      for (const form of participle[agreement] ?? []) cues.add(words(form), { ...base, kind: 'participle', agreement });
    }
  };
  for (const verb of data.speechVerbs.verbs) addVerb(verb);
  for (const phrase of data.speechVerbs.phrases ?? []) addVerb(phrase, phrase.kind === 'masdar' ? 'masdar' : 'verb');
  for (const source of data.speechVerbs.sources ?? []) cues.add(words(source), { lemma: source, en: 'according to', kind: 'source', complements: [] });
  for (const passive of data.speechVerbs.passive ?? []) cues.add(words(passive), { lemma: passive, en: 'it is said', kind: 'passive', complements: [] });

  const titles = new PhraseIndex<TitleForm>();
  for (const title of data.titles.titles) titles.add(words(title.form), { ...title, gender: title.gender === 'f' ? 'f' : 'm' });
  const portfolios = new PhraseIndex<string>();
  for (const portfolio of data.titles.portfolios) portfolios.add(words(portfolio.form), portfolio.en);
  const honorifics = new PhraseIndex<string>();
  for (const honorific of data.titles.honorifics) honorifics.add(words(honorific), honorific);

  const triggers = new PhraseIndex<TriggerForm>();
  for (const t of data.eventTriggers.triggers) triggers.add(words(t.form), { form: t.form, eventClass: t.class, family: t.family, en: t.en, verb: t.kind === 'verb' });
  const nameIntroducers = new PhraseIndex<string>();
  for (const phrase of data.eventTriggers.nameIntroducers) nameIntroducers.add(words(phrase), phrase);
  const partyIntroducers = new PhraseIndex<string>();
  for (const phrase of data.eventTriggers.partyIntroducers ?? []) partyIntroducers.add(words(phrase), phrase);
  const retrospectiveOpeners = new PhraseIndex<string>();
  for (const phrase of data.eventTriggers.retrospectiveOpeners ?? []) retrospectiveOpeners.add(words(phrase), phrase);
  const eventRelations = new Map<string, string>();
  for (const [relation, forms] of Object.entries(data.eventTriggers.relations)) {
    for (const form of forms) eventRelations.set(normalizer.normalize(form), relation);
  }

  const anonymityPhrases = new PhraseIndex<string>();
  for (const phrase of data.speechVerbs.anonymityPhrases) anonymityPhrases.add(words(phrase), phrase);

  const nameHeads = new PhraseIndex<NameHead>();
  for (const head of data.nameHeads.organization) nameHeads.add(words(head.form), { ...head, type: 'Organization' });
  for (const head of data.nameHeads.place) nameHeads.add(words(head.form), { form: head.form, en: head.en, type: 'Place', placeClass: head.class });

  const normSet = (list: string[] = []): Set<string> => new Set(list.map((w) => normalizer.normalize(w)).filter((w) => !w.includes(' ')));
  const givenNames = normSet([...data.givenNames.names, ...(data.givenNames.curated ?? [])]);
  const functionWords = normSet(data.functionWords.words);
  const writtenFunctionWords = new Set(data.functionWords.words.filter((w) => givenNames.has(normalizer.normalize(w))));
  for (const word of functionWords) if (givenNames.has(word)) functionWords.delete(word);
  return {
    cues,
    titles,
    portfolios,
    honorifics,
    triggers,
    nameIntroducers,
    eventRelations,
    nameHeads,
    placePrepositions: normSet(data.eventTriggers.placePrepositions),
    destinationPrepositions: normSet(data.eventTriggers.destinationPrepositions),
    partyIntroducers,
    occasionClauses: normSet(data.eventTriggers.occasionClauses),
    attendedFamilies: new Set(data.eventTriggers.attendedFamilies),
    patientFamilies: new Set(data.eventTriggers.patientFamilies ?? []),
    retrospectiveOpeners,
    functionWords,
    clauseOpeners: normSet(data.functionWords.clauseOpeners),
    relativePronouns: normSet(data.functionWords.relativePronouns),
    subordinators: normSet(data.functionWords.subordinators ?? []),
    anteposingVerbs: normSet(data.functionWords.anteposingVerbs),
    demonstratives: normSet(data.functionWords.demonstratives),
    otherAdjectives: normSet(data.functionWords.otherAdjectives),
    pronounPrepositions: normSet(data.functionWords.pronounPrepositions),
    prepositions: normSet(data.functionWords.prepositions ?? []),
    mediumPrepositions: normSet(data.functionWords.mediumPrepositions ?? []),
    timeNouns: normSet(data.functionWords.timeNouns ?? []),
    plannedFrames: normSet(data.functionWords.plannedFrames ?? []),
    writtenFunctionWords,
    verbs: normSet(data.functionWords.verbs),
    givenNames,
    commonWords: new Set([...normSet(data.commonWords.words)].filter((w) => !givenNames.has(w))),
    compoundPrefixes: normSet(data.givenNames.compoundPrefixes),
    titleModifiers: normSet(data.titles.modifiers),
    complementizers: normSet(data.speechVerbs.complementizers),
    pronounSuffixes: normSet(data.speechVerbs.pronounSuffixes),
    unnamedSources: normSet(data.speechVerbs.unnamedSources),
    dualSubjects: normSet(data.speechVerbs.dualSubjects),
    anonymityPhrases,
    unnamedSourceAdjectives: normSet(data.speechVerbs.unnamedSourceAdjectives),
    unnamedQuantifiers: normSet(data.speechVerbs.unnamedQuantifiers),
    statementNouns: normSet(data.speechVerbs.statementNouns),
    relayMasdars: normSet(data.speechVerbs.relayMasdars ?? []),
    compassWords: normSet(data.nameHeads.compassWords ?? []),
    rankAdjectives: normSet(data.nameHeads.rankAdjectives ?? []),
    personBodyHeads: normSet(data.nameHeads.personBodies ?? []),
    voiceSources: new Set(data.speechVerbs.voiceSources.map((w) => normalizer.normalize(w))),
    dates: compileDateWords(data.dates, normalizer),
  };
}
