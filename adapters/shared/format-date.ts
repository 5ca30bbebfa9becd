/**
 * A corpus date as every adapter shows it: `YYYY-MM-DD` → "13 June 2024",
 * `YYYY-MM` → "June 2024", `YYYY` → "2024" (Ukrainian month names for "uk",
 * «13 червня 2024», «червень 2024»); anything else as given. Day first and
 * the month in words, so no reader can take 06/07 for 7 June or 6 July.
 */
import type { Lang } from "../../src/index.ts";

interface MonthNames {
  /** After a day: "13 June", «13 червня». */
  afterDay: readonly string[];
  /** On their own: "June 2024", «червень 2024». */
  alone: readonly string[];
}

const ENGLISH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const MONTHS: Record<Lang, MonthNames> = {
  en: { afterDay: ENGLISH, alone: ENGLISH },
  uk: {
    afterDay: ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
    alone: ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"],
  },
};

export function formatDate(value: string, lang: Lang = "en"): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const [, year = value, month, day] = match;
  if (month === undefined) return year;
  const index = Number(month) - 1;
  const names = MONTHS[lang];
  const afterDay = names.afterDay[index];
  const alone = names.alone[index];
  if (afterDay === undefined || alone === undefined) return value;
  return day === undefined ? `${alone} ${year}` : `${Number(day)} ${afterDay} ${year}`;
}
