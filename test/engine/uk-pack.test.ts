/**
 * The Ukrainian language pack (data/lang/uk.yaml) and the pieces that read
 * and write Ukrainian: every partner and event has a Ukrainian name, dates
 * and periods take the right case, inflected forms fold to one word, the
 * language is told by the script of the ordinary words, and the adapters'
 * and timeline's words (`ui`) have the English pack's keys and placeholders.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset, loadLanguagePacks, type Dataset, type LanguagePack } from "../../src/index.ts";
import { formatDate, formatDateRange, formatPeriod, plural } from "../../src/compose/format.ts";
import { detectLanguage } from "../../src/lang/detect.ts";
import { createAnalyser } from "../../src/text/analyser.ts";
import { tokenise } from "../../src/text/normalise.ts";

const DATA = join(import.meta.dirname, "../../data");
let dataset: Dataset;
let en: LanguagePack;
let uk: LanguagePack;

beforeAll(() => {
  const loaded = loadDataset(DATA);
  const packs = loadLanguagePacks(join(DATA, "lang"), "data/lang");
  if (!loaded.ok || !packs.ok) throw new Error("data/ must load");
  dataset = loaded.dataset;
  const find = (lang: string) => {
    const pack = packs.packs.find((candidate) => candidate.lang === lang);
    if (pack === undefined) throw new Error(`no ${lang} pack`);
    return pack;
  };
  en = find("en");
  uk = find("uk");
});

describe("the Ukrainian pack", () => {
  it("names every partner in the registry, with the form its templates use", () => {
    const form = uk.sentenceForm ?? "";
    expect(form).not.toBe("");
    const missing = dataset.agreements.filter((agreement) => uk.partners[agreement.id]?.forms?.[form] === undefined).map((agreement) => agreement.id);
    expect(missing).toEqual([]);
    for (const id of Object.keys(uk.partners)) expect(dataset.agreements.map((agreement) => agreement.id)).toContain(id);
  });

  it("names every event in the corpus", () => {
    expect(dataset.events.filter((event) => uk.events[event.id] === undefined).map((event) => event.id)).toEqual([]);
    for (const id of Object.keys(uk.events)) expect(dataset.events.map((event) => event.id)).toContain(id);
  });

  it("lists no partner among the countries without an agreement", () => {
    const analyser = createAnalyser(uk, [en]);
    const key = (name: string) => analyser.tokens(name).map((token) => analyser.stem(token.norm)).join(" ");
    const partners = new Set(dataset.agreements.flatMap((agreement) => [agreement.partner, uk.partners[agreement.id]?.name ?? ""]).map(key));
    for (const country of uk.countries) expect(partners.has(key(country.name)), country.name).toBe(false);
  });
});

describe("reading Ukrainian", () => {
  it("folds a name's cases, its adjective and its English name into one word", () => {
    const analyser = createAnalyser(uk, [en]);
    const stems = ["Японія", "Японією", "Японії", "Японію", "японської", "Japan"].map((word) => analyser.stem(analyser.tokens(word)[0]?.norm ?? ""));
    expect(new Set(stems.slice(0, 4)).size).toBe(1);
    expect(stems[5]).toBe(stems[0]);
  });

  it("reads Latin words the way the English pack does", () => {
    const analyser = createAnalyser(uk, [en]);
    const english = createAnalyser(en);
    const text = "Japan's agreements were signed by the US";
    expect(analyser.terms(text)).toEqual(english.terms(text));
  });

  it("makes Latin look-alikes inside a Cyrillic word Cyrillic, and leaves Latin words alone", () => {
    expect(tokenise("Нiмеччина пiдписала USA", "keep").map((token) => token.norm)).toEqual(["німеччина", "підписала", "usa"]);
  });

  it("tells the language by the script of the ordinary words, not of the names", () => {
    const detect = (text: string, hint?: "en" | "uk") => detectLanguage(text, [en, uk], hint, "en");
    expect(detect("Коли Японія підписала угоду?")).toBe("uk");
    expect(detect("USA угода коли")).toBe("uk");
    expect(detect("Що таке Ukraine Compact?")).toBe("uk");
    expect(detect("When did Японія sign?")).toBe("en");
    expect(detect("КОЛИ ЯПОНІЯ ПІДПИСАЛА")).toBe("uk");
    expect(detect("Japan", "uk")).toBe("uk");
    expect(detect("Japan")).toBe("en");
    expect(detect("?", "uk")).toBe("uk");
  });
});

describe("writing Ukrainian", () => {
  it("puts the month of a date in the genitive and the year in «року»", () => {
    expect(formatDate(uk, "2024-06-13")).toBe("13 червня 2024 року");
    expect(formatDate(uk, "2025-11")).toBe("листопад 2025 року");
    expect(formatDateRange(uk, "2024-06-13", "2024-06-15")).toBe("13–15 червня 2024 року");
  });

  it("names a period as a list or count needs it", () => {
    expect(formatPeriod(uk, "2024-06", "within")).toBe("у червні 2024 року");
    expect(formatPeriod(uk, "2024", "within")).toBe("у 2024 році");
    expect(formatPeriod(uk, "2024-07", "before")).toBe("до липня 2024 року");
    expect(formatPeriod(uk, "2024-07", "until")).toBe("до кінця липня 2024 року");
    expect(formatPeriod(uk, "--06", "within")).toBe("у червні");
    expect(formatPeriod(en, "2024-07", "before")).toBe("before July 2024");
    expect(formatPeriod(en, "2024-07", "until")).toBe("by the end of July 2024");
  });

  it("agrees numbers with their nouns", () => {
    expect([1, 3, 5, 21, 28].map((n) => plural(uk, uk.plurals.agreements, n))).toEqual(["1 угоду", "3 угоди", "5 угод", "21 угоду", "28 угод"]);
    expect([1, 2, 10].map((n) => plural(uk, uk.plurals.years, n))).toEqual(["1 рік", "2 роки", "10 років"]);
  });
});

describe("the packs' ui sections", () => {
  const PLURAL_CATEGORIES = new Set(["zero", "one", "two", "few", "many", "other"]);
  /** The placeholders a template fills; `{partnerWith}` is `{partner}` as a sentence needs it, so either names the partner. */
  const placeholders = (text: string) => [...new Set([...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((match) => (match[1] === "partnerWith" ? "partner" : (match[1] ?? ""))))].sort();
  /** Every leaf of `ui` by its path → its placeholders; a plural's forms are one leaf (languages have different categories). */
  const leaves = (value: unknown, path = "ui"): Map<string, string[]> => {
    if (typeof value === "string") return new Map([[path, placeholders(value)]]);
    if (Array.isArray(value)) return new Map(value.flatMap((item, index) => [...leaves(item, `${path}[${index}]`)]));
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length > 0 && entries.every(([key, form]) => PLURAL_CATEGORIES.has(key) && typeof form === "string")) {
      return new Map([[path, placeholders(entries.map(([, form]) => form).join(" "))]]);
    }
    return new Map(entries.flatMap(([key, item]) => [...leaves(item, `${path}.${key}`)]));
  };

  it("has every key of one pack in the other, with the same placeholders", () => {
    const english = leaves(en.ui);
    const ukrainian = leaves(uk.ui);
    expect([...ukrainian.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, names] of english) expect(ukrainian.get(path), path).toEqual(names);
  });

  it("sees a missing key, an extra key and a placeholder left out", () => {
    const broken = structuredClone(uk.ui) as Record<string, Record<string, unknown>>;
    delete broken.telegram?.apology;
    if (broken.discord) broken.discord.extra = "зайве";
    if (broken.telegram) broken.telegram.asOf = "Дані станом на сьогодні.";
    const keys = leaves(broken);
    expect(keys.has("ui.telegram.apology")).toBe(false);
    expect(keys.has("ui.discord.extra")).toBe(true);
    expect(keys.get("ui.telegram.asOf")).toEqual([]);
    expect(leaves(en.ui).get("ui.telegram.asOf")).toEqual(["date"]);
  });
});
