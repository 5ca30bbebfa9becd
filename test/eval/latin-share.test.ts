/**
 * Ukrainian answers are written in Ukrainian: over the Ukrainian evaluation
 * table, each answer's words outside quotes, source names and URLs are under
 * 5 % Latin-script (`npm run eval` prints the figure and the worst answers).
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/index.ts";
import { loadEvalSets } from "./eval-set.ts";
import { LATIN_SHARE_TARGET, latinShare, shareOf, sourceNames } from "./latin-share.ts";
import { sharedEngine } from "../shared-engine.ts";

let answers: Answer[];
let names: string[];

beforeAll(() => {
  const engine = sharedEngine();
  names = sourceNames(engine.dataset);
  const sets = loadEvalSets(dirname(fileURLToPath(import.meta.url))).filter((set) => set.lang === "uk");
  answers = sets.flatMap((set) => set.questions.map((question) => engine.answer(question.q, { lang: "uk" })));
});

describe("Latin-script words in Ukrainian answers", () => {
  it("leaves out quotes, source names, URLs, markers and capitals-only designations", () => {
    const count = latinShare({ text: "Euromaidan Press пише [1], що «the deal is done» і F-16 та G7 — це Ukraine Compact: https://example.org/a." }, ["Euromaidan Press"]);
    expect(count.found).toEqual(["Ukraine", "Compact"]);
    expect(count.words).toBe(9);
  });

  it(`stay under ${LATIN_SHARE_TARGET * 100} % of each answer's words over the Ukrainian evaluation table`, () => {
    const over = answers
      .map((answer) => ({ question: answer.question, share: shareOf(latinShare(answer, names)), found: latinShare(answer, names).found }))
      .filter((entry) => entry.share >= LATIN_SHARE_TARGET);
    expect(over).toEqual([]);
  });
});
