/**
 * The console's fixed words around an answer, in the answer's language.
 * The chat's own help and greeting stay English: the console is the
 * developer's and curator's tool; answers follow the question's language.
 */
import type { Lang } from "../../src/index.ts";

export interface ConsoleStrings {
  relatedQuestions: string;
  youCouldAsk: string;
  sources: string;
  /** Month names after a day ("13 June", «13 червня»). */
  monthsAfterDay: readonly string[];
  /** Month names on their own ("June 2024", «червень 2024»). */
  months: readonly string[];
}

const en: ConsoleStrings = {
  relatedQuestions: "Related questions:",
  youCouldAsk: "You could ask:",
  sources: "Sources",
  monthsAfterDay: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

const uk: ConsoleStrings = {
  relatedQuestions: "Пов'язані запитання:",
  youCouldAsk: "Можна спитати:",
  sources: "Джерела",
  monthsAfterDay: ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
  months: ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"],
};

export function consoleStrings(lang: Lang): ConsoleStrings {
  return lang === "uk" ? uk : en;
}
