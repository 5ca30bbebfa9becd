/** Autocomplete for a `partner` option (/agreement, /timeline): the engine's best matches for what has been typed. */
import type { Engine, Lang } from "../../../src/index.ts";
import { truncate } from "../text.ts";

/** Discord's caps on autocomplete: 25 choices, names and values 1–100 characters. */
export const CHOICES_MAX = 25;
export const CHOICE_TEXT_MAX = 100;

/**
 * Up to 25 partners matching `typed` (names, aliases, typos), each named as
 * the answers in `lang` name it (unless what was typed is in another
 * language's script), with its registry id as the value.
 */
export function partnerChoices(engine: Engine, typed: string, lang: Lang): Array<{ name: string; value: string }> {
  return engine
    .partners(typed, CHOICES_MAX, { lang })
    .slice(0, CHOICES_MAX)
    .filter((choice) => choice.name.trim() && choice.id && choice.id.length <= CHOICE_TEXT_MAX)
    .map((choice) => ({ name: truncate(choice.name, CHOICE_TEXT_MAX), value: choice.id }));
}
