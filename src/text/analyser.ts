/**
 * One language's word pipeline: tokenise, drop stopwords, fold inflected
 * forms, map synonyms, stem. The index and the questions go through the same
 * analyser, so "signed" in a question meets "sign" in a fact. Words in
 * another script go through the pack the language's `otherScripts` names.
 */
import { LRUCache } from "lru-cache";
import { newStemmer } from "snowball-stemmers";
import type { LanguagePack } from "../lang/schema.ts";
import { scriptOf, tokenise, withApostrophes, type Token } from "./normalise.ts";

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

/**
 * @param others The other languages' packs, for the words `pack.otherScripts`
 *   hands to them; a language named there without a pack here is read by `pack`.
 * @param endings Strip the pack's `endings` from the words of its script that
 *   `wordForms` and `synonyms` do not know (the search over translations).
 */
export function createAnalyser(pack: LanguagePack, others: readonly LanguagePack[] = [], endings = false): Analyser {
  const stemmer = pack.stemmer === null ? undefined : newStemmer(pack.stemmer);
  const suffixes = endings && pack.endings !== undefined ? [...pack.endings.suffixes].sort((a, b) => b.length - a.length) : [];
  const minStem = pack.endings?.minStem ?? 0;
  const stripEnding = (word: string): string => {
    const suffix = suffixes.find((ending) => word.endsWith(ending) && word.length - ending.length >= minStem);
    return suffix === undefined ? word : word.slice(0, -suffix.length);
  };
  const normaliseWord = (word: string) => tokenise(word, pack.apostrophes).map((token) => token.norm).join(" ");
  const stopwords = new Set(pack.stopwords.map(normaliseWord));
  const lemmas = new Map(Object.entries(pack.wordForms).flatMap(([lemma, forms]) => forms.map((form) => [normaliseWord(form), normaliseWord(lemma)] as const)));
  const synonyms = new Map(Object.entries(pack.synonyms).map(([from, to]) => [normaliseWord(from), normaliseWord(to)]));
  const borrowed = new Map<string, Analyser>();
  for (const [script, lang] of Object.entries(pack.otherScripts)) {
    const other = others.find((candidate) => candidate.lang === lang && candidate.lang !== pack.lang);
    if (other !== undefined && script !== pack.script) borrowed.set(script, createAnalyser(other));
  }
  const readerOf = (word: string) => (borrowed.size === 0 ? undefined : borrowed.get(scriptOf(word) ?? pack.script));
  /** Remembered stems, bounded so a long-running bot fed endless new words does not grow without limit. */
  const stems = new LRUCache<string, string>({ max: 50_000 });

  const stem = (word: string): string => {
    let result = stems.get(word);
    if (result === undefined) {
      const lemma = lemmas.get(word) ?? (synonyms.has(word) || scriptOf(word) !== pack.script ? word : stripEnding(word));
      const base = synonyms.get(lemma) ?? lemma;
      // A synonym may lead into the other script ("винищувач" → "fighter"), which that language stems.
      const reader = readerOf(word) ?? readerOf(base);
      result = reader !== undefined ? reader.stem(base) : stemmer === undefined ? base : stemmer.stem(base);
      stems.set(word, result);
    }
    return result;
  };
  // («пыдписали»: the slipped letters are read as the pack's own before anything else.)
  const slips = Object.entries(pack.letterSlips);
  const slipped = slips.length === 0 ? undefined : new RegExp(`[${slips.map(([from]) => from).join("")}]`, "gu");
  const slipOf = new Map(slips);
  const unslip = (word: string) => (slipped === undefined ? word : word.replace(slipped, (letter) => slipOf.get(letter) ?? letter));
  const tokens = (text: string): Token[] => {
    const found = tokenise(unslip(text), pack.apostrophes);
    if (borrowed.size === 0) return found;
    return found.flatMap((token) => {
      const reader = readerOf(token.norm);
      if (reader === undefined) return [token];
      const norm = withApostrophes(token.norm, reader.pack.apostrophes);
      return norm === "" ? [] : [{ raw: token.raw, norm }];
    });
  };
  const isStopword = (word: string) => readerOf(word)?.isStopword(word) ?? stopwords.has(word);
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
