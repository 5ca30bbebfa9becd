/**
 * Recently shown answers, so that a button under a message ("Sources", a
 * suggested question) can act on the answer it belongs to. Bounded: the
 * oldest entry goes when the store is full, and its buttons then reply that
 * they have expired.
 */
import { randomBytes } from "node:crypto";
import type { Answer } from "../../src/index.ts";

export interface AnswerStoreOptions {
  /** How many answers to keep. Default 1000 (a few MB at most). */
  capacity?: number;
}

export class AnswerStore {
  readonly #entries = new Map<string, Answer>();
  readonly #capacity: number;

  constructor(options: AnswerStoreOptions = {}) {
    this.#capacity = Math.max(1, options.capacity ?? 1000);
  }

  /**
   * Stores an answer and returns its key: 8 random URL-safe characters, so a
   * button from before a restart never points at a different answer.
   */
  remember(answer: Answer): string {
    const key = randomBytes(6).toString("base64url");
    this.#entries.set(key, answer);
    if (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    return key;
  }

  recall(key: string): Answer | undefined {
    return this.#entries.get(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
