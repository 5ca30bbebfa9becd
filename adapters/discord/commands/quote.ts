/** `/quote topic:<text>`: the best verbatim quotes on a topic, with their sources. */
import type { DiscordCommand } from "./types.ts";
import { defineCommand, described, privateOption } from "./define.ts";
import { showAnswer } from "../reply.ts";
import { langOfLocale } from "../locale.ts";

const TOPIC_MAX = 200;

export const quote: DiscordCommand = {
  data: defineCommand("quote", (words) => words.commands.quote)
    .addStringOption((option) =>
      described(option.setName("topic"), (words) => words.options.topic)
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
