/**
 * The one Redis client every store shares when `REDIS_URL` is set, so several
 * processes (webhook instances behind a load balancer, Discord shards) serve
 * one bot as if they were one.
 *
 * Redis is a help, never a condition: while it is unreachable every store
 * falls back to its own process's memory (`attempt`), the bot keeps
 * answering, and the log says so once per outage, not once per message.
 * ioredis reconnects by itself (`retryStrategy`); the first command that
 * works again, or the reconnection itself, ends the outage with one more line.
 * Commands are never queued while the connection is down (they would hold an
 * answer up): they fail at once, and the caller uses its fallback.
 *
 * Every key starts with the configured prefix (`REDIS_KEY_PREFIX`), then the
 * bot's namespace (`telegram:<bot id>`, `discord:<application id>`), then
 * the concern (`update`, `conversation`, …), and every key has a TTL.
 */
import { Redis } from "ioredis";
import { DEFAULT_CONVERSATION_IDLE_MS, MemoryConversationStore, type ConversationStore, type MemoryConversationStoreOptions } from "./conversation-store.ts";
import { DEFAULT_REDIS_KEY_PREFIX } from "./env.ts";
import { registerSecret, type Logger } from "./logger.ts";

/** How long the answers and questions behind buttons are kept in Redis: a button a week old still works. */
export const BUTTON_MEMORY_MS = 7 * 24 * 60 * 60 * 1000;

export interface SharedRedisOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://…` for TLS. */
  url: string;
  /** Put before every key. Default "pact-desk:". */
  keyPrefix?: string;
  logger: Logger;
  /** Longest wait between reconnection attempts, in ms. Default 1000. */
  maxReconnectDelayMs?: number;
  /** How long one command may take before it counts as failed (and the fallback is used), in ms. Default 1000. */
  commandTimeoutMs?: number;
  /** How long start-up waits for the first connection before going on without it, in ms. Default 3000. */
  connectTimeoutMs?: number;
}

/** Strings and JSON values, each under its own key with a TTL: what the stores keep in Redis (or in memory). */
export interface KeyValueStore<T> {
  /** The value under `key`, or undefined when there is none or it expired. */
  read(key: string): Promise<T | undefined>;
  /** Keeps `value` under `key` for the store's TTL, counted anew from now. */
  write(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
}

export class SharedRedis {
  readonly client: Redis;
  readonly keyPrefix: string;
  /** Where Redis is, for log lines: host and port only, never the password. */
  readonly address: string;
  readonly #logger: Logger;
  /** True from the first failure until Redis answers again: the outage has been logged. */
  #outage = false;
  #closed = false;

  private constructor(options: SharedRedisOptions) {
    const url = new URL(options.url);
    registerSecret(options.url);
    registerSecret(decodeURIComponent(url.password));
    this.address = `${url.hostname}:${url.port || "6379"}`;
    this.keyPrefix = options.keyPrefix ?? DEFAULT_REDIS_KEY_PREFIX;
    this.#logger = options.logger.child({ redis: this.address });
    const maxDelay = options.maxReconnectDelayMs ?? 1000;
    this.client = new Redis(options.url, {
      retryStrategy: (attempt) => (this.#closed ? null : Math.min(attempt * 100, maxDelay)),
      // Fail at once while disconnected rather than queue: the caller has a fallback, and an answer must not wait.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: options.commandTimeoutMs ?? 1000,
      connectTimeout: options.connectTimeoutMs ?? 3000,
    });
    // Without a listener ioredis prints every failed reconnection to the console.
    this.client.on("error", (error: Error) => this.#reportOutage(error));
    this.client.on("close", () => this.#reportOutage(new Error("connection closed")));
    this.client.on("ready", () => this.#reportBack());
  }

  /**
   * Connects and resolves once Redis is ready, or once the first attempt
   * failed or `connectTimeoutMs` passed: the bot then starts on per-process
   * state and the client keeps reconnecting in the background.
   */
  static async connect(options: SharedRedisOptions): Promise<SharedRedis> {
    const redis = new SharedRedis(options);
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        redis.client.off("ready", done).off("error", done);
        resolve();
      };
      const timer = setTimeout(done, options.connectTimeoutMs ?? 3000);
      redis.client.once("ready", done).once("error", done);
    });
    return redis;
  }

  /** Whether commands can be sent now. */
  get isUp(): boolean {
    return this.client.status === "ready";
  }

  /** A full key: the prefix, then the parts joined with ":" (e.g. `key("telegram:123", "update", 42)`). */
  key(...parts: Array<string | number>): string {
    return `${this.keyPrefix}${parts.join(":")}`;
  }

  /**
   * Runs `shared` against Redis, or `fallback` when Redis is down or the
   * command fails: the one place the stores decide between shared and
   * per-process state.
   */
  async attempt<T>(shared: (client: Redis) => Promise<T>, fallback: () => T | Promise<T>): Promise<T> {
    if (!this.isUp) {
      this.#reportOutage(new Error(`not connected (${this.client.status})`));
      return fallback();
    }
    try {
      const result = await shared(this.client);
      this.#reportBack();
      return result;
    } catch (error) {
      this.#reportOutage(error);
      return fallback();
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      await this.client.quit();
    } catch {
      // Already disconnected: nothing to say goodbye to.
      this.client.disconnect();
    }
  }

  #reportOutage(error: unknown): void {
    if (this.#outage || this.#closed) return;
    this.#outage = true;
    this.#logger.warn({ error: error instanceof Error ? error.message : String(error) }, "Redis is unreachable; using per-process state until it is back");
  }

  #reportBack(): void {
    if (!this.#outage || this.#closed) return;
    this.#outage = false;
    this.#logger.info("Redis is reachable again; shared state resumes");
  }
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
