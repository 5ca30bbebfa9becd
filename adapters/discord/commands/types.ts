/**
 * The shape every slash command file exports, and what the dispatcher hands it.
 */
import type { AutocompleteInteraction, ChatInputCommandInteraction, SlashCommandOptionsOnlyBuilder } from "discord.js";
import type { Answer, Engine } from "../../../src/index.ts";
import type { AnswerStore } from "../answer-store.ts";

export interface CommandContext {
  engine: Engine;
  /** Where answers are kept for the buttons under them. */
  answers: AnswerStore;
}

export interface DiscordCommand {
  /** The definition registered with Discord by `npm run discord:deploy`. */
  data: SlashCommandOptionsOnlyBuilder;
  /**
   * Runs after the dispatcher has deferred the reply (ephemeral when the user
   * chose `private`), so it answers with `editReply`/`followUp`. Returns the
   * answer it showed, for the dispatcher's log line. Throws on failure; the
   * dispatcher turns that into an error reply.
   */
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<Answer>;
  /** Answers autocomplete for the focused option, from memory (it cannot be deferred). */
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void>;
}
