/**
 * Where the adapters keep each conversation's state between turns (the
 * engine's `Answer.conversation`), behind one small interface so a shared
 * store (Redis) can replace the in-process one. Modelled on grammY's session
 * storage: read, write, delete by key; values are plain JSON.
 */
import { LRUCache } from "lru-cache";
import type { Logger } from "./logger.ts";

export interface ConversationStore {
  /** The state kept under `key`, or undefined when there is none or it expired. */
  read(key: string): Promise<unknown>;
  /** Keeps `state` under `key`; it expires after the store's idle time unless written again. */
  write(key: string, state: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface MemoryConversationStoreOptions {
  /** How long a conversation is remembered after its last turn, in milliseconds. Default 30 minutes. */
  idleMs?: number;
  /** Most conversations kept at once; the least recently used is forgotten first. Default 10,000. */
  max?: number;
}

export const DEFAULT_CONVERSATION_IDLE_MS = 30 * 60 * 1000;
export const DEFAULT_CONVERSATION_MAX = 10_000;

/** The default store: one process's memory, bounded in count and idle time. */
export class MemoryConversationStore implements ConversationStore {
  readonly #states: LRUCache<string, { state: unknown }>;

  constructor(options: MemoryConversationStoreOptions = {}) {
    this.#states = new LRUCache({ max: options.max ?? DEFAULT_CONVERSATION_MAX, ttl: options.idleMs ?? DEFAULT_CONVERSATION_IDLE_MS, updateAgeOnGet: false });
  }

  async read(key: string): Promise<unknown> {
    return this.#states.get(key)?.state;
  }

  async write(key: string, state: unknown): Promise<void> {
    if (state === undefined) this.#states.delete(key);
    else this.#states.set(key, { state });
  }

  async delete(key: string): Promise<void> {
    this.#states.delete(key);
  }
}

/**
 * The state kept under `key`, or undefined when the store fails (a shared
 * store can be unreachable): the question is then answered on its own, with
 * a warning in the log, rather than not at all.
 */
export async function recallConversation(store: ConversationStore, key: string, logger: Logger): Promise<unknown> {
  try {
    return await store.read(key);
  } catch (error) {
    logger.warn({ err: error }, "could not read the conversation; answering the question on its own");
    return undefined;
  }
}

/** Keeps the state an answer left under `key` (none left: the conversation is forgotten); a failing store is logged, not thrown. */
export async function keepConversation(store: ConversationStore, key: string, state: unknown, logger: Logger): Promise<void> {
  try {
    if (state === undefined) await store.delete(key);
    else await store.write(key, state);
  } catch (error) {
    logger.warn({ err: error }, "could not keep the conversation; the next question will stand on its own");
  }
}
