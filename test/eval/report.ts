/** Formats evaluation results as a plain-text table (per language and overall) followed by the failures. */
import type { EvalResult, EvalSummary, Outcome } from "./evaluate.ts";
import { isCorrect, summarise } from "./evaluate.ts";

const ROWS: ReadonlyArray<readonly [Outcome, string]> = [
  ["correct", "answered correctly"],
  ["correct-no-answer", "correct no_answer"],
  ["correct-rejected", "correctly rejected"],
  ["wrong", "wrong answer"],
  ["missed", "missed (no_answer)"],
];

export function formatReport(results: readonly EvalResult[]): string {
  const langs = [...new Set(results.map((result) => result.lang))];
  const columns: Array<[string, EvalSummary]> = langs.map((lang) => [lang, summarise(results.filter((result) => result.lang === lang))]);
  if (langs.length > 1) columns.push(["all", summarise(results)]);
  const label = Math.max(...ROWS.map(([, name]) => name.length), "questions".length) + 2;
  const cell = (text: string) => text.padStart(8);
  const lines = [
    "".padEnd(label) + columns.map(([name]) => cell(name)).join(""),
    "questions".padEnd(label) + columns.map(([, summary]) => cell(String(summary.total))).join(""),
    ...ROWS.filter(([outcome]) => columns.some(([, summary]) => summary.counts[outcome] > 0)).map(
      ([outcome, name]) => name.padEnd(label) + columns.map(([, summary]) => cell(String(summary.counts[outcome]))).join(""),
    ),
    "accuracy".padEnd(label) + columns.map(([, summary]) => cell(`${(summary.accuracy * 100).toFixed(1)}%`)).join(""),
    "",
    ...shapeLines(results),
  ];
  const failures = results.filter((result) => !isCorrect(result));
  if (failures.length === 0) return `${lines.join("\n")}\n\nNo failures.`;
  const details = failures.map((result) => {
    const said = result.answer.text.replace(/\s+/g, " ");
    return [
      `- [${result.outcome}] (${result.lang}${result.question.tag ? `, ${result.question.tag}` : ""}) ${JSON.stringify(result.question.q)}`,
      `    ${result.reasons.join("; ")}`,
      `    got ${result.answer.status} (${result.answer.intent}, confidence ${result.answer.confidence.toFixed(2)}): ${said.length > 160 ? `${said.slice(0, 157)}...` : said}`,
    ].join("\n");
  });
  return `${lines.join("\n")}\n\nFailures (${failures.length}):\n${details.join("\n")}`;
}

/** Tags whose expected fact must stand in the answer's first sentence. */
const FIRST_SENTENCE_TAGS = new Set(["when", "where", "who"]);

/** Words of an answer's text, without citation markers (quotes and sources aside). */
export function answerWords(text: string): number {
  return text.replace(/\[\d+\]/g, "").split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * How long the answers are and whether they lead with the answer: the median
 * and 90th percentile of words in answered texts, and for date, place and
 * signatory questions the share whose expected strings are all in the summary.
 */
function shapeLines(results: readonly EvalResult[]): string[] {
  const answered = results.filter((result) => result.answer.status === "answered");
  const words = answered.map((result) => answerWords(result.answer.text)).sort((a, b) => a - b);
  const at = (share: number) => words[Math.min(words.length - 1, Math.floor(words.length * share))] ?? 0;
  const leads = answered.filter((result) => FIRST_SENTENCE_TAGS.has(result.question.tag ?? "") && result.question.contains.length > 0);
  const leading = leads.filter((result) => result.question.contains.every((text) => result.answer.summary.toLowerCase().includes(text.toLowerCase())));
  return [
    `answer length: median ${at(0.5)} words, 90th percentile ${at(0.9)} words (${answered.length} answered)`,
    `fact in the first sentence: ${leading.length} of ${leads.length} date, place and signatory answers`,
  ];
}
