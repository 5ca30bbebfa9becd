/**
 * The Telegram bot when the Bot API misbehaves: the fake answers 429 with
 * `retry_after`, 500, drops connections and stalls, on `sendMessage` and on
 * `getUpdates`; and a bot process killed after receiving a burst, or in
 * the middle of answering it. Every question is answered; duplicates are
 * counted (and reported in the test's annotations). (429 and 500 on `sendMessage` are covered in
 * test/adapters/telegram/resilience.e2e.test.ts.)
 */
import { join } from "node:path";
import type { User } from "grammy/types";
import { beforeAll, expect, it, type TestContext } from "vitest";
import type { BotOptions } from "../../adapters/telegram/bot.ts";
import type { Engine } from "../../src/index.ts";
import { FakeTelegramBotApi, type RecordedCall } from "../fakes/telegram-bot-api.ts";
import { alice, group, privateChat, scratchDir, seen, startHarness, type Harness } from "../adapters/telegram/harness.ts";
import { runMain } from "./run-main.ts";
import { sharedEngine } from "../shared-engine.ts";
import { until } from "./until.ts";

let engine: Engine;

beforeAll(() => {
  engine = sharedEngine();
});

/** Short network limits, so a stalled call is given up on in half a second rather than 15. */
const quickNetwork: BotOptions = { network: { callTimeoutMs: 500, pollGraceMs: 300, retryDelayMs: 50 } };

/** Starts the bot (and a fake unless given); both stop when the test ends. */
async function start({ onTestFinished }: TestContext, options: { fake?: FakeTelegramBotApi; dedupeFile?: string } = {}): Promise<Harness> {
  const harness = await startHarness(engine, {
    bot: quickNetwork,
    ...(options.fake ? { fake: options.fake } : {}),
    ...(options.dedupeFile ? { config: { dedupeFile: options.dedupeFile } } : {}),
  });
  onTestFinished(() => harness.close());
  return harness;
}

const japanQuestion = "When did Japan sign its security agreement with Ukraine?";
const isJapanAnswer = (text: string) => text.includes("13 June 2024");
const outcome = (call: RecordedCall) => (call.ok ? "ok" : (call.fault ?? call.error?.error_code));

/** Asks Japan, then `/about` as a marker: once the marker is answered, everything before it in the chat has been. */
async function askJapanThenMarker(fake: FakeTelegramBotApi): Promise<string[]> {
  fake.userSends(alice, privateChat(alice), japanQuestion);
  fake.userSends(alice, privateChat(alice), "/about");
  await fake.nextMessageTo(alice.id, 2);
  return fake.sentTo(alice.id).map((message) => seen(message).text);
}

it.concurrent("sendMessage: a dropped connection is retried and the answer delivered exactly once", async (context) => {
  const { fake } = await start(context);
  fake.failNext("sendMessage", "drop");
  const texts = await askJapanThenMarker(fake);
  expect(texts.filter(isJapanAnswer)).toHaveLength(1);
  expect(fake.calls.filter((call) => call.method === "sendMessage").map(outcome)).toEqual(["drop", "ok", "ok"]);
});

it.concurrent("sendMessage: a stalled call is given up on, retried, and the answer delivered exactly once", async (context) => {
  const { fake } = await start(context);
  fake.failNext("sendMessage", "stall");
  const texts = await askJapanThenMarker(fake);
  expect(texts.filter(isJapanAnswer)).toHaveLength(1);
  expect(fake.calls.filter((call) => call.method === "sendMessage").map(outcome)).toEqual(["stall", "ok", "ok"]);
});

it.concurrent("getUpdates: polling survives a 429 with retry_after, a dropped connection and a stall, and answers once", async (context) => {
  const fake = await FakeTelegramBotApi.start();
  fake.failNext("getUpdates", { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });
  fake.failNext("getUpdates", "drop");
  fake.failNext("getUpdates", "stall");
  await start(context, { fake });
  const texts = await askJapanThenMarker(fake);
  expect(texts.filter(isJapanAnswer)).toHaveLength(1);
  expect(fake.calls.filter((call) => call.method === "getUpdates").map(outcome).slice(0, 4)).toEqual([429, "drop", "stall", "ok"]);
});

