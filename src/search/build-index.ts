/**
 * Builds the search index of one language, with the document frequency of
 * every term (for IDF-weighted confidence) and the surface words it holds
 * (for typo correction).
 */
import { isAcronym, type Analyser } from "../text/analyser.ts";
import { SEARCH_FIELDS, indexOptions, indexTerm } from "./index-options.ts";
import type { SearchDocument } from "./documents.ts";
import { RankedIndex } from "./ranked-index.ts";

export interface SearchIndex {
  readonly search: RankedIndex;
  readonly documents: ReadonlyMap<string, SearchDocument>;
  /** Documents containing each term (any field). */
  readonly documentFrequency: ReadonlyMap<string, number>;
  /** Normalised surface words with how often they occur, for the lexicon. */
  readonly words: ReadonlyMap<string, number>;
  /** Every index term of each document (all fields), by document id. */
  readonly documentTerms: ReadonlyMap<string, ReadonlySet<string>>;
  /** The index terms of each alternate question, by document id. */
  readonly questionTerms: ReadonlyMap<string, readonly ReadonlySet<string>[]>;
}

export function buildSearchIndex(documents: readonly SearchDocument[], analyser: Analyser): SearchIndex {
  const documentFrequency = new Map<string, number>();
  const words = new Map<string, number>();
  const documentTerms = new Map<string, ReadonlySet<string>>();
  // Each field is tokenised once, here; MiniSearch is handed the same tokens below.
  const fieldTokens = new Map<string, string[]>();
  for (const document of documents) {
    const terms = new Set<string>();
    for (const field of SEARCH_FIELDS) {
      const text = document[field];
      const indexed: string[] = [];
      for (const token of analyser.tokens(text)) {
        words.set(token.norm, (words.get(token.norm) ?? 0) + 1);
        indexed.push(indexTerm(token));
        if (!analyser.isStopword(token.norm) || isAcronym(token)) terms.add(analyser.stem(token.norm));
      }
      fieldTokens.set(text, indexed);
    }
    for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    documentTerms.set(document.id, terms);
  }
  const options = indexOptions(analyser);
  const search = new RankedIndex({ ...options, tokenize: (text, field) => fieldTokens.get(text) ?? options.tokenize?.(text, field) ?? [] }, documents);
  fieldTokens.clear();
  const questionTerms = new Map(
    documents.filter((document) => document.questionList.length > 0).map((document) => [document.id, document.questionList.map((question) => new Set(analyser.terms(question)))]),
  );
  return { search, documents: new Map(documents.map((document) => [document.id, document])), documentFrequency, documentTerms, words, questionTerms };
}
