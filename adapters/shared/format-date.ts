/**
 * A corpus date as every adapter shows it: `YYYY-MM-DD` → "13 June 2024",
 * «13 червня 2024 року»; `YYYY-MM` → "June 2024"; `YYYY` → "2024"; anything
 * else as given. Day first and the month in words, so no reader can take
 * 06/07 for 7 June or 6 July. The month names and the wording come from the
 * language packs, as in the answers' own text.
 */
import { formatCorpusDate, type Lang } from "../../src/index.ts";

export function formatDate(value: string, lang: Lang = "en"): string {
  return formatCorpusDate(value, lang);
}
