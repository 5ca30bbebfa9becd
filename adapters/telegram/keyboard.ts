/**
 * Inline keyboards under answers ("Sources", "Timeline", suggested questions,
 * example questions) and the reverse step: what a pressed button asks for.
 */
import { createHash } from "node:crypto";
import { InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { uiWords, type Answer, type Citation, type Lang } from "../../src/index.ts";
import { decodeCallbackData, encodeCallbackData } from "./callback-data.ts";
import { LRUCache } from "lru-cache";
import type { KeyValueStore } from "../shared/redis-stores.ts";

/** Longest button label shown; Telegram clips long labels anyway, this keeps them readable. */
const MAX_LABEL_LENGTH = 60;

/**
 * The corpus's sources in a fixed order, so a button can name a source by
 * its position. The fingerprint changes whenever the list does.
 */
export class SourceCatalogue {
  readonly fingerprint: string;
  readonly #byId: Map<string, number>;

  /** @param sources Every source in the corpus, e.g. `engine.sources().citations`. */
  constructor(private readonly sources: readonly Citation[]) {
    this.fingerprint = createHash("sha256")
      .update(sources.map((source) => `${source.id}\n${source.url}`).join("\n"))
      .digest("hex")
      .slice(0, 6);
    this.#byId = new Map(sources.map((source, position) => [source.id, position]));
  }

  positionOf(id: string): number | undefined {
    return this.#byId.get(id);
  }

  /** The sources at `positions`, numbered 1… in that order; undefined if any position is unknown. */
  citationsAt(positions: number[]): Citation[] | undefined {
    const citations: Citation[] = [];
    for (const [index, position] of positions.entries()) {
      const source = this.sources[position];
      if (!source) return undefined;
      citations.push({ ...source, n: index + 1 });
    }
    return citations;
  }
}

/**
 * Questions too long for `callback_data`, behind short tokens. A token is a
 * hash of its question, so every instance of the bot makes the same one and
 * a token can only ever stand for its own question (an old button reads as
 * expired, never as another question). Bounded: the oldest are forgotten
 * first. With a shared store (Redis) a button works on whichever instance
 * receives the press, and after a restart.
 */
export class QuestionTokens {
  readonly #byToken: LRUCache<string, string>;
  readonly #shared: KeyValueStore<string> | undefined;
  /** Writes to the shared store not yet acknowledged; `saved()` waits for them. */
  readonly #saving = new Set<Promise<void>>();

  /**
   * @param capacity How many questions this process remembers. Default 2000.
   * @param shared Where every instance finds the questions behind tokens; default: none (this process's memory only).
   */
  constructor(capacity = 2000, shared?: KeyValueStore<string>) {
    this.#byToken = new LRUCache({ max: capacity });
    this.#shared = shared;
  }

  get size(): number {
    return this.#byToken.size;
  }

  tokenFor(question: string): string {
    const token = createHash("sha256").update(question).digest("base64url").slice(0, TOKEN_LENGTH);
    this.#byToken.set(token, question);
    if (this.#shared) {
      const saving = this.#shared.write(token, question);
      this.#saving.add(saving);
      void saving.finally(() => this.#saving.delete(saving));
    }
    return token;
  }

  async questionFor(token: string): Promise<string | undefined> {
    return this.#byToken.get(token) ?? (await this.#shared?.read(token));
  }

  /** Resolves once every token made so far is in the shared store: the bot waits for it before sending the buttons. */
  async saved(): Promise<void> {
    await Promise.all([...this.#saving]);
  }
}

/** Characters of a token: 72 bits of the question's hash, 14 bytes of `callback_data` with its `t:`. */
const TOKEN_LENGTH = 12;

export interface KeyboardContext {
  catalogue: SourceCatalogue;
  tokens: QuestionTokens;
}

/** `callback_data` for a button that asks `question`. */
export function askButtonData(question: string, { tokens }: KeyboardContext): string {
  const data = encodeCallbackData({ kind: "ask", question }) ?? encodeCallbackData({ kind: "ask-token", token: tokens.tokenFor(question) });
  // Tokens are under 20 bytes, so this cannot happen; failing loudly beats a button that asks nothing.
  if (data === undefined) throw new Error("keyboard: a question token did not fit in callback_data");
  return data;
}

/** Answers about how many agreements there are, or which: the timeline shows the same over time. */
const TIMELINE_INTENTS: ReadonlySet<Answer["intent"]> = new Set(["count", "list"]);

/**
 * The keyboard under an answer: "Sources" when it cites any (and they can be
 * named in 64 bytes), "Timeline" beside it under a count or list answer and
 * "More" under a short answer the engine has more for (`Answer.more`), then
 * one button per suggested question. Undefined when empty.
 */
export function answerKeyboard(answer: Answer, context: KeyboardContext, options: { sources?: boolean } = {}): InlineKeyboard | undefined {
  const rows: InlineKeyboardButton[][] = [];
  const { common } = uiWords(answer.lang).text;
  const sourcesData = options.sources === false ? undefined : sourcesButtonData(answer.citations, context.catalogue);
  const timelineData = answer.status === "answered" && TIMELINE_INTENTS.has(answer.intent) ? encodeCallbackData({ kind: "timeline" }) : undefined;
  const firstRow = [
    ...(sourcesData ? [InlineKeyboard.text(common.sourcesButton, sourcesData)] : []),
    ...(timelineData ? [InlineKeyboard.text(common.timelineButton, timelineData)] : []),
    ...(answer.more ? [InlineKeyboard.text(common.moreButton, askButtonData(answer.more.question, context))] : []),
  ];
  if (firstRow.length > 0) rows.push(firstRow);
  if (answer.status === "no_answer") {
    for (const suggestion of answer.suggestions) rows.push([InlineKeyboard.text(label(suggestion), askButtonData(suggestion, context))]);
  }
  return rows.length === 0 ? undefined : new InlineKeyboard(rows);
}

/** One button per question, each asking it. */
export function questionsKeyboard(questions: readonly string[], context: KeyboardContext): InlineKeyboard {
  return new InlineKeyboard(questions.map((question) => [InlineKeyboard.text(label(question), askButtonData(question, context))]));
}

function sourcesButtonData(citations: Citation[], catalogue: SourceCatalogue): string | undefined {
  if (citations.length === 0) return undefined;
  const ordered = [...citations].sort((a, b) => a.n - b.n);
  const positions = ordered.map((citation) => catalogue.positionOf(citation.id));
  if (positions.some((position) => position === undefined)) return undefined;
  // Renumbering from 1 must give back the answer's own numbers.
  if (ordered.some((citation, index) => citation.n !== index + 1)) return undefined;
  return encodeCallbackData({ kind: "sources", corpus: catalogue.fingerprint, positions: positions as number[] });
}

function label(question: string): string {
  return question.length <= MAX_LABEL_LENGTH ? question : `${question.slice(0, MAX_LABEL_LENGTH - 1).trimEnd()}…`;
}

export type ButtonRequest =
  | { kind: "sources"; citations: Citation[] }
  | { kind: "ask"; question: string }
  | { kind: "timeline" }
  /** A token no longer remembered. */
  | { kind: "expired" }
  /** A sources button made for a different corpus. */
  | { kind: "outdated" }
  | { kind: "unknown" };

/** What a pressed button asks for. */
export async function resolveButton(raw: string | undefined, context: KeyboardContext): Promise<ButtonRequest> {
  const data = raw === undefined ? undefined : decodeCallbackData(raw);
  if (!data) return { kind: "unknown" };
  switch (data.kind) {
    case "ask":
      return { kind: "ask", question: data.question };
    case "ask-token": {
      const question = await context.tokens.questionFor(data.token);
      return question === undefined ? { kind: "expired" } : { kind: "ask", question };
    }
    case "sources": {
      if (data.corpus !== context.catalogue.fingerprint) return { kind: "outdated" };
      const citations = context.catalogue.citationsAt(data.positions);
      return citations ? { kind: "sources", citations } : { kind: "outdated" };
    }
    case "timeline":
      return { kind: "timeline" };
  }
}

/** The toast shown for a button that can no longer do its job. */
export function buttonNotice(request: ButtonRequest, lang: Lang): string | undefined {
  const { telegram } = uiWords(lang).text;
  if (request.kind === "expired" || request.kind === "unknown") return telegram.buttonExpired;
  if (request.kind === "outdated") return telegram.buttonOutdated;
  return undefined;
}
