/**
 * A fixed ranking set, as search libraries keep one: paraphrased questions
 * (not the curated alternate questions themselves) and the fact that must
 * answer them. Run it before touching boosts, stemming or the confidence.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.ts";
import { expectWellFormed } from "./answer-checks.ts";
import { GOLDEN } from "./question-sets.ts";
import { sharedEngine } from "../shared-engine.ts";

let engine: Engine;

beforeAll(() => {
  engine = sharedEngine();
});

describe("golden ranking set", () => {
  it.each(GOLDEN)("%s → %s", (question, expected) => {
    const answer = engine.answer(question);
    expectWellFormed(answer);
    expect(answer.status).toBe("answered");
    const ids = typeof expected === "string" ? [expected] : expected;
    const openings = ids.map((id) => {
      const fact = engine.dataset.facts.find((candidate) => candidate.id === id);
      expect(fact, `fact ${id} is in the corpus`).toBeDefined();
      return fact?.text.trim().split(/(?<=[.!?])\s/)[0]?.slice(0, 60) ?? id;
    });
    expect(openings.some((opening) => answer.text.includes(opening)), `${answer.text}\nshould open like one of: ${openings.join(" | ")}`).toBe(true);
  });
});
