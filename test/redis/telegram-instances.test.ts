/**
 * Two Telegram instances in webhook mode behind one bot, sharing one real
 * redis-server, as behind a load balancer: each update may reach either, or
 * (re-sent) both. The real grammY bot against the fake Bot API.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { alice, bob, buttons, olena, privateChat, seen } from "../adapters/telegram/harness.ts";
import { FakeTelegramBotApi } from "../fakes/telegram-bot-api.ts";
import { RedisServer } from "./redis-server.ts";
import { startWebhookInstance, type WebhookInstance } from "./webhook-instance.ts";

let server: RedisServer;
let fake: FakeTelegramBotApi;
let instances: WebhookInstance[] = [];
/** Each test's own key prefix: every fake Bot API numbers its updates from the same id. */
let keyPrefix = "";
let tests = 0;

async function startInstance(): Promise<WebhookInstance> {
  const instance = await startWebhookInstance(fake, { url: server.url, keyPrefix });
  instances.push(instance);
  return instance;
}

beforeAll(async () => {
  server = await RedisServer.start();
});

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  fake = await FakeTelegramBotApi.start();
  keyPrefix = `pact-desk-test-${++tests}:`;
  return async () => {
    for (const instance of instances) await instance.stop();
    instances = [];
    await fake.close();
  };
});

describe("two webhook instances and one Redis", () => {
  it("answer an update POSTed to both once", async () => {
    const [a, b] = [await startInstance(), await startInstance()];
    const question = fake.userSends(alice, privateChat(alice), "When did Japan sign?");
    // The webhook answers once the update was handled (or skipped), so both statuses mean both instances are done with it.
    expect(await Promise.all([a.post(question), b.post(question)])).toEqual([200, 200]);
    expect(fake.sentTo(alice.id).map((message) => seen(message).text)).toEqual([expect.stringContaining("13 June 2024")]);
    // The same again later (Telegram re-sends what it thinks failed): still once.
    expect(await b.post(question)).toBe(200);
    expect(fake.sentTo(alice.id)).toHaveLength(1);
  });

  it("continue a conversation begun on one instance on the other", async () => {
    const [a, b] = [await startInstance(), await startInstance()];
    await a.post(fake.userSends(alice, privateChat(alice), "When did Japan sign?"));
    expect(seen(await fake.nextMessageTo(alice.id, 1)).text).toContain("13 June 2024");
    await b.post(fake.userSends(alice, privateChat(alice), "and France?"));
    expect(seen(await fake.nextMessageTo(alice.id, 2)).text).toContain("16 February 2024");
  });

  it("limit one person flooding both instances once overall", async () => {
    const [a, b] = [await startInstance(), await startInstance()];
    for (let i = 0; i < 12; i++) await (i % 2 === 0 ? a : b).post(fake.userSends(bob, privateChat(bob), `When did Japan sign? (${i})`));
    const texts = fake.sentTo(bob.id).map((message) => seen(message).text);
    // Five a window (the default), over both instances together; the notice once.
    expect(texts.filter((text) => text.includes("13 June 2024"))).toHaveLength(5);
    expect(texts.filter((text) => text.startsWith("You're sending messages faster"))).toHaveLength(1);
    expect(texts).toHaveLength(6);
  });

  it("answer a button whose question is behind a token on the instance that did not make it", async () => {
    const [a, b] = [await startInstance(), await startInstance()];
    // Ukrainian example questions are too long for callback_data: their buttons carry tokens.
    await a.post(fake.userSends(olena, privateChat(olena), "/start"));
    const greeting = await fake.nextMessageTo(olena.id, 1);
    const tokenButton = buttons(greeting).find((button) => button.data.startsWith("t:"));
    expect(tokenButton).toBeDefined();
    await b.post(fake.userPresses(olena, greeting, tokenButton?.data ?? ""));
    const answer = seen(await fake.nextMessageTo(olena.id, 2)).text;
    expect(answer).not.toContain("застаріла");
    expect(answer).toContain(tokenButton?.text.replace(/…$/, "") ?? "");
  });
});
