/**
 * The engine's public surface. Everything an adapter shows comes from one of
 * these methods, and every method returns a value instead of throwing.
 */
import type { Answer, Lang } from "./answer.ts";
import type { Dataset } from "./dataset/schema.ts";

export interface AskOptions {
  /**
   * The language to answer in when the question itself does not show it
   * (e.g. Telegram's `language_code`, Discord's `locale`). The script of the
   * question wins over this hint. Defaults to "en".
   */
  lang?: Lang;
  /**
   * The previous turn's `Answer.conversation`, so "and France?" or "who
   * signed it?" continue it. An invalid value is ignored (the question then
   * stands alone).
   */
  conversation?: unknown;
}

/** A partner for autocomplete: `name` to show, `id` to send back. */
export interface PartnerChoice {
  id: string;
  name: string;
}

export interface Engine {
  /** Answers a free-text question. Synchronous after load; never throws. */
  answer(question: string, options?: AskOptions): Answer;
  /** A card for one agreement (date, place, signatories, duration, commitments, sources); `no_answer` for an unknown partner. */
  agreement(partner: string, options?: AskOptions): Answer;
  /** The best verbatim quotes on a topic, each with its source. */
  quotes(topic: string, options?: AskOptions & { limit?: number }): Answer;
  /** Every source in the corpus as citations. */
  sources(options?: AskOptions): Answer;
  /** What the bot covers, how many agreements, and the as-of date. */
  about(options?: AskOptions): Answer;
  /**
   * Partners matching a prefix, alias or misspelling, best first, at most
   * `limit` (default 25), named in the query's language, or in `lang` when
   * the query does not show it (an empty query, a name only).
   */
  partners(query: string, limit?: number, options?: Pick<AskOptions, "lang">): PartnerChoice[];
  /** Example questions for greetings and help texts. */
  examples(options?: AskOptions): string[];
  /** The date the corpus holds as of, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The validated corpus, read-only. */
  readonly dataset: Readonly<Dataset>;
}
