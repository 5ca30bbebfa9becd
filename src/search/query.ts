/**
 * Runs an analysed question against a search index and rates each hit with a
 * confidence that is comparable across questions.
 */
import type { DocumentKind, SearchDocument } from "./documents.ts";
import type { SearchIndex } from "./build-index.ts";
import { CORRECTED_TERM_WEIGHT, hasTerm, inverseDocumentFrequency, searchConfidence, type WeightedTerm } from "./confidence.ts";
import { ABOUT_FIELDS, FIELD_BOOSTS, KIND_BOOSTS, PARTNER_BOOST } from "./index-options.ts";
import type { ScoredQuery, TermMatch } from "./ranked-index.ts";

export interface SearchHit {
  document: SearchDocument;
  score: number;
  confidence: number;
  /** The question's words this document contains. */
  matched: ReadonlySet<string>;
  /** How closely the question matches the closest of the record's alternate questions (0–1; 0 without any). */
  questionFit: number;
  /** How many of the question's searched words are not names. */
  askingWords: number;
}

export interface QueryWord {
  term: string;
  /** True when the word was a typo corrected to a known word. */
  corrected: boolean;
  /**
   * Words with the same group are one word for confidence: the name of a
   * partner as typed ("America") and its registry name ("United States").
   */
  group?: string;
  /** Searched for, but not a word of the question (a partner's registry name added to the name typed). */
  expansion?: boolean;
}

export interface SearchFilter {
  /** Only these kinds of record. Default: all. */
  kinds?: ReadonlySet<DocumentKind>;
  /** Agreements the question names; their records rank higher. */
  partners?: ReadonlySet<string>;
  /** Only records about these agreements. */
  onlyPartners?: boolean;
  /** Let partner names count towards informativeness: the question says it is about the agreements. Default false. */
  nameCredit?: boolean;
  /** Fields whose matches say what a record is about. Default {@link ABOUT_FIELDS}; a question about what someone said adds the speaker. */
  aboutFields?: ReadonlySet<string>;
}

/** Hits above zero, best first, at most `limit`. */
export function runSearch(index: SearchIndex, words: readonly QueryWord[], filter: SearchFilter = {}, limit = 5): SearchHit[] {
  const searched = searchWords(index, words);
  const { terms, scored } = searched;
  if (terms.length === 0) return [];
  // Rank by score weighted with how well each hit explains the question, so a
  // near tie on score goes to the record that is about what was asked.
  const aboutFields = filter.aboutFields ?? ABOUT_FIELDS;
  const asking = askedOf(searched);
  const rated = boostedTop(index, scored, filter, RERANK_DEPTH).map(({ shortId, document, score }) => {
    const { matched, about } = matchedTerms(matchOf(index, searched, shortId), aboutFields);
    const fit = searchConfidence(terms, matched, about, Infinity, filter.nameCredit);
    const asked = questionFit(index, index.questionTerms.get(document.id), asking);
    return { document, score, matched, about, asked, rank: score * (0.5 + fit) * (1 + asked) };
  });
  rated.sort((a, b) => b.rank - a.rank);
  const askingWords = terms.filter((term) => !term.name).length;
  return rated.slice(0, limit).map((hit, position) => {
    const next = rated[position + 1]?.rank;
    const ratio = next === undefined || next === 0 ? Infinity : hit.rank / next;
    return {
      document: hit.document,
      score: hit.score,
      matched: hit.matched,
      questionFit: hit.asked,
      askingWords,
      confidence: searchConfidence(terms, hit.matched, hit.about, ratio, filter.nameCredit),
    };
  });
}

interface Searched {
  terms: WeightedTerm[];
  /** The index terms searched for. */
  query: readonly string[];
  /** MiniSearch's scores, before the kind and partner boosts. */
  scored: ScoredQuery;
  /** The matches of the records re-ranked so far, by short id: the filtered searches of one question share most of their top. */
  matches: Map<number, RecordMatch>;
  /** What {@link questionFit} needs of the terms, the same for every record: worked out on first use. */
  asked?: AskedTerms;
}

interface AskedTerms {
  /** Each alternative of each term, to the term. */
  byAlternative: ReadonlyMap<string, WeightedTerm>;
  /** The terms' IDF, summed in their order. */
  total: number;
}

function askedOf(searched: Searched): AskedTerms {
  if (searched.asked === undefined) {
    const byAlternative = new Map<string, WeightedTerm>();
    for (const term of searched.terms) for (const alternative of term.alternatives) byAlternative.set(alternative, term);
    searched.asked = { byAlternative, total: searched.terms.reduce((sum, term) => sum + term.idf, 0) };
  }
  return searched.asked;
}

