/** `/agreement partner:<autocomplete>`: the card of one agreement. */
import type { DiscordCommand } from "./types.ts";
import { defineCommand, described, privateOption } from "./define.ts";
import { showAnswer } from "../reply.ts";
import { langOfLocale } from "../locale.ts";
import { CHOICE_TEXT_MAX, partnerChoices } from "./partner-choices.ts";

export const agreement: DiscordCommand = {
  data: defineCommand("agreement", (words) => words.commands.agreement)
    .addStringOption((option) =>
      described(option.setName("partner"), (words) => words.options.partner)
        .setRequired(true)
        .setMaxLength(CHOICE_TEXT_MAX)
        .setAutocomplete(true),
    )
    .addBooleanOption(privateOption),

  async execute(interaction, ctx) {
    // The partner's id when picked from the list, or whatever the user typed.
    const partner = interaction.options.getString("partner", true);
    const lang = langOfLocale(interaction.locale);
    const answer = ctx.engine.agreement(partner, { lang });
    const name = ctx.engine.partners(partner, 1, { lang }).find((choice) => choice.id === partner)?.name;
    await showAnswer(interaction, answer, ctx, name ? { title: name } : {});
    return answer;
  },

  async autocomplete(interaction, ctx) {
    await interaction.respond(partnerChoices(ctx.engine, interaction.options.getFocused(), langOfLocale(interaction.locale)));
  },
};
