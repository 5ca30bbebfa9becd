/**
 * The engine over the tiny fixture corpus, with language packs given
 * explicitly: counts against a tally, and a second language that needs a
 * pack only — no engine change.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, loadDataset, loadLanguagePacks, type Dataset, type EngineOptions, type LanguagePack } from "../../src/index.ts";
import { tokenise } from "../../src/text/normalise.ts";
import { expectWellFormed } from "./answer-checks.ts";

let dataset: Dataset;
let en: LanguagePack;

beforeAll(() => {
  const loaded = loadDataset(join(import.meta.dirname, "../fixtures/mini"));
  const packs = loadLanguagePacks(join(import.meta.dirname, "../../data/lang"), "data/lang");
  if (!loaded.ok || !packs.ok) throw new Error("fixtures must load");
  dataset = loaded.dataset;
  const english = packs.packs.find((pack) => pack.lang === "en");
  if (english === undefined) throw new Error("the English pack must exist");
  en = english;
});

describe("createEngine on a fixture", () => {
  it("answers from the fixture's registry and dates the corpus by its latest record", () => {
    const engine = createEngine(dataset, { languagePacks: [en] });
    expect(engine.asOf).toBe("2024-10-31");
    const answer = engine.answer("How many agreements has Ukraine signed?");
    expectWellFormed(answer);
    expect(answer.text).toContain("3 agreements (3 countries) as of June 2024");
    expect(answer.text).toContain("the agreement with Croatia (signed 9 October 2024)");
  });

  it("takes its threshold from the options", () => {
    const question = "Does Japan send weapons?";
    const confidence = createEngine(dataset, { languagePacks: [en], minConfidence: 0 }).answer(question).confidence;
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThan(1);
    expect(createEngine(dataset, { languagePacks: [en], minConfidence: confidence + 0.01 }).answer(question).status).toBe("no_answer");
    expect(createEngine(dataset, { languagePacks: [en], minConfidence: confidence - 0.01 }).answer(question).status).toBe("answered");
  });

  it("rejects options it cannot work with, naming the option", () => {
    expect(() => createEngine(dataset, { languagePacks: [en], minConfidence: 2 })).toThrow(/engine: option "minConfidence"/);
    expect(() => createEngine(dataset, { languagePacks: [] })).toThrow(/engine: option "languagePacks"/);
  });

  it("cuts the echoed question at maxQuestionLength", () => {
    const engine = createEngine(dataset, { languagePacks: [en], maxQuestionLength: 20 });
    const answer = engine.answer("When did the United Kingdom sign its agreement?");
    expect(answer.status).toBe("rejected");
    expect(answer.text).toContain("limited to 20 characters");
    expect(answer.question).toBe("When did the United …");
  });
});

describe("apostrophes", () => {
  it("keeps a Ukrainian word whole whichever apostrophe was typed", () => {
    for (const word of ["обʼєкт", "об'єкт", "об’єкт", "об`єкт"]) expect(tokenise(word, "keep").map((token) => token.norm)).toEqual(["обʼєкт"]);
  });

  it("drops English possessives and contractions", () => {
    expect(tokenise("Japan’s agreement didn't", "drop").map((token) => token.norm)).toEqual(["japan", "agreement", "didnt"]);
  });

  it("drops diacritics from Latin letters only", () => {
    expect(tokenise("Plenković Türkiye їжак йод", "keep").map((token) => token.norm)).toEqual(["plenkovic", "turkiye", "їжак", "йод"]);
  });
});

describe("another language is a pack, not code", () => {
  /** A deliberately tiny Ukrainian pack: the English one with Ukrainian words where this test needs them. */
  function ukrainianPack(): LanguagePack {
    return {
      ...en,
      lang: "uk",
      script: "Cyrillic",
      stemmer: null,
      apostrophes: "keep",
      stopwords: ["з", "із", "свою", "угоду", "про"],
      topicWords: ["угода", "угоду", "підписала"],
      intents: { ...en.intents, when: ["коли"], who: ["хто"] },
      partners: { japan: { name: "Японія", aliases: ["Японії", "Японію"] } },
      sentenceNames: {},
      dates: {
        ...en.dates,
        monthNamesDay: ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
      },
      templates: { ...en.templates, when: "{partner} підписала безпекову угоду з Україною {date}{cite}." },
    };
  }

  it("detects the language from the script and answers with that pack's words and dates", () => {
    const engine = createEngine(dataset, { languagePacks: [en, ukrainianPack()] });
    const answer = engine.answer("Коли Японія підписала угоду?");
    expectWellFormed(answer);
    expect(answer.lang).toBe("uk");
    expect(answer.text).toBe("Японія підписала безпекову угоду з Україною 13 червня 2024 [1].");
    expect(engine.answer("When did Japan sign?", { lang: "uk" }).lang).toBe("en");
    expect(engine.answer("?", { lang: "uk" }).lang).toBe("uk");
  });

  it("falls back to a pack it has when the question's language has none", () => {
    const engine = createEngine(dataset, { languagePacks: [en] });
    const answer = engine.answer("Коли Японія підписала угоду?");
    expectWellFormed(answer);
    expect(answer.lang).toBe("en");
  });
});

describe("a failure inside the engine", () => {
  /** An engine whose Japan record fails when read after start-up: a stand-in for a bug met while answering. */
  function engineWithFaultyJapan(onError?: EngineOptions["onError"]) {
    const copy: Dataset = structuredClone(dataset);
    const engine = createEngine(copy, { languagePacks: [en], ...(onError === undefined ? {} : { onError }) });
    const japan = copy.agreements.find((agreement) => agreement.partner === "Japan");
    if (japan === undefined) throw new Error("the fixture must hold Japan");
    Object.defineProperty(japan, "signed", {
      get() {
        throw new Error("record unreadable");
      },
    });
    return engine;
  }

  it("is reported to onError with the method and the question, and the user is told it went wrong rather than 'I don't know'", () => {
    const reported: { error: unknown; method: string; input: string }[] = [];
    const engine = engineWithFaultyJapan((error, { method, input }) => reported.push({ error, method, input }));
    const answer = engine.answer("When did Japan sign?");
    expect(answer.status).toBe("no_answer");
    expect(answer.text).toMatch(/^Something went wrong on my side/);
    expect(answer.text).not.toContain("I don't know");
    expect(reported).toHaveLength(1);
    expect(reported[0]?.method).toBe("answer");
    expect(reported[0]?.input).toBe("When did Japan sign?");
    expect(String(reported[0]?.error)).toContain("record unreadable");
    // Questions the fault does not touch are answered as before.
    expect(engine.answer("When did the United Kingdom sign?").status).toBe("answered");
    expect(reported).toHaveLength(1);
  });

  it("never reaches the caller as a throw, even when there is no handler or the handler itself throws", () => {
    expect(engineWithFaultyJapan().agreement("Japan").status).toBe("no_answer");
    const throwing = engineWithFaultyJapan(() => {
      throw new Error("handler broken");
    });
    expect(throwing.agreement("Japan").text).toMatch(/^Something went wrong on my side/);
  });
});
