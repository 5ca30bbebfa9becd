/**
 * The `Answer` contract: the one seam between the engine and everything that
 * shows its answers (adapters, tests, outside tools reading `--json`).
 * The schema is the type; `AnswerSchema.parse` checks any value against it.
 */
import { z } from "zod";
import { ConversationStateSchema } from "./conversation.ts";

export const LangSchema = z.enum(["en", "uk"]);
export type Lang = z.infer<typeof LangSchema>;

export const CitationSchema = z.object({
  /** The number shown as `[n]` in `Answer.text`, starting at 1. */
  n: z.number().int().positive(),
  /** The source's id in `data/sources.yaml`. */
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  /** Publication date as the source gives it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  published: z.string(),
  url: z.string(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const AnswerQuoteSchema = z.object({
  /** Verbatim text, never edited or translated. */
  text: z.string(),
  /** Who said or wrote it, with "as quoted by …" where it was read second-hand. */
  speaker: z.string(),
  date: z.string(),
  /** The `n` of the citation the quote was read in. */
  citation: z.number().int().positive(),
});
export type AnswerQuote = z.infer<typeof AnswerQuoteSchema>;

/** A paragraph of the answer's text, with the citations its sentences cite. */
export const AnswerBlockSchema = z.object({
  /** `lead`: the paragraph that answers; `text`: what follows; `note`: a note on the answer as a whole (e.g. its language). */
  kind: z.enum(["lead", "text", "note"]),
  /** The paragraph as in `text`, its `[n]` markers included. */
  text: z.string(),
  /** The `n` of every citation the paragraph's markers point to. */
  cites: z.array(z.number().int().positive()),
});
export type AnswerBlock = z.infer<typeof AnswerBlockSchema>;

export const AnswerStatusSchema = z.enum(["answered", "no_answer", "rejected"]);
export type AnswerStatus = z.infer<typeof AnswerStatusSchema>;

/**
 * What kind of question the engine took it for. Adapters may use it for
 * presentation only (e.g. a "Timeline" button under count and list answers).
 */
export const IntentSchema = z.enum([
  "when",
  "where",
  "who",
  "duration",
  "count",
  "list",
  "has-signed",
  "commitments",
  "agreement",
  "quote",
  "search",
  "none",
]);
export type Intent = z.infer<typeof IntentSchema>;

export const AnswerSchema = z.object({
  /** The question as received (trimmed, cut to a safe length for echoing). */
  question: z.string(),
  status: AnswerStatusSchema,
  /** Plain text; every `[n]` marker matches a `citations[].n`. */
  text: z.string(),
  /** The answer's first sentence alone, without markers: complete on its own, for previews and inline results. */
  summary: z.string().default(""),
  /** `text` as paragraphs, each with the citations it points to, so no renderer has to parse markers. */
  blocks: z.array(AnswerBlockSchema).default([]),
  citations: z.array(CitationSchema),
  quotes: z.array(AnswerQuoteSchema),
  /** In [0, 1], comparable across questions; 0 for `rejected`. */
  confidence: z.number().min(0).max(1),
  /** Up to 3 questions the engine can answer, most useful for `no_answer`. */
  suggestions: z.array(z.string()).max(3),
  /** The date the corpus holds as of, `YYYY-MM-DD`. */
  asOf: z.string(),
  lang: LangSchema,
  intent: IntentSchema,
  /**
   * Parts of the question the corpus cannot answer (e.g. "deliveries",
   * "predictions"), each said plainly in `text`; empty when the whole
   * question was answered.
   */
  unanswered: z.array(z.string()).default([]),
  /**
   * What this turn was about, to hand back with the next question of the same
   * conversation (`answer(next, { conversation })`); absent when there is
   * nothing to carry over.
   */
  conversation: ConversationStateSchema.optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;
