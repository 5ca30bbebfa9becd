/**
 * The one `InteractionCreate` handler: finds the command (or button), runs it
 * inside the only try/catch, and turns any failure into a polite error reply
 * instead of a crash. Discord's 3-second deadline is met either way: commands
 * marked `slow` are deferred before they run, and every other command answers
 * within milliseconds, its answer going out as the interaction callback
 * (see reply.ts). Logs one line per answer: platform, command, status, confidence,
 * latency (a picture: whether it was drawn, and latency); the user's text
 * only at debug level.
 */
import {
  DiscordAPIError,
  Events,
  MessageFlags,
  RESTEvents,
  RESTJSONErrorCodes,
  type Client,
  type Interaction,
} from "discord.js";
import { uiWords, type Engine } from "../../src/index.ts";
import { logAnswered } from "../shared/log-answer.ts";
import type { Logger } from "../shared/logger.ts";
import { MemoryConversationStore, type ConversationStore } from "../shared/conversation-store.ts";
import { AnswerStore } from "./answer-store.ts";
import { handleButton } from "./buttons.ts";
import { commands as allCommands, type CommandContext, type DiscordCommand, type InteractionContext, type Shown } from "./commands/index.ts";
import { wantsPrivate } from "./commands/define.ts";
import { parseButtonId } from "./custom-ids.ts";
import { defer } from "./reply.ts";
import { langOfLocale } from "./locale.ts";

export interface DispatchOptions {
  engine: Engine;
  logger: Logger;
  /** The commands to serve. Default: every command in `commands/index.ts`. */
  commands?: readonly DiscordCommand[];
  /** Where answers are kept for their buttons. Default: a new store of 1000 answers. */
  answers?: AnswerStore;
  /** Where each person's conversation per channel is kept, for follow-up questions. Default: a new `MemoryConversationStore`. */
  conversations?: ConversationStore;
}

/** Errors that mean "nothing more can be sent for this interaction": logged at warn, no error reply attempted. */
const UNANSWERABLE = new Set<number | string>([RESTJSONErrorCodes.UnknownInteraction, RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged]);

/** Builds the handler for `Events.InteractionCreate`; it never rejects. */
export function createInteractionHandler(options: DispatchOptions): (interaction: Interaction) => Promise<void> {
  const logger = platformLogger(options.logger);
  const byName = new Map((options.commands ?? allCommands).map((command) => [command.data.name, command]));
  const ctx: CommandContext = {
    engine: options.engine,
    answers: options.answers ?? new AnswerStore(),
    conversations: options.conversations ?? new MemoryConversationStore(),
    logger,
  };

  return async (interaction) => {
    const started = performance.now();
    const label = labelOf(interaction);
    try {
      let shown: Shown | undefined;
      if (interaction.isAutocomplete()) {
        const command = byName.get(interaction.commandName);
        await (command?.autocomplete ? command.autocomplete(interaction, ctx) : interaction.respond([]));
      } else if (interaction.isChatInputCommand()) {
        const command = byName.get(interaction.commandName);
        if (!command) {
          logger.warn({ command: label }, "unknown command (deploy the commands again?)");
          await interaction.reply({ content: uiWords(langOfLocale(interaction.locale)).text.discord.staleCommand, flags: MessageFlags.Ephemeral });
          return;
        }
        const here: InteractionContext = { ...ctx, private: wantsPrivate(interaction, command) };
        if (command.slow) await defer(interaction, here);
        shown = await command.execute(interaction, here);
      } else if (interaction.isButton()) {
        const action = parseButtonId(interaction.customId);
        // A button this version does not know (from an older version's message): say it has expired rather than leave "This interaction failed".
        if (action) shown = await handleButton(interaction, action, ctx);
        else await interaction.reply({ content: uiWords(langOfLocale(interaction.locale)).text.discord.expired, flags: MessageFlags.Ephemeral });
      }
      if (shown) logShown(logger, label, shown, performance.now() - started);
    } catch (error) {
      await fail(interaction, label, error, logger);
    }
  };
}

/** Wires the handler and the client-level error logging onto a client. */
export function attachHandlers(client: Client, options: DispatchOptions): void {
  const logger = platformLogger(options.logger);
  client.on(Events.InteractionCreate, createInteractionHandler(options));
  client.on(Events.Error, (error) => logger.error({ error: describeError(error) }, "Discord client error"));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardError, (error, shardId) => logger.warn({ shardId, error: describeError(error) }, "gateway connection error"));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn({ route: info.route, global: info.global, retryAfterMs: info.retryAfter }, "rate limited by Discord"),
  );
  // A 429 that discord.js did not see coming (Discord's answer, not its own bookkeeping) emits no RateLimited event, only a debug line.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status !== 429) return;
    logger.warn({ route: request.route, method: request.method, retryAfterS: Number(response.headers.get("retry-after") ?? NaN) }, "Discord answered 429; retrying after the wait it asks for");
  });
}

/** The logger with `platform: "discord"` bound, unless the caller bound a platform already. */
export function platformLogger(logger: Logger): Logger {
  return logger.bindings().platform ? logger : logger.child({ platform: "discord" });
}

function logShown(logger: Logger, command: string, shown: Shown, latencyMs: number): void {
  if ("picture" in shown) {
    logger.info({ command, picture: shown.picture, refused: shown.refused, latencyMs: Math.round(latencyMs) }, shown.refused ? "picture refused" : "picture shown");
    return;
  }
  logAnswered(logger, "discord", shown, latencyMs, { command });
}

async function fail(interaction: Interaction, label: string, error: unknown, logger: Logger): Promise<void> {
  const err = describeError(error);
  if (error instanceof DiscordAPIError && UNANSWERABLE.has(error.code)) {
    logger.warn({ command: label, error: err }, "interaction can no longer be answered");
    return;
  }
  logger.error({ command: label, error: err }, "interaction failed");
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const content = uiWords(langOfLocale(interaction.locale)).text.discord.error;
    // Deferred: replace the placeholder. Answered already (e.g. a follow-up failed): add a private note. Neither: the error is the reply.
    if (interaction.deferred && !interaction.replied) await interaction.editReply({ content, embeds: [], components: [] });
    else if (interaction.replied) await interaction.followUp({ content, flags: MessageFlags.Ephemeral });
    else await interaction.reply({ content, flags: MessageFlags.Ephemeral });
  } catch (replyError) {
    logger.warn({ command: label, error: describeError(replyError) }, "could not send the error reply");
  }
}

function labelOf(interaction: Interaction): string {
  if (interaction.isChatInputCommand()) return interaction.commandName;
  if (interaction.isAutocomplete()) return `${interaction.commandName}:autocomplete`;
  if (interaction.isButton()) return `button:${parseButtonId(interaction.customId)?.kind ?? "unknown"}`;
  return `interaction:${interaction.type}`;
}

/**
 * An error as a log object without secrets or user content: interaction
 * tokens are cut out of URLs, and request bodies are never included.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof DiscordAPIError) {
    return { name: error.name, code: error.code, status: error.status, method: error.method, url: redactUrl(error.url), message: error.message };
  }
  if (error instanceof Error) {
    const url = "url" in error && typeof error.url === "string" ? { url: redactUrl(error.url) } : {};
    return { name: error.name, message: error.message, ...url, stack: error.stack };
  }
  return { value: String(error) };
}

function redactUrl(url: string): string {
  return url.replace(/(\/interactions\/\d+\/)[^/?]+/, "$1[token]").replace(/(\/webhooks\/\d+\/)[^/?]+/, "$1[token]");
}
