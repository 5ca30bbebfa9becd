/**
 * Every user-facing record of the corpus has its Ukrainian version, so a
 * Ukrainian answer is in Ukrainian; and Ukrainian answers, outside quotes,
 * source names and URLs, are written in Cyrillic.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.ts";
import { sharedEngine } from "../shared-engine.ts";

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

describe("the Ukrainian corpus", () => {
  it("translates every agreement, fact, event and tally", () => {
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
    ]).toEqual([]);
  });

  it.each([
    "Де підписали угоду з Японією?",
    "Хто підписав угоду з Польщею?",
    "Які зобовʼязання в угоді з Канадою?",
    "Розкажи про угоду з Німеччиною",
    "Коли відбувся саміт НАТО у Вашингтоні?",
  ])("answers %j with under 5 percent Latin-script words outside quotes and names of sources", (question) => {
    const answer = engine.answer(question);
    // Names of outlets ("The Canadian Press") and of weapons systems stay as they are written.
    const names = new Set(engine.dataset.sources.flatMap((source) => source.publisher.match(/\p{L}+/gu) ?? []).map((word) => word.toLowerCase()));
    const words = answer.text.replace(/\[\d+\]/g, "").match(/\p{L}[\p{L}\p{M}'ʼ’-]*/gu) ?? [];
    const latin = words.filter((word) => /\p{Script=Latin}/u.test(word) && !names.has(word.toLowerCase()) && !/^(G7|NATO|EU|IRIS-T|NASAMS|F-16|HIMARS|Patriot)$/i.test(word));
    expect(latin.length / words.length, latin.join(" ")).toBeLessThan(0.05);
  });
});
