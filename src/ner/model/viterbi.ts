// The best tag sequence of a sentence under a first-order model, never an I- tag that continues
// nothing (after O, after another type, or first in the sentence). Besides the transition table
// shared by every position, a position may add scores of its own to each transition (`local`):
// the weights of what the words there say about a boundary (an entity after another at وفلان).
import { START, TAG_COUNT, allowedAfter } from './tags.js';

/** ALLOWED[previous * TAG_COUNT + next], previous = START for the first token. */
const ALLOWED = new Uint8Array((TAG_COUNT + 1) * TAG_COUNT);
for (let previous = 0; previous <= TAG_COUNT; previous++) {
  for (let next = 0; next < TAG_COUNT; next++) ALLOWED[previous * TAG_COUNT + next] = allowedAfter(previous, next) ? 1 : 0;
}

/** The entries of a position's own transition scores: `local[i * TRANSITION_SIZE + previous * TAG_COUNT + next]`. */
export const TRANSITION_SIZE = (TAG_COUNT + 1) * TAG_COUNT;

/** The score of a tag sequence: its emissions and transitions summed. */
export function pathScore(emissions: ArrayLike<number>, tags: ArrayLike<number>, transitions: ArrayLike<number>, local?: ArrayLike<number>): number {
  let score = 0;
  for (let i = 0; i < tags.length; i++) {
    const previous = i === 0 ? START : (tags[i - 1] as number);
    const at = previous * TAG_COUNT + (tags[i] as number);
    score += (transitions[at] as number) + (emissions[i * TAG_COUNT + (tags[i] as number)] as number) + (local ? (local[i * TRANSITION_SIZE + at] as number) : 0);
  }
  return score;
}

/**
 * `emissions[i * TAG_COUNT + tag]` scores a tag at token i, `transitions[previous * TAG_COUNT + next]`
 * a tag after another (row START: the first). Ties go to the lower tag index, so O wins a tie.
 */
export function viterbi(emissions: ArrayLike<number>, length: number, transitions: ArrayLike<number>, local?: ArrayLike<number>): Uint8Array {
  const tags = new Uint8Array(length);
  if (length === 0) return tags;
  let scores = new Float64Array(TAG_COUNT);
  let nextScores = new Float64Array(TAG_COUNT);
  const back = new Uint8Array(length * TAG_COUNT);
  for (let tag = 0; tag < TAG_COUNT; tag++) {
    const at = START * TAG_COUNT + tag;
    scores[tag] = ALLOWED[at] ? (transitions[at] as number) + (emissions[tag] as number) + (local ? (local[at] as number) : 0) : -Infinity;
  }
  for (let i = 1; i < length; i++) {
    const base = i * TRANSITION_SIZE;
    for (let next = 0; next < TAG_COUNT; next++) {
      let best = -Infinity;
      let bestPrevious = 0;
      for (let previous = 0; previous < TAG_COUNT; previous++) {
        if (!ALLOWED[previous * TAG_COUNT + next]) continue;
        const at = previous * TAG_COUNT + next;
        const score = (scores[previous] as number) + (transitions[at] as number) + (local ? (local[base + at] as number) : 0);
        if (score > best) {
          best = score;
          bestPrevious = previous;
        }
      }
      nextScores[next] = best + (emissions[i * TAG_COUNT + next] as number);
      back[i * TAG_COUNT + next] = bestPrevious;
    }
    [scores, nextScores] = [nextScores, scores];
  }
  let last = 0;
  for (let tag = 1; tag < TAG_COUNT; tag++) if ((scores[tag] as number) > (scores[last] as number)) last = tag;
  tags[length - 1] = last;
  for (let i = length - 1; i > 0; i--) tags[i - 1] = back[i * TAG_COUNT + (tags[i] as number)] as number;
  return tags;
}

/** The transitions a valid sequence may take: into the first token (from START) and into any later one. */
export const FIRST_STEPS = validSteps(START, START);
export const LATER_STEPS = validSteps(0, TAG_COUNT - 1);

function validSteps(fromPrevious: number, toPrevious: number): Int32Array {
  const steps: number[] = [];
  for (let previous = fromPrevious; previous <= toPrevious; previous++) {
    for (let next = 0; next < TAG_COUNT; next++) if (ALLOWED[previous * TAG_COUNT + next]) steps.push(previous * TAG_COUNT + next);
  }
  return Int32Array.from(steps);
}

/** Per token, the score of every transition into it (-Infinity where Viterbi may not take it): what forward-backward passes read (maxMarginals, crf.ts). */
export function stepScores(length: number, transitions: ArrayLike<number>, local?: ArrayLike<number>): Float64Array {
  const steps = new Float64Array(length * TRANSITION_SIZE).fill(-Infinity);
  for (let i = 0; i < length; i++) {
    const base = i * TRANSITION_SIZE;
    for (const at of i === 0 ? FIRST_STEPS : LATER_STEPS) steps[base + at] = (transitions[at] as number) + (local ? (local[base + at] as number) : 0);
  }
  return steps;
}

/**
 * Max-marginals: `out[i * TAG_COUNT + tag]`, the score of the best valid sequence that gives token i
 * that tag (-Infinity where none may). The best sequence's own tags score its score at every token;
 * how far the runner-up tag of a token lies below says how sure the model is of that token.
 */
export function maxMarginals(emissions: ArrayLike<number>, length: number, transitions: ArrayLike<number>, local?: ArrayLike<number>): Float64Array {
  const forward = new Float64Array(length * TAG_COUNT).fill(-Infinity);
  const backward = new Float64Array(length * TAG_COUNT).fill(-Infinity);
  const steps = stepScores(length, transitions, local);
  const step = (i: number, previous: number, next: number): number => steps[i * TRANSITION_SIZE + previous * TAG_COUNT + next] as number;
  for (let tag = 0; tag < TAG_COUNT && length > 0; tag++) forward[tag] = step(0, START, tag) + (emissions[tag] as number);
  for (let i = 1; i < length; i++) {
    for (let next = 0; next < TAG_COUNT; next++) {
      let best = -Infinity;
      for (let previous = 0; previous < TAG_COUNT; previous++) best = Math.max(best, (forward[(i - 1) * TAG_COUNT + previous] as number) + step(i, previous, next));
      forward[i * TAG_COUNT + next] = best + (emissions[i * TAG_COUNT + next] as number);
    }
  }
  for (let tag = 0; tag < TAG_COUNT && length > 0; tag++) backward[(length - 1) * TAG_COUNT + tag] = 0;
  for (let i = length - 2; i >= 0; i--) {
    for (let previous = 0; previous < TAG_COUNT; previous++) {
      let best = -Infinity;
      for (let next = 0; next < TAG_COUNT; next++) best = Math.max(best, step(i + 1, previous, next) + (emissions[(i + 1) * TAG_COUNT + next] as number) + (backward[(i + 1) * TAG_COUNT + next] as number));
      backward[i * TAG_COUNT + previous] = best;
    }
  }
  return forward.map((f, k) => f + (backward[k] as number));
}
