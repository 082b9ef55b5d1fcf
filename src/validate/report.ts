// A validation result as users read it: focus node, path, value, message, and the shape that failed.
import type { Term } from '@rdfjs/types';

export interface Violation {
  focusNode: string;
  path?: string;
  value?: string;
  message: string;
  sourceShape?: string;
  constraint?: string;
  severity: 'Violation' | 'Warning' | 'Info';
}

export interface ValidationOutcome {
  conforms: boolean;
  violations: Violation[];
}

export function termText(term: Term | null | undefined): string | undefined {
  if (!term) return undefined;
  if (term.termType === 'Literal') {
    const shown = term.value.length > 60 ? `${term.value.slice(0, 57)}…` : term.value;
    return JSON.stringify(shown) + (term.language ? `@${term.language}` : '');
  }
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  return `<${term.value}>`;
}

/** A readable multi-line report, one block per violation. */
export function formatReport(outcome: ValidationOutcome, limit = 50): string {
  if (outcome.conforms) return 'conforms';
  const lines = [`does not conform: ${outcome.violations.length} violation(s)`];
  for (const v of outcome.violations.slice(0, limit)) {
    lines.push(`  - ${v.severity}: ${v.message}`);
    lines.push(`    focus: ${v.focusNode}${v.path ? `  path: ${v.path}` : ''}${v.value ? `  value: ${v.value}` : ''}`);
    if (v.sourceShape || v.constraint) lines.push(`    shape: ${v.sourceShape ?? '?'}${v.constraint ? `  (${v.constraint.replace('http://www.w3.org/ns/shacl#', 'sh:')})` : ''}`);
  }
  if (outcome.violations.length > limit) lines.push(`  … and ${outcome.violations.length - limit} more`);
  return lines.join('\n');
}
