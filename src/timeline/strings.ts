/**
 * The timeline's fixed words in each language. Partner and event names stay as
 * the data writes them; only the chart's own strings live here. `data/lang/`
 * has no timeline strings yet, so the table is kept in the module.
 */
import type { Lang } from "../answer.ts";

/**
 * How a signing is drawn, and why: in the official count or not
 * (`inOfficialCount`), and whether the sources agree on its record
 * (`confidence: high`) or differ (medium or low: the answers say "treat this
 * with care"). The two are independent; Croatia is both left out and disputed.
 */
export type PointStatus = "counted" | "disputed" | "uncounted" | "uncounted-disputed";

/** Whether a status is outside the official count. */
export function isUncounted(status: PointStatus): boolean {
  return status === "uncounted" || status === "uncounted-disputed";
}

type MonthNames = [string, string, string, string, string, string, string, string, string, string, string, string];

export interface TimelineStrings {
  /** `Intl` locale for dates and plural rules. */
  locale: string;
  title: string;
  titleYear(year: number): string;
  subtitle(asOf: string): string;
  subtitleHighlight(partner: string, date: string, ordinal: number | null): string;
  yAxis: string;
  status: Record<PointStatus, string>;
  /** The line that starts the footer. */
  footerAsOf(asOf: string): string;
  /** "Source: …" naming the main publishers, and how many other publishers the shown records cite. */
  footerSources(publishers: readonly string[], others: number): string;
  captionAll(count: number, asOf: string): string;
  captionYear(year: number, inYear: number, count: number, asOf: string): string;
  captionUncounted(partners: readonly string[]): string;
  captionHighlight(partner: string, date: string): string;
  textHeader: string;
  /** Footnote for partners marked `*` in the text timeline. */
  textUncounted: string;
  /** Vega time-format locale: month names for the axis. */
  months: MonthNames;
  shortMonths: MonthNames;
  errorInvalidOptions(details: string): string;
  errorYear(year: number, years: readonly number[]): string;
  errorPartner(partner: string): string;
  errorPartnerYear(partner: string, year: number, signedYear: number): string;
}

function plural(locale: string, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  return forms[new Intl.PluralRules(locale).select(n)] ?? forms.other;
}

