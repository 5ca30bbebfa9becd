/** `/sources`: every source in the corpus, over as many messages as it takes; private in servers unless `private:false`. */
import type { DiscordCommand } from "./types.ts";
import { defineCommand, privateInServersOption } from "./define.ts";
import { renderPages } from "../render.ts";
import { showPages } from "../reply.ts";
import { langOfLocale } from "../locale.ts";

export const sources: DiscordCommand = {
  data: defineCommand("sources", (words) => words.commands.sources).addBooleanOption(privateInServersOption),
  // A dozen messages: in a server they would bury the channel's conversation.
  privateInServers: true,

  async execute(interaction, ctx) {
    const answer = ctx.engine.sources({ lang: langOfLocale(interaction.locale) });
    await showPages(interaction, renderPages(answer), ctx);
    return answer;
  },
};