function matchOf(index: SearchIndex, searched: Searched, shortId: number): RecordMatch {
  let match = searched.matches.get(shortId);
  if (match === undefined) {
    const result = index.search.matchOf(shortId, searched.query);
    match = { result, matched: new Set(result.queryTerms), about: undefined };
    searched.matches.set(shortId, match);
  }
  return match;
}

/** A record's matched terms, and those found in `aboutFields`: made once per record and set of fields for all the searches of one reading. */
function matchedTerms(match: RecordMatch, aboutFields: ReadonlySet<string>): { matched: ReadonlySet<string>; about: ReadonlySet<string> } {
  let about = match.about?.fields === aboutFields ? match.about.terms : match.others?.get(aboutFields);
  if (about === undefined) {
    const { result } = match;
    about = new Set(result.queryTerms.filter((term) => (result.match[term] ?? []).some((field) => aboutFields.has(field))));
    if (match.about === undefined) match.about = { fields: aboutFields, terms: about };
    else (match.others ??= new Map()).set(aboutFields, about);
  }
  return { matched: match.matched, about };
}

interface RecordMatch {
  result: TermMatch;
  /** The query's terms the record contains. */
  matched: ReadonlySet<string>;
  /** Those found in the fields that say what a record is about, for the first set of such fields asked… */
  about: { fields: ReadonlySet<string>; terms: ReadonlySet<string> } | undefined;
  /** …and for any other (a question about what someone said adds the speaker). */
  others?: Map<ReadonlySet<string>, ReadonlySet<string>>;
}

/**
 * The words of one reading of a question, searched once: answering asks the
 * index several filtered questions about the same words (facts only, then
 * quotes on the same partner…), and the filters and boosts are applied to
 * this one result list instead of searching again. The last search of each
 * index is kept, keyed by the words it was made for.
 */
const lastSearch = new WeakMap<SearchIndex, { key: string; words: readonly QueryWord[]; searched: Searched }>();

function searchWords(index: SearchIndex, words: readonly QueryWord[]): Searched {
  const last = lastSearch.get(index);
  // The same (read-only) list of words again: the same search, without writing out its key.
  if (last?.words === words) return last.searched;
  const key = JSON.stringify(words.map((word) => [word.term, word.corrected, word.group, word.expansion]));
  if (last?.key === key) {
    last.words = words;
    return last.searched;
  }
  const searched = searchOnce(index, words);
  lastSearch.set(index, { key, words, searched });
  return searched;
}

function searchOnce(index: SearchIndex, words: readonly QueryWord[]): Searched {
  const all = weightedTerms(index, words);
  // Words in most records ("Ukraine", "agreement") barely rank anything but cost the most to look up.
  const distinctive = all.filter((term) => term.idf >= COMMON_TERM_IDF);
  const terms = distinctive.length > 0 ? distinctive : all;
  if (terms.length === 0) return { terms, query: [], scored: { candidates: [], scores: new Float64Array(0) }, matches: new Map() };
  // Split on spaces as the query-side tokenizer (QUERY_OPTIONS) does.
  const query = [...new Set(terms.flatMap((term) => [...term.alternatives]))].join(" ").split(" ").filter((term) => term !== "");
  const typed = new Set(words.filter((word) => word.expansion !== true).map((word) => word.term));
  const scored = index.search.score(
    query.map((term) => ({ term, boost: typed.has(term) ? 1 : EXPANSION_BOOST })),
    FIELD_BOOSTS,
  );
  return { terms, query, scored, matches: new Map() };
}

interface Boosted {
  shortId: number;
  document: SearchDocument;
  /** MiniSearch's score times the kind and partner boosts. */
  score: number;
  /** MiniSearch's score: among equal boosted scores its ranking decides. */
  searchScore: number;
}

/**
 * The `depth` best results once each is weighted by its kind and by whether
 * it is about a partner the question names, leaving out what the filter
 * excludes. MiniSearch would apply the same factor to every term of a
 * document (`boostDocument`), so multiplying its total gives the same score.
 * Ties go the way MiniSearch ranks: the higher search score, then the record
 * it met first (candidates come in that order).
 */
