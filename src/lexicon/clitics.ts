// Proclitics: the ways a normalised word may carry و ف (conjunctions), ب ل (prepositions) and ال.

export interface Stem {
  /** Length of the stripped prefix in the normalised word. */
  prefixLength: number;
  /** The stem as the lexicons spell it (لل + X gives الX back its article). */
  stem: string;
}

const CONJUNCTIONS = ['', 'و', 'ف'];
// ك (like) is left out: it seldom stands on a name or a cue, and reading it splits common
// words into false names (كبيرا → ك + a town's name).
const PREPOSITIONS = ['', 'ب', 'ل'];
const MIN_STEM = 2;

/** Every reading of a word as clitics + stem, the unstripped reading first, longest stems first. */
export function stemsOf(word: string): Stem[] {
  const out: Stem[] = [];
  const add = (prefixLength: number, stem: string): void => {
    if (stem.length < MIN_STEM || out.some((r) => r.prefixLength === prefixLength && r.stem === stem)) return;
    out.push({ prefixLength, stem });
  };
  for (const conjunction of CONJUNCTIONS) {
    if (!word.startsWith(conjunction)) continue;
    for (const preposition of PREPOSITIONS) {
      const prefix = conjunction + preposition;
      if (!word.startsWith(prefix)) continue;
      const rest = word.slice(prefix.length);
      add(prefix.length, rest);
      // لل + X is ل + الX with the alef of the article dropped in writing. No substring spells الX,
      // so the reading keeps the whole word from the preposition on (للأمم المتحدة).
      if (preposition === 'ل' && rest.startsWith('ل')) add(conjunction.length, `ا${rest}`);
    }
  }
  return out.sort((a, b) => a.prefixLength - b.prefixLength);
}

/** The word without a leading definite article, if it has one. */
export function withoutArticle(stem: string): string | undefined {
  return stem.startsWith('ال') && stem.length > 3 ? stem.slice(2) : undefined;
}

/**
 * The written forms the clitics make of a stem — the inverse of stemsOf: و ف, then (with
 * `prepositions`) ب ل, and لل for ل + ال, which stemsOf reads with only the conjunction stripped.
 */
export function writtenFormsOf(stem: string, prepositions: boolean): string[] {
  const forms: string[] = [];
  for (const conjunction of CONJUNCTIONS) {
    for (const preposition of prepositions ? PREPOSITIONS : ['']) forms.push(conjunction + preposition + stem);
    if (stem.startsWith('ال')) forms.push(`${conjunction}ل${stem.slice(1)}`);
  }
  return forms;
}

/** The word without a leading و or ف, when enough is left to be a word of its own. */
export function stripConjunction(word: string): string {
  return /^[وف]/.test(word) && word.length > 3 ? word.slice(1) : word;
}
