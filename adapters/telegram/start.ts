/**
 * Starting and stopping the Telegram bot: long polling through
 * `@grammyjs/runner` by default, or a webhook server (node `http`) when a
 * webhook URL is configured. Both register the command menu first.
 */
import { createServer, type Server } from "node:http";
import { run } from "@grammyjs/runner";
import { GrammyError, webhookCallback, type Bot } from "grammy";
import type { Engine } from "../../src/index.ts";
import { registerSecret, type Logger } from "../shared/logger.ts";
import type { SharedRedis } from "../shared/redis.ts";
import { BUTTON_MEMORY_MS, RedisConversationStore, RedisKeyValueStore } from "../shared/redis-stores.ts";
import { createBot, commandMenus, DEFAULT_RATE_LIMIT_WINDOW_MS, type BotOptions } from "./bot.ts";
import { loadTelegramConfig, type TelegramConfig, type TelegramWebhookConfig } from "./config.ts";
import { Delivery } from "./delivery.ts";
import { FloodCounter } from "./flood-counter.ts";
import { QuestionTokens } from "./keyboard.ts";
import { RedisUpdateStore } from "./redis-update-store.ts";
import { FileUpdateStore, type UpdateStore } from "./update-store.ts";

/** The only updates the bot acts on; Telegram then sends no others (reactions, member changes, channel posts). */
const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "inline_query"] as const;

export interface StartOptions {
  /** Seconds each `getUpdates` call waits for an update (long polling). Default 30. */
  pollTimeoutSeconds?: number;
  /**
   * After how long an update that is still being handled (its chat's answers held up by a 429) stops
   * counting against the runner's 500 concurrent updates, so a slow chat never holds up the others. Default 5000 ms.
   */
  slowUpdateMs?: number;
  /** Address the webhook server binds to. Default "0.0.0.0" (all interfaces). */
  webhookHost?: string;
  /** Passed on to `createBot` (its `delivery` is built here, over `updates`). */
  bot?: Omit<BotOptions, "delivery">;
  /** Where updates are claimed and finished; default: a `RedisUpdateStore` with `redis`, else a `FileUpdateStore` in `config.dedupeFile`. */
  updates?: UpdateStore;
  /**
   * Redis shared by every instance of this bot (`REDIS_URL`): handled updates, flood counts, conversations and the
   * questions behind buttons are kept there (unless given in `updates` and `bot`), under the bot's id. Default: none.
   */
  redis?: SharedRedis;
  /** How long a conversation kept in Redis lasts after its last turn, in ms. Default 30 minutes. */
  conversationIdleMs?: number;
}

export interface TelegramHandle {
  mode: "polling" | "webhook";
  bot: Bot;
  /** The webhook server's port (useful when the configured port is 0); undefined in polling mode. */
  port?: number;
  /** Stops taking updates, lets the ones in progress finish, and saves what was handled. Safe to call twice. */
  stop(): Promise<void>;
  /** Settles when polling ends on its own (e.g. the token was revoked); undefined for webhooks. */
  done?: Promise<void>;
}

/** Starts the bot; resolves once it is serving. */
export async function startTelegram(engine: Engine, config: TelegramConfig, logger: Logger, options: StartOptions = {}): Promise<TelegramHandle> {
  registerSecret(config.token);
  registerSecret(config.webhook?.secret);
  const onGiveUp = (update: { update_id: number }) => logger.error({ updateId: update.update_id }, "gave up on an update that no process finished handling");
  const { redis } = options;
  // The bot's id (the token's public part before ":"), so bots sharing one Redis never share keys.
  const namespace = `telegram:${config.token.split(":")[0]}`;
  const store =
    options.updates ??
    (redis
      ? new RedisUpdateStore(redis, { namespace, onGiveUp })
      : new FileUpdateStore({
          file: config.dedupeFile,
          onError: (error) => logger.warn({ err: error }, "could not use the updates file; remembering in memory only"),
          onGiveUp,
        }));
  const delivery = new Delivery(store, logger);
  const shared: Omit<BotOptions, "delivery"> = redis
    ? {
        conversations: new RedisConversationStore(redis, namespace, { ...(options.conversationIdleMs !== undefined ? { idleMs: options.conversationIdleMs } : {}) }),
        tokens: new QuestionTokens(undefined, new RedisKeyValueStore<string>(redis, { namespace, concern: "question", ttlMs: BUTTON_MEMORY_MS, parse: textOnly })),
        floodCounter: new FloodCounter(redis, namespace, options.bot?.rateLimitWindowMs ?? DEFAULT_RATE_LIMIT_WINDOW_MS),
      }
    : {};
  const bot = createBot(engine, config, logger, { ...shared, ...options.bot, delivery });
  logFailedPolls(bot, logger);

  try {
    await bot.init();
    await registerCommands(bot, logger);
    // Before any new update: what a crashed run left unanswered goes first in its chat.
    await delivery.replay(bot);
    if (config.webhook) return await startWebhook(bot, config.webhook, delivery, logger, options.webhookHost ?? "0.0.0.0");
    return await startPolling(bot, delivery, logger, options.pollTimeoutSeconds ?? 30, options.slowUpdateMs ?? 5_000);
  } catch (error) {
    await delivery.settled();
    await store.close();
    if (error instanceof GrammyError && error.error_code === 401) {
      throw new Error("Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): check the token BotFather gave you", { cause: error });
    }
    throw error;
  }
}

