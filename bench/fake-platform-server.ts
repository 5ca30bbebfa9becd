/**
 * The local fake platform servers for the bot-path benchmarks, in a process
 * of their own (started by `bench/platform-fakes.ts` with `fork`), so the
 * bots' process spends its time on the bots alone, as it would against the
 * real Telegram or Discord.
 *
 *   node --import tsx bench/fake-platform-server.ts <telegram|discord>
 *
 * Starts two identical fakes, one per bot ("real" and "bare"), and tells the
 * parent where they are; then, for each `deliver` message, has users send
 * the given questions to one of them all at once (a Telegram message each
 * from a different user, or a Discord `/ask` each) and replies `delivered`;
 * for each `cpu` message, replies with the CPU time it has used.
 */
import type { Chat, User } from "grammy/types";
import { FakeDiscord } from "../test/fakes/discord-fake.ts";
import { chatInput } from "../test/fakes/discord-payloads.ts";
import { FakeTelegramBotApi } from "../test/fakes/telegram-bot-api.ts";

export type BotKind = "real" | "bare";

/** Where one fake listens. */
export interface FakeEndpoint {
  apiRoot: string;
  /** Telegram: the token the fake accepts. Discord: the application id. */
  id: string;
}

export type FromParent = { type: "deliver"; bot: BotKind; questions: string[] } | { type: "cpu" } | { type: "close" };
/** `cpu`: milliseconds of CPU time (user + system) this process has used so far. */
export type ToParent = { type: "ready"; endpoints: Record<BotKind, FakeEndpoint> } | { type: "delivered" } | { type: "cpu"; ms: number };

/** Each update comes from a user (and private chat) of its own, so per-user flood limits never hold an answer back. */
const FIRST_USER_ID = 2_000_000;

interface Platform {
  endpoints: Record<BotKind, FakeEndpoint>;
  deliver(bot: BotKind, questions: readonly string[]): void;
  close(): Promise<void>;
}

async function telegram(): Promise<Platform> {
  const fakes = { real: await FakeTelegramBotApi.start(), bare: await FakeTelegramBotApi.start() };
  let nextUser = FIRST_USER_ID;
  return {
    endpoints: { real: { apiRoot: fakes.real.apiRoot, id: fakes.real.token }, bare: { apiRoot: fakes.bare.apiRoot, id: fakes.bare.token } },
    deliver(bot, questions) {
      for (const question of questions) {
        const user: User = { id: nextUser++, is_bot: false, first_name: "Reader", language_code: "en" };
        const chat = { id: user.id, type: "private", first_name: user.first_name } as Chat;
        fakes[bot].userSends(user, chat, question);
      }
    },
    async close() {
      await Promise.all([fakes.real.close(), fakes.bare.close()]);
    },
  };
}

async function discord(): Promise<Platform> {
  const fakes = { real: await FakeDiscord.start(), bare: await FakeDiscord.start() };
  return {
    endpoints: { real: { apiRoot: fakes.real.apiRoot, id: fakes.real.applicationId }, bare: { apiRoot: fakes.bare.apiRoot, id: fakes.bare.applicationId } },
    deliver(bot, questions) {
      for (const question of questions) fakes[bot].interact(chatInput("ask", { question }).payload);
    },
    async close() {
      await Promise.all([fakes.real.close(), fakes.bare.close()]);
    },
  };
}

const send = (message: ToParent) => process.send?.(message);
const which = process.argv[2];
if (which !== "telegram" && which !== "discord") throw new Error(`usage: fake-platform-server.ts <telegram|discord>, got ${which}`);
const platform = which === "telegram" ? await telegram() : await discord();
process.on("message", (message: FromParent) => {
  if (message.type === "deliver") {
    platform.deliver(message.bot, message.questions);
    send({ type: "delivered" });
  } else if (message.type === "cpu") {
    const { user, system } = process.cpuUsage();
    send({ type: "cpu", ms: (user + system) / 1000 });
  } else {
    void platform.close().then(() => process.disconnect());
  }
});
send({ type: "ready", endpoints: platform.endpoints });
