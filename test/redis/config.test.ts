/**
 * `REDIS_URL` and `REDIS_KEY_PREFIX`: checked with the rest of the
 * environment, and the password in the URL never reaches a log line, even
 * when Redis cannot be reached. The keys the bots write carry the prefix,
 * the bot's namespace, and a TTL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../../adapters/shared/env.ts";
import { RedisKeyValueStore } from "../../adapters/shared/redis-stores.ts";
import { SharedRedis } from "../../adapters/shared/redis.ts";
import { LogCapture } from "../adapters/telegram/harness.ts";
import { until } from "../faults/until.ts";
import { RedisServer } from "./redis-server.ts";

let server: RedisServer;

beforeAll(async () => {
  server = await RedisServer.start();
});

afterAll(async () => {
  await server.close();
});

describe("REDIS_URL", () => {
  it("is optional, and takes redis:// and rediss:// URLs with the default prefix", () => {
    const unset = readEnv({});
    expect(unset).toMatchObject({ ok: true, env: { REDIS_KEY_PREFIX: "pact-desk:" } });
    expect(unset.ok && unset.env.REDIS_URL).toBeUndefined();
    expect(readEnv({ REDIS_URL: "rediss://user:pw@redis.example.org:6380/2", REDIS_KEY_PREFIX: "staging:" })).toMatchObject({
      ok: true,
      env: { REDIS_URL: "rediss://user:pw@redis.example.org:6380/2", REDIS_KEY_PREFIX: "staging:" },
    });
  });

  it("names a bad URL or prefix without repeating it", () => {
    const result = readEnv({ REDIS_URL: "http://:hunter2secret@localhost:6379", REDIS_KEY_PREFIX: "has spaces" });
    expect(result.ok).toBe(false);
    const message = result.ok ? "" : result.message;
    expect(message).toContain("REDIS_URL: must be a redis:// or rediss:// URL");
    expect(message).toContain("REDIS_KEY_PREFIX: must be 1–64 characters");
    expect(message).not.toContain("hunter2secret");
    expect(message).not.toContain("has spaces");
  });

  it("never logs its password, Redis down or up", async () => {
    const logs = new LogCapture();
    // A port nothing listens on: the outage is logged at once.
    const down = await SharedRedis.connect({ url: "redis://:hunter2secret@127.0.0.1:1/0", logger: logs.logger, connectTimeoutMs: 500 });
    await until(() => logs.lines().some((line) => line.msg === "Redis is unreachable; using per-process state until it is back"), "the outage is logged");
    await down.close();
    expect(logs.raw.join("")).not.toContain("hunter2secret");
    expect(logs.lines()[0]).toMatchObject({ redis: "127.0.0.1:1" });
  });
});

describe("keys", () => {
  it("start with the prefix and the namespace, and expire", async () => {
    const logs = new LogCapture();
    const redis = await SharedRedis.connect({ url: server.url, keyPrefix: "pd-test:", logger: logs.logger });
    try {
      const store = new RedisKeyValueStore<string>(redis, { namespace: "telegram:123", concern: "question", ttlMs: 60_000 });
      await store.write("abc", "When did Japan sign?");
      expect(await redis.client.keys("*")).toEqual(["pd-test:telegram:123:question:abc"]);
      expect(await redis.client.pttl("pd-test:telegram:123:question:abc")).toBeGreaterThan(59_000);
      expect(await store.read("abc")).toBe("When did Japan sign?");
    } finally {
      await redis.close();
    }
  });
});
