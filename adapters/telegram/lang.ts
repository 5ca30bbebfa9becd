/** The engine language for a Telegram user, from their client's `language_code`. */
import type { Lang } from "../../src/index.ts";

/** Ukrainian for a `uk` client, English otherwise. */
export function langOf(languageCode: string | undefined): Lang {
  return languageCode?.toLowerCase().startsWith("uk") ? "uk" : "en";
}
