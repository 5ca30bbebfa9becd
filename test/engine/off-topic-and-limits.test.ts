/**
 * What the engine must not answer: off-topic questions get a plain "I don't
 * know" with questions it can answer, never a loosely related fact; empty and
 * over-long input is rejected; garbage never throws.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultEngineOptions, type Engine } from "../../src/index.ts";
import { expectWellFormed } from "./answer-checks.ts";
import { OFF_TOPIC } from "./question-sets.ts";
import { sharedEngine } from "../shared-engine.ts";

let engine: Engine;

beforeAll(() => {
  engine = sharedEngine();
});

describe("off-topic questions", () => {
  it.each(OFF_TOPIC)("%s → no_answer", (question) => {
    const answer = engine.answer(question);
    expectWellFormed(answer);
    expect(answer.status).toBe("no_answer");
    expect(answer.intent).toBe("none");
    expect(answer.text).toMatch(/^I don't know/);
    expect(answer.citations).toEqual([]);
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(answer.confidence).toBeLessThan(defaultEngineOptions.minConfidence);
  });

  it("suggests questions about the partner it recognised, and each suggestion is answered", () => {
    const answer = engine.answer("what is the population of Japan");
    expect(answer.text).toContain("the agreement with Japan");
    expect(answer.suggestions.length).toBe(3);
    for (const suggestion of answer.suggestions) {
      expect(suggestion).toContain("Japan");
      expect(engine.answer(suggestion).status, suggestion).toBe("answered");
    }
  });

  it("offers example questions that are all answered when it recognised nothing", () => {
    const answer = engine.answer("who won the World Cup");
    for (const suggestion of answer.suggestions) expect(engine.answer(suggestion).status, suggestion).toBe("answered");
  });
});

describe("input limits", () => {
  it.each(["", "   ", "\n\t  \n", "...", "???", "😀😀"])("rejects input with no words in it, %j, with a hint", (question) => {
    const answer = engine.answer(question);
    expectWellFormed(answer);
    expect(answer.status).toBe("rejected");
    expect(answer.text).toMatch(/Please type a question/);
    expect(answer.question).toBe(question.trim());
  });

  it.each([
    ["en", "asdfghjkl;'"],
    ["en", "asdfgh qwerty"],
    ["uk", "ывфаывфа"],
    ["uk", "ты тупой бот"],
    ["en", "you are a useless stupid bot"],
    ["uk", "ти тупий бот"],
  ] as const)("rejects %s mash or abuse, %j, with an example to try", (lang, question) => {
    const answer = engine.answer(question, { lang });
    expectWellFormed(answer);
    expect(answer.status).toBe("rejected");
    expect(answer.text).toMatch(lang === "en" ? /^I couldn't read that as a question about Ukraine's security agreements\. Try, for example: When/ : /^Не можу прочитати це як запитання/);
  });

  it.each([
    ["en", "stupid bot, when did japan sign"],
    ["uk", "тупий бот, коли підписала японія"],
  ] as const)("answers the question that abuse in %s stands beside, %j", (lang, question) => {
    expect(engine.answer(question, { lang }).status).toBe("answered");
  });

  it("still answers a question whose one unknown word sits among known ones", () => {
    expect(engine.answer("when did japan sign asdfghjkl").status).toBe("answered");
  });

  it("rejects a question over 500 characters, stating the limit and the length, and echoes it cut short", () => {
    const question = `  ${"When did Japan sign? ".repeat(30)}  `;
    const answer = engine.answer(question);
    expectWellFormed(answer);
    expect(answer.status).toBe("rejected");
    expect(answer.text).toContain(`${question.trim().length} characters`);
    expect(answer.text).toContain("500 characters");
    expect(answer.question.length).toBeLessThanOrEqual(501);
    expect(answer.question.endsWith("…")).toBe(true);
  });

  it("accepts exactly 500 characters after trimming, counting characters rather than UTF-16 units", () => {
    const question = `When did Japan sign? ${"🇺🇦".repeat(10)}`.padEnd(500, " x").slice(0, 500);
    expect(engine.answer(`   ${question}   `).status).not.toBe("rejected");
    const emoji = `Japan ${"😀".repeat(400)}`;
    expect(emoji.length).toBe(806);
    expect(engine.answer(emoji).status).not.toBe("rejected");
  });

  it("answers 100,000 characters of garbage with a rejection, without throwing", () => {
    const answer = engine.answer("(a+)+b".repeat(20_000));
    expectWellFormed(answer);
    expect(answer.status).toBe("rejected");
    expect(answer.question.length).toBeLessThanOrEqual(501);
  });

  it("never throws and always returns a valid answer, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 600 }), (question) => {
        expectWellFormed(engine.answer(question));
      }),
      { numRuns: 300 },
    );
  });

  it("treats a value that is not a string as an empty question", () => {
    // Adapters pass what users send; a missing value must not crash the engine.
    const answer = engine.answer(undefined as unknown as string);
    expect(answer.status).toBe("rejected");
  });
});
