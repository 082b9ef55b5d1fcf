// Everything the pipeline knows about the language and the world, compiled once and shared by every article.
import type { Normalizer } from './normalize/arabic.js';
import type { Lexicons } from './lexicon/lexicons.js';
import type { Gazetteer } from './lexicon/gazetteer.js';
import type { ConfidenceTable } from './quotes/confidence.js';

export interface Resources {
  normalizer: Normalizer;
  lexicons: Lexicons;
  gazetteer: Gazetteer;
  /** Each statement rule's precision on the dev set (ontology/confidence.json). */
  confidence: ConfidenceTable;
}
