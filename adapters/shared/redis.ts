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
 * the concern (`update`, `conversation`, …), and every key has a TTL. The
 * stores built on this client are in redis-stores.ts, which needs only its
 * type: a process without `REDIS_URL` never loads ioredis.
 */
import { Redis } from "ioredis";
import { DEFAULT_REDIS_KEY_PREFIX } from "./env.ts";
import { registerSecret, type Logger } from "./logger.ts";

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
