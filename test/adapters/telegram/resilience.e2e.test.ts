/**
 * The Telegram bot under flood, API failures, restarts and webhook delivery:
 * the real engine and grammY stack against the fake Bot API server.
 */
import { join } from "node:path";
import type { Message, Update } from "grammy/types";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../../adapters/telegram/bot.ts";
import { Delivery } from "../../../adapters/telegram/delivery.ts";
import { FileUpdateStore } from "../../../adapters/telegram/update-store.ts";
import { QuestionTokens } from "../../../adapters/telegram/keyboard.ts";
import type { Engine } from "../../../src/index.ts";
import { FakeTelegramBotApi } from "../../fakes/telegram-bot-api.ts";
import { alice, bob, buttons, group, LogCapture, olena, privateChat, scratchDir, seen, startHarness, type Harness } from "./harness.ts";
import { sharedEngine } from "../../shared-engine.ts";

let engine: Engine;
const running: Harness[] = [];

beforeAll(() => {
  engine = sharedEngine();
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((harness) => harness.close()));
});

async function start(options: Parameters<typeof startHarness>[1] = {}): Promise<Harness> {
  const harness = await startHarness(engine, options);
  running.push(harness);
  return harness;
}

const japanQuestion = "When did Japan sign its security agreement with Ukraine?";
const rateLimitNotice = "You're sending messages faster than I can answer. Please wait a few seconds — until then I'll skip new ones.";

describe("flood control", () => {
  it("tells a user once, politely, when they go over the limit, and drops the rest", async () => {
    const { fake } = await start({ bot: { rateLimit: 3 } });
    const fromAlice = Array.from({ length: 7 }, (_, i) => fake.userSends(alice, group, `/ask ${japanQuestion} (${i})`));
    const fromBob = fake.userSends(bob, group, `/ask ${japanQuestion}`);
    await fake.waitFor((call) => call.ok && call.payload.reply_parameters?.message_id === fromBob.message?.message_id);

    const replies = fake.sentTo(group.id).filter((message) => fromAlice.some((update) => update.message?.message_id === message.reply_to_message?.message_id));
    expect(replies.map((message) => seen(message).text.includes("13 June 2024"))).toEqual([true, true, true, false]);
    expect(seen(replies[3] as Message).text).toBe(rateLimitNotice);
    expect(replies[3]?.reply_to_message?.message_id).toBe(fromAlice[3]?.message?.message_id);
  });

  it("still answers every button press over the limit, showing the notice once", async () => {
    const { fake } = await start({ bot: { rateLimit: 2 } });
    fake.userSends(alice, privateChat(alice), japanQuestion);
    const reply = await fake.nextMessageTo(alice.id, 1);
    const data = buttons(reply).find((button) => button.text === "Sources")?.data as string;
    for (let i = 0; i < 3; i++) fake.userPresses(alice, reply, data);
    await fake.waitFor((call) => call.method === "answerCallbackQuery", { count: 3 });
    const answers = fake.calls.filter((call) => call.method === "answerCallbackQuery");
    expect(answers.every((call) => call.ok)).toBe(true);
    expect(answers.map((call) => call.payload.text)).toEqual([undefined, rateLimitNotice, undefined]);
    expect(fake.sentTo(alice.id)).toHaveLength(2);
  });
});

describe("Bot API failures", () => {
  it("waits out a 429 with retry_after, logs it, and delivers the answer exactly once", async () => {
    const { fake, logs } = await start();
    fake.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });
    fake.userSends(alice, privateChat(alice), japanQuestion);
    const reply = await fake.nextMessageTo(alice.id, 1);
    expect(seen(reply).text).toContain("13 June 2024");
    const attempts = fake.calls.filter((call) => call.method === "sendMessage");
    expect(attempts.map((call) => call.ok)).toEqual([false, true]);
    expect(attempts[1]?.payload.text).toBe(attempts[0]?.payload.text);
    expect(await logs.waitFor((line) => line.msg === "Bot API refused a call")).toMatchObject({ level: 40, method: "sendMessage", code: 429, retryAfterS: 1 });
  });

  it("retries a 500 and delivers the answer exactly once", async () => {
    const { fake } = await start();
    fake.failNext("sendMessage", { error_code: 500, description: "Internal Server Error" });
    fake.userSends(alice, privateChat(alice), japanQuestion);
    const call = await fake.waitFor((c) => c.method === "sendMessage" && c.ok, { timeoutMs: 15_000 });
    expect(seen(call.message as Message).text).toContain("13 June 2024");
    expect(fake.calls.filter((c) => c.method === "sendMessage").map((c) => c.ok)).toEqual([false, true]);
  });

  it("gives up on a wait longer than it allows, says sorry, logs without the token, and keeps serving", async () => {
    const { fake, logs, config } = await start();
    fake.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 600", parameters: { retry_after: 600 } });
    fake.userSends(alice, privateChat(alice), japanQuestion);
    const apology = await fake.nextMessageTo(alice.id, 1);
    expect(seen(apology).text).toBe("Sorry, something went wrong while answering. Please try again.");
    fake.userSends(alice, privateChat(alice), japanQuestion);
    expect(seen(await fake.nextMessageTo(alice.id, 2)).text).toContain("13 June 2024");

    const failure = await logs.waitFor((line) => line.msg === "update failed");
    expect(failure).toMatchObject({ level: 50, platform: "telegram", code: 429, method: "sendMessage" });
    expect(logs.raw.join("\n")).not.toContain(config.token);
    expect(logs.raw.join("\n")).not.toContain(config.token.split(":")[1]);
  });

  it("logs one line per answer with status, confidence and latency, and no user text at info level", async () => {
    const { fake, logs } = await start();
    fake.userSends(alice, privateChat(alice), japanQuestion);
    await fake.nextMessageTo(alice.id, 1);
    await logs.waitFor((line) => line.msg === "answered");
    const lines = logs.answered();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ platform: "telegram", kind: "ask", status: "answered", chat: "private" });
    expect(typeof lines[0]?.confidence).toBe("number");
    expect(typeof lines[0]?.latencyMs).toBe("number");
    expect(logs.raw.join("\n")).not.toContain(japanQuestion);
  });

  it("adds the question to that line at debug level", async () => {
    const { fake, logs } = await start({ logs: new LogCapture("debug") });
    fake.userSends(alice, privateChat(alice), japanQuestion);
    expect(await logs.waitFor((line) => line.msg === "answered")).toMatchObject({ question: japanQuestion, status: "answered" });
  });
});

