// The text-anchoring invariant that SHACL Core cannot express: every span lies inside its
// article and its code points give back exactly the nif:anchorOf / akh:content it claims.
import type { Quad } from '@rdfjs/types';
import { NS } from '../rdf/vocabulary.js';
import type { Violation } from './report.js';

/** The shape whose SHACL-SPARQL constraint this check enforces (the engines are not given that constraint). */
export const ANCHORED_SHAPE = 'https://w3id.org/akhbar/shapes#SpanShape';
const SPAN_SHAPE = ANCHORED_SHAPE;

interface SpanFacts {
  begin?: number;
  end?: number;
  context?: string;
  claimed?: string;
}

export function checkAnchors(quads: Iterable<Quad>): Violation[] {
  const texts = new Map<string, string | string[]>();
  const spans = new Map<string, SpanFacts>();
  const facts = (s: string): SpanFacts => {
    let f = spans.get(s);
    if (!f) spans.set(s, (f = {}));
    return f;
  };
  for (const q of quads) {
    const p = q.predicate.value;
    // Offsets count code points: a text without surrogate pairs is indexed as it is, others by character.
    if (p === NS.nif + 'isString') texts.set(q.subject.value, /[\uD800-\uDFFF]/.test(q.object.value) ? Array.from(q.object.value) : q.object.value);
    else if (p === NS.nif + 'beginIndex') facts(q.subject.value).begin = Number(q.object.value);
    else if (p === NS.nif + 'endIndex') facts(q.subject.value).end = Number(q.object.value);
    else if (p === NS.nif + 'referenceContext') facts(q.subject.value).context = q.object.value;
    else if (p === NS.nif + 'anchorOf' || p === NS.akh + 'content') facts(q.subject.value).claimed = q.object.value;
  }
  const violations: Violation[] = [];
  for (const [subject, f] of spans) {
    if (f.context === undefined || f.begin === undefined || f.end === undefined) continue;
    const text = texts.get(f.context);
    const violation = (message: string): Violation => ({ focusNode: `<${subject}>`, path: `<${NS.nif}beginIndex>`, value: `${f.begin}..${f.end}`, message, sourceShape: SPAN_SHAPE, constraint: `${NS.sh}SPARQLConstraintComponent`, severity: 'Violation' });
    if (!text) violations.push(violation('the span refers to a context with no nif:isString'));
    else if (f.end > text.length || f.begin >= f.end) violations.push(violation(`the span ${f.begin}..${f.end} lies outside the article (${text.length} code points)`));
    else if (f.claimed !== undefined && !reads(text, f.begin, f.end, f.claimed)) violations.push(violation(`the text at ${f.begin}..${f.end} is not the anchored text ${JSON.stringify(f.claimed.slice(0, 40))}`));
  }
  return violations;
}

/** True when `text` (a string, or its code points when it has surrogate pairs) reads `claimed` at begin..end. */
function reads(text: string | string[], begin: number, end: number, claimed: string): boolean {
  // Compared in place: copying every span out of the article text was most of this check's garbage.
  if (typeof text === 'string') return claimed.length === end - begin && text.startsWith(claimed, begin);
  return text.slice(begin, end).join('') === claimed;
}
