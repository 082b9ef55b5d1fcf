// The ontology declares, in English and Arabic, every akh: term the output, the shapes and the context use.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Parser } from 'n3';
import { NS } from '../src/rdf/vocabulary.js';

const ontology = new Parser().parse(readFileSync('ontology/akhbar.ttl', 'utf8'));
const declared = new Set(ontology.filter((q) => q.predicate.value === NS.rdf + 'type').map((q) => q.subject.value));
const used = (text: string) => new Set([...text.matchAll(/(?:akh:|https:\/\/w3id\.org\/akhbar\/ontology#)([A-Za-z]+)/g)].map((m) => NS.akh + m[1]));

describe('ontology/akhbar.ttl', () => {
  it.each(['output/alaska-summit.ttl', 'shapes/akhbar.ttl', 'ontology/context.jsonld', 'shapes/gazetteer.ttl'])('declares every akh: term %s uses', (file) => {
    const missing = [...used(readFileSync(file, 'utf8'))].filter((term) => !declared.has(term));
    expect(missing).toEqual([]);
  });

  it('labels every akh: term in English and Arabic', () => {
    for (const term of [...declared].filter((t) => t.startsWith(NS.akh))) {
      const languages = ontology.filter((q) => q.subject.value === term && q.predicate.value === NS.rdfs + 'label').map((q) => (q.object as { language: string }).language);
      expect(languages.sort(), term).toEqual(['ar', 'en']);
    }
  });
});
