// Everything the pipeline knows about the language and the world, compiled once and shared by every article.
import type { Normalizer } from './normalize/arabic.js';
import type { Lexicons } from './lexicon/lexicons.js';
import type { Gazetteer } from './lexicon/gazetteer.js';
import type { ConfidenceTable } from './quotes/confidence.js';
import type { NameScope } from './link/name-scope.js';
import type { NerModel } from './ner/model/model.js';
import type { EntityType } from './types.js';

export interface Resources {
  normalizer: Normalizer;
  lexicons: Lexicons;
  gazetteer: Gazetteer;
  /** Each statement rule's precision on the dev set (ontology/confidence.json). */
  confidence: ConfidenceTable;
  /** When an unlinked person or organisation is named across the corpus (ontology/lexicon/name-scope.json). */
  nameScope: NameScope;
  /** The trained named-entity tagger's model (ontology/ner/), when there is one. */
  nerModel?: NerModel;
  /** The types whose names the tagger proposes beside the rules' (default: DEFAULT_NER_NAMES). */
  nerNames?: readonly EntityType[];
}
