// The validate stage: SHACL (rdf-validate-shacl, shapes compiled once) plus the anchor check.
import SHACLValidator from 'rdf-validate-shacl';
import { Store } from 'n3';
import type { Quad } from '@rdfjs/types';
import { checkAnchors } from './anchors.js';
import { termText, type ValidationOutcome, type Violation } from './report.js';

export type GraphValidator = (quads: readonly Quad[]) => Promise<ValidationOutcome>;

export function createValidator(shapes: readonly Quad[]): GraphValidator {
  const validator = new SHACLValidator(new Store([...shapes]));
  return async (quads) => {
    const report = await validator.validate(new Store([...quads]));
    const violations: Violation[] = report.results.map((r) => ({
      focusNode: termText(r.focusNode) ?? '?',
      path: termText(r.path as never),
      value: termText(r.value),
      message: r.message.map((m) => m.value).join('; ') || 'constraint violated',
      sourceShape: r.sourceShape?.value,
      constraint: r.sourceConstraintComponent?.value,
      severity: (r.severity?.value.split('#')[1] as Violation['severity']) ?? 'Violation',
    }));
    violations.push(...checkAnchors(quads));
    return { conforms: violations.length === 0, violations };
  };
}
