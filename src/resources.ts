// Everything the pipeline knows about the language and the world, compiled once and shared by every article.
import type { Normalizer } from './normalize/arabic.js';
import type { Lexicons } from './lexicon/lexicons.js';
import type { Gazetteer } from './lexicon/gazetteer.js';

export interface Resources {
  normalizer: Normalizer;
  lexicons: Lexicons;
  gazetteer: Gazetteer;
}
