/**
 * `npm run eval:first-sight [-- --holdout] [-- --verbose] [-- --dir <path>]`: scores the
 * first-sight sets in `test/eval/first-sight/` — questions and conversations
 * written from ../shared/research by helpers who had never seen the engine —
 * and prints correct / confidently wrong / missed per set and language.
 *
 * Unlike the evaluation tables, nothing here is tuned to pass or asserted in
 * tests: it measures how the engine does on questions as strangers ask them.
 * The `holdout/` part was kept unseen until the end of the session that wrote
 * it. Judging: an answer is correct when it has every `contains` string and no
 * `notContains` string (text and quotes, case-insensitive) and a citation; a
 * `partial: true` question must also list what it could not answer in
 * `Answer.unanswered`; `no_answer` expected and answered is confidently wrong.
 */
import { readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { loadEngine, type Answer } from "../../src/index.ts";
import { latinReport, sourceNames } from "./latin-share.ts";
import { answerWords } from "./report.ts";

const QuestionSchema = z.object({
  q: z.string(),
  expect: z.enum(["answered", "no_answer", "rejected"]),
  contains: z.array(z.string()).default([]),
  notContains: z.array(z.string()).default([]),
  tag: z.string().optional(),
  partial: z.boolean().optional(),
});
type Question = z.infer<typeof QuestionSchema>;
const SetSchema = z.object({ lang: z.enum(["en", "uk"]), questions: z.array(QuestionSchema.passthrough()) });
const ConversationsSchema = z.object({ conversations: z.array(z.object({ id: z.string(), lang: z.enum(["en", "uk"]), turns: z.array(QuestionSchema) })) });

type Outcome = "correct" | "wrong" | "missed";

function judge(question: Question, answer: Answer): { outcome: Outcome; why: string[] } {
  const read = [answer.text, ...answer.quotes.map((quote) => quote.text)].join("\n").toLowerCase();
  if (question.expect === "no_answer") return answer.status === "answered" ? { outcome: "wrong", why: ["expected no_answer, got an answer"] } : { outcome: "correct", why: [] };
  if (question.expect === "rejected") return answer.status === "rejected" ? { outcome: "correct", why: [] } : { outcome: "wrong", why: [`expected rejected, got ${answer.status}`] };
  if (answer.status !== "answered") {
    // A half-answerable question with nothing known may honestly say it does not know.
    if (question.partial === true && question.contains.length === 0) return { outcome: "correct", why: [] };
    return { outcome: "missed", why: [`got ${answer.status}`] };
  }
  const why = [
    ...question.contains.filter((text) => !read.includes(text.toLowerCase())).map((text) => `missing "${text}"`),
    ...question.notContains.filter((text) => read.includes(text.toLowerCase())).map((text) => `should not say "${text}"`),
    ...(answer.citations.length === 0 ? ["no citation"] : []),
    ...(question.partial === true && answer.unanswered.length === 0 ? ["did not say which part it does not know"] : []),
  ];
  return { outcome: why.length === 0 ? "correct" : "wrong", why };
}

const args = process.argv.slice(2);
// `--dir <path>` scores a set kept outside the repository (a new writer's, before it is seen).
const dirArg = args.indexOf("--dir");
const base = (dirArg >= 0 ? args[dirArg + 1] : undefined) ?? join(dirname(fileURLToPath(import.meta.url)), "first-sight");
const dir = join(base, args.includes("--holdout") ? "holdout" : "");
const engine = loadEngine();
const results: { set: string; question: Question; answer: Answer; outcome: Outcome; why: string[] }[] = [];

for (const name of ["singles.en.yaml", "singles.uk.yaml", "content.en.yaml", "content.uk.yaml"]) {
  const path = join(dir, name);
  if (!existsSync(path)) continue;
  const set = SetSchema.parse(parse(readFileSync(path, "utf8")));
  for (const question of set.questions) {
    const answer = engine.answer(question.q, { lang: set.lang });
    results.push({ set: `${name.split(".")[0]}.${set.lang}`, question, answer, ...judge(question, answer) });
  }
}
const conversationsFile = join(dir, "conversations.yaml");
if (existsSync(conversationsFile)) {
  for (const conversation of ConversationsSchema.parse(parse(readFileSync(conversationsFile, "utf8"))).conversations) {
    let state: unknown;
    conversation.turns.forEach((question, turn) => {
      const answer = engine.answer(question.q, { lang: conversation.lang, conversation: state });
      state = answer.conversation;
      results.push({ set: `${turn === 0 ? "conversation starts" : "follow-ups"}.${conversation.lang}`, question, answer, ...judge(question, answer) });
    });
  }
}

const share = (n: number, of: number) => (of === 0 ? "-" : `${((100 * n) / of).toFixed(1)} %`);
const row = (label: string, rows: typeof results) => {
  const count = (outcome: Outcome) => rows.filter((result) => result.outcome === outcome).length;
  return `${label.padEnd(26)} ${String(rows.length).padStart(4)}   correct ${share(count("correct"), rows.length).padStart(7)}   confidently wrong ${share(count("wrong"), rows.length).padStart(7)}   missed ${share(count("missed"), rows.length).padStart(7)}`;
};
const lines = [`${args.includes("--holdout") ? "Hold-out" : "First-sight"} set (${dir})`];
for (const set of [...new Set(results.map((result) => result.set))]) lines.push(row(set, results.filter((result) => result.set === set)));
lines.push(row("all", results));
const words = results.filter((result) => result.answer.status === "answered").map((result) => answerWords(result.answer.text)).sort((a, b) => a - b);
lines.push(`answer length: median ${words[Math.floor(words.length / 2)] ?? 0} words, 90th percentile ${words[Math.floor(words.length * 0.9)] ?? 0} words`);
lines.push(...latinReport(results.map((result) => result.answer), sourceNames(engine.dataset), args.includes("--verbose") ? 20 : 0));
if (args.includes("--verbose")) {
  for (const result of results.filter((candidate) => candidate.outcome !== "correct")) {
    lines.push("", `[${result.outcome}] (${result.set}, ${result.question.tag ?? "-"}) ${result.question.q}`, `    ${result.why.join("; ")}`, `    ${result.answer.text.replace(/\s+/g, " ").slice(0, 240)}`);
  }
}
process.stdout.write(`${lines.join("\n")}\n`);
