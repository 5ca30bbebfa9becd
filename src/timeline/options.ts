/**
 * The timeline's options: their schema, and their check against the data
 * (a year without signings or an unknown partner is an error value with a
 * message an adapter can show as it is).
 */
import { z } from "zod";
import { LangSchema, type Lang } from "../answer.ts";
import { PartialDateSchema, type Agreement, type Dataset } from "../dataset/schema.ts";
import { timelineStrings } from "./strings.ts";

export const TimelineOptionsSchema = z.strictObject({
  /**
   * Show one calendar year only, e.g. 2024: the x-axis covers that year and
   * the line starts at the official count reached before it. It must be a
   * year in which at least one agreement was signed. Default: every year,
   * from the first milestone to the last signing.
   */
  year: z.number().int().min(1000).max(9999).optional(),
  /**
   * The id of an agreement in `data/agreements.yaml` (e.g. "united-kingdom")
   * whose point is highlighted and named in the subtitle and caption.
   * Matched without regard to case. Default: no highlight.
   */
  partner: z.string().trim().min(1).max(100).optional(),
  /** Language of the chart's own words (titles, legend, footer, caption, errors). Default: "en". */
  lang: LangSchema.optional(),
  /**
   * The as-of date printed in the subtitle, footer and caption, written
   * `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Default: the corpus's own as-of date,
   * the latest date it states, as the engine's answers give it.
   */
  asOf: PartialDateSchema.optional(),
  /**
   * The width in CSS pixels the picture is laid out for. Default: 1200
   * (1200×760, for desktops). Below 700, e.g. 400 for a phone, the layout is
   * a phone's: text at least 11 px, taller than wide, drawn at 3×.
   */
  width: z.number().int().min(360).max(2400).optional(),
});

/** Options of `renderTimeline`; every field is optional. */
export type TimelineOptions = z.input<typeof TimelineOptionsSchema>;

export type TimelineErrorCode = "invalid-options" | "year-without-signings" | "unknown-partner" | "partner-outside-year";

/** Why no timeline was drawn; `message` is written for the user, in the requested language. */
export interface TimelineError {
  code: TimelineErrorCode;
  message: string;
  /** Years in which agreements were signed, for a picker or a hint. */
  years: number[];
}

/** The options after their check: defaults filled in, the partner looked up. */
export interface ResolvedTimelineOptions {
  year: number | null;
  partner: Agreement | null;
  lang: Lang;
  /** Null for the corpus's own as-of date. */
  asOf: string | null;
  /** Null for the default width. */
  width: number | null;
}

export type ResolvedOptionsResult = { ok: true; options: ResolvedTimelineOptions } | { ok: false; error: TimelineError };

/** The years in which agreements were signed, ascending: the years a timeline can be narrowed to. */
export function signingYears(dataset: Readonly<Dataset>): number[] {
  return [...new Set(dataset.agreements.map((agreement) => yearOf(agreement.signed)))].sort((a, b) => a - b);
}

export function resolveTimelineOptions(dataset: Readonly<Dataset>, input: unknown): ResolvedOptionsResult {
  const years = signingYears(dataset);
  const parsed = TimelineOptionsSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const lang = LangSchema.safeParse((input as { lang?: unknown } | null)?.lang).data ?? "en";
    const details = parsed.error.issues.map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`).join("; ");
    return { ok: false, error: { code: "invalid-options", message: timelineStrings(dataset, lang).errorInvalidOptions(details), years } };
  }
  const { year, partner: partnerId, lang = "en", asOf, width } = parsed.data;
  const strings = timelineStrings(dataset, lang);
  if (year !== undefined && !years.includes(year)) {
    return { ok: false, error: { code: "year-without-signings", message: strings.errorYear(year, years), years } };
  }
  let partner: Agreement | null = null;
  if (partnerId !== undefined) {
    partner = dataset.agreements.find((agreement) => agreement.id === partnerId.toLowerCase()) ?? null;
    if (partner === null) return { ok: false, error: { code: "unknown-partner", message: strings.errorPartner(partnerId), years } };
    if (year !== undefined && yearOf(partner.signed) !== year) {
      const message = strings.errorPartnerYear(partner, year, yearOf(partner.signed));
      return { ok: false, error: { code: "partner-outside-year", message, years } };
    }
  }
  return { ok: true, options: { year: year ?? null, partner, lang, asOf: asOf ?? null, width: width ?? null } };
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
