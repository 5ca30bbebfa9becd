/**
 * The curation gate: the real corpus in data/ loads without a single issue,
 * and the rules a reader relies on hold for every record.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatIssues, loadDataset, loadLanguagePacks, type Dataset } from "../../src/index.ts";

const DATA = join(import.meta.dirname, "../../data");
let dataset: Dataset;

beforeAll(() => {
  const result = loadDataset(DATA);
  if (!result.ok) throw new Error(formatIssues(result.issues));
  dataset = result.dataset;
});

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

describe("data/ as curated", () => {
  it("loads with no issues", () => {
    const result = loadDataset(DATA);
    expect(result.ok ? [] : formatIssues(result.issues)).toEqual([]);
  });

  it("has unique ids in every file", () => {
    const { provisions, translations: _translations, ...files } = dataset;
    for (const [file, records] of Object.entries(files)) {
      const ids = (records as { id: string }[]).map((record) => record.id);
      expect(ids.length, file).toBe(new Set(ids).size);
    }
    const provisionIds = provisions.flatMap((text) => text.provisions.map((provision) => provision.id));
    expect(provisionIds.length, "provisions").toBe(new Set(provisionIds).size);
  });

  it("resolves every reference", () => {
    const sources = new Set(dataset.sources.map((source) => source.id));
    const agreements = new Set(dataset.agreements.map((agreement) => agreement.id));
    const events = new Set(dataset.events.map((event) => event.id));
    const dangling = [
      ...dataset.agreements.flatMap((record) => [...record.sources.filter((id) => !sources.has(id)), ...record.events.filter((id) => !events.has(id))]),
      ...dataset.facts.flatMap((record) => [...record.sources.filter((id) => !sources.has(id)), ...(record.agreement !== undefined && !agreements.has(record.agreement) ? [record.agreement] : [])]),
      ...dataset.quotes.flatMap((record) => [...(sources.has(record.source) ? [] : [record.source]), ...(record.agreement !== undefined && !agreements.has(record.agreement) ? [record.agreement] : [])]),
      ...dataset.tallies.flatMap((record) => record.sources.filter((id) => !sources.has(id))),
      ...dataset.events.flatMap((record) => record.sources.filter((id) => !sources.has(id))),
    ];
    expect(dangling).toEqual([]);
  });

  it("gives every fact an as-of date and a source, and every agreement a source", () => {
    for (const fact of dataset.facts) {
      expect(fact.asOf, fact.id).toMatch(ISO);
      expect(fact.sources.length, fact.id).toBeGreaterThan(0);
    }
    for (const agreement of dataset.agreements) expect(agreement.sources.length, agreement.id).toBeGreaterThan(0);
  });

  it("writes every date as a real calendar date", () => {
    const dates = [
      ...dataset.agreements.map((record) => record.signed),
      ...dataset.facts.map((record) => record.asOf),
      ...dataset.quotes.map((record) => record.date),
      ...dataset.tallies.map((record) => record.asOf),
      ...dataset.events.flatMap((record) => [record.start, ...(record.end === undefined ? [] : [record.end])]),
      ...dataset.sources.map((record) => record.published),
    ];
    for (const date of dates) {
      expect(date).toMatch(ISO);
      const [year, month = 1, day = 1] = date.split("-").map(Number);
      const parsed = new Date(Date.UTC(year ?? 0, month - 1, day));
      expect(parsed.getUTCMonth() + 1, date).toBe(month);
      expect(parsed.getUTCDate(), date).toBe(day);
    }
  });

  it("holds all 29 agreements of the dossier, 28 of them in the official count (Croatia's is not)", () => {
    expect(dataset.agreements.length).toBe(29);
    expect(dataset.agreements.filter((agreement) => !agreement.inOfficialCount).map((agreement) => agreement.partner)).toEqual(["Croatia"]);
  });

  it("makes every partner name and alias point at one partner only", () => {
    const owners = new Map<string, string>();
    for (const agreement of dataset.agreements) {
      for (const name of [agreement.partner, ...agreement.aliases]) {
        const key = name.toLowerCase();
        expect(owners.get(key) ?? agreement.partner, name).toBe(agreement.partner);
        owners.set(key, agreement.partner);
      }
    }
  });

  it("has a valid English language pack whose partner names match the registry", () => {
    const result = loadLanguagePacks(join(DATA, "lang"), "data/lang");
    expect(result.ok ? [] : formatIssues(result.issues)).toEqual([]);
    if (!result.ok) return;
    const en = result.packs.find((pack) => pack.lang === "en");
    expect(en).toBeDefined();
    const partners = new Set(dataset.agreements.map((agreement) => agreement.partner));
    for (const name of Object.keys(en?.sentenceNames ?? {})) expect(partners, name).toContain(name);
    for (const country of en?.countries ?? []) expect(partners.has(country.name), `${country.name} is listed as a non-partner but has an agreement`).toBe(false);
  });
});
