/**
 * The bot tokens never reach a log line or an error message, even with
 * LOG_LEVEL=debug and requests failing in ways that put URLs (Telegram's
 * carries the token in its path) into errors.
 */
import { expect, it } from "vitest";
import { startDiscordBot } from "../../adapters/discord/start.ts";
import { createLogger } from "../../adapters/shared/logger.ts";
import { FakeDiscord } from "../fakes/discord-fake.ts";
import { chatInput } from "../fakes/discord-payloads.ts";
import { FakeTelegramBotApi } from "../fakes/telegram-bot-api.ts";
import { alice, LogCapture, privateChat, startHarness } from "../adapters/telegram/harness.ts";
import { until } from "./until.ts";
import { sharedEngine } from "../shared-engine.ts";

const TELEGRAM_TOKEN = "7654321:AAH-secret_Telegram-token_for-tests-0123";
const DISCORD_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GsEcReT.discord-token_for-tests";

/** Every form a token could take in a line: as is, URL-encoded, and its secret part alone. */
function forms(token: string): string[] {
  const secretPart = token.split(/[:.]/).slice(1).join(".");
  return [token, encodeURIComponent(token), secretPart, encodeURIComponent(secretPart)];
}

/** The text of an error as anything might print it: message, stack, cause, and its enumerable fields. */
function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return [error.message, error.stack, JSON.stringify(error), errorText(error.cause)].join("\n");
}

it("Telegram: failing calls at debug level log their failures, with the token masked everywhere", async () => {
  const engine = sharedEngine();
  const fake = await FakeTelegramBotApi.start({ token: TELEGRAM_TOKEN });
  const logs = new LogCapture("debug");
  // Both command menus fail on every attempt: their warnings carry the network error, whose URL holds the token.
  fake.failNext("setMyCommands", "drop", 6);
  const harness = await startHarness(engine, { fake, logs, bot: { network: { callTimeoutMs: 500, retryDelayMs: 20 } } });
  try {
    fake.failNext("sendMessage", "drop", 3);
    fake.failNext("getUpdates", "drop");
    fake.userSends(alice, privateChat(alice), "When did Japan sign?");
    await logs.waitFor((line) => line.msg === "update failed");
    fake.userSends(alice, privateChat(alice), "/about");
    await logs.waitFor((line) => line.msg === "answered");
  } finally {
    await harness.close();
  }
  const output = logs.raw.join("\n");
  expect(logs.lines().filter((line) => line.msg === "could not register the command menu")).toHaveLength(2);
  // The failed calls did put their URL, token and all, into the log: masked.
  expect(output).toContain("/bot[REDACTED]/setMyCommands");
  for (const form of forms(TELEGRAM_TOKEN)) expect(output).not.toContain(form);
});

it("Discord: failing REST calls and a rejected login at debug level never show the token", async () => {
  const engine = sharedEngine();
  const fake = await FakeDiscord.start();
  const raw: string[] = [];
  const logger = createLogger("debug", { write: (line: string) => void raw.push(line) });
  const config = { token: DISCORD_TOKEN, applicationId: fake.applicationId, apiRoot: fake.apiRoot };
  const errors: unknown[] = [];
  try {
    const bot = await startDiscordBot({ engine, config, logger });
    try {
      const built = chatInput("ask", { question: "When did Japan sign?" });
      // Every attempt to answer fails (discord.js retries a 500 three times), and so does the error reply.
      fake.failNext((request) => request.path.includes(built.token), { status: 500, body: { message: "500: Internal Server Error", code: 0 } }, 10);
      fake.interact(built.payload);
      await until(() => raw.some((line) => line.includes("could not send the error reply")), "the failure is logged");
    } finally {
      await bot.stop();
    }
    fake.failNext((request) => request.path === "/gateway/bot", { status: 401, body: { message: "401: Unauthorized", code: 0 } });
    await startDiscordBot({ engine, config, logger }).then(
      (unexpected) => unexpected.stop(),
      (error: unknown) => void errors.push(error),
    );
  } finally {
    await fake.close();
  }
  expect(errors).toHaveLength(1);
  const output = [...raw, ...errors.map(errorText)].join("\n");
  expect(output).toContain("interaction failed");
  for (const form of forms(DISCORD_TOKEN)) expect(output).not.toContain(form);
});
