/**
 * Starting and stopping the Discord bot. Commands are not registered here:
 * that is `npm run discord:deploy`, run once after they change.
 */
import { Events, type Client } from "discord.js";
import { AnswerSchema, type Answer, type Engine } from "../../src/index.ts";
import type { ConversationStore } from "../shared/conversation-store.ts";
import { registerSecret, type Logger } from "../shared/logger.ts";
import type { SharedRedis } from "../shared/redis.ts";
import { BUTTON_MEMORY_MS, RedisConversationStore, RedisKeyValueStore } from "../shared/redis-stores.ts";
import { AnswerStore } from "./answer-store.ts";
import { createDiscordClient } from "./client.ts";
import type { DiscordConfig } from "./config.ts";
import { attachHandlers, describeError, platformLogger } from "./dispatch.ts";

export interface StartDiscordOptions {
  engine: Engine;
  config: DiscordConfig;
  logger: Logger;
  /** Where answers are kept for their buttons. Default: a new store of 1000 answers. */
  answers?: AnswerStore;
  /** Where each person's conversation per channel is kept, for follow-up questions. Default: a new `MemoryConversationStore`. */
  conversations?: ConversationStore;
  /**
   * Redis shared by every process and shard of this bot (`REDIS_URL`): answers behind buttons and conversations are
   * kept there (unless given in `answers` and `conversations`), under the application id. Default: none.
   */
  redis?: SharedRedis;
  /** How long a conversation kept in Redis lasts after its last turn, in ms. Default 30 minutes. */
  conversationIdleMs?: number;
}

export interface DiscordBot {
  client: Client;
  /** Closes the gateway connection; safe to call more than once. */
  stop(): Promise<void>;
}

/** Logs in and resolves once the gateway session is ready to receive interactions. */
export async function startDiscordBot(options: StartDiscordOptions): Promise<DiscordBot> {
  const { config } = options;
  const logger = platformLogger(options.logger);
  registerSecret(config.token);
  const client = createDiscordClient(config);
  attachHandlers(client, { ...sharedStores(options), ...options });
  const ready = new Promise<void>((resolve) => {
    client.once(Events.ClientReady, (ready) => {
      logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, "Discord bot ready");
      resolve();
    });
  });
  await client.login(config.token);
  await ready;

  let stopping: Promise<void> | undefined;
  return {
    client,
    stop() {
      stopping ??= client.destroy().then(() => logger.info("Discord bot stopped"));
      return stopping;
    },
  };
}

/** With `redis`: the stores every process and shard shares, namespaced by the application id. */
function sharedStores({ redis, config, conversationIdleMs }: StartDiscordOptions): Pick<StartDiscordOptions, "answers" | "conversations"> {
  if (!redis) return {};
  const namespace = `discord:${config.applicationId}`;
  const parse = (value: unknown): Answer | undefined => {
    const parsed = AnswerSchema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    answers: new AnswerStore({ shared: new RedisKeyValueStore(redis, { namespace, concern: "answer", ttlMs: BUTTON_MEMORY_MS, parse }) }),
    conversations: new RedisConversationStore(redis, namespace, { ...(conversationIdleMs !== undefined ? { idleMs: conversationIdleMs } : {}) }),
  };
}

/** Starts the bot and stops it gracefully on SIGINT or SIGTERM. */
export async function runDiscordBot(options: StartDiscordOptions): Promise<DiscordBot> {
  const bot = await startDiscordBot(options);
  const logger = platformLogger(options.logger);
  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "stopping the Discord bot");
    bot.stop().catch((error: unknown) => logger.error({ error: describeError(error) }, "error while stopping"));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  return bot;
}
