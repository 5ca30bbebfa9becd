/**
 * The store behind the buttons: every answer gets its own short key that a
 * button's custom_id can carry, and the oldest answers go once it is full.
 */
import { describe, expect, it } from "vitest";
import { AnswerSchema, type Answer } from "../../../src/answer.ts";
import { AnswerStore } from "../../../adapters/discord/answer-store.ts";

function answer(question: string): Answer {
  return AnswerSchema.parse({
    question,
    status: "answered",
    text: "Japan signed its accord on 13 June 2024.",
    citations: [],
    quotes: [],
    confidence: 0.9,
    suggestions: [],
    asOf: "2025-06-30",
    lang: "en",
    intent: "when",
  });
}

describe("AnswerStore", () => {
  it("gives every answer a distinct 8-character URL-safe key, however many are stored", async () => {
    const store = new AnswerStore({ capacity: 2000 });
    // More keys than one draw of random bytes covers, so keys from several draws are compared.
    const keys = await Promise.all(Array.from({ length: 1500 }, (_, i) => store.remember(answer(`question ${i}`))));
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(new Set(keys).size).toBe(keys.length);
    expect(await Promise.all(keys.map(async (key) => (await store.recall(key))?.question))).toEqual(keys.map((_, i) => `question ${i}`));
  });

  it("forgets the oldest answer once full", async () => {
    const store = new AnswerStore({ capacity: 2 });
    const [first, second, third] = await Promise.all(["a", "b", "c"].map((question) => store.remember(answer(question))));
    expect(store.size).toBe(2);
    expect(await store.recall(first ?? "")).toBeUndefined();
    expect((await store.recall(second ?? ""))?.question).toBe("b");
    expect((await store.recall(third ?? ""))?.question).toBe("c");
  });
});
