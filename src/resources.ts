// Everything the pipeline knows about the language and the world, compiled once and shared by every article.
import type { Normalizer } from './normalize/arabic.js';
import type { Lexicons } from './lexicon/lexicons.js';
import type { Gazetteer } from './lexicon/gazetteer.js';
import type { ConfidenceTable } from './quotes/confidence.js';
import type { NerModel } from './ner/model/model.js';

export interface Resources {
  normalizer: Normalizer;
  lexicons: Lexicons;
  gazetteer: Gazetteer;
  /** Each statement rule's precision on the dev set (ontology/confidence.json). */
  confidence: ConfidenceTable;
  /** The trained named-entity tagger's model (ontology/ner/), when there is one. */
  nerModel?: NerModel;
}
