/**
 * The engine ranks with `RankedIndex.score` instead of `MiniSearch.search()`
 * because it needs only the best few of thousands of matches. It must give
 * exactly the scores `search()` gives — the same records, the same values,
 * the same order among ties — or answers would change; a MiniSearch upgrade
 * that scores differently fails here.
 */
import { expect, it } from "vitest";
import { searchIndexesOf } from "../../src/create-engine.ts";
import { QUERY_OPTIONS } from "../../src/search/index-options.ts";
import { sharedEngine } from "../shared-engine.ts";

/** Queries of one to four index terms taken from every few records' own terms, some repeated, later ones boosted less (as a partner's registry name is). */
function queriesFrom(documentTerms: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const perRecord = [...documentTerms.values()].map((terms) => [...terms]);
  return perRecord.flatMap((terms, record) => {
    if (record % 3 !== 0 || terms.length === 0) return [];
    const other = perRecord[(record * 7 + 5) % perRecord.length] ?? [];
    const size = 1 + (record % 4);
    const picked = Array.from({ length: size }, (_, i) => (i % 2 === 0 ? terms : other)[(record + i * 5) % Math.max(1, (i % 2 === 0 ? terms : other).length)] ?? "");
    return [record % 5 === 0 ? [...picked, picked[0] ?? ""] : picked].map((query) => query.filter((term) => term !== ""));
  });
}

it("scores every query exactly as MiniSearch's search() does, in each language's index", () => {
  const engine = sharedEngine();
  engine.answer("Коли Японія підписала угоду?"); // builds the Ukrainian index too
  const indexes = [...searchIndexesOf(engine).values()];
  expect(indexes.length).toBe(2);
  for (const index of indexes) {
    const queries = queriesFrom(index.documentTerms);
    expect(queries.length).toBeGreaterThan(50);
    for (const query of queries) {
      const boostOf = (term: string) => (term === query[0] ? 1 : 0.5);
      const expected = index.search.search(query.join(" "), { ...QUERY_OPTIONS, boostTerm: boostOf }).map((result) => [String(result.id), result.score]);
      const { candidates, scores } = index.search.score(query.map((term) => ({ term, boost: boostOf(term) })), QUERY_OPTIONS.boost ?? {});
      // search() sorts by score, keeping the order it met records in among equal scores; so does this stable sort.
      const ranked = [...candidates].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0)).map((shortId) => [index.search.documentAt(shortId)?.id, scores[shortId]]);
      expect(ranked, query.join(" ")).toEqual(expected);
    }
  }
});
