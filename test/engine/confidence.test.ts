/**
 * The confidence means the same across questions: the golden questions all
 * rate above the threshold and the off-topic ones all below it, with room to
 * spare on both sides. Registry answers rate high, and a typo costs a little.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, defaultEngineOptions, type Engine } from "../../src/index.ts";
import { sharedEngine } from "../shared-engine.ts";
import { GOLDEN, OFF_TOPIC } from "./question-sets.ts";

/** How far from the threshold both sets must stay, so the calibration is not a knife edge. */
const MARGIN = 0.02;

let engine: Engine;

beforeAll(() => {
  // Threshold 0, so no_answer does not clip the raw confidence of weak matches. Over the real corpus as the
  // worker's engine read and validated it (the same as loadEngine() reads again).
  engine = createEngine(sharedEngine().dataset, { minConfidence: 0 });
});

describe("calibration", () => {
  it("rates every golden question clearly above the threshold", () => {
    const low = GOLDEN.map(([question]) => ({ question, confidence: engine.answer(question).confidence })).filter(
      (result) => result.confidence < defaultEngineOptions.minConfidence + MARGIN,
    );
    expect(low).toEqual([]);
  });

  it("rates every off-topic question clearly below the threshold", () => {
    const high = OFF_TOPIC.map((question) => ({ question, confidence: engine.answer(question).confidence })).filter(
      (result) => result.confidence > defaultEngineOptions.minConfidence - MARGIN,
    );
    expect(high).toEqual([]);
  });

  it("rates registry answers high, and a corrected name a little lower", () => {
    const exact = engine.answer("When did Germany sign?").confidence;
    const typo = engine.answer("When did Germny sign?").confidence;
    expect(exact).toBeGreaterThanOrEqual(0.9);
    expect(typo).toBeLessThan(exact);
    expect(typo).toBeGreaterThan(defaultEngineOptions.minConfidence);
  });
});
