/** `/agreement partner:<autocomplete>`: the card of one agreement. */
import type { DiscordCommand } from "./types.ts";
import { defineCommand, privateOption } from "./define.ts";
import { showAnswer } from "../reply.ts";
import { langOfLocale } from "../strings.ts";
import { truncate } from "../text.ts";

/** Discord's caps on autocomplete: 25 choices, names and values 1–100 characters. */
const CHOICES_MAX = 25;
const CHOICE_TEXT_MAX = 100;

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
    const typed = interaction.options.getFocused();
    const choices = ctx.engine
      .partners(typed, CHOICES_MAX)
      .slice(0, CHOICES_MAX)
      .filter((choice) => choice.name.trim() && choice.id && choice.id.length <= CHOICE_TEXT_MAX)
      .map((choice) => ({ name: truncate(choice.name, CHOICE_TEXT_MAX), value: choice.id }));
    await interaction.respond(choices);
  },
};