/**
 * The entry point for `npm start`: starts the bot with the configuration
 * (read from the environment unless given) and stops it gracefully on
 * SIGINT/SIGTERM. Throws `TelegramConfigError` for a bad environment.
 */
export async function startTelegramFromEnv(engine: Engine, logger: Logger, config: TelegramConfig = loadTelegramConfig(), options: StartOptions = {}): Promise<TelegramHandle> {
  const handle = await startTelegram(engine, config, logger, options);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      logger.info({ signal }, "stopping");
      handle.stop().then(
        () => logger.info("stopped"),
        (error: unknown) => logger.error({ err: error }, "error while stopping"),
      );
    });
  }
  handle.done?.catch((error: unknown) => {
    logger.fatal({ err: error }, "polling stopped");
    process.exitCode = 1;
  });
  return handle;
}

function textOnly(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

async function registerCommands(bot: Bot, logger: Logger): Promise<void> {
  for (const menu of commandMenus()) {
    try {
      await bot.api.setMyCommands(menu.commands, menu.language ? { language_code: menu.language } : {});
    } catch (error) {
      // A missing menu is cosmetic; the commands still work when typed.
      logger.warn({ err: error, language: menu.language ?? "default" }, "could not register the command menu");
    }
  }
}

async function startPolling(bot: Bot, delivery: Delivery, logger: Logger, timeoutSeconds: number, slowUpdateMs: number): Promise<TelegramHandle> {
  // Polling fails with 409 while a webhook is set (e.g. left over from webhook mode).
  await bot.api.deleteWebhook();
  // Updates still being handled after `slowUpdateMs` leave the runner's count (they go on in the background, awaited on stop).
  const slow = new Set<Promise<void>>();
  const onSlow = (update: { update_id: number }, task: Promise<void>) => {
    slow.add(task);
    const done = () => void slow.delete(task);
    task.then(done, done);
    logger.debug({ updateId: update.update_id }, "an update is taking long (its chat's answers are held up); the others go on");
  };
  const runner = run(bot, {
    runner: { fetch: { timeout: timeoutSeconds, allowed_updates: ALLOWED_UPDATES }, silent: true },
    sink: { timeout: { milliseconds: slowUpdateMs, handler: onSlow } },
  });
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (runner.isRunning()) await runner.stop();
      await Promise.allSettled([...slow]);
      await delivery.settled();
      await confirmHandled(bot, delivery, logger);
      await delivery.store.close();
    })());
  logger.info({ mode: "polling", bot: bot.botInfo.username }, "telegram bot started");
  return { mode: "polling", bot, stop, done: runner.task() ?? Promise.resolve() };
}

/**
 * Tells Telegram the handled updates are done with (as `bot.stop()` does for
 * simple polling), so the next start does not receive them again. The
 * update store covers the cases where this call never happens (a crash).
 */
async function confirmHandled(bot: Bot, delivery: Delivery, logger: Logger): Promise<void> {
  if (delivery.highestReceived === undefined) return;
  try {
    await bot.api.getUpdates({ offset: delivery.highestReceived + 1, limit: 1, timeout: 0 });
  } catch (error) {
    logger.warn({ err: error }, "could not confirm handled updates");
  }
}

async function startWebhook(bot: Bot, webhook: TelegramWebhookConfig, delivery: Delivery, logger: Logger, host: string): Promise<TelegramHandle> {
  // "return": answer Telegram 200 on time even if a reply is slow, rather than have it re-send (the store would skip the copy anyway).
  const handleUpdate = webhookCallback(bot, "http", { secretToken: webhook.secret, onTimeout: "return", timeoutMilliseconds: 9_000 });
  const path = new URL(webhook.url).pathname || "/";
  const server = createServer((request, response) => {
    const requestPath = new URL(request.url ?? "/", "http://localhost").pathname;
    if (request.method !== "POST" || requestPath !== path) {
      response.writeHead(404).end();
      return;
    }
    handleUpdate(request, response).catch((error: unknown) => {
      logger.warn({ err: error }, "webhook request failed");
      if (!response.headersSent) response.writeHead(400).end();
    });
  });
  await listen(server, webhook.port, host);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : webhook.port;
  try {
    await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: ALLOWED_UPDATES });
  } catch (error) {
    server.close();
    throw error;
  }
  logger.info({ mode: "webhook", bot: bot.botInfo.username, port, path }, "telegram bot started");

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= new Promise<void>((resolve) => {
      // The webhook stays registered: Telegram queues updates until the next start.
      server.close(() => {
        void delivery
          .settled()
          .then(() => delivery.store.close())
          .then(resolve);
      });
      server.closeIdleConnections();
    }));
  return { mode: "webhook", bot, port, stop };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/** The runner is told to be silent (it would write to the console); failed polls go to the log instead, token masked. */
function logFailedPolls(bot: Bot, logger: Logger): void {
  bot.api.config.use(async (prev, method, payload, signal) => {
    if (method !== "getUpdates") return prev(method, payload, signal);
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok) logger.warn({ code: result.error_code, description: result.description }, "getUpdates failed");
      return result;
    } catch (error) {
      if (!signal?.aborted) logger.warn({ error: error instanceof Error ? error.message : String(error) }, "getUpdates failed");
      throw error;
    }
  });
}
