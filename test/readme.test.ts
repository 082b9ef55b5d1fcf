// The SPARQL examples of the README answer on the sample output, in a real SPARQL engine.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import oxigraph from 'oxigraph';

const queries = [...readFileSync('README.md', 'utf8').matchAll(/```sparql\n([\s\S]*?)```/g)].map((m) => m[1] as string);
const store = new oxigraph.Store();
store.load(readFileSync('output/alaska-summit.ttl', 'utf8'), { format: 'text/turtle' });

function select(query: string): Record<string, string>[] {
  const rows = store.query(query) as Map<string, { value: string }>[];
  return rows.map((row) => Object.fromEntries([...row].map(([k, v]) => [k, v.value])));
}

describe('README queries', () => {
  it('has three', () => {
    expect(queries).toHaveLength(3);
  });

  it('lists who said what, in order', () => {
    const rows = select(queries[0] as string);
    expect(rows).toHaveLength(26);
    expect(rows[0]).toMatchObject({ speaker: 'Vladimir Putin', content: 'اللقاء كان بنّاءً ومثمرًا' });
    expect(rows.at(-1)?.content).toBe('الحوار سيستمر');
  });

  it('lists where events took place, with the containment chain', () => {
    const rows = select(queries[1] as string);
    const summit = rows.filter((r) => r.kind?.endsWith('#Summit'));
    expect(new Set(summit.map((r) => r.place))).toEqual(new Set(['Joint Base Elmendorf–Richardson']));
    expect(new Set(summit.map((r) => r.within))).toEqual(new Set(['Anchorage', 'Alaska', 'United States of America']));
  });

  it('lists the direct quotes with offsets that give back their words', () => {
    const text = [...readFileSync('input/alaska-summit.txt', 'utf8')];
    const rows = select(queries[2] as string);
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(text.slice(Number(row.begin), Number(row.end)).join('')).toBe(row.quote);
  });
});
