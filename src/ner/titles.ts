// Persons introduced by a title or role: الرئيس الفلاني فلان، وزير الخارجية الفلاني فلان الفلاني.
// A title before a known name is attached to it; before an unknown name it makes a new person;
// with no name after it (الزعيم الفلاني) it is a definite description for linking to resolve.
import type { Resources } from '../resources.js';
import type { Candidate, TitleInfo, Token } from '../types.js';
import { isWord, rawOffsetAfter } from './tokens.js';
import { endsName, nameEnd } from './names.js';

const MAX_APPOSITION_WORDS = 4;

interface TitleSpan {
  info: TitleInfo;
  /** Token index just after the title and its modifiers. */
  next: number;
  /** A construct-state title whose genitive never came. */
  bare: boolean;
}

export function findTitledPersons(tokens: readonly Token[], known: readonly Candidate[], resources: Resources): Candidate[] {
  const candidateAt = new Map<number, Candidate>();
  const taken = new Set<number>();
  for (const candidate of known) {
    candidateAt.set(candidate.tokenStart, candidate);
    for (let t = candidate.tokenStart; t < candidate.tokenEnd; t++) taken.add(t);
  }
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Not inside a name already found either (عبد الملك فلان holds no title الملك).
    if (!isWord(tokens[i]) || taken.has(i)) continue;
    const title = readTitle(tokens, i, candidateAt, resources);
    if (!title) continue;
    let k = title.next;
    while (isWord(tokens[k]) && resources.lexicons.honorifics.matchAt(tokens, k, { max: 2, clitics: false })) k++;
    // An apposition set off by a comma, or a hashtag: رئيس الوزراء، فلان الفلاني / المستشارة #فلانة_الفلانية.
    if ((tokens[k]?.norm === ',' || tokens[k]?.norm === '#') && candidateAt.get(k + 1)?.type === 'Person') k++;
    const person = candidateAt.get(k);
    if (person?.type === 'Person') {
      person.title ??= title.info;
      i = person.tokenEnd - 1;
      continue;
    }
    // A construct-state title (رئيس، وزير) names no one until its genitive is given (رئيس الوزراء).
    if (title.bare) continue;
    // The title's scope, set by في and a body or place (وزير التجارة في حكومة البلد فلان الفلاني):
    // stepped over when a name the recognisers do not know follows it.
    const scope = tokens[k]?.norm === 'في' ? candidateAt.get(k + 1) : undefined;
    if (scope && scope.type !== 'Person' && !candidateAt.has(scope.tokenEnd)) {
      const named = nameEnd(tokens, scope.tokenEnd, resources, { allowDefinite: false, taken });
      if (named > scope.tokenEnd && endsName(tokens, named, resources)) k = scope.tokenEnd;
    }
    // An unknown name set off by commas after the title: وزير الداخلية اللبناني، فلان الفلاني، …
    const apposition = person ? undefined : commaApposition(tokens, k, resources, taken);
    if (apposition) k++;
    const end = apposition ?? (person ? k : nameEnd(tokens, k, resources, { allowDefinite: true, taken }));
    if (end > k) {
      const first = tokens[k] as Token;
      const last = tokens[end - 1] as Token;
      found.push({ start: first.start, end: last.end, type: 'Person', tokenStart: k, tokenEnd: end, ids: [], name: tokens.slice(k, end).map((t) => t.norm).join(' '), title: title.info, via: 'title' });
      i = end - 1;
    } else {
      // No name: a definite description (الزعيم الفلاني) that coreference may resolve.
      found.push({ start: title.info.start, end: title.info.end, type: 'Person', tokenStart: i, tokenEnd: title.next, ids: [], title: title.info, via: 'title' });
      i = title.next - 1;
    }
  }
  return found;
}