it.concurrent("getUpdates: polling survives a 500 and answers once", async (context) => {
  const fake = await FakeTelegramBotApi.start();
  fake.failNext("getUpdates", { error_code: 500, description: "Internal Server Error" });
  await start(context, { fake });
  const texts = await askJapanThenMarker(fake);
  expect(texts.filter(isJapanAnswer)).toHaveLength(1);
  expect(fake.calls.filter((call) => call.method === "getUpdates").map(outcome).slice(0, 2)).toEqual([500, "ok"]);
});

/** Twenty people in a group each ask `/ask When did <partner> sign?`; returns the question messages' ids. */
function burst(fake: FakeTelegramBotApi): Array<number | undefined> {
  const askers: User[] = Array.from({ length: 20 }, (_, i) => ({ id: 30_000 + i, is_bot: false, first_name: `Asker ${i}`, language_code: "en" }));
  const partners = engine.dataset.agreements.map((agreement) => agreement.partner);
  return askers.map((user, i) => fake.userSends(user, group, `/ask When did ${partners[i % partners.length]} sign?`).message?.message_id);
}

/** Restarts the bot on the same updates file, waits until a marker asked after the restart is answered, and counts the answers per question. */
async function restartAndCount(context: TestContext, fake: FakeTelegramBotApi, dedupeFile: string, questions: Array<number | undefined>): Promise<number[]> {
  await start(context, { fake, dedupeFile });
  const marker = fake.userSends(alice, group, "/about");
  await fake.waitFor((call) => call.ok && call.payload.reply_parameters?.message_id === marker.message?.message_id);
  const counts = questions.map((id) => fake.succeeded("sendMessage").filter((call) => call.payload.reply_parameters?.message_id === id).length);
  const duplicates = counts.reduce((sum, count) => sum + Math.max(0, count - 1), 0);
  context.annotate(`${counts.filter((count) => count > 0).length} of ${counts.length} questions answered, ${duplicates} duplicate answers`);
  return counts;
}

it.concurrent("a crash between receiving a burst and answering it: after the restart every question is answered, once", async (context) => {
  const fake = await FakeTelegramBotApi.start();
  const dedupeFile = join(scratchDir(), "updates");
  const questions = burst(fake);
  // The first answer hangs; meanwhile the runner's next getUpdates tells Telegram the whole burst arrived.
  fake.failNext("sendMessage", "stall");
  const first = runMain({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, TELEGRAM_DEDUPE_FILE: dedupeFile, LOG_LEVEL: "silent" });
  try {
    await fake.waitFor((call) => call.method === "sendMessage" && call.fault === "stall", { timeoutMs: 15_000 });
    // The runner's next long poll has told Telegram the burst arrived: Telegram will not deliver it again.
    await until(() => fake.unconfirmed === 0, "the burst is confirmed to Telegram");
  } finally {
    first.child.kill("SIGKILL");
    await first.exited;
  }
  expect(fake.succeeded("sendMessage")).toHaveLength(0);
  const counts = await restartAndCount(context, fake, dedupeFile, questions);
  expect(counts).toEqual(questions.map(() => 1));
});

it.concurrent("a crash mid-stream: the next process answers what was left, and nothing twice", async (context) => {
  const fake = await FakeTelegramBotApi.start();
  const dedupeFile = join(scratchDir(), "updates");
  const questions = burst(fake);
  const first = runMain({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, TELEGRAM_DEDUPE_FILE: dedupeFile, LOG_LEVEL: "silent" });
  try {
    await fake.waitFor((call) => call.method === "sendMessage" && call.ok, { count: 5, timeoutMs: 15_000 });
    // The sixth answer hangs, so the process dies in the middle of the stream.
    fake.failNext("sendMessage", "stall");
    await fake.waitFor((call) => call.method === "sendMessage" && call.fault === "stall");
  } finally {
    first.child.kill("SIGKILL");
    await first.exited;
  }
  expect(fake.succeeded("sendMessage").length).toBeGreaterThanOrEqual(5);
  const counts = await restartAndCount(context, fake, dedupeFile, questions);
  // Every question is answered, the one in flight at the crash included; none twice (its send never reached Telegram).
  expect(counts).toEqual(questions.map(() => 1));
});
