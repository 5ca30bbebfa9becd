/**
 * The MiniSearch settings shared by index building and querying. Questions
 * reach the index already analysed (see `query.ts`), so the query side splits
 * on spaces and leaves terms as they are.
 */
import type { Options, SearchOptions } from "minisearch";
import { isAcronym, type Analyser } from "../text/analyser.ts";
import type { Token } from "../text/normalise.ts";
import type { SearchDocument } from "./documents.ts";

export const SEARCH_FIELDS = ["text", "questions", "topics", "partner", "speaker"] as const;

/**
 * Field boosts. Curated alternate `questions` are worded the way people ask,
 * so a hit there is the strongest sign a fact answers the question; partner
 * names and topic tags say what a record is about; the body text is the
 * baseline; a speaker match matters less than what was said.
 */
export const FIELD_BOOSTS: Record<(typeof SEARCH_FIELDS)[number], number> = {
  questions: 2,
  partner: 1.5,
  topics: 1.3,
  text: 1,
  speaker: 0.8,
};

/**
 * Fields that say what a record is about, rather than mention things in
 * passing. Not the speaker: "Times" in "as quoted by The Japan Times" says
 * nothing about what the quote is about.
 */
export const ABOUT_FIELDS: ReadonlySet<string> = new Set(["questions", "topics", "partner"]);

/** For "what did X say" questions the speaker is what the record is about. */
export const QUOTE_ABOUT_FIELDS: ReadonlySet<string> = new Set([...ABOUT_FIELDS, "speaker"]);

/**
 * Document boosts by kind. A fact is written to answer a question; a quote
 * is evidence more than an answer; an agreement record is long and matches
 * partner names strongly, while structured questions about it are answered
 * from the registry before search is tried.
 */
export const KIND_BOOSTS: Record<SearchDocument["kind"], number> = { fact: 1, quote: 0.7, agreement: 0.6 };

/** How much more a document about a partner the question names counts. */
export const PARTNER_BOOST = 1.6;

export function indexOptions(analyser: Analyser): Options<SearchDocument> {
  return {
    fields: [...SEARCH_FIELDS],
    storeFields: [],
    tokenize: (text) => analyser.tokens(text).map(indexTerm),
    processTerm: (term) => {
      const lower = term.toLowerCase();
      if (lower !== term) return analyser.stem(lower);
      return analyser.isStopword(term) ? null : analyser.stem(term);
    },
  };
}

/** A token as the index's tokenizer passes it on: an acronym ("US") in capitals, so processTerm keeps it although its lower case is a stopword. */
export function indexTerm(token: Token): string {
  return isAcronym(token) ? token.raw : token.norm;
}

/**
 * The search the engine makes, as MiniSearch search options. Typos are
 * corrected against the lexicon before the query is built, so fuzzy and
 * prefix matching stay off and a hit means the word itself is in the record —
 * which keeps the confidence honest. The engine scores with
 * `RankedIndex.score`, which adds up what `search()` with these options
 * would; the bench's bare search and test/engine/ranked-index.test.ts use
 * them as they are.
 */
export const QUERY_OPTIONS: SearchOptions = {
  tokenize: (text) => text.split(" "),
  processTerm: (term) => term,
  boost: FIELD_BOOSTS,
  fuzzy: false,
  prefix: false,
  combineWith: "OR",
};
