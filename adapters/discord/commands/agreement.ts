/** `/agreement partner:<autocomplete>`: the card of one agreement. */
import type { DiscordCommand } from "./types.ts";
import { defineCommand, privateOption } from "./define.ts";
import { showAnswer } from "../reply.ts";
import { langOfLocale } from "../strings.ts";
import { CHOICE_TEXT_MAX, partnerChoices } from "./partner-choices.ts";

export const agreement: DiscordCommand = {
  data: defineCommand("agreement", {
    en: "One agreement: date, place, signatories, duration, commitments",
    uk: "Одна угода: дата, місце, підписанти, строк, зобовʼязання",
  })
    .addStringOption((option) =>
      option
        .setName("partner")
        .setDescription("The partner country or organisation")
        .setDescriptionLocalizations({ uk: "Країна чи організація-партнер" })
        .setRequired(true)
        .setMaxLength(CHOICE_TEXT_MAX)
        .setAutocomplete(true),
    )
    .addBooleanOption(privateOption),

  async execute(interaction, ctx) {
    // The partner's id when picked from the list, or whatever the user typed.
    const partner = interaction.options.getString("partner", true);
    const answer = ctx.engine.agreement(partner, { lang: langOfLocale(interaction.locale) });
    const name = ctx.engine.partners(partner, 1).find((choice) => choice.id === partner)?.name;
    await showAnswer(interaction, answer, ctx, name ? { title: name } : {});
    return answer;
  },

  async autocomplete(interaction, ctx) {
    await interaction.respond(partnerChoices(ctx.engine, interaction.options.getFocused()));
  },
};
