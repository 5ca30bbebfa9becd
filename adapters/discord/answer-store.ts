/**
 * Recently shown answers, so that a button under a message ("Sources", a
 * suggested question) can act on the answer it belongs to. Bounded: the
 * least recently used entry goes when the store is full, and its buttons then reply that
 * they have expired. With a shared store (Redis) every answer is also kept
 * there, so a button works whichever process or shard receives the click,
 * and after a restart.
 */
import { randomBytes } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { Answer } from "../../src/index.ts";
import type { KeyValueStore } from "../shared/redis-stores.ts";

export interface AnswerStoreOptions {
  /** How many answers this process keeps. Default 1000 (a few MB at most). */
  capacity?: number;
  /** Where every process finds the answers (Redis, with its own TTL); default: none, this process's memory only. */
  shared?: KeyValueStore<Answer>;
}

/** Bytes per key: 6 bytes are 8 base64url characters. */
const KEY_BYTES = 6;
/** Random bytes are drawn for this many keys at once: each draw is a system call costing as much as encoding dozens of keys. */
const KEYS_PER_DRAW = 256;

export class AnswerStore {
  readonly #entries: LRUCache<string, Answer>;
  readonly #shared: KeyValueStore<Answer> | undefined;
  #random = Buffer.alloc(0);
  #used = 0;

  constructor(options: AnswerStoreOptions = {}) {
    this.#entries = new LRUCache({ max: Math.max(1, options.capacity ?? 1000) });
    this.#shared = options.shared;
  }

  /**
   * Stores an answer and returns its key: 8 random URL-safe characters, so a
   * button from before a restart never points at a different answer.
   * Resolves once the shared store has it too.
   */
  async remember(answer: Answer): Promise<string> {
    const key = this.#nextKey();
    this.#entries.set(key, answer);
    await this.#shared?.write(key, answer);
    return key;
  }

  async recall(key: string): Promise<Answer | undefined> {
    return this.#entries.get(key) ?? (await this.#shared?.read(key));
  }

  get size(): number {
    return this.#entries.size;
  }

  #nextKey(): string {
    if (this.#used + KEY_BYTES > this.#random.length) {
      this.#random = randomBytes(KEY_BYTES * KEYS_PER_DRAW);
      this.#used = 0;
    }
    this.#used += KEY_BYTES;
    return this.#random.toString("base64url", this.#used - KEY_BYTES, this.#used);
  }
}
