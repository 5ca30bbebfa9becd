/**
 * Structured questions on the real corpus, answered from the registry: what a
 * user reads (dates, places, names, counts) and that each answer cites the
 * record's sources.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Agreement, Answer, Engine } from "../../src/index.ts";
import { expectWellFormed } from "./answer-checks.ts";
import { sharedEngine } from "../shared-engine.ts";

let engine: Engine;
const agreement = (partner: string): Agreement => {
  const found = engine.dataset.agreements.find((candidate) => candidate.partner === partner);
  if (found === undefined) throw new Error(`no ${partner} in the registry`);
  return found;
};
/** The URLs of a record's sources. */
const urlsOf = (record: { sources: readonly string[] }) =>
  record.sources.map((id) => engine.dataset.sources.find((source) => source.id === id)?.url);

function ask(question: string): Answer {
  const answer = engine.answer(question);
  expectWellFormed(answer);
  return answer;
}

beforeAll(() => {
  engine = sharedEngine();
});

describe("when", () => {
  it("answers Japan's signing date as 13 June 2024 and cites Japan's sources", () => {
    const answer = ask("When did Japan sign its security agreement with Ukraine?");
    expect(answer).toMatchObject({ status: "answered", intent: "when", lang: "en" });
    expect(answer.text).toContain("Japan signed its security agreement with Ukraine on 13 June 2024");
    expect(answer.confidence).toBeGreaterThanOrEqual(0.9);
    expect(answer.citations.length).toBeGreaterThanOrEqual(1);
    for (const citation of answer.citations.filter((citation) => answer.text.includes(`[${citation.n}]`))) {
      expect(urlsOf(agreement("Japan"))).toContain(citation.url);
    }
  });

  it("answers for every partner in the registry with its own date", () => {
    for (const record of engine.dataset.agreements) {
      const answer = ask(`When did ${record.partner} sign?`);
      expect(answer.status, record.partner).toBe("answered");
      const [year, month, day] = record.signed.split("-").map(Number);
      const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day)).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
      expect(answer.text, record.partner).toContain(date);
    }
  });
});

describe("where, who, how long, what it commits to", () => {
  it("says where the UK agreement was signed, with the date", () => {
    const answer = ask("Where was the UK agreement signed?");
    expect(answer.intent).toBe("where");
    expect(answer.text).toContain("Kyiv");
    expect(answer.text).toContain("12 January 2024");
  });

  it("names both signatories with their roles", () => {
    const answer = ask("Who signed the agreement with the United States?");
    expect(answer.intent).toBe("who");
    for (const signatory of agreement("United States").signatories) {
      expect(answer.text).toContain(signatory.name);
      expect(answer.text).toContain(signatory.role);
    }
  });

  it("gives the term in years, and says when there is no fixed term", () => {
    const denmark = ask("How long is the Danish agreement valid?");
    expect(denmark.intent).toBe("duration");
    expect(denmark.text).toContain("10 years");
    const eu = ask("How long will the EU agreement last?");
    expect(eu.text).toMatch(/no fixed term/);
    expect(eu.text).toContain(agreement("European Union").durationNote?.slice(0, 20) ?? "");
  });

  it("lists the commitments of the record", () => {
    const answer = ask("What does the US agreement commit to?");
    expect(answer.intent).toBe("commitments");
    for (const commitment of agreement("United States").commitments) expect(answer.text).toContain(commitment.replace(/[.;]+$/, ""));
  });

  it("adds a verbatim quote from the agreement's quotes when there is one", () => {
    const answer = ask("What does the Japanese accord commit to?");
    const quotes = engine.dataset.quotes.filter((quote) => quote.agreement === agreement("Japan").id).map((quote) => quote.text);
    expect(answer.quotes.length).toBe(1);
    expect(quotes).toContain(answer.quotes[0]?.text);
  });
});

