/**
 * One language's word pipeline: tokenise, drop stopwords, map synonyms, stem.
 * The index and the questions go through the same analyser, so "signed" in a
 * question meets "sign" in a fact.
 */
import { newStemmer } from "snowball-stemmers";
import type { LanguagePack } from "../lang/schema.ts";
import { tokenise, type Token } from "./normalise.ts";

export interface Analyser {
  readonly pack: LanguagePack;
  /** Words as typed and normalised, stopwords included. */
  tokens(text: string): Token[];
  /** A normalised word as the index holds it (synonym applied, stemmed). */
  stem(word: string): string;
  isStopword(word: string): boolean;
  /** The index terms of a text: stopwords (but not acronyms such as "US") dropped, synonyms applied, stemmed. */
  terms(text: string): string[];
}

export function createAnalyser(pack: LanguagePack): Analyser {
  const stemmer = pack.stemmer === null ? undefined : newStemmer(pack.stemmer);
  const normaliseWord = (word: string) => tokenise(word, pack.apostrophes).map((token) => token.norm).join(" ");
  const stopwords = new Set(pack.stopwords.map(normaliseWord));
  const synonyms = new Map(Object.entries(pack.synonyms).map(([from, to]) => [normaliseWord(from), normaliseWord(to)]));
  const stems = new Map<string, string>();
  /** Bound on remembered stems, so a long-running bot fed endless new words does not grow without limit. */
  const MAX_CACHED_STEMS = 50_000;

  const stem = (word: string): string => {
    let result = stems.get(word);
    if (result === undefined) {
      const base = synonyms.get(word) ?? word;
      result = stemmer === undefined ? base : stemmer.stem(base);
      if (stems.size >= MAX_CACHED_STEMS) stems.clear();
      stems.set(word, result);
    }
    return result;
  };
  const tokens = (text: string) => tokenise(text, pack.apostrophes);
  const isStopword = (word: string) => stopwords.has(word);
  return {
    pack,
    tokens,
    stem,
    isStopword,
    terms: (text) => tokens(text).flatMap((token) => (isStopword(token.norm) && !isAcronym(token) ? [] : [stem(token.norm)])),
  };
}

/**
 * A word typed in capitals whose lower case is a stopword is an acronym, not
 * the stopword: "US" is the United States, "us" is a pronoun.
 */
export function isAcronym(token: Token): boolean {
  return token.raw.length > 1 && token.raw === token.raw.toUpperCase() && token.raw !== token.norm;
}
