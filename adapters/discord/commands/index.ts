/** Every slash command the bot has, in the order Discord lists them. */
import { about } from "./about.ts";
import { agreement } from "./agreement.ts";
import { ask } from "./ask.ts";
import { quote } from "./quote.ts";
import { sources } from "./sources.ts";
import { timeline } from "./timeline.ts";
import type { DiscordCommand } from "./types.ts";

export type { CommandContext, DiscordCommand, InteractionContext, PictureShown, Shown } from "./types.ts";

export const commands: readonly DiscordCommand[] = [ask, agreement, timeline, quote, sources, about];
