/**
 * Finds phrases (sequences of stemmed words) in a question. A `*` in a phrase
 * skips up to {@link MAX_GAP} words, so "did * sign" matches "did Japan sign".
 */

/** Most words a `*` may skip. */
export const MAX_GAP = 3;
const GAP = "*";

export interface Phrase<T> {
  /** Stemmed words, `*` for a gap. */
  words: readonly string[];
  value: T;
}

export interface PhraseMatch<T> {
  value: T;
  /** First and one-past-last word index. */
  start: number;
  end: number;
  /** Words the phrase itself names (gaps excluded): longer is more specific. */
  length: number;
  /** Indexes of the words the phrase itself names (not those a gap skipped). */
  positions: number[];
}

export class PhraseMatcher<T> {
  readonly #byFirstWord = new Map<string, Phrase<T>[]>();

  constructor(phrases: Iterable<Phrase<T>>) {
    for (const phrase of phrases) {
      const first = phrase.words[0];
      if (first === undefined || first === GAP) continue;
      const list = this.#byFirstWord.get(first);
      if (list === undefined) this.#byFirstWord.set(first, [phrase]);
      else list.push(phrase);
    }
  }

  /** Every match, overlapping ones included, in order of start. */
  matchAll(words: readonly string[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    for (let start = 0; start < words.length; start++) {
      const phrases = this.#byFirstWord.get(words[start] as string);
      if (phrases === undefined) continue;
      for (const phrase of phrases) {
        // Most tries fail: they work in one scratch list, and a match gets its own copy.
        scratch.length = 0;
        const end = matchFrom(phrase.words, 0, words, start, scratch);
        if (end !== undefined) matches.push({ value: phrase.value, start, end, length: scratch.length, positions: scratch.slice() });
      }
    }
    return matches;
  }

  /** Non-overlapping matches, the longest winning where they overlap. */
  matchLongest(words: readonly string[]): PhraseMatch<T>[] {
    const all = this.matchAll(words).sort((a, b) => b.length - a.length || a.start - b.start);
    const taken = new Array<boolean>(words.length).fill(false);
    const chosen: PhraseMatch<T>[] = [];
    for (const match of all) {
      if (isTaken(taken, match.start, match.end)) continue;
      for (let index = match.start; index < match.end; index++) taken[index] = true;
      chosen.push(match);
    }
    return chosen.sort((a, b) => a.start - b.start);
  }
}

/** The positions of the phrase being tried (`matchAll` is not re-entered while it is in use). */
const scratch: number[] = [];

function isTaken(taken: readonly boolean[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (taken[index] === true) return true;
  return false;
}

/**
 * The index after the phrase matched at `position`, or undefined; `positions`
 * receives the indexes of the literal words. Gaps take as few words as work.
 */
function matchFrom(phrase: readonly string[], index: number, words: readonly string[], position: number, positions: number[]): number | undefined {
  if (index === phrase.length) return position;
  const expected = phrase[index];
  if (expected === GAP) {
    for (let skip = 0; skip <= MAX_GAP && position + skip <= words.length; skip++) {
      const mark = positions.length;
      const end = matchFrom(phrase, index + 1, words, position + skip, positions);
      if (end !== undefined) return end;
      positions.length = mark;
    }
    return undefined;
  }
  if (words[position] !== expected) return undefined;
  positions.push(position);
  return matchFrom(phrase, index + 1, words, position + 1, positions);
}
