/** Writes a corpus date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) the unambiguous way: "13 June 2024", "June 2024", "2024" (Ukrainian month names for "uk"). */
import type { Lang } from "../../src/index.ts";
import { consoleStrings } from "./strings.ts";

export function formatDate(value: string, lang: Lang = "en"): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const strings = consoleStrings(lang);
  const index = Number(month) - 1;
  if (month === undefined || strings.months[index] === undefined) return year ?? value;
  return day === undefined ? `${strings.months[index]} ${year}` : `${Number(day)} ${strings.monthsAfterDay[index]} ${year}`;
}
