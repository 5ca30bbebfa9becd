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

/** A run of a block: its words as they read, or one citation marker (`[n]` in `text`). */
export const AnswerSegmentSchema = z.union([z.object({ text: z.string() }), z.object({ cite: z.number().int().positive() })]);
export type AnswerSegment = z.infer<typeof AnswerSegmentSchema>;

/** A paragraph of the answer's text, with the citations its sentences cite. */
export const AnswerBlockSchema = z.preprocess(
  // A block written before segments existed: its text as one run, its markers not told apart from its words.
  (value) => (isRecord(value) && value.segments === undefined && typeof value.text === "string" ? { ...value, segments: [{ text: value.text }] } : value),
  z.object({
    /** `lead`: the paragraph that answers; `text`: what follows; `note`: a note on the answer as a whole (e.g. its language). */
    kind: z.enum(["lead", "text", "note"]),
    /** The paragraph as in `text`, its `[n]` markers included. */
    text: z.string(),
    /** The `n` of every citation the paragraph's markers point to, in ascending order. */
    cites: z.array(z.number().int().positive()),
    /**
     * The paragraph as runs of words and citation markers: rendered in order they
     * give `text`, each `{ cite: n }` as `[n]`. A renderer reads markers from here,
     * never from the text, where a bracketed number may be the asker's own words.
     */
    segments: z.array(AnswerSegmentSchema),
  }),
);
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

/** A question the engine answers with more on the same subject (the full agreement card after a one-fact answer). */
export const MoreSchema = z.object({
  /** Ask it as any question (`answer(more.question, …)`), in the answer's language. */
  question: z.string(),
});
export type More = z.infer<typeof MoreSchema>;

export const AnswerSchema = z.preprocess(
  // An answer written before blocks existed: its text as one lead block (whose markers read as words).
  (value) =>
    isRecord(value) && value.blocks === undefined && typeof value.text === "string" ? { ...value, blocks: [{ kind: "lead", text: value.text, cites: [] }] } : value,
  z.object({
    /** The question as received (trimmed, cut to a safe length for echoing). */
    question: z.string(),
    status: AnswerStatusSchema,
    /** Plain text; every `[n]` in it is a citation marker matching a `citations[].n` (a question it repeats has its "[1]" written "(1)"). */
    text: z.string(),
    /** The answer's first sentence alone, without markers: complete on its own, for previews and inline results. */
    summary: z.string().default(""),
    /** `text` as paragraphs (one per line), each with the citations it points to, so no renderer has to parse markers. */
    blocks: z.array(AnswerBlockSchema),
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
    /**
     * Set on a short answer about one partner's agreement: the question whose
     * answer is that agreement's full card, for a "More" button. Absent otherwise.
     */
    more: MoreSchema.optional(),
  }),
);
export type Answer = z.infer<typeof AnswerSchema>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