function ordinalEn(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

const en: TimelineStrings = {
  locale: "en-GB",
  title: "Ukraine's bilateral security agreements",
  titleYear: (year) => `Ukraine's bilateral security agreements in ${year}`,
  subtitle: (asOf) => `Cumulative number of agreements in Ukraine's official count, by date signed · as of ${asOf}`,
  subtitleHighlight: (partner, date, ordinal) =>
    `Highlighted: ${partner}, signed ${date}${ordinal === null ? "" : ` (${ordinalEn(ordinal)} in the official count)`}`,
  yAxis: "Agreements in the official count",
  status: {
    counted: "In Ukraine's official count",
    disputed: "In the official count, but sources differ on details",
    uncounted: "Not in Ukraine's official count",
    "uncounted-disputed": "Not in the official count, and sources differ on details",
  },
  footerAsOf: (asOf) => `As of ${asOf}. Generated from the Pact Desk registry.`,
  footerSources: (publishers, others) =>
    `Source: ${publishers.join("; ")}${others > 0 ? ` and ${others} other ${plural("en", others, { one: "publisher", other: "publishers" })}` : ""}.`,
  captionAll: (count, asOf) =>
    `${count} ${plural("en", count, { one: "agreement", other: "agreements" })} in Ukraine's official count, as of ${asOf}.`,
  captionYear: (year, inYear, count, asOf) =>
    `${year}: ${inYear} of the ${count} agreements in Ukraine's official count ${inYear === 1 ? "was" : "were"} signed that year (as of ${asOf}).`,
  captionUncounted: (partners) => `Also shown, not in the official count: ${partners.join(", ")}.`,
  captionHighlight: (partner, date) => `Highlighted: ${partner}, signed ${date}.`,
  textHeader: "Ukraine's bilateral security agreements by month [official count at the end of the month]",
  textUncounted: "* not in Ukraine's official count",
  months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  errorInvalidOptions: (details) => `Timeline options are not valid: ${details}`,
  errorYear: (year, years) => `No agreements were signed in ${year}. Years with agreements: ${years.join(", ")}.`,
  errorPartner: (partner) => `No partner in the registry matches "${partner}".`,
  errorPartnerYear: (partner, year, signedYear) => `${partner} signed in ${signedYear}, not in ${year}.`,
};

const uk: TimelineStrings = {
  locale: "uk",
  title: "Двосторонні безпекові угоди України",
  titleYear: (year) => `Двосторонні безпекові угоди України у ${year} році`,
  subtitle: (asOf) => `Кількість угод в офіційному підрахунку України наростаючим підсумком, за датою підписання · станом на ${asOf}`,
  subtitleHighlight: (partner, date, ordinal) =>
    `Виділено: ${partner}, підписано ${date}${ordinal === null ? "" : ` (№ ${ordinal} в офіційному підрахунку)`}`,
  yAxis: "Угод в офіційному підрахунку",
  status: {
    counted: "В офіційному підрахунку України",
    // Short enough for one legend line at a phone's width.
    disputed: "В офіційному підрахунку; джерела розходяться",
    uncounted: "Не входить до офіційного підрахунку України",
    "uncounted-disputed": "Поза офіційним підрахунком; джерела розходяться",
  },
  footerAsOf: (asOf) => `Станом на ${asOf}. Побудовано з реєстру Pact Desk.`,
  footerSources: (publishers, others) =>
    `Джерела: ${publishers.join("; ")}${others > 0 ? ` та ще ${others} ${plural("uk", others, { one: "видавець", few: "видавці", other: "видавців" })}` : ""}.`,
  captionAll: (count, asOf) =>
    `${count} ${plural("uk", count, { one: "угода", few: "угоди", other: "угод" })} в офіційному підрахунку України станом на ${asOf}.`,
  captionYear: (year, inYear, count, asOf) =>
    `${year}: ${inYear} з ${count} угод офіційного підрахунку України підписано того року (станом на ${asOf}).`,
  captionUncounted: (partners) => `Також показано, поза офіційним підрахунком: ${partners.join(", ")}.`,
  captionHighlight: (partner, date) => `Виділено: ${partner}, підписано ${date}.`,
  textHeader: "Двосторонні безпекові угоди України за місяцями [офіційний підрахунок на кінець місяця]",
  textUncounted: "* не входить до офіційного підрахунку України",
  months: ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"],
  shortMonths: ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."],
  errorInvalidOptions: (details) => `Неправильні параметри хронології: ${details}`,
  errorYear: (year, years) => `У ${year} році угод не підписували. Роки з угодами: ${years.join(", ")}.`,
  errorPartner: (partner) => `У реєстрі немає партнера, що відповідає "${partner}".`,
  errorPartnerYear: (partner, year, signedYear) => `${partner}: угоду підписано у ${signedYear} році, не у ${year}.`,
};

export const TIMELINE_STRINGS: Record<Lang, TimelineStrings> = { en, uk };

/** A date as curators write it (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) in words: "21 January 2025", "November 2025". */
export function formatDate(date: string, strings: TimelineStrings): string {
  const [year = 1970, month, day] = date.split("-").map(Number);
  const time = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  if (month === undefined) return String(year);
  const parts: Intl.DateTimeFormatOptions =
    day === undefined ? { month: "long", year: "numeric" } : { day: "numeric", month: "long", year: "numeric" };
  // Ukrainian adds "р." after the year; it would double the full stop that ends our sentences.
  return new Intl.DateTimeFormat(strings.locale, { ...parts, timeZone: "UTC" }).format(time).replace(/ р\.$/, "");
}
