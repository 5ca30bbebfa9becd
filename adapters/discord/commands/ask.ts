/** `/ask question:<text>`: any question about the agreements, a follow-up ("and France?") continuing the asker's last one in that channel. */
import type { DiscordCommand } from "./types.ts";
import { defineCommand, described, privateOption } from "./define.ts";
import { keepFor, recallFor } from "../conversation.ts";
import { showAnswer } from "../reply.ts";
import { langOfLocale } from "../locale.ts";

/** The engine's own input limit; Discord enforces it before the question reaches the bot. */
const QUESTION_MAX = 500;

export const ask: DiscordCommand = {
  data: defineCommand("ask", (words) => words.commands.ask)
    .addStringOption((option) =>
      described(option.setName("question"), (words) => words.options.question)
        .setRequired(true)
        .setMaxLength(QUESTION_MAX),
    )
    .addBooleanOption(privateOption),

  async execute(interaction, ctx) {
    const question = interaction.options.getString("question", true);
    const answer = ctx.engine.answer(question, { lang: langOfLocale(interaction.locale), conversation: await recallFor(interaction, ctx) });
    // Kept before it is shown: interactions are not queued per channel, and the next question may come as soon as this answer is seen.
    await keepFor(interaction, answer, ctx);
    await showAnswer(interaction, answer, ctx);
    return answer;
  },
};
