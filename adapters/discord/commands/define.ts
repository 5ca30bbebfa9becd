/**
 * The parts every command shares: installable on a server or by a user for
 * themselves, usable in servers, in DMs with the bot and in any other DM or
 * group DM (when the user installed the app), described in English and
 * Ukrainian, and an optional `private` flag.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
  type SlashCommandBooleanOption,
} from "discord.js";

/** An English text (≤100 characters) and its Ukrainian localisation. */
export interface Described {
  en: string;
  uk: string;
}

export function defineCommand(name: string, description: Described): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(description.en)
    .setDescriptionLocalizations({ uk: description.uk })
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall);
}

export const PRIVATE_OPTION = "private";

/** `private:<true|false>`: when true, only the user who asked sees the reply. */
export function privateOption(option: SlashCommandBooleanOption): SlashCommandBooleanOption {
  return option
    .setName(PRIVATE_OPTION)
    .setDescription("Show the reply only to you (default: everyone in the channel sees it)")
    .setDescriptionLocalizations({ uk: "Показати відповідь лише вам (типово її бачать усі в каналі)" });
}

export function wantsPrivate(interaction: ChatInputCommandInteraction): boolean {
  return interaction.options.getBoolean(PRIVATE_OPTION) ?? false;
}
