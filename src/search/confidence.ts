/**
 * A search confidence in [0, 1] that means the same for every question.
 * Raw MiniSearch scores grow with query length, boosts and corpus size, so
 * they cannot be compared across questions; this recipe (engineering notes
 * §3.3) looks at which query words a hit explains instead:
 *
 * - coverage: the IDF-weighted share of the question's words the hit
 *   contains. Words the corpus has never seen weigh the most, so "weather in
 *   Kyiv" covers little even though "Kyiv" matches.
 * - exactness: a word that only matched after typo correction counts for less.
 * - informativeness: hits on common words alone ("signed", "2024") are weak.
 * - margin: a hit barely ahead of the next one is less certain.
 * - aboutness: a word found in what a record is about (its alternate
 *   questions, topic tags, partner names) says more than the same
 *   word found only in passing in its text ("what time is it" meets "time").
 */

/** Weight of a word that matched only after typo correction. */
export const CORRECTED_TERM_WEIGHT = 0.75;
/**
 * Matched IDF a hit needs for full weight: two distinctive words, or one
 * very rare one (IDF runs from about 0.3 for "Ukraine" to about 6 for a word
 * the corpus has never seen).
 */
export const INFORMATIVE_IDF = 5;
/** How much a matched name adds to informativeness, relative to another matched word. */
export const NAME_INFORMATIVENESS = 0.5;
/** The share of confidence a hit keeps when none of its matched words are in the fields saying what it is about. */
export const INCIDENTAL_MATCH_WEIGHT = 0.6;
/** Top-to-second score ratio from which the margin no longer lowers confidence. */
export const CLEAR_MARGIN = 1.5;
/** Share of confidence the margin can take away when the top two hits tie. */
export const TIE_PENALTY = 0.15;

export interface WeightedTerm {
  term: string;
  /** Index terms that count as this word: itself, or every name of a partner the question names. */
  alternatives: ReadonlySet<string>;
  idf: number;
  /** 1 for a word as typed; {@link CORRECTED_TERM_WEIGHT} for a corrected one. */
  weight: number;
  /** True for a name (a partner): it says whom the question is about, not what it asks. */
  name: boolean;
}

/** Whether a hit contains the word (or one of its alternatives). */
export function hasTerm(found: ReadonlySet<string>, term: WeightedTerm): boolean {
  for (const alternative of term.alternatives) if (found.has(alternative)) return true;
  return false;
}

export function inverseDocumentFrequency(documentCount: number, documentFrequency: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/**
 * @param terms The question's analysed words.
 * @param matched The words of `terms` the hit contains.
 * @param about The words of `matched` found in the fields that say what the hit is about.
 * @param scoreRatio The hit's score divided by the next hit's (Infinity when alone).
 * @param nameCredit Let matched names add to informativeness (for questions that say they are about the agreements).
 */
export function searchConfidence(
  terms: readonly WeightedTerm[],
  matched: ReadonlySet<string>,
  about: ReadonlySet<string>,
  scoreRatio: number,
  nameCredit = false,
): number {
  const total = terms.reduce((sum, term) => sum + term.idf, 0);
  if (total === 0) return 0;
  // What the question asks is judged on its words other than names, when it has any:
  // "what time is it in Tokyo" names Japan, but "time" is all it asks about.
  const asking = terms.some((term) => !term.name) ? terms.filter((term) => !term.name) : terms;
  let covered = 0;
  for (const term of terms) if (hasTerm(matched, term)) covered += term.idf * term.weight;
  let askedCovered = 0;
  let matchedIdf = 0;
  let aboutIdf = 0;
  for (const term of asking) {
    if (!hasTerm(matched, term)) continue;
    askedCovered += term.idf * term.weight;
    matchedIdf += term.idf;
    if (hasTerm(about, term)) aboutIdf += term.idf;
  }
  if (matchedIdf === 0) return 0;
  const coverage = covered / total;
  const aboutShare = aboutIdf / matchedIdf;
  // A name narrows the question down too, but only helps when the rest of the question is what the record is about.
  let namesCovered = 0;
  if (nameCredit && asking.length < terms.length) for (const term of terms) if (term.name && hasTerm(matched, term)) namesCovered += term.idf * term.weight;
  // Corrected words count for less here too: a hit that rests on guesses alone ("joke" → "jake") is weak.
  const informativeness = Math.min(1, (askedCovered + NAME_INFORMATIVENESS * aboutShare * namesCovered) / INFORMATIVE_IDF);
  const margin = 1 - TIE_PENALTY * (1 - Math.min(1, Math.max(0, (scoreRatio - 1) / (CLEAR_MARGIN - 1))));
  const aboutness = INCIDENTAL_MATCH_WEIGHT + (1 - INCIDENTAL_MATCH_WEIGHT) * aboutShare;
  return clamp01(coverage * informativeness * margin * aboutness);
}

export function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
