/** `/about`: what the bot covers, how many agreements, and how current it is. */
import type { DiscordCommand } from "./types.ts";
import { defineCommand, privateOption } from "./define.ts";
import { showAnswer } from "../reply.ts";
import { uiWords } from "../../../src/index.ts";
import { langOfLocale } from "../locale.ts";

export const about: DiscordCommand = {
  data: defineCommand("about", (words) => words.commands.about).addBooleanOption(privateOption),

  async execute(interaction, ctx) {
    const lang = langOfLocale(interaction.locale);
    const answer = ctx.engine.about({ lang });
    await showAnswer(interaction, answer, ctx, { title: uiWords(lang).text.discord.aboutTitle, examples: ctx.engine.examples({ lang }) });
    return answer;
  },
};
