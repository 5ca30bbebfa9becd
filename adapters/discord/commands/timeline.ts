/** `/timeline [year:<autocomplete>] [partner:<autocomplete>]`: the agreements over time, as a picture. */
import type { DiscordCommand } from "./types.ts";
import { defineCommand, described, privateOption } from "./define.ts";
import { timelineYears } from "../../shared/timeline-request.ts";
import { langOfLocale } from "../locale.ts";
import { showTimeline } from "../timeline.ts";
import { CHOICE_TEXT_MAX, CHOICES_MAX, partnerChoices } from "./partner-choices.ts";

const YEAR = "year";
const PARTNER = "partner";

export const timeline: DiscordCommand = {
  data: defineCommand("timeline", (words) => words.commands.timeline)
    // Autocomplete rather than fixed choices: the years come from the data, which the deploy script does not load.
    .addIntegerOption((option) =>
      described(option.setName(YEAR), (words) => words.options.year)
        // The range the chart accepts: Discord rejects anything else before it reaches the bot.
        .setMinValue(1000)
        .setMaxValue(9999)
        .setAutocomplete(true),
    )
    .addStringOption((option) =>
      described(option.setName(PARTNER), (words) => words.options.highlight)
        .setMaxLength(CHOICE_TEXT_MAX)
        .setAutocomplete(true),
    )
    .addBooleanOption(privateOption),

  // The picture's first render takes 1–2 s.
  slow: true,

  async execute(interaction, ctx) {
    const year = interaction.options.getInteger(YEAR);
    const partner = interaction.options.getString(PARTNER);
    return showTimeline(interaction, ctx, { ...(year !== null ? { year } : {}), ...(partner ? { partner } : {}) }, langOfLocale(interaction.locale));
  },

  async autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    if (focused.name !== YEAR) {
      await interaction.respond(partnerChoices(ctx.engine, String(focused.value), langOfLocale(interaction.locale)));
      return;
    }
    const years = timelineYears(ctx.engine);
    const typed = String(focused.value).trim();
    const matching = years.filter((year) => String(year).startsWith(typed));
    await interaction.respond((matching.length > 0 ? matching : years).slice(0, CHOICES_MAX).map((year) => ({ name: String(year), value: year })));
  },
};
