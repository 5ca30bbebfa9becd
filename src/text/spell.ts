/**
 * Typo correction against the words the engine knows (the corpus, partner
 * names, cue phrases), by symmetric deletion: a typed word and a known word
 * meet when deleting letters from each gives the same string. "japn", "germny",
 * "agrement" and "untied" are each one edit from a known word.
 *
 * Not MiniSearch's `SearchableMap#fuzzyGet`: it counts Levenshtein edits, so
 * an adjacent swap costs two and finding the same words takes a search of
 * twice the distance, which made a correction 6–7× slower (p99 1.5 ms against
 * 0.16 ms over 11,640 generated typos of the real lexicon) — more than the
 * whole of answer()'s 1 ms budget.
 */

/** Words shorter than this are never corrected: too many short words are one edit apart. */
const MIN_CORRECTABLE_LENGTH = 4;
/** From this length on, two edits are allowed ("secuirty agrement" style slips in long words). */
const TWO_EDITS_FROM_LENGTH = 8;
/**
 * Below this length a correction must keep the first letter: people rarely
 * mistype it, and short words one edit from another real word ("bake" →
 * "make", "bread" → "read") are mostly not typos at all.
 */
const FREE_FIRST_LETTER_FROM_LENGTH = 6;

export interface Correction {
  word: string;
  /** Edits between the typed and the known word (insertions, deletions, substitutions, adjacent swaps). */
  distance: number;
}

export class Lexicon {
  readonly #weights = new Map<string, number>();
  /** Known words by the strings deleting letters from them gives; built on the first correction, since most questions need none. */
  #deletes: Map<string, string[]> | undefined;

  readonly #known = new Set<string>();
  /** Longest known word: a typed word more than two edits longer cannot be a typo of one. */
  #longest = 0;

  /**
   * @param words Known words with a weight; a heavier word wins between equally close candidates.
   * @param knownOnly Words that are left alone when typed but never offered as a correction
   *   (short names such as "Baku" would otherwise turn "bake" into a country).
   */
  constructor(words: Iterable<readonly [string, number]>, knownOnly: Iterable<string> = []) {
    for (const [word, weight] of words) this.#weights.set(word, (this.#weights.get(word) ?? 0) + weight);
    for (const word of knownOnly) if (!this.#weights.has(word)) this.#known.add(word);
    for (const word of this.#weights.keys()) this.#longest = Math.max(this.#longest, word.length);
  }

  has(word: string): boolean {
    return this.#weights.has(word) || this.#known.has(word);
  }

  /** The closest known word to an unknown one, if one is close enough. */
  correct(word: string): Correction | undefined {
    if (word.length < MIN_CORRECTABLE_LENGTH || this.has(word) || /\d/.test(word)) return undefined;
    const maxDistance = word.length >= TWO_EDITS_FROM_LENGTH ? 2 : 1;
    // Also keeps the cost bounded: deleting two letters from a 500-letter word makes ~125,000 long strings.
    if (word.length > this.#longest + maxDistance) return undefined;
    const deletes = this.#deleteIndex();
    const candidates = new Set<string>();
    const meet = (variant: string) => {
      if (this.#weights.has(variant)) candidates.add(variant);
      const known = deletes.get(variant);
      if (known !== undefined) for (const other of known) candidates.add(other);
    };
    meet(word);
    for (const variant of deletions(word, maxDistance)) meet(variant);
    let best: (Correction & { score: number }) | undefined;
    for (const known of candidates) {
      if (word.length < FREE_FIRST_LETTER_FROM_LENGTH && known[0] !== word[0]) continue;
      const distance = editDistance(word, known, maxDistance);
      if (distance > maxDistance) continue;
      const score = (this.#weights.get(known) ?? 0) + (known[0] === word[0] ? 1000 : 0);
      if (best === undefined || distance < best.distance || (distance === best.distance && score > best.score)) best = { word: known, distance, score };
    }
    return best === undefined ? undefined : { word: best.word, distance: best.distance };
  }

  #deleteIndex(): Map<string, string[]> {
    if (this.#deletes !== undefined) return this.#deletes;
    const deletes = new Map<string, string[]>();
    for (const word of this.#weights.keys()) {
      if (word.length < MIN_CORRECTABLE_LENGTH - 1) continue;
      for (const variant of deletions(word, word.length >= TWO_EDITS_FROM_LENGTH - 1 ? 2 : 1)) {
        const list = deletes.get(variant);
        if (list === undefined) deletes.set(variant, [word]);
        else if (!list.includes(word)) list.push(word);
      }
    }
    this.#deletes = deletes;
    return deletes;
  }
}

function deletions(word: string, depth: number): Set<string> {
  const result = new Set<string>();
  let frontier = [word];
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const current of frontier) {
      if (current.length <= 2) continue;
      for (let index = 0; index < current.length; index++) {
        const variant = current.slice(0, index) + current.slice(index + 1);
        if (!result.has(variant)) {
          result.add(variant);
          next.push(variant);
        }
      }
    }
    frontier = next;
  }
  return result;
}

/** Optimal string alignment distance, giving up (returning `max + 1`) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows of the table, reused across calls (a correction compares a word with dozens of candidates).
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
  let previous2 = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((rows[previous + j] ?? 0) + 1, (rows[current + j - 1] ?? 0) + 1, (rows[previous + j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (rows[previous2 + j - 2] ?? 0) + 1);
      rows[current + j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    const oldest = previous2;
    previous2 = previous;
    previous = current;
    current = oldest;
  }
  return rows[previous + b.length] ?? max + 1;
}

/** The rows {@link editDistance} works in, grown as longer words come. */
let rows = new Int32Array(3 * 64);
