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

/** The same flag for a command whose reply is private in servers unless asked otherwise (`/sources`: a dozen messages). */
export function privateInServersOption(option: SlashCommandBooleanOption): SlashCommandBooleanOption {
  return option
    .setName(PRIVATE_OPTION)
    .setDescription("Show the reply only to you (default: only you in servers, everyone in DMs)")
    .setDescriptionLocalizations({ uk: "Показати відповідь лише вам (типово на серверах лише вам, у приватних чатах усім)" });
}

/** Whether the reply is private: the `private` option when given, else the command's default (private in servers, or never). */
export function wantsPrivate(interaction: ChatInputCommandInteraction, defaults: { privateInServers?: boolean } = {}): boolean {
  return interaction.options.getBoolean(PRIVATE_OPTION) ?? ((defaults.privateInServers ?? false) && interaction.inGuild());
}
