/**
 * `Answer.more`: a short answer about one partner's agreement offers the
 * question for its full card, which the engine answers with the card in the
 * answer's language, within the conversation or without it; the card itself,
 * several partners' answers and "I don't know" offer nothing more.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.ts";
import { sharedEngine } from "../shared-engine.ts";
import { expectWellFormed } from "./answer-checks.ts";

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

describe("more", () => {
  it.each([
    ["When did Japan sign?", "en", "Japan"],
    ["Who signed the agreement with the United Kingdom?", "en", "UK-Ukraine Agreement on Security Cooperation"],
    ["How long does the agreement with Canada last?", "en", "Canada"],
    ["Коли Японія підписала безпекову угоду з Україною?", "uk", "Японія"],
    ["Хто підписав угоду з Великою Британією?", "uk", "Велика Британія"],
  ] as const)("%s → a question the engine answers with the full card, in and out of the conversation", (question, lang, cardTitle) => {
    const short = engine.answer(question);
    expect(short.status).toBe("answered");
    expect(short.lang).toBe(lang);
    expect(short.more).toBeDefined();
    const more = short.more?.question ?? "";
    for (const card of [engine.answer(more), engine.answer(more, { conversation: short.conversation })]) {
      expectWellFormed(card);
      expect(card.intent).toBe("agreement");
      expect(card.lang).toBe(lang);
      expect(card.text).toContain(cardTitle);
      // The card is more: it has the signing, the signatories, the term and the commitments on lines of their own.
      expect(card.blocks.length).toBeGreaterThan(short.blocks.length + 2);
      expect(card.more).toBeUndefined();
    }
  });

  it("the card gives the same as /agreement", () => {
    const short = engine.answer("When did Japan sign?");
    expect(engine.answer(short.more?.question ?? "").text).toBe(engine.agreement("Japan").text);
  });

  it("is absent from the card, several partners' answers, no_answer, rejected input and the other methods", () => {
    for (const answer of [
      engine.answer("Tell me about the Japan agreement"),
      engine.agreement("Japan"),
      engine.answer("When did Japan and France sign?"),
      engine.answer("How many security agreements has Ukraine signed?"),
      engine.answer("What is the weather in Paris?"),
      engine.answer(""),
      engine.agreement("Atlantis"),
      engine.about(),
      engine.sources(),
    ]) {
      expect(answer.more, answer.question).toBeUndefined();
    }
  });
});

describe("asking for the card in a conversation", () => {
  it("gives the card for 'tell me about the agreement with …', while 'what about …?' still carries the question over", () => {
    const first = engine.answer("When did Japan sign?");
    expect(engine.answer("Tell me about the agreement with France", { conversation: first.conversation }).intent).toBe("agreement");
    expect(engine.answer("What about France?", { conversation: first.conversation }).intent).toBe("when");
    const uk = engine.answer("Коли Японія підписала безпекову угоду з Україною?");
    expect(engine.answer("Розкажіть про угоду з Францією", { conversation: uk.conversation }).intent).toBe("agreement");
    expect(engine.answer("що з Францією?", { conversation: uk.conversation }).intent).toBe("when");
  });
});
