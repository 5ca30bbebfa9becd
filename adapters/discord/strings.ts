/**
 * The Discord adapter's own words (buttons, footers, error replies), in the
 * engine's two languages. Answers themselves come from the engine.
 */
import type { Lang } from "../../src/index.ts";

export interface DiscordStrings {
  sourcesButton: string;
  timelineButton: string;
  /** Under a short answer about one agreement: shows its full card. */
  moreButton: string;
  /** Title of the embed around the timeline picture. */
  timelineTitle: string;
  /** Why a timeline could not be drawn (the chart's own sentence, in this language), and how to ask instead. */
  timelineProblem(reason: string, exampleYear: number, examplePartner: string): string;
  /** Ends a source list cut to fit the timeline's embed. */
  moreTimelineSources(count: number): string;
  /** Footer: "As of 13 June 2024 · confidence 87%"; without a confidence, the date only. */
  footer(asOf: string, confidencePercent?: number): string;
  moreQuotes(count: number): string;
  moreSources(count: number): string;
  /** Appended to an answer cut short to fit one message. */
  continued: string;
  sourcesTitle: string;
  quotesHeading: string;
  answerHeading: string;
  examplesHeading: string;
  aboutTitle: string;
  page(index: number, total: number): string;
  error: string;
  expired: string;
  /** A command Discord still offers but this version does not have (the registered commands are out of date): trying again cannot help. */
  staleCommand: string;
}

const en: DiscordStrings = {
  sourcesButton: "Sources",
  timelineButton: "Timeline",
  moreButton: "More",
  timelineTitle: "The agreements over time",
  timelineProblem: (reason, year, partner) => `I can't draw that timeline. ${reason} Try /timeline, or pick year:${year} or partner:${partner}.`,
  moreTimelineSources: (count) => `…and ${count} more: see /sources.`,
  footer: (asOf, confidence) => `As of ${asOf}${confidence === undefined ? "" : ` · confidence ${confidence}%`}`,
  moreQuotes: (count) => `${count} more ${count === 1 ? "quote" : "quotes"}: press Sources to see ${count === 1 ? "it" : "them"}.`,
  moreSources: (count) => `…and ${count} more: press Sources.`,
  continued: "… (cut to fit: press Sources for the full answer)",
  sourcesTitle: "Sources",
  quotesHeading: "Quotes",
  answerHeading: "Answer",
  examplesHeading: "Try asking",
  aboutTitle: "About Pact Desk",
  page: (index, total) => `(${index}/${total})`,
  error: "Sorry, something went wrong while answering. Please try again in a moment.",
  expired: "This button has expired (the answer is too old). Please ask again with /ask.",
  staleCommand: "This command no longer exists. Type / to see the current ones, or ask with /ask.",
};

const uk: DiscordStrings = {
  sourcesButton: "Джерела",
  timelineButton: "Хронологія",
  moreButton: "Докладніше",
  timelineTitle: "Угоди в часі",
  timelineProblem: (reason, year, partner) => `Не вдалося побудувати хронологію. ${reason} Спробуйте /timeline або виберіть year:${year} чи partner:${partner}.`,
  moreTimelineSources: (count) => `…і ще ${count}: див. /sources.`,
  footer: (asOf, confidence) => `Станом на ${asOf}${confidence === undefined ? "" : ` · впевненість ${confidence}%`}`,
  moreQuotes: (count) => `Ще цитат: ${count}. Натисніть «Джерела», щоб побачити всі.`,
  moreSources: (count) => `…і ще ${count}: натисніть «Джерела».`,
  continued: "… (скорочено: повна відповідь — за кнопкою «Джерела»)",
  sourcesTitle: "Джерела",
  quotesHeading: "Цитати",
  answerHeading: "Відповідь",
  examplesHeading: "Спробуйте запитати",
  aboutTitle: "Про Pact Desk",
  page: (index, total) => `(${index}/${total})`,
  error: "Вибачте, під час відповіді сталася помилка. Спробуйте ще раз за хвилину.",
  expired: "Ця кнопка застаріла. Будь ласка, запитайте ще раз через /ask.",
  staleCommand: "Цієї команди більше немає. Наберіть /, щоб побачити чинні, або запитайте через /ask.",
};

export function stringsFor(lang: Lang): DiscordStrings {
  return lang === "uk" ? uk : en;
}

/** Discord's user locale ("uk", "en-US", …) as the engine's language hint. */
export function langOfLocale(locale: string | undefined): Lang {
  return locale === "uk" || locale?.startsWith("uk-") ? "uk" : "en";
}
