/**
 * Where the adapters keep each conversation's state between turns (the
 * engine's `Answer.conversation`), behind one small interface so a shared
 * store (Redis) can replace the in-process one. Modelled on grammY's session
 * storage: read, write, delete by key; values are plain JSON.
 */
import { LRUCache } from "lru-cache";

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
