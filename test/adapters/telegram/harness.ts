/**
 * Shared set-up for the Telegram end-to-end tests: the real engine, the fake
 * Bot API server, the real bot started through `startTelegram`, and a logger
 * whose lines the tests can read.
 */
import { EventEmitter } from "node:events";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Chat, Message, User } from "grammy/types";
import type { BotOptions } from "../../../adapters/telegram/bot.ts";
import type { TelegramConfig } from "../../../adapters/telegram/config.ts";
import { startTelegram, type StartOptions, type TelegramHandle } from "../../../adapters/telegram/start.ts";
import { createLogger, type Logger } from "../../../adapters/shared/logger.ts";
import type { Engine } from "../../../src/index.ts";
import { FakeTelegramBotApi } from "../../fakes/telegram-bot-api.ts";
import { parseTelegramHtml } from "../../fakes/telegram-html.ts";

export const alice: User = { id: 1001, is_bot: false, first_name: "Alice", username: "alice_j", language_code: "en" };
export const bob: User = { id: 1002, is_bot: false, first_name: "Bob", language_code: "en-GB" };
export const olena: User = { id: 1003, is_bot: false, first_name: "Олена", language_code: "uk" };
export const otherBot: User = { id: 5555, is_bot: true, first_name: "Other", username: "OtherHelperBot" };

export const privateChat = (user: User): Chat => ({ id: user.id, type: "private", first_name: user.first_name }) as Chat;
export const group: Chat = { id: -1001234567890, type: "supergroup", title: "Security researchers" } as Chat;

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), "pact-desk-telegram-e2e-"));
}

/** Log lines as parsed JSON, plus the raw text (to check what must never appear). */
export class LogCapture {
  readonly raw: string[] = [];
  readonly #events = new EventEmitter();
  readonly logger: Logger;

  constructor(level = "info") {
    this.logger = createLogger(level, {
      write: (line: string) => {
        this.raw.push(line);
        this.#events.emit("line");
      },
    }).child({ platform: "telegram" });
  }

  /** Resolves with the first log line matching `predicate` (past or future); rejects after `timeoutMs`. */
  waitFor(predicate: (line: Record<string, unknown>) => boolean, timeoutMs = 5000): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.lines().find(predicate);
        if (!found) return false;
        clearTimeout(timer);
        this.#events.off("line", check);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        this.#events.off("line", check);
        reject(new Error(`no matching log line within ${timeoutMs} ms`));
      }, timeoutMs);
      if (!check()) this.#events.on("line", check);
    });
  }

  lines(): Array<Record<string, unknown>> {
    return this.raw.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  answered(): Array<Record<string, unknown>> {
    return this.lines().filter((line) => line.msg === "answered");
  }
}

export interface Harness {
  fake: FakeTelegramBotApi;
  handle: TelegramHandle;
  config: TelegramConfig;
  logs: LogCapture;
  /** Stops the bot and the fake. */
  close(): Promise<void>;
}

/**
 * Retry delays for tests: a second of `retry_after` lasts 20 ms and a 5xx is
 * retried after 20 ms, so a test of a 429 or a 500 takes milliseconds, not seconds.
 */
export const quickRetries = { retryAfterUnitMs: 20, network: { serverErrorDelayMs: 20 } } satisfies BotOptions;

/** Starts a fake Bot API server and the bot against it (long polling with 1 s polls unless `config.webhook` is given). */
export async function startHarness(
  engine: Engine,
  options: StartOptions & { config?: Partial<TelegramConfig>; fake?: FakeTelegramBotApi; logs?: LogCapture } = {},
): Promise<Harness> {
  const fake = options.fake ?? (await FakeTelegramBotApi.start());
  const logs = options.logs ?? new LogCapture();
  const config: TelegramConfig = { token: fake.token, apiRoot: fake.apiRoot, dedupeFile: join(scratchDir(), "updates"), ...options.config };
  const bot = { ...quickRetries, ...options.bot, network: { ...quickRetries.network, ...options.bot?.network } };
  const handle = await startTelegram(engine, config, logs.logger, { pollTimeoutSeconds: 1, webhookHost: "127.0.0.1", ...options, bot });
  return {
    fake,
    handle,
    config,
    logs,
    close: async () => {
      await handle.stop();
      await fake.close();
    },
  };
}

/** What the user reads in a message the bot sent, and its links as [text, url]. */
export function seen(message: Message): { text: string; links: Array<[string, string]> } {
  const text = message.text ?? "";
  const links = (message.entities ?? [])
    .filter((entity) => entity.type === "text_link")
    .map((entity): [string, string] => [text.slice(entity.offset, entity.offset + entity.length), "url" in entity ? entity.url : ""]);
  return { text, links };
}

/** Button labels and their callback data under a message. */
export function buttons(message: Message): Array<{ text: string; data: string }> {
  return (message.reply_markup?.inline_keyboard ?? []).flat().map((button) => ({ text: button.text, data: "callback_data" in button ? button.callback_data : "" }));
}

/** Parses an HTML message the way the fake (and Telegram) does. */
export function visible(html: string): string {
  return parseTelegramHtml(html).text;
}
