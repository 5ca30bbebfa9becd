/**
 * Redis goes away in the middle of a run and comes back: two Telegram
 * webhook instances keep answering on their own memory meanwhile, say so
 * once each, reconnect by themselves, and share their state again after.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { alice, bob, privateChat, seen } from "../adapters/telegram/harness.ts";
import { until } from "../faults/until.ts";
import { FakeTelegramBotApi } from "../fakes/telegram-bot-api.ts";
import { RedisServer } from "./redis-server.ts";
import { startWebhookInstance, type WebhookInstance } from "./webhook-instance.ts";

const OUTAGE = "Redis is unreachable; using per-process state until it is back";
const BACK = "Redis is reachable again; shared state resumes";

let server: RedisServer;
let fake: FakeTelegramBotApi;
const instances: WebhookInstance[] = [];

beforeAll(async () => {
  server = await RedisServer.start();
  fake = await FakeTelegramBotApi.start();
  for (let i = 0; i < 2; i++) instances.push(await startWebhookInstance(fake, { url: server.url, maxReconnectDelayMs: 100 }));
});

afterAll(async () => {
  for (const instance of instances) await instance.stop();
  await fake.close();
  await server.close();
});

it("answers through an outage on per-process state, logs it once per instance, and shares state again once Redis is back", async () => {
  const [a, b] = instances as [WebhookInstance, WebhookInstance];
  const answers = () => fake.sentTo(alice.id).map((message) => seen(message).text);

  await a.post(fake.userSends(alice, privateChat(alice), "When did Japan sign?"));
  expect(answers()).toEqual([expect.stringContaining("13 June 2024")]);

  await server.stop();
  await until(() => !a.redis.isUp && !b.redis.isUp, "both instances see Redis gone");
  // Every question is still answered, and a conversation on one instance goes on there (its own memory).
  await a.post(fake.userSends(alice, privateChat(alice), "When did Poland sign?"));
  await a.post(fake.userSends(alice, privateChat(alice), "and France?"));
  for (let i = 0; i < 3; i++) await b.post(fake.userSends(bob, privateChat(bob), `Where did the UK sign its agreement? (${i})`));
  expect(answers().slice(1)).toEqual([expect.stringContaining("2024"), expect.stringContaining("16 February 2024")]);
  expect(fake.sentTo(bob.id).map((message) => seen(message).text)).toEqual(Array(3).fill(expect.stringContaining("Kyiv")));

  await server.start();
  await until(() => a.redis.isUp && b.redis.isUp, "both instances reconnected by themselves");
  await a.post(fake.userSends(alice, privateChat(alice), "When did Japan sign?"));
  await b.post(fake.userSends(alice, privateChat(alice), "and France?"));
  expect(answers().slice(3)).toEqual([expect.stringContaining("13 June 2024"), expect.stringContaining("16 February 2024")]);

  for (const { logs } of [a, b]) {
    expect(logs.lines().filter((line) => line.msg === OUTAGE)).toHaveLength(1);
    expect(logs.lines().filter((line) => line.msg === BACK)).toHaveLength(1);
  }
});
