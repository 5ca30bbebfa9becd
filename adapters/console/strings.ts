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
  /** After a short answer about one agreement, in the chat: how to see its full card. */
  moreHint: string;
}

const en: ConsoleStrings = {
  relatedQuestions: "Related questions:",
  youCouldAsk: "You could ask:",
  sources: "Sources",
  moreHint: "Type “more” for the full agreement.",
};

const uk: ConsoleStrings = {
  relatedQuestions: "Пов'язані запитання:",
  youCouldAsk: "Можна спитати:",
  sources: "Джерела",
  moreHint: "Введіть «докладніше», щоб побачити всю угоду.",
};

export function consoleStrings(lang: Lang): ConsoleStrings {
  return lang === "uk" ? uk : en;
}