function readTitle(tokens: readonly Token[], i: number, candidateAt: Map<number, Candidate>, resources: Resources): TitleSpan | undefined {
  const { lexicons, gazetteer, normalizer } = resources;
  const match = lexicons.titles.matchAt(tokens, i, { max: 4 });
  if (!match) return undefined;
  const title = match.value[0];
  if (!title) return undefined;
  const countries: string[] = [];
  let next = i + match.length;
  // Construct-state titles (وزير، رئيس، المتحدث باسم) take one genitive: a body, a portfolio, a definite noun.
  const construct = !normalizer.normalize(title.form).startsWith('ال') || /باسم$/.test(normalizer.normalize(title.form));
  let genitiveOpen = construct;
  let joinedByL = 0;
  for (;;) {
    const token = tokens[next];
    // A short aside in brackets after the title's body (رئيس اتحاد اللعبة الفلانية الدولي (…) فلان).
    const aside = genitiveOpen ? undefined : bracketedAsideEnd(tokens, next);
    if (aside !== undefined) {
      next = aside;
      continue;
    }
    if (!isWord(token) || token.sentence !== tokens[i]?.sentence) break;
    const known = candidateAt.get(next);
    // A body or place is the title's own only as its genitive, or joined by ل (الأمين العام للأمم المتحدة).
    if (known && known.type !== 'Person' && (genitiveOpen || (known.start > token.start && /^و?ل/.test(token.norm)))) {
      if (known.type === 'Place') countries.push(...known.ids);
      next = known.tokenEnd;
      genitiveOpen = false;
      continue;
    }
    if (known) break;
    const portfolio = lexicons.portfolios.matchAt(tokens, next, { max: 4 });
    if (portfolio) {
      next += portfolio.length;
      genitiveOpen = false;
      continue;
    }
    const demonym = gazetteer.demonyms.matchAt(tokens, next, { max: 4, clitics: false });
    if (demonym) {
      countries.push(...demonym.value);
      next += demonym.length;
      genitiveOpen = false;
      continue;
    }
    if (lexicons.titleModifiers.has(token.norm)) {
      next++;
      continue;
    }
    // A body the gazetteer lacks joined by ل (المدير التنفيذي للمطار، الأمين العام للحزب), or a
    // construct joined by ل (لكرة القدم، لحقوق الإنسان); a second one may name the first's field
    // (الأمين العام للاتحاد الدولي للصحفيين).
    if (joinedByL < MAX_JOINED_BY_L && token.norm.startsWith('لل') && token.norm.length > 4 && !lexicons.functionWords.has(token.norm)) {
      next++;
      joinedByL++;
      genitiveOpen = false;
      continue;
    }
    const genitive = tokens[next + 1];
    if (joinedByL < MAX_JOINED_BY_L && /^ل[^ل]/.test(token.norm) && token.norm.length > 3 && !lexicons.functionWords.has(token.norm) && isWord(genitive) && genitive.norm.startsWith('ال') && !lexicons.functionWords.has(genitive.norm)) {
      next += 2;
      joinedByL++;
      genitiveOpen = false;
      continue;
    }
    if (genitiveOpen && token.norm.startsWith('ال') && !lexicons.functionWords.has(token.norm) && !token.norm.endsWith('ي')) {
      next++;
      genitiveOpen = false;
      continue;
    }
    break;
  }
  const first = tokens[i] as Token;
  const start = rawOffsetAfter(first, match.prefixLength, normalizer.isDeleted);
  const end = (tokens[next - 1] as Token).end;
  return {
    info: { start, end, group: title.group, gender: title.gender, countries },
    next,
    bare: construct && genitiveOpen,
  };
}

/** How many bodies joined by ل one title may take. */
const MAX_JOINED_BY_L = 2;
/** How many words an aside in brackets inside a title may hold. */
const MAX_BRACKETED_WORDS = 3;

/** One past the closing bracket of a short aside opening at k (an acronym in brackets: (…)), or undefined. */
function bracketedAsideEnd(tokens: readonly Token[], k: number): number | undefined {
  if (tokens[k]?.text !== '(') return undefined;
  for (let j = k + 1; j <= k + MAX_BRACKETED_WORDS + 1; j++) {
    const token = tokens[j];
    if (!token || token.sentence !== tokens[k]?.sentence) return undefined;
    if (token.text === ')') return j > k + 1 ? j + 1 : undefined;
    if (!isWord(token)) return undefined;
  }
  return undefined;
}

/** One past a name between two commas right after a title (… اللبناني، فلان الفلاني، …), if there is one. */
function commaApposition(tokens: readonly Token[], k: number, resources: Resources, taken: ReadonlySet<number>): number | undefined {
  if (tokens[k]?.norm !== ',') return undefined;
  let end = k + 1;
  while (end < k + 1 + MAX_APPOSITION_WORDS && isWord(tokens[end]) && !taken.has(end) && (end === k + 1 ? nameEnd(tokens, end, resources, { allowDefinite: false }) > end : !endsName(tokens, end, resources, { common: false }))) end++;
  return end > k + 1 && tokens[end]?.norm === ',' ? end : undefined;
}
