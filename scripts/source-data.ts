// The outside data the scripts read: where each comes from, and one clear line (exit 2) when it
// is not where a script looks. None of it is in the repository (docs/data.md says why and where).
import { existsSync } from 'node:fs';

export const SOURCES = {
  ant: 'the ANT Corpus v2.1 (Chouigui et al., AICCSA 2017), public at github.com/antcorpus/antcorpus.multisource.data: the folder of its .trec files',
  naturalEarth: 'Natural Earth 1:50m cultural vectors 5.0.0 (public domain, naturalearthdata.com): the folder of its countries and populated places tables as TSV (docs/data.md)',
  anercorp: 'ANERcorp (Benajiba et al. 2007, CC BY-SA 4.0), the train split of CAMeL Lab as "token TAG" lines (docs/data.md)',
} as const;

/** The path when it exists; otherwise says what belongs there and how to give it, and exits 2. */
export function requirePath(path: string, what: string, how: string): string {
  if (!existsSync(path)) {
    console.error(`${path}: not found. This is ${what}; give its path ${how}.`);
    process.exit(2);
  }
  return path;
}
