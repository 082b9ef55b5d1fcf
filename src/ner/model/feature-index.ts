// A model's features as a tagger looks them up: by their spelling, and word pairs by the numbers
// of their two words, so that the pairs of a text (most of them never seen in training) cost two
// map look-ups on strings that already exist and build no string.
import { PAIR_TEMPLATES, type PairTemplate } from './features.js';

interface PairTable {
  left: Map<string, number>;
  right: Map<string, number>;
  /** left number × 2^21 + right number → feature id. */
  ids: Map<number, number>;
}

const RIGHT_RANGE = 2 ** 21;

export class FeatureIndex {
  readonly byName: Map<string, number>;
  /**
   * Word features by template, then value: a word's features are looked up by the strings it
   * already holds (the word, its stem, its affixes), with no `template=value` string built.
   */
  private readonly byTemplate = new Map<string, Map<string, number>>();
  /** The stems that document features (dl=, dr=) hold. */
  readonly documentStems = new Set<string>();
  private readonly pairs = new Map<PairTemplate, PairTable>();

  constructor(features: readonly string[]) {
    this.byName = new Map(features.map((feature, id) => [feature, id]));
    for (const template of PAIR_TEMPLATES) this.pairs.set(template, { left: new Map(), right: new Map(), ids: new Map() });
    features.forEach((feature, id) => {
      const equals = feature.indexOf('=');
      const template = feature.slice(0, equals);
      const rest = feature.slice(equals + 1);
      if (template === 'dl' || template === 'dr') this.documentStems.add(rest);
      const table = this.pairs.get(template as PairTemplate);
      if (!table) {
        let values = this.byTemplate.get(template);
        if (!values) this.byTemplate.set(template, (values = new Map()));
        values.set(rest, id);
        return;
      }
      // A word may hold | itself: every split is entered, and only the true one is ever asked for.
      for (let j = rest.indexOf('|'); j >= 0; j = rest.indexOf('|', j + 1)) {
        table.ids.set(numberOf(table.left, rest.slice(0, j)) * RIGHT_RANGE + numberOf(table.right, rest.slice(j + 1)), id);
      }
    });
  }

  /** The id of the feature `template=value`, or undefined when the model has none. */
  idOf(template: string, value: string): number | undefined {
    return this.byTemplate.get(template)?.get(value);
  }

  /** The number of a left (or right) part of a template's pairs, -1 when no pair holds it. */
  partNumber(template: PairTemplate, side: 'left' | 'right', part: string): number {
    return (this.pairs.get(template) as PairTable)[side].get(part) ?? -1;
  }

  /** The id of the pair of two part numbers, or undefined when the model has no such feature. */
  pairOfNumbers(template: PairTemplate, left: number, right: number): number | undefined {
    return left < 0 || right < 0 ? undefined : (this.pairs.get(template) as PairTable).ids.get(left * RIGHT_RANGE + right);
  }
}

function numberOf(numbers: Map<string, number>, word: string): number {
  let n = numbers.get(word);
  if (n === undefined) numbers.set(word, (n = numbers.size));
  return n;
}

