/**
 * The parts every command shares: installable on a server or by a user for
 * themselves, usable in servers, in DMs with the bot and in any other DM or
 * group DM (when the user installed the app), described in every language
 * of the packs (`ui.discord`), and an optional `private` flag.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
  type LocalizationMap,
  type SlashCommandBooleanOption,
} from "discord.js";
import type { UiText } from "../../../src/index.ts";
import { localised } from "../locale.ts";

/** Which of the packs' Discord words describes a command or option. */
export type DescriptionOf = (words: UiText["discord"]) => string;

/** A command or option builder: each has a description and its localisations. */
interface Describable {
  setDescription(description: string): this;
  setDescriptionLocalizations(localizedDescriptions: LocalizationMap | null): this;
}

/** Sets a builder's description, in English and localised, from the packs. */
export function described<T extends Describable>(builder: T, description: DescriptionOf): T {
  const { text, localizations } = localised(description);
  return builder.setDescription(text).setDescriptionLocalizations(localizations);
}

export function defineCommand(name: string, description: DescriptionOf): SlashCommandBuilder {
  return described(new SlashCommandBuilder().setName(name), description)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall);
}

export const PRIVATE_OPTION = "private";

/** `private:<true|false>`: when true, only the user who asked sees the reply. */
export function privateOption(option: SlashCommandBooleanOption): SlashCommandBooleanOption {
  return described(option.setName(PRIVATE_OPTION), (words) => words.options.private);
}

/** The same flag for a command whose reply is private in servers unless asked otherwise (`/sources`: a dozen messages). */
export function privateInServersOption(option: SlashCommandBooleanOption): SlashCommandBooleanOption {
  return described(option.setName(PRIVATE_OPTION), (words) => words.options.privateInServers);
}

/** Whether the reply is private: the `private` option when given, else the command's default (private in servers, or never). */
export function wantsPrivate(interaction: ChatInputCommandInteraction, defaults: { privateInServers?: boolean } = {}): boolean {
  return interaction.options.getBoolean(PRIVATE_OPTION) ?? ((defaults.privateInServers ?? false) && interaction.inGuild());
}
