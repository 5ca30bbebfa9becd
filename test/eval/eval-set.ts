/**
 * The evaluation table's file format: `questions.yaml` (English) and
 * `questions.<lang>.yaml` for other languages, each `{ lang, questions: [...] }`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { LangSchema } from "../../src/answer.ts";

export const EvalQuestionSchema = z.object({
  /** The question as a person would type it. */
  q: z.string(),
  /** The status the engine should give. */
  expect: z.enum(["answered", "no_answer", "rejected"]),
  /** Strings that must all appear (case-insensitive) in what the person reads: the text and the quotes. */
  contains: z.array(z.string().min(1)).default([]),
  /** Strings that must not appear there. */
  notContains: z.array(z.string().min(1)).default([]),
  /** What the question exercises (for reading failures), e.g. "when", "typo", "off-topic". */
  tag: z.string().optional(),
});
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

export const EvalFileSchema = z.object({
  lang: LangSchema,
  questions: z.array(EvalQuestionSchema).min(1),
});

export interface EvalSet {
  file: string;
  lang: z.infer<typeof LangSchema>;
  questions: EvalQuestion[];
}

const EVAL_FILE = /^questions(\.[a-z]{2})?\.yaml$/;

/** Reads every `questions.yaml` / `questions.*.yaml` in `dir`, failing loudly on a malformed one. */
export function loadEvalSets(dir: string): EvalSet[] {
  return readdirSync(dir)
    .filter((name) => EVAL_FILE.test(name))
    // English (`questions.yaml`) first, then the other languages by name.
    .sort((a, b) => Number(a !== "questions.yaml") - Number(b !== "questions.yaml") || a.localeCompare(b))
    .map((name) => {
      const parsed = EvalFileSchema.safeParse(parse(readFileSync(join(dir, name), "utf8")));
      if (!parsed.success) throw new Error(`${name}: ${z.prettifyError(parsed.error)}`);
      return { file: name, ...parsed.data };
    });
}
