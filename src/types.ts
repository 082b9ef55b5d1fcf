// The ArticleDoc that flows through the pipeline, and the spans each stage adds to it.
// All offsets are UTF-16 indices into the raw article text (end exclusive); the graph stage
// converts them to the Unicode code points that NIF requires.

export interface Span {
  start: number;
  end: number;
}

export interface ArticleMeta {
  title?: string;
  url?: string;
  datePublished?: string;
  publisher?: string;
  language?: string;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'latin';

export interface Token extends Span {
  /** The raw surface, exactly as in the text. */
  text: string;
  /** The Arabic normal form (see normalize/), used for every lexicon and gazetteer look-up. */
  norm: string;
  kind: TokenKind;
  /** Index of the sentence this token belongs to. */
  sentence: number;
}

export type BlockKind = 'title' | 'heading' | 'paragraph';

export interface Block extends Span {
  kind: BlockKind;
}

export interface Sentence extends Span {
  block: number;
  /** Index of the first token and one past the last. */
  firstToken: number;
  endToken: number;
}

export type EntityType = 'Person' | 'Place' | 'Organization';

export interface Entity {
  /** A stable key: `gz:<id>` for gazetteer entities, `local:<type>:<normalised name>` for unknown ones. */
  key: string;
  type: EntityType;
  /** schema.org / akh: class local names, most specific first (`City`, `Place`). */
  classes: string[];
  nameAr: string;
  nameEn?: string;
  qid?: string;
  jobTitles: string[];
  /** Entity keys of the places this place lies in directly (gazetteer and text). */
  containedIn: string[];
  gender?: 'm' | 'f';
  /** Gazetteer id of the country a person belongs to (from the gazetteer or a nisba title). */
  nationality?: string;
  /** True for an unnamed source (مصادر، مسؤول لم يكشف عن اسمه). */
  unnamed?: boolean;
  /**
   * The normalised full name (clitics stripped) under which an entity the gazetteer lacks is named
   * across the corpus; absent when the name may belong to several or the article's evidence conflicts.
   */
  nameKey?: string;
  /** True for places present only as the container of a mentioned place. */
  implicit?: boolean;
}

export interface Mention extends Span {
  entity: string;
  tokenStart: number;
  tokenEnd: number;
  /** The title or role that introduced it in the text (الرئيس الفلاني), if any. */
  title?: TitleInfo;
  /** How it was recognised: gazetteer name, title pattern, coreference, … (for debugging). */
  via: 'gazetteer' | 'pattern' | 'title' | 'model' | 'coreference';
}

export interface TitleInfo extends Span {
  group: string;
  gender: 'm' | 'f';
  /** Gazetteer ids of the countries its nisba names (الفلاني → that country). */
  countries: string[];
}

/** A name span before linking, with what it may refer to. */
export interface Candidate extends Span {
  type: EntityType;
  tokenStart: number;
  tokenEnd: number;
  /** Gazetteer ids the name may refer to (empty for names found by pattern). */
  ids: string[];
  /** Normalised name, for names the gazetteer does not know. */
  name?: string;
  placeClass?: string;
  title?: TitleInfo;
  via: 'gazetteer' | 'pattern' | 'title' | 'model';
}

/** A noun naming an event (قمة، مؤتمر صحفي), before events are built. */
export interface TriggerMention extends Span {
  tokenStart: number;
  tokenEnd: number;
  eventClass: string;
  family: string;
  /** Marked definite by the article or a possessive (القمة، زيارته): it may name an event already named. */
  definite: boolean;
  /** A verb (التقى، داهمت), which reports an event rather than naming it. */
  verb: boolean;
}

export type SpeechMode = 'direct' | 'indirect' | 'partial';

export interface Statement {
  content: Span;
  mode: SpeechMode;
  cue: Span;
  /** Entity keys; at least one. */
  speakers: string[];
  /** The mention that names the speaker explicitly, when there is one. */
  speakerMention?: Span;
  occasion?: number;
  sentence: number;
  /** How it was found: the speaker reading, the cue kind and the mode (subject verb indirect). */
  rule?: string;
  /** The dev-set precision of its rule (ontology/confidence.json), 0–1. */
  confidence?: number;
}

/**
 * What a time expression names: a day (a full date, a day and month, a weekday, a day counted from
 * publication) or a time that is no day (a month and year, a year, a month or week before or after).
 */
export type DateKind = 'date' | 'dayMonth' | 'weekday' | 'relative' | 'monthYear' | 'year' | 'period';

/** A time expression in the text (3 مايو 1995، الأحد الماضي، أمس، عام 1961). */
export interface DateMention extends Span {
  tokenStart: number;
  tokenEnd: number;
  kind: DateKind;
  /** The day it names as xsd:date (YYYY-MM-DD), when it names one the text or the date of publication fixes. */
  value?: string;
}

export interface EventMention extends Span {
  event: number;
}

export interface ArticleEvent {
  /** akh: class local name: Summit, PressConference, … */
  eventClass: string;
  family: string;
  name?: Span;
  locations: string[];
  attendees: string[];
  about: string[];
  superEvent?: number;
  /** The day it took place (xsd:date) and the span of the expression that says so. */
  startDate?: Span & { value: string };
  /** Index into doc.eventMentions of its first mention. */
  firstMention: number;
}

export interface ArticleDoc {
  /** File name without extension; the article's IRI is derived from it. */
  id: string;
  source: string;
  text: string;
  meta: ArticleMeta;
  /** Normalised text and, for each of its UTF-16 units, the raw index it came from. */
  norm: string;
  normToRaw: Int32Array;
  blocks: Block[];
  sentences: Sentence[];
  tokens: Token[];
  candidates: Candidate[];
  triggers: TriggerMention[];
  /** Time expressions, in text order. */
  dates: DateMention[];
  entities: Map<string, Entity>;
  mentions: Mention[];
  events: ArticleEvent[];
  eventMentions: EventMention[];
  statements: Statement[];
}
