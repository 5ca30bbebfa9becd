/**
 * The evaluation table as a test: the engine must keep its accuracy on the
 * questions in `questions*.yaml`, and must never answer an off-topic one.
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadEvalSets, type EvalSet } from "./eval-set.ts";
import { evaluate, summarise, type EvalResult } from "./evaluate.ts";
import { formatReport } from "./report.ts";
import { sharedEngine } from "../shared-engine.ts";

// Set from real runs (see `npm run eval`), a little below the measured figure so that
// ordinary corpus edits don't break the build while a real regression still does.
const ACCURACY_FLOOR = 0.9;

let sets: EvalSet[];
let results: EvalResult[];

beforeAll(() => {
  sets = loadEvalSets(dirname(fileURLToPath(import.meta.url)));
  results = evaluate(sharedEngine(), sets);
});

describe("evaluation table", () => {
  it("has at least 80 English questions, at least 15 of them off-topic", () => {
    const english = sets.filter((set) => set.lang === "en").flatMap((set) => set.questions);
    expect(english.length).toBeGreaterThanOrEqual(80);
    expect(english.filter((question) => question.expect === "no_answer").length).toBeGreaterThanOrEqual(15);
  });

  it(`answers at least ${ACCURACY_FLOOR * 100}% of the questions correctly in every language`, () => {
    for (const lang of new Set(results.map((result) => result.lang))) {
      const summary = summarise(results.filter((result) => result.lang === lang));
      expect(summary.accuracy, `${lang}:\n${formatReport(results)}`).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
    }
  });

  it("never answers a question it should not (off-topic, unanswerable)", () => {
    const answered = results.filter((result) => result.question.expect === "no_answer" && result.answer.status === "answered");
    expect(answered.map((result) => `${result.question.q} → ${result.answer.text}`)).toEqual([]);
  });
});
