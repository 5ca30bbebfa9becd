/**
 * Starting and stopping the Discord bot. Commands are not registered here:
 * that is `npm run discord:deploy`, run once after they change.
 */
import { Events, type Client } from "discord.js";
import type { Engine } from "../../src/index.ts";
import type { ConversationStore } from "../shared/conversation-store.ts";
import { registerSecret, type Logger } from "../shared/logger.ts";
import type { AnswerStore } from "./answer-store.ts";
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
  attachHandlers(client, options);
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