describe("restarts", () => {
  it("does not answer a message again when Telegram re-delivers it to the next process", async () => {
    const fake = await FakeTelegramBotApi.start();
    const dedupeFile = join(scratchDir(), "updates");
    const chat = privateChat(alice);
    const first = await startHarness(engine, { fake, config: { dedupeFile } });
    const update = fake.userSends(alice, chat, japanQuestion);
    await fake.nextMessageTo(alice.id, 1);
    await first.handle.stop();
    // A graceful stop confirms what was handled, as bot.stop() would.
    expect(fake.calls.some((call) => call.method === "getUpdates" && call.payload.offset === update.update_id + 1)).toBe(true);

    // As after a crash before that confirmation: Telegram hands the same update to the next process.
    fake.redeliver([update]);
    const second = await startHarness(engine, { fake, config: { dedupeFile } });
    fake.userSends(alice, chat, "/about");
    await fake.nextMessageTo(alice.id, 2);
    const answeredJapan = () => fake.sentTo(alice.id).filter((message) => seen(message).text.includes("13 June 2024"));
    expect(answeredJapan()).toHaveLength(1);
    await second.handle.stop();

    // Control: a process without that memory would answer it twice.
    fake.redeliver([update]);
    const third = await startHarness(engine, { fake, config: { dedupeFile: join(scratchDir(), "updates") } });
    await fake.nextMessageTo(alice.id, 3);
    expect(answeredJapan()).toHaveLength(2);
    await third.close();
  });
});

describe("webhook mode", () => {
  it("registers its URL and secret, refuses calls without the secret, and answers each update once", async () => {
    const webhook = { url: "https://bot.example.org/telegram/hook", secret: "hook-secret_123", port: 0 };
    const { fake, handle } = await start({ config: { webhook } });
    expect(handle.mode).toBe("webhook");
    expect(fake.succeeded("setWebhook")[0]?.payload).toMatchObject({ url: webhook.url, secret_token: webhook.secret, allowed_updates: ["message", "edited_message", "callback_query", "inline_query"] });
    expect(fake.calls.filter((call) => call.method === "getUpdates")).toEqual([]);

    const post = (update: Update, headers: Record<string, string> = {}, path = "/telegram/hook") =>
      fetch(`http://127.0.0.1:${handle.port}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(update) });
    const withSecret = { "x-telegram-bot-api-secret-token": webhook.secret };
    const question = fake.userSends(alice, privateChat(alice), japanQuestion);

    expect((await post(question)).status).toBe(401);
    expect((await post(question, { "x-telegram-bot-api-secret-token": "wrong" })).status).toBe(401);
    expect((await post(question, withSecret, "/elsewhere")).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${handle.port}/telegram/hook`)).status).toBe(404);
    expect(fake.calls.filter((call) => call.method === "sendMessage")).toEqual([]);

    expect((await post(question, withSecret)).status).toBe(200);
    expect(seen(await fake.nextMessageTo(alice.id, 1)).text).toContain("13 June 2024");
    // Telegram re-sends an update it thinks failed; the copy is acknowledged but not answered again.
    expect((await post(question, withSecret)).status).toBe(200);
    expect((await post(fake.userSends(alice, privateChat(alice), "/about"), withSecret)).status).toBe(200);
    const second = await fake.nextMessageTo(alice.id, 2);
    expect(seen(second).text).not.toContain("13 June 2024");
    expect(fake.sentTo(alice.id)).toHaveLength(2);
  });
});

describe("a long run", () => {
  it("keeps the handled-update memory and the button-token map bounded", async () => {
    const fake = await FakeTelegramBotApi.start();
    const store = new FileUpdateStore({ capacity: 50 });
    const tokens = new QuestionTokens(20);
    const logger = new LogCapture().logger;
    const bot = createBot(engine, { token: fake.token, apiRoot: fake.apiRoot }, logger, { delivery: new Delivery(store, logger), tokens, botInfo: fake.bot, rateLimit: 1_000_000 });
    try {
      for (let i = 0; i < 120; i++) {
        const user = { ...olena, id: 20_000 + i };
        await bot.handleUpdate(fake.userSends(user, privateChat(user), `Що таке квантова хромодинаміка ${i}?`));
        await bot.handleUpdate(fake.userSends(user, privateChat(user), "/start"));
      }
      expect(fake.succeeded("sendMessage").length).toBe(240);
      expect(store.size).toBe(50);
      expect(await store.unfinished()).toEqual([]);
      expect(tokens.size).toBeLessThanOrEqual(20);
    } finally {
      await fake.close();
    }
  });
});
