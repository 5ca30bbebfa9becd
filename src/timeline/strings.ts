/**
 * The timeline's words in each language, all from the language packs: the
 * chart's own strings (`ui.timeline`), its dates and the partner and event
 * names, written as answers write them.
 */
import type { Lang } from "../answer.ts";
import { fill, formatDate, ordinal, plural } from "../compose/format.ts";
import type { Agreement, Dataset } from "../dataset/schema.ts";
import { localNames, type LocalNames } from "../lang/context.ts";
import { repositoryPack } from "../lang/repository.ts";

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

/** The highlighted agreement as the subtitle and caption name it. */
export interface HighlightNames {
  /** As a list shows it ("Японія"). */
  partner: string;
  /** As a sentence uses it ("з Японією"). */
  partnerWith: string;
  date: string;
  ordinal: number | null;
}

export interface TimelineStrings {
  /** Partner and event names as this language's answers write them. */
  names: LocalNames;
  /** A corpus date in words, as answers write it. */
  date(date: string): string;
  title: string;
  titleYear(year: number): string;
  subtitle(asOf: string): string;
  subtitleHighlight(highlight: HighlightNames): string;
  yAxis: string;
  status: Record<PointStatus, string>;
  /** The line that starts the footer. */
  footerAsOf(asOf: string): string;
  /** "Source: …" naming the main publishers, and how many other publishers the shown records cite. */
  footerSources(publishers: readonly string[], others: number): string;
  captionAll(count: number, asOf: string): string;
  captionYear(year: number, inYear: number, count: number, asOf: string): string;
  captionUncounted(partners: readonly string[]): string;
  captionHighlight(highlight: HighlightNames): string;
  textHeader: string;
  /** Footnote for partners marked `*` in the text timeline. */
  textUncounted: string;
  /** Vega time-format locale: month names for the axis. */
  months: MonthNames;
  shortMonths: MonthNames;
  errorInvalidOptions(details: string): string;
  errorYear(year: number, years: readonly number[]): string;
  errorPartner(partner: string): string;
  errorPartnerYear(partner: Agreement, year: number, signedYear: number): string;
}

/** The timeline's words in `lang`, from the repository's language pack (`ui.timeline`, dates, names). */
export function timelineStrings(dataset: Readonly<Dataset>, lang: Lang): TimelineStrings {
  const pack = repositoryPack(lang);
  const t = pack.ui.timeline;
  const names = localNames(pack, dataset);
  const date = (value: string) => formatDate(pack, value);
  const highlightValues = (highlight: HighlightNames) => ({ partner: highlight.partner, partnerWith: highlight.partnerWith, date: date(highlight.date) });
  return {
    names,
    date,
    title: t.title,
    titleYear: (year) => fill(t.titleYear, { year }),
    subtitle: (asOf) => fill(t.subtitle, { asOf }),
    subtitleHighlight: (highlight) =>
      [fill(t.subtitleHighlight, highlightValues(highlight)), ...(highlight.ordinal === null ? [] : [fill(t.subtitleOrdinal, { ordinal: ordinal(pack, highlight.ordinal) })])].join(" "),
    yAxis: t.yAxis,
    status: t.status,
    footerAsOf: (asOf) => fill(t.footerAsOf, { asOf }),
    footerSources: (publishers, others) => `${[fill(t.footerSources, { publishers: publishers.join("; ") }), ...(others > 0 ? [plural(pack, t.footerOthers, others)] : [])].join(" ")}.`,
    captionAll: (count, asOf) => fill(plural(pack, t.captionAll, count), { asOf }),
    captionYear: (year, inYear, count, asOf) => fill(plural(pack, t.captionYear, inYear), { year, count, asOf }),
    captionUncounted: (partners) => fill(t.captionUncounted, { partners: partners.join(pack.list.separator) }),
    captionHighlight: (highlight) => fill(t.captionHighlight, highlightValues(highlight)),
    textHeader: t.textHeader,
    textUncounted: t.textUncounted,
    // The pack's schema holds these lists to twelve names.
    months: pack.dates.monthNamesAlone as MonthNames,
    shortMonths: pack.dates.monthNamesShort as MonthNames,
    errorInvalidOptions: (details) => fill(t.errorInvalidOptions, { details }),
    errorYear: (year, years) => fill(t.errorYear, { year, years: years.join(pack.list.separator) }),
    errorPartner: (partner) => fill(t.errorPartner, { partner }),
    errorPartnerYear: (partner, year, signedYear) =>
      fill(t.errorPartnerYear, { partner: names.partnerName(partner), partnerWith: names.partnerInSentence(partner), year, signedYear }),
  };
}
