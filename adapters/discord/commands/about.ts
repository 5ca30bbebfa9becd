/** `/about`: what the bot covers, how many agreements, and how current it is. */
import type { DiscordCommand } from "./types.ts";
import { defineCommand, privateOption } from "./define.ts";
import { showAnswer } from "../reply.ts";
import { langOfLocale, stringsFor } from "../strings.ts";

export const about: DiscordCommand = {
  data: defineCommand("about", {
    en: "What this bot covers and how current it is",
    uk: "Що охоплює бот і наскільки свіжі його дані",
  }).addBooleanOption(privateOption),

  async execute(interaction, ctx) {
    const lang = langOfLocale(interaction.locale);
    const answer = ctx.engine.about({ lang });
    await showAnswer(interaction, answer, ctx, { title: stringsFor(lang).aboutTitle, examples: ctx.engine.examples({ lang }) });
    return answer;
  },
};
