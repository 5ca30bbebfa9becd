/**
 * The log line every platform writes per answered question: one structured
 * line with platform, status, confidence and latency in ms, and the user's
 * text only when LOG_LEVEL is debug.
 */
import { PassThrough, Readable } from "node:stream";
import { beforeAll, expect, it } from "vitest";
import { startConsole } from "../../adapters/console/chat.ts";
import { startDiscordBot } from "../../adapters/discord/start.ts";
import { createLogger, type Logger } from "../../adapters/shared/logger.ts";
import type { Engine } from "../../src/index.ts";
import { FakeDiscord } from "../fakes/discord-fake.ts";
import { chatInput } from "../fakes/discord-payloads.ts";
import { alice, LogCapture, privateChat, startHarness } from "../adapters/telegram/harness.ts";
import { until } from "./until.ts";
import { sharedEngine } from "../shared-engine.ts";

type Line = Record<string, unknown>;

const questions = { telegram: "When did Japan sign its agreement?", discord: "Where did the UK sign its agreement?", console: "How long does the Danish agreement last?" };

let engine: Engine;

beforeAll(() => {
  engine = sharedEngine();
});

function capture(level: string): { logger: Logger; lines: Line[]; raw: string[] } {
  const raw: string[] = [];
  const logger = createLogger(level, { write: (line: string) => void raw.push(line) });
  return {
    logger,
    raw,
    get lines() {
      return raw.map((line) => JSON.parse(line) as Line);
    },
  };
}

/** Asks each platform its question with logging at `level`; returns each platform's log output. */
async function askEverywhere(level: string): Promise<Record<keyof typeof questions, { lines: Line[]; raw: string }>> {
  const telegramLogs = new LogCapture(level);
  const telegram = await startHarness(engine, { logs: telegramLogs });
  try {
    telegram.fake.userSends(alice, privateChat(alice), questions.telegram);
    await telegram.fake.nextMessageTo(alice.id, 1);
    await telegramLogs.waitFor((line) => line.msg === "answered");
  } finally {
    await telegram.close();
  }

  const discordLogs = capture(level);
  const fake = await FakeDiscord.start();
  const discord = await startDiscordBot({ engine, config: { token: "discord-log-test-token", applicationId: fake.applicationId, apiRoot: fake.apiRoot }, logger: discordLogs.logger });
  try {
    fake.interact(chatInput("ask", { question: questions.discord }).payload);
    await until(() => discordLogs.lines.some((line) => line.msg === "answered"), "the answer is logged");
  } finally {
    await discord.stop();
    await fake.close();
  }

  const consoleLogs = capture(level);
  await startConsole(engine, { logger: consoleLogs.logger, input: Readable.from([`${questions.console}\n`]), output: new PassThrough() });

  return {
    telegram: { lines: telegramLogs.lines(), raw: telegramLogs.raw.join("\n") },
    discord: { lines: discordLogs.lines, raw: discordLogs.raw.join("\n") },
    console: { lines: consoleLogs.lines, raw: consoleLogs.raw.join("\n") },
  };
}

it.for(["info", "debug"])("at %s level, each platform logs one line per answer with platform, status, confidence and latency", async (level) => {
  const logs = await askEverywhere(level);
  for (const [platform, { lines, raw }] of Object.entries(logs)) {
    const question = questions[platform as keyof typeof questions];
    const answered = lines.filter((line) => line.msg === "answered");
    expect(answered, platform).toHaveLength(1);
    expect(answered[0], platform).toMatchObject({ level: 30, platform, status: "answered", confidence: engine.answer(question).confidence });
    expect(answered[0]?.latencyMs, platform).toEqual(expect.any(Number));
    if (level === "debug") expect(answered[0]?.question, platform).toBe(question);
    else expect(raw, platform).not.toContain(question);
  }
});
