/**
 * The flood limiter's counts (`@grammyjs/ratelimiter`'s `storageClient`)
 * in Redis, so one person flooding several instances is limited once, over
 * all of them: every instance increments the same `<ns>:flood:<key>`.
 *
 * The plugin's own Redis store sends INCR, then PEXPIRE when the count is
 * 1; a process that dies between the two would leave a count without a TTL
 * and that person limited for good. Here INCR and `PEXPIRE … NX` go in one
 * transaction, so every count expires with its window, and the plugin's
 * separate PEXPIRE has nothing left to do. While Redis is down, counts are
 * kept per process (each instance then limits on its own).
 */
import { LRUCache } from "lru-cache";
import type { SharedRedis } from "../shared/redis.ts";

/** People counted at once per process while Redis is down; the least recently seen is forgotten first. */
const LOCAL_CAPACITY = 10_000;

export class FloodCounter {
  readonly #redis: SharedRedis;
  readonly #namespace: string;
  readonly #windowMs: number;
  readonly #local: LRUCache<string, number>;

  /** @param windowMs The limiter's `timeFrame`: how long a count lasts from its first hit. */
  constructor(redis: SharedRedis, namespace: string, windowMs: number) {
    this.#redis = redis;
    this.#namespace = namespace;
    this.#windowMs = windowMs;
    // noUpdateTTL: a count's window starts at its first hit, as in Redis.
    this.#local = new LRUCache({ max: LOCAL_CAPACITY, ttl: windowMs, noUpdateTTL: true });
  }

  /** Counts one more hit for `key` in its window and returns the count. */
  incr(key: string): Promise<number> {
    return this.#redis.attempt(
      async (client) => {
        const flood = this.#redis.key(this.#namespace, "flood", key);
        const replies = await client.multi().incr(flood).pexpire(flood, this.#windowMs, "NX").exec();
        const [error, count] = replies?.[0] ?? [new Error("the transaction was discarded"), undefined];
        if (error) throw error;
        return Number(count);
      },
      () => {
        const count = (this.#local.get(key) ?? 0) + 1;
        this.#local.set(key, count);
        return count;
      },
    );
  }

  /** The window was set by `incr` itself; the plugin calls this after a first hit, and nothing is left to do. */
  async pexpire(_key: string, _milliseconds: number): Promise<number> {
    return 1;
  }
}
