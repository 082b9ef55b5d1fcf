// The pipeline runs on articles it has never seen: the names of people, places and bodies belong in
// the gazetteer, never in src/, not even in a comment's example (فلان، الفلاني، كذا stand there).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectData } from './helpers.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** A conjunction and the article a name may carry (والفلاني، بالمدينة، للحزب); ب or ل alone only before a long rest, as a short word's first letter is more often its own. */
const CLITICS = /^[وف]?(بال|لل|ال)|^[وف]?[بل](?=.{5})/;

describe('src/ names no one', () => {
  it('holds no gazetteer name of a person, place or body, with or without its clitics', () => {
    const { resources } = projectData();
    const { normalizer, lexicons, gazetteer } = resources;
    const names = new Set<string>();
    for (const entry of gazetteer.entries.values()) {
      for (const label of [entry.prefAr, ...entry.altAr]) {
        if (label === undefined) continue;
        const norm = normalizer.normalize(label);
        // One-word names that are also Arabic words (ميدان: a square) are the word, not the name.
        if (norm.length < 4 || (!norm.includes(' ') && (lexicons.commonWords.has(norm) || lexicons.functionWords.has(norm)))) continue;
        names.add(norm);
      }
    }
    const found: string[] = [];
    for (const file of sourceFiles(join(import.meta.dirname, '..', 'src'))) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        for (const run of line.match(/[\u0600-\u06FF]+(?: [\u0600-\u06FF]+)*/g) ?? []) {
          const words = normalizer.normalize(run).split(' ');
          for (let n = 1; n <= 4; n++) {
            for (let j = 0; j + n <= words.length; j++) {
              const phrase = words.slice(j, j + n).join(' ');
              if (names.has(phrase) || names.has(phrase.replace(CLITICS, ''))) found.push(`${file}:${i + 1}: ${phrase}`);
            }
          }
        }
      });
    }
    expect(found).toEqual([]);
  });
});
