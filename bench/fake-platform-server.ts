/**
 * The local fake platform servers for the bot-path benchmarks, in a process
 * of their own (started by `bench/platform-fakes.ts` with `fork`), so the
 * bots' process spends its time on the bots alone, as it would against the
 * real Telegram or Discord.
 *
 *   node --import tsx bench/fake-platform-server.ts <telegram|discord>
 *
 * Starts two identical fakes, one per bot ("real" and "bare"), and tells the
 * parent where they are. For each `run` message it plays `concurrency` chats
 * at once: each update (a Telegram message from a user of its own, or a
 * Discord `/ask`) is timed from the moment the fake makes it available to the
 * moment the bot's request carrying its answer arrives (`sendMessage` to that
 * chat, or that interaction's callback); then the chat's place goes to the
 * next question. It replies `done` with every update's time.
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

export type FromParent = { type: "run"; bot: BotKind; questions: string[]; concurrency: number } | { type: "close" };
export type ToParent = { type: "ready"; endpoints: Record<BotKind, FakeEndpoint> } | { type: "done"; latenciesMs: number[]; seconds: number };

/** Each update comes from a user (and private chat) of its own, so per-user flood limits never hold an answer back. */
const FIRST_USER_ID = 2_000_000;

interface Platform {
  endpoints: Record<BotKind, FakeEndpoint>;
  /** Sends one question to a bot; `answered` is called when the request carrying its answer arrives. */
  ask(bot: BotKind, question: string, answered: () => void): void;
  close(): Promise<void>;
}

async function telegram(): Promise<Platform> {
  const fakes = { real: await FakeTelegramBotApi.start(), bare: await FakeTelegramBotApi.start() };
  const waiting = new Map<number, () => void>();
  for (const fake of Object.values(fakes)) {
    fake.onCall((call) => {
      if (call.method !== "sendMessage") return;
      const chatId = Number(call.payload.chat_id);
      waiting.get(chatId)?.();
      waiting.delete(chatId);
    });
  }
  let nextUser = FIRST_USER_ID;
  return {
    endpoints: { real: { apiRoot: fakes.real.apiRoot, id: fakes.real.token }, bare: { apiRoot: fakes.bare.apiRoot, id: fakes.bare.token } },
    ask(bot, question, answered) {
      const user: User = { id: nextUser++, is_bot: false, first_name: "Reader", language_code: "en" };
      waiting.set(user.id, answered);
      fakes[bot].userSends(user, { id: user.id, type: "private", first_name: user.first_name } as Chat, question);
    },
    async close() {
      await Promise.all([fakes.real.close(), fakes.bare.close()]);
    },
  };
}

async function discord(): Promise<Platform> {
  const fakes = { real: await FakeDiscord.start(), bare: await FakeDiscord.start() };
  const waiting = new Map<string, () => void>();
  for (const fake of Object.values(fakes)) {
    fake.onRequest((request) => {
      // POST /interactions/<id>/<token>/callback: the interaction's reply.
      const [, kind, , token, last] = request.path.split("/");
      if (kind !== "interactions" || last !== "callback" || token === undefined) return;
      waiting.get(token)?.();
      waiting.delete(token);
    });
  }
  return {
    endpoints: { real: { apiRoot: fakes.real.apiRoot, id: fakes.real.applicationId }, bare: { apiRoot: fakes.bare.apiRoot, id: fakes.bare.applicationId } },
    ask(bot, question, answered) {
      const built = chatInput("ask", { question });
      waiting.set(built.token, answered);
      fakes[bot].interact(built.payload);
    },
    async close() {
      await Promise.all([fakes.real.close(), fakes.bare.close()]);
    },
  };
}

/** Plays `concurrency` chats until every question has its answer; resolves with each update's milliseconds and the run's seconds. */
function play(platform: Platform, bot: BotKind, questions: readonly string[], concurrency: number): Promise<{ latenciesMs: number[]; seconds: number }> {
  return new Promise((resolve) => {
    const latenciesMs: number[] = [];
    const started = process.hrtime.bigint();
    let next = 0;
    const askNext = () => {
      const question = questions[next++];
      if (question === undefined) {
        if (latenciesMs.length === questions.length) resolve({ latenciesMs, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
        return;
      }
      const asked = process.hrtime.bigint();
      platform.ask(bot, question, () => {
        latenciesMs.push(Number(process.hrtime.bigint() - asked) / 1e6);
        askNext();
      });
    };
    for (let chat = 0; chat < Math.min(concurrency, questions.length); chat++) askNext();
  });
}

const send = (message: ToParent) => process.send?.(message);
const which = process.argv[2];
if (which !== "telegram" && which !== "discord") throw new Error(`usage: fake-platform-server.ts <telegram|discord>, got ${which}`);
const platform = which === "telegram" ? await telegram() : await discord();
process.on("message", (message: FromParent) => {
  if (message.type === "run") {
    void play(platform, message.bot, message.questions, message.concurrency).then((result) => send({ type: "done", ...result }));
  } else {
    void platform.close().then(() => process.disconnect());
  }
});
send({ type: "ready", endpoints: platform.endpoints });
