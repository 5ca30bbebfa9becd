/** The corpus arranged for answering: lookups by id, agreements in signing order, the corpus date. */
import { endOfPeriod } from "../dataset/dates.ts";
import type { Agreement, Dataset, Event, Fact, ProvisionFile, Quote, Source, Tally } from "../dataset/schema.ts";

export interface Registry {
  readonly dataset: Readonly<Dataset>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly agreements: ReadonlyMap<string, Agreement>;
  /** Agreements by signing date, then by ordinal, then in file order. */
  readonly byDate: readonly Agreement[];
  /** The days agreements were signed on, each once, in order: the neighbour of a signing is the next day in it. */
  readonly signingDays: readonly string[];
  readonly events: ReadonlyMap<string, Event>;
  readonly facts: ReadonlyMap<string, Fact>;
  readonly quotes: ReadonlyMap<string, Quote>;
  readonly quotesByAgreement: ReadonlyMap<string, readonly Quote[]>;
  /** The text read for an agreement, with its provisions, by agreement id. */
  readonly texts: ReadonlyMap<string, ProvisionFile>;
  /** The official tally with the latest date (the later one in the file on a tie). */
  readonly latestOfficialTally: Tally | undefined;
  /** The latest date in the corpus as a full date (a month-only date counts as its last day). */
  readonly asOf: string;
  /** The same date as the corpus writes it, for text ("November 2025"). */
  readonly asOfLabel: string;
}

export function buildRegistry(dataset: Readonly<Dataset>): Registry {
  const byDate = dataset.agreements
    .map((agreement, order) => ({ agreement, order }))
    .sort((a, b) => a.agreement.signed.localeCompare(b.agreement.signed) || (a.agreement.ordinal ?? Infinity) - (b.agreement.ordinal ?? Infinity) || a.order - b.order)
    .map((entry) => entry.agreement);
  const quotesByAgreement = new Map<string, Quote[]>();
  for (const quote of dataset.quotes) {
    if (quote.agreement === undefined) continue;
    const list = quotesByAgreement.get(quote.agreement) ?? [];
    list.push(quote);
    quotesByAgreement.set(quote.agreement, list);
  }
  const latestOfficialTally = dataset.tallies
    .filter((tally) => tally.official)
    .reduce<Tally | undefined>((latest, tally) => (latest === undefined || endOfPeriod(tally.asOf) >= endOfPeriod(latest.asOf) ? tally : latest), undefined);
  const dates = [
    ...dataset.facts.map((fact) => fact.asOf),
    ...dataset.tallies.map((tally) => tally.asOf),
    ...dataset.agreements.map((agreement) => agreement.signed),
    ...dataset.events.flatMap((event) => [event.start, ...(event.end === undefined ? [] : [event.end])]),
  ];
  const asOfLabel = dates.reduce((latest, date) => (endOfPeriod(date) > endOfPeriod(latest) ? date : latest), dates[0] ?? "1970-01-01");
  return {
    dataset,
    sources: new Map(dataset.sources.map((source) => [source.id, source])),
    agreements: new Map(dataset.agreements.map((agreement) => [agreement.id, agreement])),
    byDate,
    signingDays: [...new Set(byDate.map((agreement) => agreement.signed))],
    events: new Map(dataset.events.map((event) => [event.id, event])),
    facts: new Map(dataset.facts.map((fact) => [fact.id, fact])),
    quotes: new Map(dataset.quotes.map((quote) => [quote.id, quote])),
    quotesByAgreement,
    texts: new Map(dataset.provisions.map((file) => [file.agreement, file])),
    latestOfficialTally,
    asOf: endOfPeriod(asOfLabel),
    asOfLabel,
  };
}