describe("place in the official count", () => {
  it("gives the ordinal with the curator's note", () => {
    const answer = ask("which number was Spain's agreement?");
    const spain = agreement("Spain");
    expect(answer.text).toContain(`is the ${spain.ordinal}th in Ukraine's official count`);
    if (spain.ordinalNote !== null) expect(answer.text).toContain(spain.ordinalNote.slice(0, 30));
  });

  it("names the agreement at a place the sources dispute, with the dispute", () => {
    const answer = ask("which was the 6th agreement");
    expect(answer.text).toMatch(/^The 6th agreement in Ukraine's official count is the one with Canada/);
    expect(answer.text).toMatch(/Sources differ: .*Italy/);
    expect(ask("which was the 7th agreement").text).not.toContain("Sources differ");
  });

  it("says a country with no agreement has none, not only that the place asked is beyond the count", () => {
    const answer = ask("when did montenegro sign as the 29th partner");
    expect(answer.text).toMatch(/^No agreement with Montenegro is on record/);
    expect(answer.unanswered).toContain("agreement:Montenegro");
  });

  it("answers a wrong ordinal with the right one and the conflict behind it", () => {
    const answer = ask("Was Spain the eighth country to sign?");
    expect(answer.text).toContain("10th");
    expect(answer.text).toMatch(/Sources differ: .*eighth/);
  });
});

describe("caveats", () => {
  it("says a medium-confidence record is uncertain and that the official count leaves Croatia out", () => {
    const answer = ask("Has Croatia signed a security agreement?");
    expect(answer.text).toMatch(/^Yes\. Croatia signed/);
    expect(answer.text).toContain("Treat this with care");
    expect(answer.text).toContain("official count of its security agreements does not include");
  });

  it("repeats the conflict notes on what was asked and points to the others", () => {
    const answer = ask("How long does the EU agreement last?");
    expect(answer.text).toMatch(/Sources differ: .*10 years/i);
  });

  it("under \"who signed\", repeats the notes tagged as about the signatories only", () => {
    const slovenia = ask("Who signed the agreement with Slovenia?");
    expect(slovenia.text).toContain("Pirc Musar had announced she would sign");
    // The US record's notes on its place in the count and on a future president's withdrawal are not about who signed.
    const us = ask("Who signed the US agreement?");
    expect(us.text).not.toContain("Sources differ");
    // …nor does the answer point at them with boilerplate.
    expect(us.text).not.toMatch(/other points/);
  });
});

describe("counts", () => {
  it("gives the latest official count with what it covers, and mentions Croatia's uncounted agreement", () => {
    const answer = ask("How many security agreements has Ukraine signed?");
    expect(answer.intent).toBe("count");
    expect(answer.text).toContain("28 agreements (27 countries and the European Union) as of November 2025");
    expect(answer.text).toContain("Croatia");
  });

  it("counts from the registry as of a month", () => {
    const answer = ask("How many agreements had Ukraine signed as of July 2024?");
    const expected = engine.dataset.agreements.filter((record) => record.inOfficialCount && record.signed <= "2024-07-31").length;
    expect(answer.text).toContain(`By the end of July 2024, Ukraine had signed ${expected} agreements`);
  });

  it("counts from the registry as of a day", () => {
    const answer = ask("how many agreements by 31 May 2024");
    const expected = engine.dataset.agreements.filter((record) => record.inOfficialCount && record.signed <= "2024-05-31").length;
    expect(answer.text).toContain(`By 31 May 2024, Ukraine had signed ${expected} agreements`);
  });

  it("counts the agreements signed before a month began, and says so", () => {
    const answer = ask("how many agreements were signed before July 2024");
    const expected = engine.dataset.agreements.filter((record) => record.inOfficialCount && record.signed < "2024-07").length;
    expect(answer.text).toContain(`Before July 2024, Ukraine had signed ${expected} agreements`);
  });
});

describe("lists", () => {
  it("lists every partner", () => {
    const answer = ask("Which countries have signed security agreements with Ukraine?");
    expect(answer.intent).toBe("list");
    for (const record of engine.dataset.agreements) expect(answer.text).toContain(record.partner);
  });

  it("lists the partners of a month with one citation each", () => {
    const answer = ask("Which agreements were signed in June 2024?");
    const june = engine.dataset.agreements.filter((record) => record.signed.startsWith("2024-06"));
    for (const record of june) expect(answer.text).toContain(record.partner);
    expect(answer.text).not.toContain("United Kingdom");
    expect(answer.citations.length).toBe(new Set(answer.citations.map((citation) => citation.url)).size);
  });

  it("lists the partners that signed at the G7 summit", () => {
    const answer = ask("Which countries signed at the G7 summit?");
    expect(answer.text).toContain("Japan");
    expect(answer.text).toContain("United States");
    expect(answer.text).not.toContain("Germany");
  });

  it("lists the partners that signed at the NATO summit in Washington", () => {
    const answer = ask("Who signed at the NATO summit?");
    const atNato = engine.dataset.agreements.filter((record) => record.events.some((id) => /nato/.test(id)));
    expect(atNato.length).toBeGreaterThan(0);
    for (const record of atNato) expect(answer.text).toContain(record.partner);
  });

  it("lists the agreements signed at a place, even one that is also a partner's alias", () => {
    for (const place of ["Brussels", "Washington"]) {
      const answer = ask(`Which agreements were signed in ${place}?`);
      const there = engine.dataset.agreements.filter((record) => record.place.includes(place));
      expect(there.length, place).toBeGreaterThan(0);
      for (const record of there) expect(answer.text).toContain(record.partner);
      expect(answer.text).not.toContain("United Kingdom");
    }
  });

  it("sets two agreements side by side, one line per attribute, when asked to compare them", () => {
    for (const question of ["compare the UK and France agreements", "UK vs France agreement"]) {
      const answer = ask(question);
      expect(answer.intent, question).toBe("agreement");
      const lines = answer.text.split("\n");
      expect(lines.find((line) => line.startsWith("Signed:")), question).toMatch(/United Kingdom — 12 January 2024 \[\d\]; France — 16 February 2024/);
      expect(lines.find((line) => line.startsWith("Signatories:")), question).toMatch(/Rishi Sunak.*Emmanuel Macron/);
      // Compact: no full cards.
      expect(answer.text, question).not.toContain("Key commitments:");
    }
  });

  it("gives the overview of every agreement for a query of topic words only", () => {
    for (const question of ["agreements", "Ukraine security agreements"]) {
      const answer = ask(question);
      expect(answer.intent, question).toBe("list");
      for (const record of engine.dataset.agreements) expect(answer.text, question).toContain(record.partner);
    }
  });

  it("counts the agreements signed at a summit named with its country, from the summit's record rather than every signing in that country", () => {
    const answer = ask("How many agreements were signed at the G7 summit in Italy?");
    const atSummit = engine.dataset.agreements.filter((record) => record.events.some((id) => /g7/.test(id)));
    expect(atSummit.length).toBeGreaterThan(0);
    expect(answer.intent).toBe("count");
    expect(answer.text).toMatch(new RegExp(`^At the G7 summit[^,]*, .*Ukraine signed ${atSummit.length} agreements?: `));
    for (const record of atSummit) expect(answer.text).toContain(record.partner);
    expect(answer.text).not.toContain("Italy (24 February 2024)"); // Italy's own agreement was signed in Kyiv, not at the summit
  });

  it("leads with the number when asked how many were signed at a place", () => {
    const answer = ask("How many agreements were signed in Brussels?");
    const there = engine.dataset.agreements.filter((record) => record.place.includes("Brussels"));
    expect(answer.intent).toBe("count");
    expect(answer.text.startsWith(`${there.length} agreements were signed in Brussels: `)).toBe(true);
  });

  it("answers which country signed first", () => {
    const answer = ask("Which country signed first?");
    expect(answer.text).toContain("United Kingdom");
    expect(answer.text).toContain("12 January 2024");
  });
});

describe("has signed", () => {
  it("says yes with the date for a partner", () => {
    const answer = ask("Has Norway signed a security agreement?");
    expect(answer.text).toMatch(/^Yes\. Norway signed a security agreement with Ukraine on 31 May 2024/);
  });

  it.each(["China", "Switzerland", "Montenegro", "Bulgaria"])("says no agreement with %s is on record, as of the corpus date", (country) => {
    const answer = ask(`Has ${country} signed a security agreement with Ukraine?`);
    expect(answer.status).toBe("answered");
    expect(answer.intent).toBe("has-signed");
    expect(answer.text).toMatch(new RegExp(`^No agreement with ${country} is on record as of \\d{1,2} \\w+ \\d{4} (\\[\\d+\\])+\\.`));
    expect(answer.citations[0]?.url).toMatch(/^https?:/);
  });

  it("adds what the corpus says about talks with a country that has not signed", () => {
    const answer = ask("Did Bulgaria sign?");
    expect(answer.text).toMatch(/talks/);
    expect(answer.citations.length).toBeGreaterThan(0);
  });
});

describe("typos and aliases", () => {
  it.each([
    ["When did Japn sign?", "13 June 2024"],
    ["when did germny sign the agrement", "16 February 2024"],
    ["who signed for the Untied States", "Biden"],
    ["When did Britain sign?", "12 January 2024"],
    ["when did holland sign", "1 March 2024"],
    ["When did the Czech Republic sign?", "18 July 2024"],
    ["where did the americans sign", "Italy"],
  ])("%s → %s", (question, expected) => {
    const answer = ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain(expected);
  });

  it("is less confident when a name had to be corrected", () => {
    expect(ask("When did Japn sign?").confidence).toBeLessThan(ask("When did Japan sign?").confidence);
  });
});

describe("what someone said", () => {
  const speakerOf = (text: string) => engine.dataset.quotes.find((quote) => quote.text === text)?.speaker ?? "";

  it("quotes the person asked about, not texts that mention them", () => {
    for (const [question, name] of [
      ["What did Zelensky say?", "Zelenskyy"],
      ["what did Kishida say", "Kishida"],
    ] as const) {
      const answer = ask(question);
      expect(answer.status, question).toBe("answered");
      expect(answer.quotes.length, question).toBeGreaterThan(0);
      for (const quote of answer.quotes) expect(speakerOf(quote.text), question).toContain(name);
    }
  });

  it("counts as the speaker the person, not the note after the name", () => {
    const answer = ask("What did Biden say?");
    expect(answer.quotes.length).toBeGreaterThan(0);
    // "The White House (Biden administration)" speaks for Biden's government, not in his words.
    for (const quote of answer.quotes) expect(speakerOf(quote.text)).toMatch(/^Joe Biden/);
  });

  it("introduces several quotes by their shared speaker, leaving each quote's date to the quote", () => {
    const answer = ask("What did Zelensky say?");
    expect(answer.quotes.length).toBeGreaterThan(1);
    expect(new Set(answer.quotes.map((quote) => quote.date)).size).toBeGreaterThan(1);
    expect(answer.text.split("\n")[0]).toBe("Verbatim, from Volodymyr Zelenskyy:");
  });

  it("keeps to the agreement named, and leaves out its text when a person was asked about", () => {
    const answer = ask("What did Zelensky say about the Japan agreement?");
    const japan = new Set(engine.dataset.quotes.filter((quote) => quote.agreement === agreement("Japan").id).map((quote) => quote.text));
    expect(answer.quotes.length).toBeGreaterThan(0);
    for (const quote of answer.quotes) {
      expect(japan.has(quote.text)).toBe(true);
      expect(speakerOf(quote.text)).toContain("Zelenskyy");
    }
  });
});
