/**
 * The shape every slash command file exports, and what the dispatcher hands it.
 */
import type { AutocompleteInteraction, ChatInputCommandInteraction, SlashCommandOptionsOnlyBuilder } from "discord.js";
import type { Answer, Engine, TimelineErrorCode } from "../../../src/index.ts";
import type { ConversationStore } from "../../shared/conversation-store.ts";
import type { Logger } from "../../shared/logger.ts";
import type { AnswerStore } from "../answer-store.ts";

/** What every interaction shares. */
export interface CommandContext {
  engine: Engine;
  /** Where answers are kept for the buttons under them. */
  answers: AnswerStore;
  /** Where each person's conversation in a channel is kept between questions (see conversation.ts). */
  conversations: ConversationStore;
  /** Carries `platform: "discord"`; for problems that cost no reply (a failing conversation store). */
  logger: Logger;
}

/** The context of one command or button: the shared parts, and who sees the reply. */
export interface InteractionContext extends CommandContext {
  /** True when only the user who acted sees the reply (ephemeral): the `private` option of a command; for a button, see buttons.ts. */
  private: boolean;
}

/** A reply that is not an engine answer (the timeline picture), as the dispatcher logs it. */
export interface PictureShown {
  picture: "timeline";
  /** Why no picture was drawn, when none was (e.g. "unknown-partner"). */
  refused?: TimelineErrorCode;
}

/** What a command or button showed, for the dispatcher's log line. */
export type Shown = Answer | PictureShown;

export interface DiscordCommand {
  /** The definition registered with Discord by `npm run discord:deploy`. */
  data: SlashCommandOptionsOnlyBuilder;
  /**
   * True when the command can take long enough to endanger Discord's 3-second
   * deadline (the timeline picture: 1–2 s on its first render); the dispatcher
   * then defers the reply before running it. Default false: the command
   * answers within milliseconds, and its answer goes out as the interaction
   * callback itself.
   */
  slow?: boolean;
  /** True when the reply is private in servers unless `private:false` is given (a long reply that would flood a channel). Default false. */
  privateInServers?: boolean;
  /**
   * Answers through the helpers in `reply.ts`, which send the first message
   * as the reply, or in place of the deferred one when the command is `slow`.
   * Returns what it showed, for the dispatcher's log line. Throws on failure;
   * the dispatcher turns that into an error reply.
   */
  execute(interaction: ChatInputCommandInteraction, ctx: InteractionContext): Promise<Shown>;
  /** Answers autocomplete for the focused option, from memory (it cannot be deferred). */
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void>;
}
