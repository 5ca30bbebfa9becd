/**
 * The Engine's other methods on the real corpus: the agreement card, quotes,
 * sources, about, partner autocomplete and examples.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.ts";
import { expectWellFormed } from "./answer-checks.ts";
import { sharedEngine } from "../shared-engine.ts";

let engine: Engine;

beforeAll(() => {
  engine = sharedEngine();
});

describe("agreement(partner)", () => {
  it("gives the card: title, date, place, signatories with roles, duration, commitments, ordinal, sources", () => {
    const answer = engine.agreement("Japan");
    expectWellFormed(answer);
    const record = engine.dataset.agreements.find((agreement) => agreement.partner === "Japan");
    expect(answer).toMatchObject({ status: "answered", intent: "agreement" });
    expect(answer.text).toContain(`Japan: ${record?.title}`);
    expect(answer.text).toContain("Signed on 13 June 2024");
    expect(answer.text).toContain("Fumio Kishida (Prime Minister of Japan)");
    expect(answer.text).toContain("Duration: 10 years.");
    expect(answer.text).toMatch(/Key commitments: /);
    if (record?.ordinal !== null) expect(answer.text).toMatch(/Place in Ukraine's official count: \d+(st|nd|rd|th)\./);
    expect(answer.quotes.length).toBe(1);
  });

  it("shows every conflict note on the card", () => {
    const answer = engine.agreement("United States");
    for (const conflict of engine.dataset.agreements.find((agreement) => agreement.partner === "United States")?.conflicts.map((conflict) => conflict.note) ?? []) {
      expect(answer.text).toContain(conflict.slice(0, 40));
    }
  });

  it.each(["UK", "the Netherlands", "Untied States", "germny", "EU", "czech republic"])("accepts the alias or typo %s", (name) => {
    const answer = engine.agreement(name);
    expect(answer.status, answer.text).toBe("answered");
  });

  it("gives no_answer with close partners as suggestions for an unknown name", () => {
    const answer = engine.agreement("Narnia");
    expectWellFormed(answer);
    expect(answer.status).toBe("no_answer");
    expect(answer.text).toContain("Narnia");
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it("says no agreement is on record for a country that has not signed", () => {
    const answer = engine.agreement("Switzerland");
    expect(answer.status).toBe("no_answer");
    expect(answer.text).toMatch(/^No agreement with Switzerland is on record/);
  });
});

describe("quotes(topic)", () => {
  it("gives verbatim quotes of the corpus, each with a citation of its source", () => {
    const answer = engine.quotes("Ukraine Compact");
    expectWellFormed(answer);
    expect(answer.status).toBe("answered");
    expect(answer.quotes.length).toBeGreaterThan(0);
    for (const quote of answer.quotes) {
      const record = engine.dataset.quotes.find((candidate) => candidate.text === quote.text);
      expect(record, quote.text).toBeDefined();
      expect(answer.citations.find((citation) => citation.n === quote.citation)?.id).toBe(record?.source);
    }
  });

  it("gives a partner's quotes and respects the limit", () => {
    const answer = engine.quotes("United Kingdom", { limit: 2 });
    expect(answer.quotes.length).toBe(2);
    const ukQuotes = engine.dataset.quotes.filter((quote) => quote.agreement === "united-kingdom").map((quote) => quote.text);
    for (const quote of answer.quotes) expect(ukQuotes).toContain(quote.text);
  });

  it("attributes second-hand quotes", () => {
    const secondHand = engine.dataset.quotes.find((quote) => quote.quotedBy !== undefined && quote.agreement !== undefined);
    if (secondHand?.agreement === undefined) return;
    const partner = engine.dataset.agreements.find((agreement) => agreement.id === secondHand.agreement)?.partner ?? "";
    const answer = engine.quotes(partner, { limit: 10 });
    const shown = answer.quotes.find((quote) => quote.text === secondHand.text);
    expect(shown?.speaker).toBe(`${secondHand.speaker}, as quoted by ${secondHand.quotedBy}`);
  });

  it("gives no_answer for a topic without quotes", () => {
    expect(engine.quotes("pizza recipes").status).toBe("no_answer");
  });
});

describe("sources()", () => {
  it("lists every source as a citation, each cited in the text", () => {
    const answer = engine.sources();
    expectWellFormed(answer);
    expect(answer.citations.length).toBe(engine.dataset.sources.length);
    expect(new Set(answer.citations.map((citation) => citation.id))).toEqual(new Set(engine.dataset.sources.map((source) => source.id)));
  });
});

describe("about()", () => {
  it("says what the corpus covers and its as-of date", () => {
    const answer = engine.about();
    expectWellFormed(answer);
    expect(answer.text).toContain(`${engine.dataset.agreements.length} agreements`);
    expect(answer.text).toMatch(/as of \d{1,2} \w+ \d{4}\./);
    expect(answer.asOf).toBe(engine.asOf);
  });
});

describe("asOf", () => {
  it("is the latest date in the corpus, as a full date", () => {
    expect(engine.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const dates = [
      ...engine.dataset.facts.map((fact) => fact.asOf),
      ...engine.dataset.tallies.map((tally) => tally.asOf),
      ...engine.dataset.agreements.map((agreement) => agreement.signed),
    ];
    for (const date of dates) expect(date <= engine.asOf, date).toBe(true);
    expect(engine.answer("When did Japan sign?").asOf).toBe(engine.asOf);
  });
});

describe("partners(query, limit)", () => {
  it("lists all partners alphabetically for an empty query, at most 25", () => {
    const all = engine.partners("");
    expect(all.length).toBe(Math.min(25, engine.dataset.agreements.length));
    const names = all.map((choice) => choice.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("matches prefixes, aliases and typos, best first", () => {
    expect(engine.partners("ger")[0]?.name).toBe("Germany");
    expect(engine.partners("UK")[0]?.name).toBe("United Kingdom");
    expect(engine.partners("holland")[0]?.name).toBe("Netherlands");
    expect(engine.partners("Germny")[0]?.name).toBe("Germany");
    expect(engine.partners("united").map((choice) => choice.name)).toEqual(expect.arrayContaining(["United Kingdom", "United States"]));
  });

  it("returns ids that agreement() accepts, and honours the limit", () => {
    const choices = engine.partners("", 5);
    expect(choices.length).toBe(5);
    for (const choice of choices) expect(engine.agreement(choice.id).status, choice.id).toBe("answered");
  });

  it("returns nothing for a name that matches no partner", () => {
    expect(engine.partners("zzzz")).toEqual([]);
  });
});

describe("examples()", () => {
  it("gives at least three example questions, all of them answered", () => {
    const examples = engine.examples();
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) expect(engine.answer(example).status, example).toBe("answered");
  });
});
