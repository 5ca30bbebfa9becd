/**
 * Runs evaluation questions through the engine and classifies each result the
 * way a reader would judge it: answered correctly, correct `no_answer`, wrong
 * answer (wrong content, or an answer where none was due), or missed.
 */
import type { Answer, Lang } from "../../src/answer.ts";
import type { Engine } from "../../src/engine.ts";
import type { EvalQuestion, EvalSet } from "./eval-set.ts";

export type Outcome = "correct" | "correct-no-answer" | "correct-rejected" | "wrong" | "missed";

export interface EvalResult {
  lang: Lang;
  question: EvalQuestion;
  answer: Answer;
  outcome: Outcome;
  /** Why a result failed; empty when it passed. */
  reasons: string[];
}

export interface EvalSummary {
  total: number;
  counts: Record<Outcome, number>;
  /** Share of questions with a correct outcome, in [0, 1]. */
  accuracy: number;
}

export function evaluate(engine: Engine, sets: readonly EvalSet[]): EvalResult[] {
  return sets.flatMap((set) =>
    set.questions.map((question) => {
      const answer = engine.answer(question.q, { lang: set.lang });
      return { lang: set.lang, question, answer, ...judge(question, answer) };
    }),
  );
}

function judge(question: EvalQuestion, answer: Answer): { outcome: Outcome; reasons: string[] } {
  if (question.expect === "no_answer") {
    if (answer.status === "no_answer") return { outcome: "correct-no-answer", reasons: [] };
    return { outcome: "wrong", reasons: [`expected no_answer, got ${answer.status}`] };
  }
  if (question.expect === "rejected") {
    if (answer.status === "rejected") return { outcome: "correct-rejected", reasons: [] };
    return { outcome: "wrong", reasons: [`expected rejected, got ${answer.status}`] };
  }
  if (answer.status !== "answered") return { outcome: "missed", reasons: [`expected an answer, got ${answer.status}`] };
  const read = [answer.text, ...answer.quotes.map((quote) => quote.text)].join("\n").toLowerCase();
  const reasons = [
    ...question.contains.filter((text) => !read.includes(text.toLowerCase())).map((text) => `missing "${text}"`),
    ...question.notContains.filter((text) => read.includes(text.toLowerCase())).map((text) => `should not say "${text}"`),
    ...(answer.citations.length === 0 ? ["no citation"] : []),
  ];
  return { outcome: reasons.length === 0 ? "correct" : "wrong", reasons };
}

const CORRECT: ReadonlySet<Outcome> = new Set(["correct", "correct-no-answer", "correct-rejected"]);

export function isCorrect(result: EvalResult): boolean {
  return CORRECT.has(result.outcome);
}

export function summarise(results: readonly EvalResult[]): EvalSummary {
  const counts: Record<Outcome, number> = { correct: 0, "correct-no-answer": 0, "correct-rejected": 0, wrong: 0, missed: 0 };
  for (const result of results) counts[result.outcome] += 1;
  const total = results.length;
  return { total, counts, accuracy: total === 0 ? 0 : results.filter(isCorrect).length / total };
}
