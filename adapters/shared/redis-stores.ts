/**
 * Stores over the shared Redis client (redis.ts): JSON values with a TTL and
 * a per-process fallback, and the conversations built on them. This file
 * needs the client's type only, so the adapters can import it without
 * loading ioredis when `REDIS_URL` is not set.
 */
import { DEFAULT_CONVERSATION_IDLE_MS, MemoryConversationStore, type ConversationStore, type MemoryConversationStoreOptions } from "./conversation-store.ts";
import type { SharedRedis } from "./redis.ts";

/** How long the answers and questions behind buttons are kept in Redis: a button a week old still works. */
export const BUTTON_MEMORY_MS = 7 * 24 * 60 * 60 * 1000;

/** Strings and JSON values, each under its own key with a TTL: what the stores keep in Redis (or in memory). */
export interface KeyValueStore<T> {
  /** The value under `key`, or undefined when there is none or it expired. */
  read(key: string): Promise<T | undefined>;
  /** Keeps `value` under `key` for the store's TTL, counted anew from now. */
  write(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface RedisKeyValueStoreOptions<T> {
  /** The bot's namespace, e.g. "telegram:123456". */
  namespace: string;
  /** What the store keeps, e.g. "conversation"; the middle part of every key. */
  concern: string;
  /** How long a value is kept after it was written, in ms. */
  ttlMs: number;
  /** Checks a value read back (it may come from another version of the bot); undefined rejects it. Default: accepts any JSON. */
  parse?: (value: unknown) => T | undefined;
  /** Used while Redis is down; every write goes to it too, so this process's own values survive an outage. Default: none (reads find nothing). */
  fallback?: KeyValueStore<T>;
}

/** JSON values in Redis, one key each, with a TTL; a store's fallback while Redis is down. */
export class RedisKeyValueStore<T> implements KeyValueStore<T> {
  readonly #redis: SharedRedis;
  readonly #options: RedisKeyValueStoreOptions<T>;

  constructor(redis: SharedRedis, options: RedisKeyValueStoreOptions<T>) {
    this.#redis = redis;
    this.#options = options;
  }

  async read(key: string): Promise<T | undefined> {
    const { fallback, parse } = this.#options;
    return this.#redis.attempt(
      async (client) => {
        const raw = await client.get(this.#key(key));
        if (raw === null) return undefined;
        const value: unknown = JSON.parse(raw);
        return parse ? parse(value) : (value as T);
      },
      () => fallback?.read(key),
    );
  }

  async write(key: string, value: T): Promise<void> {
    await this.#options.fallback?.write(key, value);
    await this.#redis.attempt(
      async (client) => void (await client.set(this.#key(key), JSON.stringify(value), "PX", Math.max(1, Math.round(this.#options.ttlMs)))),
      () => undefined,
    );
  }

  async delete(key: string): Promise<void> {
    await this.#options.fallback?.delete(key);
    await this.#redis.attempt(
      async (client) => void (await client.del(this.#key(key))),
      () => undefined,
    );
  }

  #key(key: string): string {
    return this.#redis.key(this.#options.namespace, this.#options.concern, key);
  }
}

/**
 * Conversations shared by every process of one bot: a follow-up is answered
 * in context whichever instance or shard receives it. Keys are
 * `<prefix><namespace>:conversation:<key>`, kept for the idle time after the
 * last turn; while Redis is down, this process's own memory stands in.
 */
export class RedisConversationStore implements ConversationStore {
  readonly #values: RedisKeyValueStore<unknown>;

  /** @param namespace The bot's namespace, e.g. "telegram:123456". */
  constructor(redis: SharedRedis, namespace: string, options: MemoryConversationStoreOptions = {}) {
    const ttlMs = options.idleMs ?? DEFAULT_CONVERSATION_IDLE_MS;
    this.#values = new RedisKeyValueStore(redis, { namespace, concern: "conversation", ttlMs, fallback: new MemoryConversationStore(options) });
  }

  read(key: string): Promise<unknown> {
    return this.#values.read(key);
  }

  write(key: string, state: unknown): Promise<void> {
    return state === undefined ? this.#values.delete(key) : this.#values.write(key, state);
  }

  delete(key: string): Promise<void> {
    return this.#values.delete(key);
  }
}
