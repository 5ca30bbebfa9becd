/**
 * The shape every slash command file exports, and what the dispatcher hands it.
 */
import type { AutocompleteInteraction, ChatInputCommandInteraction, SlashCommandOptionsOnlyBuilder } from "discord.js";
import type { Answer, Engine, TimelineErrorCode } from "../../../src/index.ts";
import type { AnswerStore } from "../answer-store.ts";

export interface CommandContext {
  engine: Engine;
  /** Where answers are kept for the buttons under them. */
  answers: AnswerStore;
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
   * Runs after the dispatcher has deferred the reply (ephemeral when the user
   * chose `private`), so it answers with `editReply`/`followUp`. Returns what
   * it showed, for the dispatcher's log line. Throws on failure; the
   * dispatcher turns that into an error reply.
   */
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<Shown>;
  /** Answers autocomplete for the focused option, from memory (it cannot be deferred). */
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void>;
}
