/**
 * Numbers the sources an answer cites, in order of first use, so every `[n]`
 * in the text matches a citation and no citation goes unused.
 */
import type { Citation } from "../answer.ts";
import type { Source } from "../dataset/schema.ts";
import { mark } from "./markers.ts";

/** Official texts first, then official statements, analysis and news: the order in which sources settle a fact. */
const KIND_RANK: Record<Source["kind"], number> = { "official-text": 0, "official-statement": 1, analysis: 2, news: 3 };
/** A copy of another publication's text ranks after every original of its kind, and a third party's copy of an official text after the officials' own statements. */
const REPRINT = /\b(reprint|reproduc|copy of)/i;
const REPRINT_PENALTY = 1.5;

/** The best `max` of a record's sources (official first, a reprint after originals, otherwise in the curator's order). */
export function bestSources(ids: readonly string[], sources: ReadonlyMap<string, Source>, max: number): string[] {
  // One source (most quotes and facts) is its own best.
  if (ids.length <= 1) return ids.slice(0, max);
  return rankedSources(ids, sources).slice(0, max);
}

/**
 * A record's sources in the order `bestSources` takes them, worked out once
 * per list: records keep their source lists, and the same agreements' sources
 * are cited on question after question.
 */
const ranked = new WeakMap<readonly string[], { sources: ReadonlyMap<string, Source>; order: readonly string[] }>();

function rankedSources(ids: readonly string[], sources: ReadonlyMap<string, Source>): readonly string[] {
  const known = ranked.get(ids);
  // The list is read-only, but check its length in case a caller's own list grew since.
  if (known !== undefined && known.sources === sources && known.order.length === ids.length) return known.order;
  const order = ids
    .map((id, order) => {
      const source = sources.get(id);
      const reprint = source !== undefined && REPRINT.test(`${source.title} ${source.publisher}`) ? REPRINT_PENALTY : 0;
      return { id, order, rank: KIND_RANK[source?.kind ?? "news"] + reprint };
    })
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((entry) => entry.id);
  ranked.set(ids, { sources, order });
  return order;
}

export class CitationList {
  readonly #sources: ReadonlyMap<string, Source>;
  readonly #numbers = new Map<string, number>();
  readonly #citations: Citation[] = [];

  constructor(sources: ReadonlyMap<string, Source>) {
    this.#sources = sources;
  }

  /** The number of a source, adding it on first use. */
  number(id: string): number {
    const existing = this.#numbers.get(id);
    if (existing !== undefined) return existing;
    const source = this.#sources.get(id);
    if (source === undefined) throw new Error(`engine: unknown source "${id}" (the loader should have caught this)`);
    const n = this.#citations.length + 1;
    this.#numbers.set(id, n);
    this.#citations.push({ n, id, title: source.title, publisher: source.publisher, published: source.published, url: source.url });
    return n;
  }

  /** Markers for the given sources, with a leading space (" [1][2]" once the answer is finished); empty for none. */
  markers(ids: readonly string[]): string {
    if (ids.length === 0) return "";
    const numbers = [...new Set(ids.map((id) => this.number(id)))];
    return ` ${numbers.map(mark).join("")}`;
  }

  toArray(): Citation[] {
    return [...this.#citations];
  }
}
