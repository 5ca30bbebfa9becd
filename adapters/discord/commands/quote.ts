/** `/quote topic:<text>`: the best verbatim quotes on a topic, with their sources. */
import type { DiscordCommand } from "./types.ts";
import { defineCommand, privateOption } from "./define.ts";
import { showAnswer } from "../reply.ts";
import { langOfLocale } from "../strings.ts";

const TOPIC_MAX = 200;

export const quote: DiscordCommand = {
  data: defineCommand("quote", {
    en: "Verbatim quotes on a topic, each with its source",
    uk: "Дослівні цитати на тему, кожна з джерелом",
  })
    .addStringOption((option) =>
      option
        .setName("topic")
        .setDescription("What the quotes should be about, e.g. NATO membership")
        .setDescriptionLocalizations({ uk: "Тема цитат, напр. членство в НАТО" })
        .setRequired(true)
        .setMaxLength(TOPIC_MAX),
    )
    .addBooleanOption(privateOption),

  async execute(interaction, ctx) {
    const topic = interaction.options.getString("topic", true);
    const answer = ctx.engine.quotes(topic, { lang: langOfLocale(interaction.locale) });
    await showAnswer(interaction, answer, ctx);
    return answer;
  },
};
