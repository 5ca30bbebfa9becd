/**
 * A MiniSearch index that can score a query without building a result
 * object per matching record. `MiniSearch.search()` makes an object, a term
 * list and a field map for every record any word matches (thousands on a
 * large corpus) and sorts them all, while answering needs only the best few.
 * `score` reads the same postings and adds up the same BM25 terms in the
 * same order as `search()` with exact words, OR and field boosts, so every
 * score — and so every ranking — is identical; the term and field matches
 * are then looked up for the few records kept ({@link RankedIndex.matchOf}).
 * It reads MiniSearch's protected fields, so package.json pins MiniSearch to
 * one exact version; `search()` itself is too slow at scale (README, Benchmarks).
 */
import MiniSearch, { type Options } from "minisearch";
import type { SearchDocument } from "./documents.ts";

export interface WeightedQueryTerm {
  term: string;
  /** The term's boost (MiniSearch's `boostTerm`). */
  boost: number;
}

export interface ScoredQuery {
  /** Records any term matches, by short id, in the order `search()` first meets them (its order among equal scores). */
  candidates: readonly number[];
  /** `search()`'s score of each candidate, by short id. */
  scores: Float64Array;
}

export interface TermMatch {
  /** The query's terms the record contains, in query order (`SearchResult.queryTerms`). */
  queryTerms: string[];
  /** The fields each of them was found in (`SearchResult.match`). */
  match: Record<string, string[]>;
}

/** `RankedIndex.score`'s working arrays, one slot per record. */
interface Scratch {
  termScores: Float64Array;
  lastTerm: Int32Array;
  quality: Int32Array;
  /** The records the current term matched, each once. */
  touched: Int32Array;
  /** The candidates so far, in the order met. */
  found: Int32Array;
}

/** A term with its postings in MiniSearch's index: by field id, each record's (short id's) frequency of the term. */
interface TermPostings {
  term: string;
  data: ReadonlyMap<number, ReadonlyMap<number, number>>;
}

