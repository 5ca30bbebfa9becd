/**
 * Discord's locales and the engine's languages: a user's locale as the
 * engine's language hint, and the packs' words as the localisations Discord
 * registers with a command (English is the default it shows).
 */
import { Locale, type LocalizationMap } from "discord.js";
import { LangSchema, uiWords, type Lang, type UiText } from "../../src/index.ts";

/** Discord's locale for each engine language but English. */
const DISCORD_LOCALES: Record<Exclude<Lang, "en">, Locale> = { uk: Locale.Ukrainian };

/** Discord's user locale ("uk", "en-US", …) as the engine's language hint. */
export function langOfLocale(locale: string | undefined): Lang {
  return locale === "uk" || locale?.startsWith("uk-") ? "uk" : "en";
}

/** A text of the packs' `ui.discord`, in English and localised into every other language. */
export function localised(pick: (words: UiText["discord"]) => string): { text: string; localizations: LocalizationMap } {
  const others = LangSchema.options.filter((lang): lang is Exclude<Lang, "en"> => lang !== "en");
  return {
    text: pick(uiWords("en").text.discord),
    localizations: Object.fromEntries(others.map((lang) => [DISCORD_LOCALES[lang], pick(uiWords(lang).text.discord)])),
  };
}
