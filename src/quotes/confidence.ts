// Each statement's confidence: the precision its rule has on the annotated dev set, read from
// ontology/confidence.json — written by scripts/confidence.ts, never set by hand. A rule seen too
// seldom there to trust its own figure backs off to the other rare rules of its speaker reading,
// then to the whole reading, then to all statements.
import type { ArticleDoc } from '../types.js';
import type { Resources } from '../resources.js';

export interface RuleTally {
  statements: number;
  /** Statements that matched a gold statement and have its speakers. */
  right: number;
  precision: number;
}

export interface ConfidenceTable {
  /** How many dev statements a rule needs before its own precision is used. */
  minimumSupport: number;
  overall: RuleTally;
  /** By speaker reading, the first word of a rule (subject, carried-over, …). */
  speakerRules: Record<string, RuleTally>;
  /** By whole rule: speaker reading, cue kind, mode (subject verb indirect). */
  rules: Record<string, RuleTally>;
  /**
   * By speaker reading, only the statements whose whole rule is seen too seldom: what a rare rule of
   * that reading backs off to. A reading's common rules (carried-over verb direct, 23 of 23) would
   * otherwise lend its rare ones a precision they do not have.
   */
  rareRules?: Record<string, RuleTally>;
}

/** The speaker reading of a rule: its first word. */
export function speakerRuleOf(rule: string): string {
  return rule.split(' ')[0] ?? rule;
}

export function confidenceOf(rule: string | undefined, table: ConfidenceTable): number {
  const trusted = (tally: RuleTally | undefined): tally is RuleTally => tally !== undefined && tally.statements >= table.minimumSupport;
  const own = rule === undefined ? undefined : table.rules[rule];
  const reading = rule === undefined ? undefined : table.speakerRules[speakerRuleOf(rule)];
  // A rule seen, but seldom, is judged with the other rare rules of its reading; one never seen, with its whole reading.
  const rare = own === undefined || rule === undefined ? undefined : table.rareRules?.[speakerRuleOf(rule)];
  return (trusted(own) ? own : trusted(rare) ? rare : trusted(reading) ? reading : table.overall).precision;
}

/** The table from judged statements: deterministic (keys sorted, precision to two places). */
export function tallyRules(judged: readonly { rule: string; right: boolean }[], minimumSupport: number): ConfidenceTable {
  const tally = (items: readonly { right: boolean }[]): RuleTally => {
    const right = items.filter((i) => i.right).length;
    return { statements: items.length, right, precision: items.length === 0 ? 0 : Math.round((100 * right) / items.length) / 100 };
  };
  const grouped = (items: readonly { rule: string; right: boolean }[], key: (rule: string) => string): Record<string, RuleTally> => {
    const groups = new Map<string, { right: boolean }[]>();
    for (const item of items) groups.set(key(item.rule), [...(groups.get(key(item.rule)) ?? []), item]);
    return Object.fromEntries([...groups.keys()].sort().map((k) => [k, tally(groups.get(k) ?? [])]));
  };
  const rules = grouped(judged, (r) => r);
  const rare = judged.filter((item) => (rules[item.rule]?.statements ?? 0) < minimumSupport);
  return { minimumSupport, overall: tally(judged), speakerRules: grouped(judged, speakerRuleOf), rules, rareRules: grouped(rare, speakerRuleOf) };
}

/** The confidence stage: every statement gets its rule's precision. */
export function assignConfidence(doc: ArticleDoc, resources: Resources): ArticleDoc {
  return { ...doc, statements: doc.statements.map((s) => ({ ...s, confidence: confidenceOf(s.rule, resources.confidence) })) };
}
