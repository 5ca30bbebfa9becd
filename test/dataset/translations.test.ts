/**
 * Every user-facing record of the corpus has its Ukrainian version, so a
 * Ukrainian answer is in Ukrainian; and Ukrainian answers, outside quotes,
 * source names and URLs, are written in Cyrillic.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.ts";
import { LATIN_SHARE_TARGET, latinShare, shareOf, sourceNames } from "../eval/latin-share.ts";
import { sharedEngine } from "../shared-engine.ts";

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

describe("the Ukrainian corpus", () => {
  it("translates every agreement, fact, event and tally, and who said every quote", () => {
    const { dataset } = engine;
    const uk = dataset.translations.uk;
    const missing = (kind: string, ids: readonly string[], translated: readonly { id: string }[] | undefined) => {
      const have = new Set((translated ?? []).map((record) => record.id));
      return ids.filter((id) => !have.has(id)).map((id) => `${kind}:${id}`);
    };
    expect([
      ...missing("agreement", dataset.agreements.map((record) => record.id), uk?.agreements),
      ...missing("fact", dataset.facts.map((record) => record.id), uk?.facts),
      ...missing("event", dataset.events.map((record) => record.id), uk?.events),
      ...missing("tally", dataset.tallies.map((record) => record.id), uk?.tallies),
      ...missing("quote", dataset.quotes.map((record) => record.id), uk?.quotes),
    ]).toEqual([]);
  });

  it.each([
    "Де підписали угоду з Японією?",
    "Хто підписав угоду з Польщею?",
    "Які зобовʼязання в угоді з Канадою?",
    "Розкажи про угоду з Німеччиною",
    "Коли відбувся саміт НАТО у Вашингтоні?",
  ])("answers %j with under 5 percent Latin-script words outside quotes and names of sources", (question) => {
    const count = latinShare(engine.answer(question), sourceNames(engine.dataset));
    expect(shareOf(count), count.found.join(" ")).toBeLessThan(LATIN_SHARE_TARGET);
  });
});