function boostedTop(index: SearchIndex, { candidates, scores }: ScoredQuery, filter: SearchFilter, depth: number): Boosted[] {
  const top: Boosted[] = [];
  for (const shortId of candidates) {
    const document = index.search.documentAt(shortId);
    if (document === undefined) continue;
    if (filter.kinds !== undefined && !filter.kinds.has(document.kind)) continue;
    const aboutPartner = document.agreement !== undefined && filter.partners?.has(document.agreement) === true;
    if (filter.onlyPartners === true && !aboutPartner) continue;
    const searchScore = scores[shortId] ?? 0;
    const score = searchScore * KIND_BOOSTS[document.kind] * (aboutPartner ? PARTNER_BOOST : 1);
    if (ranksAbove(top[depth - 1], score, searchScore)) continue;
    let at = top.length;
    while (at > 0 && !ranksAbove(top[at - 1], score, searchScore)) at--;
    top.splice(at, 0, { shortId, document, score, searchScore });
    if (top.length > depth) top.pop();
  }
  return top;
}

/** Whether a kept result ranks above a later candidate with these scores (one it met earlier wins a full tie). */
function ranksAbove(kept: Boosted | undefined, score: number, searchScore: number): boolean {
  return kept !== undefined && (kept.score > score || (kept.score === score && kept.searchScore >= searchScore));
}

/**
 * Weight of a partner's registry name added to the name typed: enough to
 * find records that say "United States" when "America" was typed, not so much
 * that the partner outweighs what was asked about it.
 */
const EXPANSION_BOOST = 0.3;

/** Below this IDF (a word in more than about 40% of records) a word is left out of the search. */
const COMMON_TERM_IDF = 0.9;

/** How many of MiniSearch's top results are re-ranked by fit. */
const RERANK_DEPTH = 20;

/**
 * How closely the question matches the closest of a record's alternate
 * questions: the IDF-weighted overlap of their words over their union (0–1).
 * "What is the Ukraine Compact?" is closer to that very question than to
 * "Which countries signed the Ukraine Compact?".
 */
function questionFit(index: SearchIndex, questions: readonly ReadonlySet<string>[] | undefined, { byAlternative, total: askedTotal }: AskedTerms): number {
  if (questions === undefined) return 0;
  let best = 0;
  for (const question of questions) {
    const shared = new Set<WeightedTerm>();
    let extra = 0;
    for (const term of question) {
      const asked = byAlternative.get(term);
      if (asked !== undefined) shared.add(asked);
      else extra += inverseDocumentFrequency(index.documents.size, index.documentFrequency.get(term) ?? 0);
    }
    const union = askedTotal + extra;
    let sharedIdf = 0;
    for (const term of shared) sharedIdf += term.idf;
    best = Math.max(best, union === 0 ? 0 : sharedIdf / union);
  }
  return best;
}

/**
 * The question's distinct words with their IDF. A word keeps the weight of
 * its most certain occurrence; words of one group (a partner's names) become
 * one word with those names as alternatives and the IDF of the name typed.
 */
export function weightedTerms(index: SearchIndex, words: readonly QueryWord[]): WeightedTerm[] {
  const byKey = new Map<string, { term: string; alternatives: Set<string>; idf: number; weight: number; name: boolean }>();
  const documentCount = index.documents.size;
  for (const word of words) {
    const key = word.group ?? word.term;
    const weight = word.corrected ? CORRECTED_TERM_WEIGHT : 1;
    const idf = inverseDocumentFrequency(documentCount, index.documentFrequency.get(word.term) ?? 0);
    let entry = byKey.get(key);
    if (entry === undefined) {
      entry = {
        term: word.term,
        alternatives: new Set([word.term]),
        idf: word.expansion === true ? 0 : idf,
        weight: word.expansion === true ? 0 : weight,
        name: word.group !== undefined,
      };
      byKey.set(key, entry);
      continue;
    }
    entry.alternatives.add(word.term);
    if (word.expansion !== true) {
      entry.idf = Math.max(entry.idf, idf);
      entry.weight = Math.max(entry.weight, weight);
    }
  }
  return [...byKey.values()].filter((entry) => entry.weight > 0);
}

/**
 * The question's overlap with one record's words (IDF-weighted), without a
 * search: for choosing among a handful of known records, e.g. one
 * agreement's quotes. `terms` are the question's {@link weightedTerms} on
 * this index, worked out once by the caller for all the records it compares.
 */
export function overlap(index: SearchIndex, documentId: string, terms: readonly WeightedTerm[]): number {
  const recordTerms = index.documentTerms.get(documentId);
  if (recordTerms === undefined) return 0;
  let sum = 0;
  for (const term of terms) sum += hasTerm(recordTerms, term) ? term.idf * term.weight : 0;
  return sum;
}