/** MiniSearch's default BM25 parameters, which the index uses. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

export class RankedIndex extends MiniSearch<SearchDocument> {
  readonly #byShortId: SearchDocument[] = [];

  constructor(options: Options<SearchDocument>, documents: readonly SearchDocument[]) {
    super(options);
    this.addAll(documents);
    const byId = new Map(documents.map((document) => [document.id, document]));
    for (const [shortId, id] of this._documentIds) {
      const document = byId.get(String(id));
      if (document !== undefined) this.#byShortId[shortId] = document;
    }
  }

  documentAt(shortId: number): SearchDocument | undefined {
    return this.#byShortId[shortId];
  }

  /**
   * What `search(terms joined by spaces, { boost: fieldBoosts, boostTerm,
   * combineWith: "OR" })` scores, without fuzzy or prefix matching.
   * @param fieldBoosts Boost of each indexed field (1 when not given).
   */
  score(terms: readonly WeightedQueryTerm[], fieldBoosts: Readonly<Record<string, number>>): ScoredQuery {
    const size = this._nextId;
    const scores = new Float64Array(size);
    const { termScores, lastTerm, quality, touched, found } = this.#scratchFor(size);
    /** How many of `found` (the candidates, in the order met) and of `touched` (this term's records) are in use. */
    let candidateCount = 0;
    let touchedCount = 0;
    const fields = this.#fieldBoosts(fieldBoosts);
    const counted = new Set<string>();
    terms.forEach(({ term, boost }) => {
      const data = this._index.get(term);
      if (data === undefined) return;
      // A stamp no earlier term of any search used, so `lastTerm` need not be cleared between searches.
      const stamp = this.#nextStamp();
      touchedCount = 0;
      for (const { fieldId, fieldBoost } of fields) {
        const frequencies = data.get(fieldId);
        if (frequencies === undefined) continue;
        const matching = frequencies.size;
        const averageLength = this._avgFieldLength[fieldId] ?? 0;
        // The same expressions, evaluated in the same order, as MiniSearch's termResults and calcBM25Score.
        const inverseFrequency = Math.log(1 + (this._documentCount - matching + 0.5) / (matching + 0.5));
        const termFieldBoost = boost * fieldBoost;
        // forEach, in the same (insertion) order as for…of, without an entry array per posting.
        frequencies.forEach((frequency, shortId) => {
          const fieldLength = this._fieldLength.get(shortId)?.[fieldId] ?? 0;
          const raw = inverseFrequency * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * fieldLength) / averageLength)));
          const weighted = termFieldBoost * raw;
          if (lastTerm[shortId] === stamp) {
            termScores[shortId] = (termScores[shortId] ?? 0) + weighted;
          } else {
            lastTerm[shortId] = stamp;
            termScores[shortId] = weighted;
            touched[touchedCount++] = shortId;
          }
        });
      }
      const distinct = !counted.has(term);
      counted.add(term);
      for (let at = 0; at < touchedCount; at++) {
        const shortId = touched[at] as number;
        if (quality[shortId] === 0) {
          found[candidateCount++] = shortId;
          scores[shortId] = termScores[shortId] ?? 0;
        } else {
          scores[shortId] = (scores[shortId] ?? 0) + (termScores[shortId] ?? 0);
        }
        if (distinct) quality[shortId] = (quality[shortId] ?? 0) + 1;
      }
    });
    const candidates = new Array<number>(candidateCount);
    for (let at = 0; at < candidateCount; at++) candidates[at] = found[at] as number;
    for (const shortId of candidates) {
      scores[shortId] = (scores[shortId] ?? 0) * (quality[shortId] ?? 1);
      // Left as a fresh array would be for the next search: only candidates were touched.
      quality[shortId] = 0;
    }
    return { candidates, scores };
  }

  /**
   * Per-record working arrays of `score`, kept between searches instead of
   * allocated for each (three arrays of the corpus's size per search were
   * most of what a search allocated on a large corpus).
   * `termScores` is written before it is read for each term; `quality` is
   * cleared for the candidates after each search; `lastTerm` holds stamps;
   * `touched` and `found` are read only up to the counts of the search using them.
   */
  #scratch: Scratch | undefined;
  #stamp = 0;

  #scratchFor(size: number): Scratch {
    if (this.#scratch === undefined || this.#scratch.quality.length < size) {
      this.#scratch = { termScores: new Float64Array(size), lastTerm: new Int32Array(size), quality: new Int32Array(size), touched: new Int32Array(size), found: new Int32Array(size) };
      this.#stamp = 0;
    }
    return this.#scratch;
  }

  #nextStamp(): number {
    if (this.#stamp >= 0x7fffffff) {
      // After 2^31 terms: start over with a cleared array rather than wrap around.
      this.#scratch?.lastTerm.fill(0);
      this.#stamp = 0;
    }
    return ++this.#stamp;
  }

  /** Which of the terms a record contains, and in which fields, as `search()` reports them. */
  matchOf(shortId: number, terms: readonly string[]): TermMatch {
    const queryTerms: string[] = [];
    const match: Record<string, string[]> = {};
    for (const { term, data } of this.#postingsOf(terms)) {
      let fields: string[] | undefined;
      for (const field of this._options.fields) {
        const fieldId = this._fieldIds[field];
        if (fieldId !== undefined && data.get(fieldId)?.has(shortId) === true) (fields ??= []).push(field);
      }
      if (fields === undefined) continue;
      queryTerms.push(term);
      match[term] = fields;
    }
    return { queryTerms, match };
  }

  /**
   * Each distinct term of `terms` the index holds, where it first comes, with
   * its postings: a search asks `matchOf` the same terms for every record it
   * re-ranks, so they are looked up in the index once for the list.
   */
  #postingsOf(terms: readonly string[]): readonly TermPostings[] {
    if (this.#lastPostings?.terms === terms) return this.#lastPostings.postings;
    const postings: TermPostings[] = [];
    terms.forEach((term, position) => {
      const data = terms.indexOf(term) === position ? this._index.get(term) : undefined;
      if (data !== undefined) postings.push({ term, data });
    });
    this.#lastPostings = { terms, postings };
    return postings;
  }

  #lastPostings: { terms: readonly string[]; postings: readonly TermPostings[] } | undefined;

  /** The indexed fields in MiniSearch's order (the `fields` option), each with its boost. */
  #fieldBoosts(boosts: Readonly<Record<string, number>>): readonly { fieldId: number; fieldBoost: number }[] {
    // The engine passes the same boosts object to every search: work them out once for it.
    if (this.#lastBoosts?.boosts === boosts) return this.#lastBoosts.fields;
    const fields = this.#fieldBoostsOf(boosts);
    this.#lastBoosts = { boosts, fields };
    return fields;
  }

  #lastBoosts: { boosts: Readonly<Record<string, number>>; fields: readonly { fieldId: number; fieldBoost: number }[] } | undefined;

  #fieldBoostsOf(boosts: Readonly<Record<string, number>>): { fieldId: number; fieldBoost: number }[] {
    return this._options.fields.flatMap((field) => {
      const fieldId = this._fieldIds[field];
      return fieldId === undefined ? [] : [{ fieldId, fieldBoost: (Object.hasOwn(boosts, field) ? boosts[field] : undefined) || 1 }];
    });
  }
}
