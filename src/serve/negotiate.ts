// Content negotiation: the media type of the answer from the client's Accept header (RFC 9110 §12.5.1).

/** What a SELECT or ASK can be answered in, the first when the client does not say. */
export const SOLUTION_TYPES = ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values', 'application/json'] as const;
/** What a CONSTRUCT or DESCRIBE can be answered in. */
export const GRAPH_TYPES = ['text/turtle', 'application/n-quads', 'application/n-triples', 'application/ld+json'] as const;

interface Range {
  type: string;
  subtype: string;
  q: number;
}

/**
 * The offered type the client prefers: the highest quality of the most specific range matching
 * it, ties broken by the order offered. Undefined when none is acceptable (406); no Accept header,
 * or an empty one, accepts anything.
 */
export function negotiate(accept: string | undefined, offered: readonly string[]): string | undefined {
  const ranges = parseAccept(accept ?? '');
  if (ranges.length === 0) return offered[0];
  let best: string | undefined;
  let bestQ = 0;
  for (const candidate of offered) {
    const [type, subtype] = candidate.split('/') as [string, string];
    const matching = ranges.filter((r) => (r.type === '*' || r.type === type) && (r.subtype === '*' || r.subtype === subtype));
    if (matching.length === 0) continue;
    const specific = matching.reduce((a, b) => (specificity(b) > specificity(a) ? b : a));
    if (specific.q > bestQ) [best, bestQ] = [candidate, specific.q];
  }
  return best;
}

function specificity(range: Range): number {
  return (range.type === '*' ? 0 : 1) + (range.subtype === '*' ? 0 : 1);
}

function parseAccept(accept: string): Range[] {
  return accept
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => {
      const [media, ...params] = part.split(';').map((p) => p.trim());
      const [type, subtype] = (media ?? '').toLowerCase().split('/');
      if (!type || !subtype) return [];
      const q = params.map((p) => /^q=([0-9.]+)$/i.exec(p)).find(Boolean);
      return [{ type, subtype, q: q ? Math.min(1, Number(q[1])) : 1 }];
    });
}
